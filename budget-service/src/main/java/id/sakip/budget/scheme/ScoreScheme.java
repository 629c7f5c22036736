package id.sakip.budget.scheme;

import id.sakip.budget.common.Numbers;
import id.sakip.budget.scheme.dto.SchemeData;
import id.sakip.budget.scheme.dto.SchemeView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A score scheme (IKPA, SMART, planning, NKA): components, weights and reducers as data, valid for years. */
@Entity
@Table(name = "score_scheme")
public class ScoreScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchemeKind kind;

    @Column(name = "valid_from", nullable = false)
    public Integer validFrom;

    @Column(name = "valid_to")
    public Integer validTo;

    public String basis;
    public String formula;
    public String note;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "score_scheme_component", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    public List<Component> components = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "score_scheme_reducer", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    public List<Reducer> reducers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "score_scheme_derived", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    public List<Derived> derived = new ArrayList<>();

    /** One weighted component. */
    @Embeddable
    public static class Component {
        @Column(name = "component_key", nullable = false)
        public String key;
        public String name;
        public String aspect;
        public BigDecimal weight;
    }

    /** One reducer (points deducted from the final score). */
    @Embeddable
    public static class Reducer {
        @Column(name = "reducer_key", nullable = false)
        public String key;
        public String name;
        @Column(name = "max_deduction")
        public BigDecimal maxDeduction;
    }

    /** A component computed from an entered value by a formula (SMART efficiency score). */
    @Embeddable
    public static class Derived {
        @Column(name = "derived_key", nullable = false)
        public String key;
        @Column(name = "from_key", nullable = false)
        public String fromKey;
        @Column(nullable = false)
        public String formula;
    }

    public SchemeData toData() {
        return new SchemeData(code, kind, validFrom, validTo, basis, formula, note,
                components.stream().map(c -> new SchemeData.Component(c.key, c.name, c.aspect,
                        Numbers.canonical(c.weight))).toList(),
                reducers.stream().map(r -> new SchemeData.Reducer(r.key, r.name,
                        Numbers.canonical(r.maxDeduction))).toList(),
                derived.stream().map(d -> new SchemeData.Derived(d.key, d.fromKey, d.formula)).toList());
    }

    public SchemeView toView() {
        SchemeData d = toData();
        return new SchemeView(code, kind, validFrom, validTo, basis, formula, note, kind != SchemeKind.PLANNING,
                d.components(), d.reducers(), d.derived(), version, updatedAt);
    }

    public void apply(SchemeData data) {
        code = data.code();
        kind = data.kind();
        validFrom = data.validFrom();
        validTo = data.validTo();
        basis = data.basis();
        formula = data.formula();
        note = data.note();
        components.clear();
        for (SchemeData.Component c : data.components()) {
            Component e = new Component();
            e.key = c.key();
            e.name = c.name();
            e.aspect = c.aspect();
            e.weight = c.weight();
            components.add(e);
        }
        reducers.clear();
        for (SchemeData.Reducer r : data.reducers()) {
            Reducer e = new Reducer();
            e.key = r.key();
            e.name = r.name();
            e.maxDeduction = r.maxDeduction();
            reducers.add(e);
        }
        derived.clear();
        for (SchemeData.Derived d : data.derived()) {
            Derived e = new Derived();
            e.key = d.key();
            e.fromKey = d.from();
            e.formula = d.formula();
            derived.add(e);
        }
        updatedAt = Instant.now();
    }
}
