package id.sakip.indicators.achievement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A figure as a source document printed it ({@code reported[]}); kept for comparison, never computed with. */
@Entity
@Table(name = "reported_figure")
public class ReportedFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reported_figure_id")
    @SequenceGenerator(name = "reported_figure_id", sequenceName = "reported_figure_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public int year;

    @Column(name = "figure_key", nullable = false)
    public String key;

    public String indicator;

    public String objective;

    public BigDecimal value;

    @Column(name = "where_found", nullable = false)
    public String where;

    @Column(nullable = false)
    public int position;
}
