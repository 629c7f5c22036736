package id.sakip.budget.score;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.YearRange;
import id.sakip.budget.scheme.SchemeKind;
import id.sakip.budget.scheme.dto.SchemeData;
import id.sakip.budget.score.dto.IkpaData;
import id.sakip.budget.score.dto.KeyValue;
import id.sakip.budget.score.dto.PerformanceData;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks {@code ikpa[]} and {@code budgetPerformance[]} items against their schemes. */
public final class ScoreParser {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScoreParser() {
    }

    public static IkpaData ikpa(FieldReader in, JsonNode node, String p, SchemeLookup schemes) {
        String unit = in.text(node, "workUnit", p, true, FieldReader.WORK_UNIT_MAX);
        Integer year = in.integer(node, "year", p, true, YearRange.MIN_YEAR, YearRange.MAX_YEAR);
        String period = in.text(node, "period", p, true, FieldReader.PERIOD_MAX);
        String code = in.text(node, "scheme", p, false, FieldReader.SCHEME_CODE_MAX);
        SchemeData scheme = resolve(in, FieldReader.at(p, "scheme"), code, year, Set.of(SchemeKind.IKPA), schemes);

        List<KeyValue> components = values(in, node, p, "components", scheme, "component",
                scheme == null ? null : scheme.components().stream().map(SchemeData.Component::key).toList(),
                BigDecimal.ZERO, HUNDRED);
        List<KeyValue> reducers = values(in, node, p, "reducers", scheme, "reducer",
                scheme == null ? null : scheme.reducers().stream().map(SchemeData.Reducer::key).toList(),
                BigDecimal.ZERO, HUNDRED);

        JsonNode r = node.get("reported");
        String rp = FieldReader.at(p, "reported");
        Map<String, BigDecimal> weighted = in.numberMap(r, "weightedValues", rp);
        if (scheme != null) {
            for (String k : weighted.keySet()) {
                if (scheme.component(k) == null && scheme.reducers().stream().noneMatch(x -> x.key().equals(k))) {
                    in.error(FieldReader.at(FieldReader.at(rp, "weightedValues"), k),
                            "unknown component '" + k + "' of scheme " + scheme.code());
                }
            }
        }
        IkpaData.ReportedIkpa reported = new IkpaData.ReportedIkpa(
                in.number(r, "total", rp, false, BigDecimal.ZERO, null),
                in.number(r, "weightConversion", rp, false, BigDecimal.ZERO, null),
                in.number(r, "final", rp, false, BigDecimal.ZERO, null),
                in.numberMap(r, "aspects", rp), weighted, in.text(r, "weightedValuesWhere", rp, false));
        return new IkpaData(unit, year, scheme == null ? code : scheme.code(), period,
                in.text(node, "reference", p, false), components, reducers, reported);
    }

    public static PerformanceData performance(FieldReader in, JsonNode node, String p, SchemeLookup schemes) {
        String unit = in.text(node, "workUnit", p, true, FieldReader.WORK_UNIT_MAX);
        Integer year = in.integer(node, "year", p, true, YearRange.MIN_YEAR, YearRange.MAX_YEAR);
        String code = in.text(node, "scheme", p, true, FieldReader.SCHEME_CODE_MAX);
        SchemeData scheme = code == null ? null : resolve(in, FieldReader.at(p, "scheme"), code, year,
                Set.of(SchemeKind.SMART, SchemeKind.PLANNING, SchemeKind.NKA), schemes);
        List<String> allowed = null;
        List<String> derivedSources = List.of();
        if (scheme != null) {
            derivedSources = scheme.derived().stream().map(SchemeData.Derived::from).toList();
            List<String> derivedKeys = scheme.derived().stream().map(SchemeData.Derived::key).toList();
            allowed = new ArrayList<>(derivedSources);
            scheme.components().stream().map(SchemeData.Component::key).filter(k -> !derivedKeys.contains(k))
                    .forEach(allowed::add);
        }
        List<KeyValue> components = new ArrayList<>();
        if (scheme == null || scheme.kind() != SchemeKind.NKA || node.has("components")) {
            components = values(in, node, p, "components", scheme, "component", allowed, null, null);
            for (int i = 0; i < components.size(); i++) {
                KeyValue kv = components.get(i);
                if (kv.value() != null && kv.value().signum() < 0 && !derivedSources.contains(kv.key())) {
                    in.error(FieldReader.at(FieldReader.at(FieldReader.at(p, "components"), i), "value"),
                            "must not be negative");
                }
            }
            if (scheme != null && scheme.kind() == SchemeKind.NKA && !components.isEmpty()) {
                in.error(FieldReader.at(p, "components"), "an NKA entry names its inputs, not components");
            }
        }
        Map<String, String> inputs = in.textMap(node, "inputs", p);
        if (scheme != null) {
            for (String k : inputs.keySet()) {
                if (scheme.kind() != SchemeKind.NKA || scheme.component(k) == null) {
                    in.error(FieldReader.at(FieldReader.at(p, "inputs"), k),
                            "unknown input '" + k + "' of scheme " + scheme.code());
                }
            }
        }
        return new PerformanceData(unit, year, scheme == null ? null : scheme.kind(), code,
                in.text(node, "reference", p, false), in.text(node, "note", p, false, FieldReader.LONG_NOTE_MAX),
                components, inputs, in.numberMap(node, "reported", p));
    }

    private static SchemeData resolve(FieldReader in, String pointer, String code, Integer year, Set<SchemeKind> kinds,
                                      SchemeLookup schemes) {
        if (code == null) {
            if (year == null) {
                return null;
            }
            SchemeKind kind = kinds.iterator().next();
            Optional<SchemeData> picked = schemes.pick(kind, year);
            if (picked.isEmpty()) {
                in.error(pointer, "no " + kind + " scheme is valid in " + year + "; name one or add it");
            }
            return picked.orElse(null);
        }
        Optional<SchemeData> found = schemes.byCode(code);
        if (found.isEmpty()) {
            in.error(pointer, "unknown scheme '" + code + "'");
            return null;
        }
        SchemeData s = found.get();
        if (!kinds.contains(s.kind())) {
            in.error(pointer, "scheme '" + code + "' is a " + s.kind() + " scheme; expected " + kinds);
            return null;
        }
        if (year != null && !s.validIn(year)) {
            in.error(pointer, "scheme '" + code + "' is valid " + s.validFrom() + "-"
                    + (s.validTo() == null ? "" : s.validTo()) + ", not in " + year);
        }
        return s;
    }

    private static List<KeyValue> values(FieldReader in, JsonNode node, String p, String field, SchemeData scheme,
                                         String what, List<String> allowed, BigDecimal min, BigDecimal max) {
        List<KeyValue> out = new ArrayList<>();
        Set<String> keys = FieldReader.seen();
        List<JsonNode> items = in.array(node, field, p, false);
        for (int i = 0; i < items.size(); i++) {
            String ip = FieldReader.at(FieldReader.at(p, field), i);
            JsonNode item = items.get(i);
            String key = in.text(item, "key", ip, true);
            in.unique(keys, key, FieldReader.at(ip, "key"), what);
            if (key != null && allowed != null && !allowed.contains(key)) {
                in.error(FieldReader.at(ip, "key"), "unknown " + what + " '" + key + "' of scheme " + scheme.code());
            }
            out.add(new KeyValue(key, in.number(item, "value", ip, false, min, max)));
        }
        return out;
    }
}
