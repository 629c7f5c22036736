package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed office's dataset files read as the template of the synthetic country: its hierarchy above the
 * technical units, its plans and indicators, its agreements' targets and programs, its score schemes, and the
 * orders of magnitude of its realizations, budget outputs and PNBP accounts.
 */
final class Template {

    static final String PERFORMANCE_FORMAT = "sakip-performance-dataset/1";
    static final String BUDGET_FORMAT = "sakip-budget-dataset/1";

    private final JsonNode performance;
    private final JsonNode budget;

    Template(JsonNode performance, JsonNode budget) {
        this.performance = performance;
        this.budget = budget;
        if (!PERFORMANCE_FORMAT.equals(performance.path("format").asText())) {
            throw new IllegalArgumentException("the template performance.json is not " + PERFORMANCE_FORMAT);
        }
        if (!BUDGET_FORMAT.equals(budget.path("format").asText())) {
            throw new IllegalArgumentException("the template budget.json is not " + BUDGET_FORMAT);
        }
        if (!performance.path("plans").isArray() || performance.path("plans").isEmpty()) {
            throw new IllegalArgumentException("the template performance.json has no plans");
        }
    }

    static Template read(Path dir) throws IOException {
        return new Template(Json.MAPPER.readTree(dir.resolve("performance.json").toFile()),
                Json.MAPPER.readTree(dir.resolve("budget.json").toFile()));
    }

    String source() {
        return performance.path("source").asText("");
    }

    /** Ministries, directorates general and regional offices of the template, as they are. */
    List<JsonNode> unitsAboveTechnical() {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode u : performance.path("workUnits")) {
            if (!"TECHNICAL_UNIT".equals(u.path("type").asText())) {
                out.add(u);
            }
        }
        return out;
    }

    Optional<JsonNode> unit(String code) {
        for (JsonNode u : performance.path("workUnits")) {
            if (code.equals(u.path("code").asText())) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    /** The directorate general the template's first regional office belongs to (DJIM in the seed). */
    String directorateGeneral() {
        for (JsonNode u : performance.path("workUnits")) {
            if ("REGIONAL_OFFICE".equals(u.path("type").asText())) {
                JsonNode parent = unit(u.path("parent").asText()).orElse(null);
                if (parent != null && "DIRECTORATE_GENERAL".equals(parent.path("type").asText())) {
                    return parent.path("code").asText();
                }
            }
        }
        for (JsonNode u : performance.path("workUnits")) {
            if ("DIRECTORATE_GENERAL".equals(u.path("type").asText())) {
                return u.path("code").asText();
            }
        }
        throw new IllegalArgumentException("the template has no directorate general");
    }

    /**
     * How a technical unit below {@code regionalOffice} changed parents in the template (408103 moved from
     * KANWIL-KEPRI to KANWIL-DJIM-KEPRI in 2025), so synthetic units below the same office do the same.
     */
    Optional<JsonNode> parentHistoryBelow(String regionalOffice) {
        for (JsonNode u : performance.path("workUnits")) {
            if ("TECHNICAL_UNIT".equals(u.path("type").asText()) && regionalOffice.equals(u.path("parent").asText())
                    && u.path("parentHistory").isArray()) {
                return Optional.of(u.get("parentHistory"));
            }
        }
        return Optional.empty();
    }

    JsonNode plans() {
        return performance.get("plans");
    }

    /** The plan whose years cover {@code year}. */
    Optional<JsonNode> planCovering(int year) {
        for (JsonNode plan : plans()) {
            if (plan.path("startYear").asInt() <= year && year <= plan.path("endYear").asInt()) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }

    /** The indicators of a plan in plan order, each with the code of its objective. */
    static List<PlanIndicator> indicators(JsonNode plan) {
        List<PlanIndicator> out = new ArrayList<>();
        for (JsonNode objective : plan.path("objectives")) {
            for (JsonNode indicator : objective.path("indicators")) {
                out.add(new PlanIndicator(objective.path("code").asText(), indicator));
            }
        }
        return out;
    }

    /** The template's first agreement under {@code planCode}: its targets and programs are reused. */
    Optional<JsonNode> agreement(String planCode) {
        for (JsonNode a : performance.path("agreements")) {
            if (planCode.equals(a.path("plan").asText())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * Yearly denominator of a RATIO indicator in the template's latest year with figures (cases handled,
     * applications received …): the scale of the synthetic quarterly figures. Empty when the template has none.
     */
    Optional<Long> yearlyDenominator(String indicatorCode) {
        Map<Integer, Long> byYear = new LinkedHashMap<>();
        for (String field : List.of("realizations", "history")) {
            for (JsonNode r : performance.path(field)) {
                if (indicatorCode.equals(r.path("indicator").asText()) && r.path("denominator").isNumber()) {
                    byYear.merge(r.path("year").asInt(), r.path("denominator").asLong(), Long::sum);
                }
            }
        }
        return byYear.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
    }

    JsonNode schemes() {
        return budget.path("schemes");
    }

    /** The template's budget year with the most detail (outputs) — the pattern of a synthetic budget. */
    Optional<JsonNode> richestBudget() {
        JsonNode best = null;
        for (JsonNode b : budget.path("budgets")) {
            if (best == null || b.path("outputs").size() > best.path("outputs").size()) {
                best = b;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The template's PNBP year with the most accounts. */
    Optional<JsonNode> richestRevenue() {
        JsonNode best = null;
        for (JsonNode r : budget.path("revenues")) {
            if (best == null || r.path("accounts").size() > best.path("accounts").size()) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Budget-performance entries whose scheme the template file does not define (PLANNING-2024 lives in
     * budget-service's own migration): the first one of each such scheme, and the first year it is used.
     */
    Map<String, JsonNode> externalPerformanceSchemes() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode e : budget.path("budgetPerformance")) {
            String code = e.path("scheme").asText();
            if (scheme(code).isEmpty() && e.has("components")) {
                JsonNode known = out.get(code);
                if (known == null || e.path("year").asInt() < known.path("year").asInt()) {
                    out.put(code, e);
                }
            }
        }
        return out;
    }

    Optional<JsonNode> scheme(String code) {
        for (JsonNode s : schemes()) {
            if (code.equals(s.path("code").asText())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The scheme with {@code prefix} (IKPA-, SMART-, NKA-) valid in {@code year}, the latest one if several. */
    Optional<JsonNode> schemeValidIn(String prefix, int year) {
        JsonNode best = null;
        for (JsonNode s : schemes()) {
            if (!s.path("code").asText().startsWith(prefix)) {
                continue;
            }
            int from = s.path("validFrom").asInt(Integer.MIN_VALUE);
            int to = s.path("validTo").isNumber() ? s.path("validTo").asInt() : Integer.MAX_VALUE;
            if (from <= year && year <= to && (best == null || from > best.path("validFrom").asInt())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    static ObjectNode copy(JsonNode node) {
        return (ObjectNode) node.deepCopy();
    }

    /** An indicator of a plan and the code of its objective. */
    record PlanIndicator(String objective, JsonNode indicator) {
        String code() {
            return indicator.path("code").asText();
        }

        boolean ratio() {
            return "RATIO".equals(indicator.path("kind").asText());
        }
    }
}
