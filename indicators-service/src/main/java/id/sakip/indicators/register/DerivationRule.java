package id.sakip.indicators.register;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * How an indicator's numerator and denominator (RATIO) or value (VALUE) follow from a register: declarative
 * measures (filter + aggregate) stored as JSON text, evaluated by {@link DerivationEngine}.
 */
@Entity
@Table(name = "derivation_rule")
public class DerivationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Null: the rule applies to the indicator code in every plan. */
    @Column(name = "plan_code")
    public String planCode;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(nullable = false)
    public String register;

    /** Field of the records holding their quarter (Q1-Q4), for the per-quarter figures; null: yearly only. */
    @Column(name = "period_field")
    public String periodField;

    public String numerator;

    public String denominator;

    public String value;

    public String description;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
