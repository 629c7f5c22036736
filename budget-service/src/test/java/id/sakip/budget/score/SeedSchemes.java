package id.sakip.budget.score;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.budget.Seed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Calculator inputs read straight from the seed's budget.json (schemes and entries as data). */
final class SeedSchemes {

    private static final JsonNode ROOT = Seed.tree();

    private SeedSchemes() {
    }

    static JsonNode scheme(String code) {
        for (JsonNode s : ROOT.get("schemes")) {
            if (s.get("code").asText().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException(code);
    }

    static JsonNode ikpaEntry(int year) {
        return entry("ikpa", year, null);
    }

    static JsonNode smartEntry(int year) {
        return entry("budgetPerformance", year, "SMART-2021");
    }

    private static JsonNode entry(String list, int year, String scheme) {
        for (JsonNode e : ROOT.get(list)) {
            if (e.get("year").asInt() == year && (scheme == null || e.get("scheme").asText().equals(scheme))) {
                return e;
            }
        }
        throw new IllegalArgumentException(list + " " + year);
    }

    static List<IkpaCalculator.Weight> ikpaWeights(String code) {
        List<IkpaCalculator.Weight> out = new ArrayList<>();
        for (JsonNode c : scheme(code).get("components")) {
            out.add(new IkpaCalculator.Weight(c.get("key").asText(), c.get("aspect").asText(),
                    c.get("weight").decimalValue()));
        }
        return out;
    }

    static List<IkpaCalculator.Reducer> ikpaReducers(String code) {
        List<IkpaCalculator.Reducer> out = new ArrayList<>();
        JsonNode rs = scheme(code).get("reducers");
        if (rs != null) {
            rs.forEach(r -> out.add(new IkpaCalculator.Reducer(r.get("key").asText(), r.get("maxDeduction").decimalValue())));
        }
        return out;
    }

    static Map<String, BigDecimal> values(JsonNode entry, String field) {
        Map<String, BigDecimal> out = new HashMap<>();
        JsonNode list = entry.get(field);
        if (list != null) {
            list.forEach(v -> out.put(v.get("key").asText(), v.get("value").decimalValue()));
        }
        return out;
    }

    static IkpaCalculator.Result ikpa(int year) {
        JsonNode e = ikpaEntry(year);
        String code = e.get("scheme").asText();
        return IkpaCalculator.compute(ikpaWeights(code), values(e, "components"), ikpaReducers(code),
                values(e, "reducers"));
    }

    static SmartCalculator.Result smart(int year) {
        JsonNode s = scheme("SMART-2021");
        List<SmartCalculator.Weight> weights = new ArrayList<>();
        s.get("components").forEach(c -> weights.add(new SmartCalculator.Weight(c.get("key").asText(),
                c.get("weight").decimalValue())));
        List<SmartCalculator.Derivation> derived = new ArrayList<>();
        s.get("derived").forEach(d -> derived.add(new SmartCalculator.Derivation(d.get("key").asText(),
                d.get("from").asText(), ClampFormula.parse(d.get("formula").asText()).orElseThrow())));
        return SmartCalculator.compute(weights, derived, values(smartEntry(year), "components"));
    }
}
