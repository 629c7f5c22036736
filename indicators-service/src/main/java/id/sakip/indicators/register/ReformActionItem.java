package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One item of the bureaucratic-reform action plan, planned for a quarter, with status and evidence. */
@Entity
@Table(name = "reform_action_item")
public class ReformActionItem extends RegisterRecord {

    /** Number of the item in the unit-year (the printed plan can list the same item twice in a quarter). */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String quarter;

    @Column(nullable = false)
    public int area;

    @Column(nullable = false)
    public String activity;

    @Column(nullable = false)
    public String indicator;

    @Column(nullable = false)
    public String status;

    public String evidence;
}
