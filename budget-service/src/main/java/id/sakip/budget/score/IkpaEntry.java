package id.sakip.budget.score;

import id.sakip.budget.common.Numbers;
import id.sakip.budget.score.dto.IkpaData;
import id.sakip.budget.score.dto.KeyValue;
import id.sakip.budget.unityear.UnitYearDocument;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The IKPA components of a work unit for a year and period, with what the source application reported. */
@Entity
@Table(name = "ikpa_entry")
@SequenceGenerator(sequenceName = "ikpa_entry_id_seq", allocationSize = 50)
public class IkpaEntry extends UnitYearDocument<IkpaData> {

    @Column(nullable = false)
    public String period;

    @Column(name = "scheme_code", nullable = false)
    public String schemeCode;

    @Column(name = "reported_total")
    public BigDecimal reportedTotal;

    @Column(name = "reported_final")
    public BigDecimal reportedFinal;

    @Column(name = "reported_weight_conversion")
    public BigDecimal reportedWeightConversion;

    @Column(name = "reported_weighted_where")
    public String reportedWeightedWhere;

    @ElementCollection
    @CollectionTable(name = "ikpa_component", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    public List<ComponentValue> components = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ikpa_reducer", joinColumns = @JoinColumn(name = "entry_id"))
    @AttributeOverride(name = "key", column = @Column(name = "reducer_key", nullable = false))
    @OrderColumn(name = "position")
    public List<ComponentValue> reducers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ikpa_reported_aspect", joinColumns = @JoinColumn(name = "entry_id"))
    @MapKeyColumn(name = "aspect")
    @Column(name = "value")
    public Map<String, BigDecimal> reportedAspects = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "ikpa_reported_weighted", joinColumns = @JoinColumn(name = "entry_id"))
    @MapKeyColumn(name = "component_key")
    @Column(name = "value")
    public Map<String, BigDecimal> reportedWeighted = new HashMap<>();

    @Override
    public IkpaData toData() {
        return new IkpaData(workUnit, year, schemeCode, period, reference, ComponentValue.toData(components),
                ComponentValue.toData(reducers),
                new IkpaData.ReportedIkpa(Numbers.canonical(reportedTotal), Numbers.canonical(reportedWeightConversion),
                        Numbers.canonical(reportedFinal), canonical(reportedAspects), canonical(reportedWeighted),
                        reportedWeightedWhere));
    }

    static Map<String, BigDecimal> canonical(Map<String, BigDecimal> m) {
        Map<String, BigDecimal> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, Numbers.canonical(v)));
        return out;
    }

    @Override
    protected void applyFields(IkpaData d) {
        schemeCode = d.scheme();
        period = d.period();
        ComponentValue.replace(components, d.components());
        ComponentValue.replace(reducers, d.reducers());
        reportedTotal = d.reported().total();
        reportedWeightConversion = d.reported().weightConversion();
        reportedFinal = d.reported().finalScore();
        reportedWeightedWhere = d.reported().weightedValuesWhere();
        reportedAspects.clear();
        reportedAspects.putAll(d.reported().aspects());
        reportedWeighted.clear();
        reportedWeighted.putAll(d.reported().weightedValues());
    }

    /** Convenience for callers that need the entered values by key. */
    public static Map<String, BigDecimal> byKey(List<KeyValue> values) {
        Map<String, BigDecimal> out = new HashMap<>();
        values.forEach(v -> out.put(v.key(), v.value()));
        return out;
    }
}
