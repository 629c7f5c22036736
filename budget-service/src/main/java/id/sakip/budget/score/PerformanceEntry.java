package id.sakip.budget.score;

import id.sakip.budget.scheme.SchemeKind;
import id.sakip.budget.score.dto.PerformanceData;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A SMART, planning or NKA entry of a work unit and year, with what the source reported. */
@Entity
@Table(name = "performance_entry")
public class PerformanceEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(nullable = false)
    public Integer year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchemeKind kind;

    @Column(name = "scheme_code", nullable = false)
    public String schemeCode;

    public String reference;
    public String note;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

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

    public PerformanceData toData() {
        return new PerformanceData(workUnit, year, kind, schemeCode, reference, note,
                ComponentValue.toData(components), new TreeMap<>(inputs), IkpaEntry.canonical(reported));
    }

    public void apply(PerformanceData d) {
        workUnit = d.workUnit();
        year = d.year();
        kind = d.kind();
        schemeCode = d.scheme();
        reference = d.reference();
        note = d.note();
        ComponentValue.replace(components, d.components());
        inputs.clear();
        inputs.putAll(d.inputs());
        reported.clear();
        reported.putAll(d.reported());
        updatedAt = Instant.now();
    }
}
