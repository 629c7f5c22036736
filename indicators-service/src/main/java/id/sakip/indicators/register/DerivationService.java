package id.sakip.indicators.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.indicators.common.Errors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realization derived from the evidence registers by the rules of table {@code derivation_rule}, shown beside
 * the entered figures in the scorecard and adoptable as the realization. Set-based: one query for the rules and
 * one per register they use, whatever the number of units.
 */
@ApplicationScoped
public class DerivationService {

    static final String ANY_PLAN = "*";

    private final EntityManager em;
    private final ObjectMapper json;
    private final RegisterService registers;

    public DerivationService(EntityManager em, ObjectMapper json, RegisterService registers) {
        this.em = em;
        this.json = json;
        this.registers = registers;
    }

    public static String key(String unit, String plan, String indicator) {
        return unit + "|" + (plan == null ? ANY_PLAN : plan) + "|" + indicator;
    }

    /** The derivations of some units in a year. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Derivations derive(Collection<String> units, int year) {
        Map<String, Derivation> out = new HashMap<>();
        if (units.isEmpty()) {
            return new Derivations(out);
        }
        List<DerivationRule> rules = em.createQuery("from DerivationRule r order by r.id", DerivationRule.class)
                .getResultList();
        Map<String, List<DerivationRule>> byRegister = new LinkedHashMap<>();
        rules.forEach(r -> byRegister.computeIfAbsent(r.register, k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<DerivationRule>> e : byRegister.entrySet()) {
            RecordType<?, ?> type = RegisterTypes.byRuleName(e.getKey()).orElse(null);
            if (type == null) {
                continue;
            }
            Map<String, List<JsonNode>> records = registers.recordsByUnit(type, units, year);
            for (DerivationRule rule : e.getValue()) {
                DerivationEngine.Rule parsed = parse(rule, type);
                if (parsed == null) {
                    continue;
                }
                for (Map.Entry<String, List<JsonNode>> unit : records.entrySet()) {
                    DerivationEngine.Result r = DerivationEngine.evaluate(parsed, unit.getValue());
                    out.put(key(unit.getKey(), rule.planCode, rule.indicatorCode), new Derivation(rule.id,
                            rule.description, r.year().numerator(), r.year().denominator(), r.year().value(),
                            "registers/" + rule.register, r.quarters().stream().map(q -> new PeriodFigure(q.period(),
                                    q.numerator(), q.denominator(), q.value())).toList()));
                }
            }
        }
        return new Derivations(out);
    }

    /** The rule as the engine reads it; null when a stored rule no longer reads (it is then not applied). */
    DerivationEngine.Rule parse(DerivationRule rule, RecordType<?, ?> type) {
        Errors errors = new Errors();
        DerivationEngine.Rule r = read(rule.register, rule.periodField, tree(rule.numerator), tree(rule.denominator),
                tree(rule.value), type, errors);
        return errors.isEmpty() ? r : null;
    }

    /** Reads and checks the parts of a rule, reporting problems with pointers into the rule's JSON. */
    static DerivationEngine.Rule read(String register, String periodField, JsonNode numerator, JsonNode denominator,
                                      JsonNode value, RecordType<?, ?> type, Errors errors) {
        var fields = type.fields();
        if (periodField != null && !fields.contains(periodField)) {
            errors.add("/periodField", "unknown field " + periodField + " of " + register + " (fields: " + fields + ")");
        }
        DerivationEngine.Measure n = DerivationEngine.measure(numerator, fields, "/numerator", errors);
        DerivationEngine.Measure d = DerivationEngine.measure(denominator, fields, "/denominator", errors);
        DerivationEngine.Measure v = DerivationEngine.measure(value, fields, "/value", errors);
        boolean ratio = present(numerator) || present(denominator);
        if (ratio && present(value)) {
            errors.add("/value", "give numerator and denominator (RATIO) or value (VALUE), not both");
        } else if (ratio && (!present(numerator) || !present(denominator))) {
            errors.add(present(numerator) ? "/denominator" : "/numerator", "a RATIO rule needs numerator and "
                    + "denominator");
        } else if (!ratio && !present(value)) {
            errors.add("/numerator", "give numerator and denominator (RATIO) or value (VALUE)");
        }
        return new DerivationEngine.Rule(register, periodField, n, d, v);
    }

    private static boolean present(JsonNode n) {
        return n != null && !n.isNull() && !n.isMissingNode();
    }

    JsonNode tree(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }

    /** The derivations of a set of units, found by unit, plan and indicator (a plan's own rule first). */
    public record Derivations(Map<String, Derivation> byKey) {

        public Derivation find(String unit, String plan, String indicator) {
            Derivation own = byKey.get(key(unit, plan, indicator));
            return own != null ? own : byKey.get(key(unit, null, indicator));
        }
    }

    /** A derived numerator and denominator (or value), per quarter too, and the rule and register they come from. */
    public record Derivation(Long ruleId, String description, BigDecimal numerator, BigDecimal denominator,
                             BigDecimal value, String source, List<PeriodFigure> quarters) {
    }

    /** Derived figures of one quarter. */
    public record PeriodFigure(String period, BigDecimal numerator, BigDecimal denominator, BigDecimal value) {
    }
}
