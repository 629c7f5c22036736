package id.sakip.reporting.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** A validation rule as data: left side, operator, right side, importance, tolerance and a message template. */
@Entity
@Table(name = "validation_rule")
public class ValidationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    public String scope;

    @Column(name = "left_expr", nullable = false)
    public String left;

    @Column(nullable = false)
    public String operator;

    @Column(name = "right_expr", nullable = false)
    public String right;

    @Column(nullable = false)
    public String importance;

    @Column(nullable = false)
    public BigDecimal tolerance;

    @Column(name = "message_template", nullable = false)
    public String message;

    @Column(name = "root_cause")
    public String rootCause;

    public String location;

    @Column(name = "minor_difference")
    public BigDecimal minorDifference;

    @Column(nullable = false)
    public boolean enabled;

    @Version
    public long version;

    public RuleSpec spec() {
        return new RuleSpec(code, name, scope, left, operator, right, importance, tolerance, message, rootCause, location,
                minorDifference);
    }
}
