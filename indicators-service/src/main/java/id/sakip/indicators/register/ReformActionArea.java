package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An area of the bureaucratic-reform action plan. */
@Entity
@Table(name = "reform_action_area")
public class ReformActionArea extends RegisterRecord {

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String name;
}
