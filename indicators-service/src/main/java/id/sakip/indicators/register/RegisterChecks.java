package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.indicators.register.dto.CheckReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cross-checks of the registers of one unit-year: each table's computed sums against the totals the source
 * printed, registers that count the same thing against each other, and the registers against the indicators'
 * entered figures. Each check carries both values and where they come from, and says whether the difference is
 * a contradiction. Pure: works on the registers in the dataset's shape.
 */
public final class RegisterChecks {

    public static final String PRINTED_TOTAL = "PRINTED_TOTAL";
    public static final String CROSS_REGISTER = "CROSS_REGISTER";
    public static final String REGISTER_VS_INDICATOR = "REGISTER_VS_INDICATOR";
    /** The left value must equal the right one. */
    public static final String EQUAL = "EQUAL";
    /** The left value must be at least the right one. */
    public static final String AT_LEAST = "AT_LEAST";

    public static final String TRAVEL_DOCUMENT = "TRAVEL_DOCUMENT";
    /** The indicator counting handled administrative-action cases (persons), which measures may outnumber. */
    public static final String ADMINISTRATIVE_ACTION_INDICATOR = "IKK-1.2";

    private RegisterChecks() {
    }

    /** An indicator's entered figures (scorecard) and what its derivation rule gives, if any. */
    public record IndicatorFigures(String code, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                                   BigDecimal derivedNumerator, BigDecimal derivedDenominator,
                                   BigDecimal derivedValue, String derivedSource) {
    }

    public static List<CheckReport.Check> run(JsonNode r, List<IndicatorFigures> indicators) {
        List<CheckReport.Check> out = new ArrayList<>();
        printedTotals(r, out);
        crossRegisters(r, out);
        againstIndicators(r, indicators, out);
        return out;
    }

    // ---- sums of the tables vs the totals printed under them ----------------------------------------------------

