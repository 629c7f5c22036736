package id.sakip.indicators.achievement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** An imported benchmark: the average achievement (or value) of units reporting elsewhere. */
@Entity
@Table(name = "benchmark")
public class Benchmark {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "benchmark_id")
    @SequenceGenerator(name = "benchmark_id", sequenceName = "benchmark_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String scope;

    @Column(name = "work_unit_count")
    public Integer workUnitCount;

    @Column(name = "average_achievement")
    public BigDecimal averageAchievement;

    @Column(name = "average_value")
    public BigDecimal averageValue;

    @Version
    public long version;
}
