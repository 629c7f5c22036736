package id.sakip.budget.scheme;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.YearRange;
import id.sakip.budget.scheme.dto.SchemeData;
import id.sakip.budget.score.ClampFormula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads and checks a score scheme from dataset or API JSON, collecting every problem. */
public final class SchemeParser {

    private SchemeParser() {
    }

    public static SchemeData parse(FieldReader in, JsonNode node, String p) {
        String code = in.text(node, "code", p, true, FieldReader.SCHEME_CODE_MAX);
        String kindText = in.text(node, "kind", p, false);
        SchemeKind kind = null;
        if (kindText != null) {
            try {
                kind = SchemeKind.valueOf(kindText.toUpperCase());
            } catch (IllegalArgumentException e) {
                in.error(FieldReader.at(p, "kind"), "must be one of IKPA, SMART, PLANNING, NKA");
            }
        } else if (code != null) {
            kind = SchemeKind.fromCode(code);
            if (kind == null) {
                in.error(FieldReader.at(p, "kind"),
                        "is required when the code does not start with IKPA-, SMART-, PLANNING- or NKA-");
            }
        }
        Integer from = in.integer(node, "validFrom", p, true, YearRange.MIN_YEAR, YearRange.MAX_YEAR);
        Integer to = in.integer(node, "validTo", p, false, YearRange.MIN_YEAR, YearRange.MAX_YEAR);
        if (from != null && to != null && to < from) {
            in.error(FieldReader.at(p, "validTo"), "must not be before validFrom");
        }
        String basis = in.text(node, "basis", p, false);
        String formula = in.text(node, "final", p, false);
        String note = in.text(node, "note", p, false, FieldReader.LONG_NOTE_MAX);

        List<SchemeData.Component> components = new ArrayList<>();
        Set<String> keys = FieldReader.seen();
        List<JsonNode> cs = in.array(node, "components", p, true);
        if (cs.isEmpty() && node != null && node.has("components")) {
            in.error(FieldReader.at(p, "components"), "must name at least one component");
        }
        for (int i = 0; i < cs.size(); i++) {
            String cp = FieldReader.at(FieldReader.at(p, "components"), i);
            JsonNode c = cs.get(i);
            String key = in.text(c, "key", cp, true);
            in.unique(keys, key, FieldReader.at(cp, "key"), "component");
            BigDecimal weight = in.number(c, "weight", cp, kind != SchemeKind.PLANNING, BigDecimal.ZERO,
                    BigDecimal.valueOf(100));
            components.add(new SchemeData.Component(key, in.text(c, "name", cp, false),
                    in.text(c, "aspect", cp, false), weight));
        }
        List<SchemeData.Reducer> reducers = new ArrayList<>();
        Set<String> reducerKeys = FieldReader.seen();
        List<JsonNode> rs = in.array(node, "reducers", p, false);
        for (int i = 0; i < rs.size(); i++) {
            String rp = FieldReader.at(FieldReader.at(p, "reducers"), i);
            JsonNode r = rs.get(i);
            String key = in.text(r, "key", rp, true);
            in.unique(reducerKeys, key, FieldReader.at(rp, "key"), "reducer");
            reducers.add(new SchemeData.Reducer(key, in.text(r, "name", rp, false),
                    in.number(r, "maxDeduction", rp, false, BigDecimal.ZERO, BigDecimal.valueOf(100))));
        }
        if (!reducers.isEmpty() && kind != null && kind != SchemeKind.IKPA) {
            in.error(FieldReader.at(p, "reducers"), "only IKPA schemes have reducers");
        }
        List<SchemeData.Derived> derived = new ArrayList<>();
        Set<String> derivedKeys = FieldReader.seen();
        List<JsonNode> ds = in.array(node, "derived", p, false);
        for (int i = 0; i < ds.size(); i++) {
            String dp = FieldReader.at(FieldReader.at(p, "derived"), i);
            JsonNode d = ds.get(i);
            String key = in.text(d, "key", dp, true);
            String fromKey = in.text(d, "from", dp, true);
            String f = in.text(d, "formula", dp, true);
            if (key != null && !keys.contains(key)) {
                in.error(FieldReader.at(dp, "key"), "must name a component of this scheme");
            }
            in.unique(derivedKeys, key, FieldReader.at(dp, "key"), "derived component");
            if (fromKey != null && keys.contains(fromKey)) {
                in.error(FieldReader.at(dp, "from"), "must be an entered value, not a weighted component");
            }
            if (f != null && ClampFormula.parse(f).isEmpty()) {
                in.error(FieldReader.at(dp, "formula"), "unsupported formula; expected the form A + (clamp(X,lo,hi)/D)*B");
            }
            derived.add(new SchemeData.Derived(key, fromKey, f));
        }
        if (kind == SchemeKind.NKA && !cs.isEmpty() && (!keys.contains("PLANNING") || !keys.contains("EXECUTION"))) {
            in.error(FieldReader.at(p, "components"), "an NKA scheme weighs the components PLANNING and EXECUTION");
        }
        if ((kind == SchemeKind.IKPA || kind == SchemeKind.SMART || kind == SchemeKind.NKA)
                && !components.isEmpty() && components.stream().allMatch(c -> c.weight() == null || c.weight().signum() == 0)) {
            in.error(FieldReader.at(p, "components"), "at least one component must have a weight above 0");
        }
        return new SchemeData(code, kind, from, to, basis, formula, note, components, reducers, derived);
    }
}
