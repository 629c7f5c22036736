package id.sakip.indicators.plan;

import id.sakip.indicators.achievement.IndicatorRule;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A performance indicator (IKK) of an objective, unique by plan code and indicator code. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    public Objective objective;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    /** Other names the indicator had in source documents, one per line. */
    public String aliases;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorKind kind;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(name = "lower_is_better_formula", nullable = false)
    public LowerIsBetterFormula lowerIsBetterFormula = LowerIsBetterFormula.DIFFERENCE;

    @Enumerated(EnumType.STRING)
    @Column(name = "year_aggregation", nullable = false)
    public YearAggregation yearAggregation;

    @Column(name = "numerator_label")
    public String numeratorLabel;

    @Column(name = "denominator_label")
    public String denominatorLabel;

    @Column(name = "scale_min")
    public BigDecimal scaleMin;

    @Column(name = "scale_max")
    public BigDecimal scaleMax;

    @Column(name = "continues_plan")
    public String continuesPlan;

    @Column(name = "continues_indicator")
    public String continuesIndicator;

    @Column(nullable = false)
    public int position;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year")
    public List<MediumTermTarget> mediumTermTargets = new ArrayList<>();

    public IndicatorRule rule() {
        return new IndicatorRule(kind, polarity, yearAggregation, lowerIsBetterFormula);
    }

    public BigDecimal mediumTermTarget(int year) {
        return mediumTermTargets.stream().filter(t -> t.year == year).map(t -> t.target).findFirst().orElse(null);
    }
}
