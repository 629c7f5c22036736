package id.sakip.budget.score;

import id.sakip.budget.scheme.SchemeKind;
import id.sakip.budget.score.dto.PerformanceData;
import id.sakip.budget.unityear.UnitYearDocument;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A SMART, planning or NKA entry of a work unit and year, with what the source reported. */
@Entity
@Table(name = "performance_entry")
@SequenceGenerator(sequenceName = "performance_entry_id_seq", allocationSize = 50)
public class PerformanceEntry extends UnitYearDocument<PerformanceData> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchemeKind kind;

    @Column(name = "scheme_code", nullable = false)
    public String schemeCode;

    public String note;

    @ElementCollection
    @CollectionTable(name = "performance_component", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    public List<ComponentValue> components = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "performance_input", joinColumns = @JoinColumn(name = "entry_id"))
    @MapKeyColumn(name = "input_key")
    @Column(name = "input_value")
    public Map<String, String> inputs = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "performance_reported", joinColumns = @JoinColumn(name = "entry_id"))
    @MapKeyColumn(name = "reported_key")
    @Column(name = "value")
    public Map<String, BigDecimal> reported = new HashMap<>();

    @Override
    public PerformanceData toData() {
        return new PerformanceData(workUnit, year, kind, schemeCode, reference, note,
                ComponentValue.toData(components), new TreeMap<>(inputs), IkpaEntry.canonical(reported));
    }

    @Override
    protected void applyFields(PerformanceData d) {
        kind = d.kind();
        schemeCode = d.scheme();
        note = d.note();
        ComponentValue.replace(components, d.components());
        inputs.clear();
        inputs.putAll(d.inputs());
        reported.clear();
        reported.putAll(d.reported());
    }
}
