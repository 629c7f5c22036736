package id.sakip.indicators.realization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The measured figures of one indicator for one unit, year and period (Q1-Q4, or FY without a split). */
@Entity
@Table(name = "realization")
public class Realization {

    public static final String DRAFT = "DRAFT";
    public static final String SUBMITTED = "SUBMITTED";
    public static final String VERIFIED = "VERIFIED";
    public static final String RETURNED = "RETURNED";
    public static final String SOURCE_ENTRY = "ENTRY";
    public static final String SOURCE_HISTORY = "HISTORY";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "realization_id")
    @SequenceGenerator(name = "realization_id", sequenceName = "realization_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public int year;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(nullable = false)
    public String period;

    public BigDecimal numerator;

    public BigDecimal denominator;

    public BigDecimal value;

    public String note;

    /** Evidence links, one per line. */
    public String links;

    @Column(nullable = false)
    public String status;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(nullable = false)
    public String source;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