    private static void printedTotals(JsonNode r, List<CheckReport.Check> out) {
        JsonNode pass = r.path("passportIssuance");
        if (!pass.isMissingNode()) {
            String ref = ref(pass);
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            for (JsonNode row : pass.path("rows")) {
                accumulate(sums, row.path("passport").asText(), sum(row, "male", "female"));
            }
            Set<String> types = new LinkedHashSet<>(sums.keySet());
            pass.path("reportedTotals").fieldNames().forEachRemaining(types::add);
            for (String type : types) {
                out.add(check("passportIssuance.total." + type, PRINTED_TOTAL,
                        "Passports " + type + ": sum of the rows vs the printed total",
                        side("sum of the rows (male + female)", sums.get(type), "registers/passportIssuance rows" + ref),
                        side("printed total", num(pass.path("reportedTotals").path(type)),
                                "registers/passportIssuance reportedTotals." + type + ref), EQUAL, null));
            }
        }
        JsonNode cross = r.path("borderCrossings");
        for (JsonNode row : cross.path("rows")) {
            String cp = row.path("checkpoint").asText();
            out.add(check("borderCrossings.total." + cp, PRINTED_TOTAL, "Border crossings at " + cp
                            + ": arrivals and departures vs the printed total",
                    side("citizen and foreigner arrivals and departures", sum(row, "citizenArrivals",
                            "citizenDepartures", "foreignerArrivals", "foreignerDepartures"),
                            "registers/borderCrossings rows" + ref(cross)),
                    side("printed total", num(row.path("reportedTotal")),
                            "registers/borderCrossings rows.reportedTotal" + ref(cross)), EQUAL, null));
        }
        JsonNode det = r.path("detainees");
        if (!det.isMissingNode()) {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode row : det.path("rows")) {
                total = add(total, num(row.path("count")));
            }
            out.add(check("detainees.total", PRINTED_TOTAL, "Detainees: sum by nationality vs the printed total",
                    side("sum by nationality", total, "registers/detainees rows" + ref(det)),
                    side("printed total", num(det.path("reportedTotal")), "registers/detainees reportedTotal"
                            + ref(det)), EQUAL, null));
        }
        JsonNode sup = r.path("supervisionOperations");
        if (!sup.isMissingNode()) {
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode m : sup.path("months")) {
                total = add(total, num(m));
            }
            out.add(check("supervisionOperations.total", PRINTED_TOTAL,
                    "Supervision operations: sum of the months vs the printed total",
                    side("sum of the months", total, "registers/supervisionOperations months" + ref(sup)),
                    side("printed total", num(sup.path("reportedTotal")),
                            "registers/supervisionOperations reportedTotal" + ref(sup)), EQUAL, null));
        }
    }

    // ---- registers counting the same thing ---------------------------------------------------------------------

    private static void crossRegisters(JsonNode r, List<CheckReport.Check> out) {
        Map<String, Map<String, BigDecimal>> details = detailsByOutcome(r);
        Map<String, Map<String, BigDecimal>> volumes = new LinkedHashMap<>();
        for (JsonNode v : r.path("serviceVolumes")) {
            Map<String, BigDecimal> m = volumes.computeIfAbsent(v.path("service").asText(),
                    k -> new LinkedHashMap<>());
            for (String f : List.of("received", "completed", "rejected", "cancelled")) {
                accumulate(m, f, num(v.path(f)));
            }
        }
        String detailRef = ref(r.path("serviceDetails"));
        String volumeRef = refOfArray(r.path("serviceVolumes"));
        for (Map.Entry<String, Map<String, BigDecimal>> d : details.entrySet()) {
            Map<String, BigDecimal> v = volumes.get(d.getKey());
            if (v == null) {
                continue;
            }
            for (Map.Entry<String, String> o : List.of(Map.entry("COMPLETED", "completed"),
                    Map.entry("REJECTED", "rejected"), Map.entry("CANCELLED", "cancelled"))) {
                if (!d.getValue().containsKey(o.getKey()) || v.get(o.getValue()) == null) {
                    continue;
                }
                out.add(check("services." + d.getKey() + "." + o.getValue(), CROSS_REGISTER, "Service "
                                + d.getKey() + " " + o.getValue() + ": detail items vs service volumes",
                        side(o.getValue() + " per detail items", d.getValue().get(o.getKey()),
                                "registers/serviceDetails items " + d.getKey() + " " + o.getKey() + detailRef),
                        side(o.getValue() + " per service volumes", v.get(o.getValue()),
                                "registers/serviceVolumes " + d.getKey() + "." + o.getValue() + volumeRef),
                        EQUAL, null));
            }
        }
        JsonNode pass = r.path("passportIssuance");
        if (!pass.isMissingNode() && pass.path("rows").size() > 0) {
            BigDecimal passports = BigDecimal.ZERO;
            for (JsonNode row : pass.path("rows")) {
                passports = add(passports, sum(row, "male", "female"));
            }
            Map<String, BigDecimal> v = volumes.get(TRAVEL_DOCUMENT);
            String note = "Travel documents (DPRI) include border passes (Pas Lintas Batas) besides passports: "
                    + "completed travel documents may exceed the passports issued, never fall short of them.";
            if (v != null && v.get("completed") != null) {
                out.add(check("travelDocuments.volumesVsPassports", CROSS_REGISTER,
                        "Travel documents completed (service volumes) vs passports issued",
                        side("travel documents completed per service volumes", v.get("completed"),
                                "registers/serviceVolumes " + TRAVEL_DOCUMENT + ".completed" + volumeRef),
                        side("passports issued", passports, "registers/passportIssuance rows" + ref(pass)),
                        AT_LEAST, note));
            }
            Map<String, BigDecimal> d = details.get(TRAVEL_DOCUMENT);
            if (d != null && d.get("COMPLETED") != null) {
                out.add(check("travelDocuments.detailsVsPassports", CROSS_REGISTER,
                        "Travel documents completed (detail items) vs passports issued",
                        side("travel documents completed per detail items", d.get("COMPLETED"),
                                "registers/serviceDetails items " + TRAVEL_DOCUMENT + " COMPLETED" + detailRef),
                        side("passports issued", passports, "registers/passportIssuance rows" + ref(pass)),
                        AT_LEAST, note));
            }
        }
    }

    private static Map<String, Map<String, BigDecimal>> detailsByOutcome(JsonNode r) {
        Map<String, Map<String, BigDecimal>> details = new LinkedHashMap<>();
        for (JsonNode it : r.path("serviceDetails").path("items")) {
            accumulate(details.computeIfAbsent(it.path("service").asText(), k -> new LinkedHashMap<>()),
                    it.hasNonNull("outcome") ? it.path("outcome").asText()
                            : RegisterTypes.outcomeOf(it.path("item").asText("")), num(it.path("count")));
        }
        return details;
    }

    // ---- registers vs the indicators' entered figures ---------------------------------------------------------

    private static void againstIndicators(JsonNode r, List<IndicatorFigures> indicators, List<CheckReport.Check> out) {
        Map<String, IndicatorFigures> byCode = new LinkedHashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        JsonNode actions = r.path("administrativeActionSummary");
        IndicatorFigures tak = byCode.get(ADMINISTRATIVE_ACTION_INDICATOR);
        if (!actions.isMissingNode() && tak != null) {
            BigDecimal measures = BigDecimal.ZERO;
            for (JsonNode c : actions.path("counts")) {
                measures = add(measures, num(c.path("count")));
            }
            out.add(check("administrativeActions.measuresVsCases", REGISTER_VS_INDICATOR,
                    "Administrative measures vs the cases handled (" + tak.code() + ")",
                    side("measures taken", measures, "registers/administrativeActionSummary counts" + ref(actions)),
                    side("cases handled", tak.denominator(), "realization " + tak.code() + " denominator"),
                    AT_LEAST, "One person can receive several measures (Pasal 75 ayat 2 UU 6/2011), so measures "
                            + "may outnumber the cases handled; fewer measures than cases would be a contradiction."));
        }
        for (IndicatorFigures i : indicators) {
            if (i.derivedSource() == null) {
                continue;
            }
            if (i.derivedValue() != null || (i.value() != null && i.derivedNumerator() == null)) {
                out.add(check("indicator." + i.code() + ".value", REGISTER_VS_INDICATOR, i.code()
                                + ": value entered vs derived from the register",
                        side("entered value", i.value(), "realization " + i.code()),
                        side("derived value", i.derivedValue(), i.derivedSource()), EQUAL, null));
                continue;
            }
            out.add(check("indicator." + i.code() + ".numerator", REGISTER_VS_INDICATOR, i.code()
                            + ": numerator entered vs derived from the register",
                    side("entered numerator", i.numerator(), "realization " + i.code()),
                    side("derived numerator", i.derivedNumerator(), i.derivedSource()), EQUAL, null));
            out.add(check("indicator." + i.code() + ".denominator", REGISTER_VS_INDICATOR, i.code()
                            + ": denominator entered vs derived from the register",
                    side("entered denominator", i.denominator(), "realization " + i.code()),
                    side("derived denominator", i.derivedDenominator(), i.derivedSource()), EQUAL, null));
            if ("registers/serviceVolumes".equals(i.derivedSource())) {
                servicesPerDetails(r, i, out);
            }
        }
    }

    /**
     * The services an indicator counts from the service volumes, recounted with the detail items where a service
     * has them (Tabel III.8 next to III.9): the indicator's figure should not depend on which table one reads.
     */
    private static void servicesPerDetails(JsonNode r, IndicatorFigures i, List<CheckReport.Check> out) {
        Map<String, Map<String, BigDecimal>> details = detailsByOutcome(r);
        if (details.isEmpty()) {
            return;
        }
        BigDecimal completed = BigDecimal.ZERO;
        List<String> fromDetails = new ArrayList<>();
        for (JsonNode v : r.path("serviceVolumes")) {
            String service = v.path("service").asText();
            Map<String, BigDecimal> d = details.get(service);
            if (d != null && d.containsKey("COMPLETED")) {
                if (!fromDetails.contains(service)) {
                    completed = add(completed, d.get("COMPLETED"));
                    fromDetails.add(service);
                }
            } else {
                completed = add(completed, num(v.path("completed")));
            }
        }
        out.add(check("indicator." + i.code() + ".numeratorPerDetails", REGISTER_VS_INDICATOR, i.code()
                        + ": numerator entered vs services completed per the detail items",
                side("entered numerator", i.numerator(), "realization " + i.code()),
                side("completed per detail items (" + String.join(", ", fromDetails)
                        + "), other services per service volumes", completed,
                        "registers/serviceDetails items" + ref(r.path("serviceDetails"))
                                + " + registers/serviceVolumes"), EQUAL, null));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static CheckReport.Check check(String key, String kind, String description, CheckReport.Side left,
                                           CheckReport.Side right, String relation, String note) {
        BigDecimal difference = left.value() == null || right.value() == null ? null
                : left.value().subtract(right.value());
        boolean contradiction = difference != null && (EQUAL.equals(relation) ? difference.signum() != 0
                : difference.signum() < 0);
        String n = note;
        if (difference == null) {
            n = (note == null ? "" : note + " ") + "Not comparable: "
                    + (left.value() == null ? left.label() : right.label()) + " is unknown.";
        }
        return new CheckReport.Check(key, kind, description, left, right, relation, difference, contradiction, n);
    }

    private static CheckReport.Side side(String label, BigDecimal value, String source) {
        return new CheckReport.Side(label, value, source);
    }

    private static String ref(JsonNode register) {
        String ref = register.path("reference").asText(null);
        return ref == null ? "" : " (" + ref + ")";
    }

    private static String refOfArray(JsonNode register) {
        for (JsonNode n : register) {
            if (n.hasNonNull("reference")) {
                return " (" + n.path("reference").asText() + ")";
            }
        }
        return "";
    }

    /** A number, or null when unknown. */
    private static BigDecimal num(JsonNode n) {
        return n != null && n.isNumber() ? n.decimalValue() : null;
    }

    /** Sum of some fields; unknown when any of them is. */
    private static BigDecimal sum(JsonNode row, String... fields) {
        BigDecimal total = BigDecimal.ZERO;
        for (String f : fields) {
            total = add(total, num(row.path(f)));
        }
        return total;
    }

    private static void accumulate(Map<String, BigDecimal> sums, String key, BigDecimal value) {
        sums.put(key, sums.containsKey(key) ? add(sums.get(key), value) : value);
    }

    /** Unknown plus anything is unknown. */
    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }
}
