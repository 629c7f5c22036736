package id.sakip.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Builds the {@code sakip-budget-dataset/1} file of the synthetic country: the template's score schemes, and per
 * unit-year the DIPA with revisions and breakdowns that add up to the totals, monthly figures, PNBP per account,
 * IKPA under the scheme valid that year, and SMART / planning / NKA entries where a scheme applies.
 */
final class BudgetFile {

    private static final String[] SPENDING_TYPES = {"PERSONNEL", "GOODS", "CAPITAL"};
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final GeneratorOptions options;
    private final Template template;
    private final Country country;
    private final PerformanceFile performance;

    BudgetFile(GeneratorOptions options, Template template, Country country, PerformanceFile performance) {
        this.options = options;
        this.template = template;
        this.country = country;
        this.performance = performance;
    }

    ObjectNode build() {
        ArrayNode budgets = Json.array();
        ArrayNode revenues = Json.array();
        ArrayNode ikpa = Json.array();
        ArrayNode scores = Json.array();
        for (Country.Unit unit : country.units()) {
            for (int year = options.firstYear(); year <= options.lastYear(); year++) {
                UnitYearBudget dipa = performance.budget(unit, year);
                budgets.add(budget(unit, year, dipa));
                revenues.add(revenue(unit, year));
                BigDecimal ikpaFinal = null;
                JsonNode ikpaScheme = template.schemeValidIn("IKPA", year).orElse(null);
                if (ikpaScheme != null) {
                    ObjectNode entry = ikpa(unit, year, ikpaScheme);
                    ikpaFinal = entry.path("reported").path("final").decimalValue();
                    ikpa.add(entry);
                }
                BigDecimal planning = null;
                String planningName = null;
                JsonNode smart = template.schemeValidIn("SMART", year).orElse(null);
                if (smart != null) {
                    ObjectNode entry = smart(unit, year, smart, dipa);
                    planning = entry.path("reported").path("score").decimalValue();
                    planningName = "SMART " + year;
                    scores.add(entry);
                } else {
                    for (Map.Entry<String, JsonNode> e : template.externalPerformanceSchemes().entrySet()) {
                        if (year >= e.getValue().path("year").asInt()) {
                            ObjectNode entry = planningScore(unit, year, e.getKey(), e.getValue());
                            planning = entry.path("reported").path("score").decimalValue();
                            planningName = e.getKey();
                            scores.add(entry);
                            break;
                        }
                    }
                }
                JsonNode nka = template.schemeValidIn("NKA", year).orElse(null);
                if (nka != null && planning != null && ikpaFinal != null) {
                    scores.add(nka(unit, year, nka, planning, planningName, ikpaFinal));
                }
            }
        }
        ObjectNode root = Json.object();
        root.put("format", Template.BUDGET_FORMAT);
        root.put("source", DatasetGenerator.source(options, template));
        root.set("schemes", template.schemes().deepCopy());
        root.set("budgets", budgets);
        root.set("revenues", revenues);
        root.set("ikpa", ikpa);
        root.set("budgetPerformance", scores);
        return root;
    }

    private ObjectNode budget(Country.Unit unit, int year, UnitYearBudget dipa) {
        Rng rng = Rng.of(options.seed(), "budget|" + unit.code() + "|" + year);
        long ceiling = dipa.ceiling();
        long realization = dipa.realization();
        ObjectNode b = Json.object();
        b.put("workUnit", unit.code());
        b.put("year", year);
        b.put("reference", "synthetic");
        b.put("ceiling", ceiling);
        b.put("realization", realization);

        ArrayNode revisions = b.putArray("revisions");
        revision(revisions, 0, "DIPA awal", dipa.initialCeiling(), dipa, dipa.initialByProgram());
        revision(revisions, 1, "DIPA revisi (final)", ceiling, dipa, dipa.finalByProgram());

        long[] typeCeilings = Amounts.split(ceiling,
                new double[]{rng.fraction(0.15, 0.25), rng.fraction(0.25, 0.40), rng.fraction(0.35, 0.55)}, 1000);
        lines(b.putArray("bySpendingType"), "key", SPENDING_TYPES, null, typeCeilings,
                Amounts.splitRealization(realization, typeCeilings, rng));

        long[] sourceCeilings = Amounts.split(ceiling, new double[]{rng.fraction(0.20, 0.35), rng.fraction(0.65, 0.80)},
                1000);
        lines(b.putArray("byFundingSource"), "key", new String[]{"RM", "PNBP"}, null, sourceCeilings, null);

        var indicators = Template.indicators(performance.plan(year));
        String[] codes = new String[indicators.size()];
        String[] objectives = new String[indicators.size()];
        double[] weights = new double[indicators.size()];
        for (int i = 0; i < indicators.size(); i++) {
            codes[i] = indicators.get(i).code();
            objectives[i] = indicators.get(i).objective();
            // the last indicator carries the support programme, as IKK-3.2 does in the seed (Tabel III.16)
            weights[i] = rng.fraction(1, 10) * (i == indicators.size() - 1 ? 25 : 1);
        }
        long[] indicatorCeilings = Amounts.split(ceiling, weights, 1000);
        lines(b.putArray("byIndicator"), "indicator", codes, objectives, indicatorCeilings,
                Amounts.splitRealization(realization, indicatorCeilings, rng));

        outputs(b.putArray("outputs"), rng);
        monthly(b.putArray("monthly"), ceiling, realization, rng);
        if (rng.chance(0.3)) {
            ObjectNode s = b.putArray("savings").addObject();
            s.put("item", "Penghematan Perjalanan Dinas");
            s.put("amount", rng.between(50, 200) * 1_000_000L);
            s.put("basis", "Arahan Ditjen Imigrasi (sintetis)");
        }
        ObjectNode reported = b.putArray("reported").addObject();
        reported.put("key", "absorptionPercent");
        reported.put("value", Amounts.percent(realization, ceiling));
        return b;
    }

    private static void revision(ArrayNode revisions, int number, String label, long ceiling, UnitYearBudget dipa,
                                 long[] byProgram) {
        ObjectNode r = revisions.addObject();
        r.put("revision", number);
        r.put("label", label);
        r.put("ceiling", ceiling);
        ArrayNode programs = r.putArray("byProgram");
        for (int i = 0; i < dipa.programs().size(); i++) {
            ObjectNode p = programs.addObject();
            p.put("program", dipa.programs().get(i));
            p.put("ceiling", byProgram[i]);
        }
    }

    private static void lines(ArrayNode out, String keyField, String[] keys, String[] objectives, long[] ceilings,
                              long[] realizations) {
        for (int i = 0; i < keys.length; i++) {
            ObjectNode line = out.addObject();
            if (objectives != null) {
                line.put("objective", objectives[i]);
            }
            line.put(keyField, keys[i]);
            line.put("ceiling", ceilings[i]);
            if (realizations != null) {
                line.put("realization", realizations[i]);
            }
        }
    }

    /** The template's e-Monev outputs with volumes and amounts of the same order. */
    private void outputs(ArrayNode out, Rng rng) {
        JsonNode model = template.richestBudget().orElse(null);
        if (model == null) {
            return;
        }
        for (JsonNode o : model.path("outputs")) {
            ObjectNode output = out.addObject();
            output.put("code", o.path("code").asText());
            output.put("name", o.path("name").asText());
            output.put("volumeTarget", Math.max(1, Math.round(o.path("volumeTarget").asDouble(100)
                    * rng.fraction(0.5, 1.5))));
            output.put("volumeUnit", o.path("volumeUnit").asText("KEGIATAN"));
            output.put("progressPercent", rng.decimal("80.0", "100.0", 1));
            long ceiling = Math.round(o.path("ceiling").asDouble(500_000_000) * rng.fraction(0.5, 1.5) / 1000) * 1000;
            output.put("ceiling", ceiling);
            output.put("realization", Math.round(ceiling * rng.fraction(0.90, 1.0)));
        }
    }

    /** Disbursement plan (RPD) and spending per month; December heavier, both add up to the year. */
    private static void monthly(ArrayNode out, long ceiling, long realization, Rng rng) {
        double[] weights = new double[12];
        for (int m = 0; m < 12; m++) {
            weights[m] = rng.fraction(0.8, 1.2) * (m == 11 ? 2.5 : 1);
        }
        long[] planned = Amounts.split(ceiling, weights, 1000);
        long[] spent = Amounts.splitRealization(realization, planned, rng);
        for (int m = 0; m < 12; m++) {
            ObjectNode month = out.addObject();
            month.put("month", m + 1);
            month.put("planned", planned[m]);
            month.put("realization", spent[m]);
        }
    }

    /** PNBP: the template's accounts; realization = MPN + BI deposits + SPM deductions − refunds. */
    private ObjectNode revenue(Country.Unit unit, int year) {
        Rng rng = Rng.of(options.seed(), "revenue|" + unit.code() + "|" + year);
        ObjectNode r = Json.object();
        r.put("workUnit", unit.code());
        r.put("year", year);
        JsonNode model = template.richestRevenue().orElse(null);
        long total = 0;
        long mpnNonTax = 0;
        long spm = 0;
        ArrayNode accounts = Json.array();
        if (model != null) {
            for (JsonNode a : model.path("accounts")) {
                ObjectNode account = accounts.addObject();
                account.put("code", a.path("code").asText());
                account.put("name", a.path("name").asText());
                long nonTax = scaled(a.path("mpnNonTax").asLong(), rng);
                long deduction = scaled(a.path("spmDeduction").asLong(), rng);
                account.put("mpnTax", 0);
                account.put("mpnNonTax", nonTax);
                account.put("biTax", 0);
                account.put("biNonTax", 0);
                account.put("spmDeduction", deduction);
                account.put("refund", 0);
                account.put("reportedRealization", nonTax + deduction);
                mpnNonTax += nonTax;
                spm += deduction;
                total += nonTax + deduction;
            }
        }
        long target = Math.max(1000, Math.round(total * rng.fraction(0.7, 1.3) / 1_000_000) * 1_000_000);
        r.put("target", target);
        r.put("reference", "synthetic");
        r.set("accounts", accounts);
        ObjectNode totals = r.putObject("reportedTotals");
        totals.put("mpnNonTax", mpnNonTax);
        totals.put("spmDeduction", spm);
        totals.put("realization", total);
        ObjectNode reported = r.putArray("reported").addObject();
        reported.put("key", "percentOfTarget");
        reported.put("value", Amounts.percent(total, target));
        reported.put("where", "synthetic");
        return r;
    }

    private static long scaled(long amount, Rng rng) {
        return amount == 0 ? 0 : Math.round(amount * rng.fraction(0.3, 1.7) / 1000) * 1000;
    }

    /**
     * IKPA as the Ministry of Finance reports it: total = Σ(value × weight) / 100, final = Σ(value × weight) /
     * Σ(weights) − reducers (the 2021 scheme's weights add up to 95, so its final is above its total).
     */
    private ObjectNode ikpa(Country.Unit unit, int year, JsonNode scheme) {
        Rng rng = Rng.of(options.seed(), "ikpa|" + unit.code() + "|" + year);
        ObjectNode e = Json.object();
        e.put("workUnit", unit.code());
        e.put("year", year);
        e.put("scheme", scheme.path("code").asText());
        e.put("period", "DECEMBER");
        ArrayNode components = e.putArray("components");
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        Map<String, BigDecimal[]> aspects = new java.util.LinkedHashMap<>();
        for (JsonNode c : scheme.path("components")) {
            BigDecimal value = rng.chance(0.35) ? new BigDecimal("100.00") : rng.decimal("60.00", "100.00", 2);
            ObjectNode kv = components.addObject();
            kv.put("key", c.path("key").asText());
            kv.put("value", value);
            BigDecimal weight = c.path("weight").decimalValue();
            weighted = weighted.add(value.multiply(weight));
            weights = weights.add(weight);
            if (c.path("aspect").isTextual() && weight.signum() > 0) {
                BigDecimal[] a = aspects.computeIfAbsent(c.path("aspect").asText(),
                        k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                a[0] = a[0].add(value.multiply(weight));
                a[1] = a[1].add(weight);
            }
        }
        BigDecimal reductions = BigDecimal.ZERO;
        if (scheme.path("reducers").isArray() && !scheme.path("reducers").isEmpty()) {
            ArrayNode reducers = e.putArray("reducers");
            for (JsonNode red : scheme.path("reducers")) {
                BigDecimal value = rng.chance(0.1) ? rng.decimal("0.00", "1.00", 2) : new BigDecimal("0.00");
                ObjectNode kv = reducers.addObject();
                kv.put("key", red.path("key").asText());
                kv.put("value", value);
                reductions = reductions.add(value);
            }
        }
        ObjectNode reported = e.putObject("reported");
        reported.put("total", weighted.divide(HUNDRED, 2, RoundingMode.HALF_UP));
        reported.put("weightConversion", weights);
        reported.put("final", weighted.divide(weights, 2, RoundingMode.HALF_UP).subtract(reductions));
        ObjectNode byAspect = reported.putObject("aspects");
        aspects.forEach((k, a) -> byAspect.put(k, a[0].divide(a[1], 2, RoundingMode.HALF_UP)));
        return e;
    }

    /** SMART (2021-2023): absorption from the budget, efficiency score = 50 + clamp(E, ±20) / 20 × 50. */
    private ObjectNode smart(Country.Unit unit, int year, JsonNode scheme, UnitYearBudget dipa) {
        Rng rng = Rng.of(options.seed(), "smart|" + unit.code() + "|" + year);
        BigDecimal efficiency = rng.decimal("-5.00", "20.00", 2);
        Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
        values.put("PENYERAPAN", Amounts.percent(dipa.realization(), dipa.ceiling()));
        values.put("KONSISTENSI", rng.decimal("85.00", "100.00", 2));
        values.put("CAPAIAN_KELUARAN", rng.decimal("75.00", "100.00", 2));
        values.put("EFISIENSI", efficiency);
        BigDecimal clamped = efficiency.max(BigDecimal.valueOf(-20)).min(BigDecimal.valueOf(20));
        BigDecimal efficiencyScore = Amounts.round2(BigDecimal.valueOf(50)
                .add(clamped.divide(BigDecimal.valueOf(20), 10, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(50))));

        ObjectNode e = Json.object();
        e.put("workUnit", unit.code());
        e.put("year", year);
        e.put("scheme", scheme.path("code").asText());
        ArrayNode components = e.putArray("components");
        values.forEach((k, v) -> {
            ObjectNode kv = components.addObject();
            kv.put("key", k);
            kv.put("value", v);
        });
        BigDecimal score = BigDecimal.ZERO;
        for (JsonNode c : scheme.path("components")) {
            String key = c.path("key").asText();
            BigDecimal v = "NILAI_EFISIENSI".equals(key) ? efficiencyScore : values.getOrDefault(key, BigDecimal.ZERO);
            score = score.add(v.multiply(c.path("weight").decimalValue()));
        }
        ObjectNode reported = e.putObject("reported");
        reported.put("NILAI_EFISIENSI", efficiencyScore);
        reported.put("score", score.divide(HUNDRED, 2, RoundingMode.HALF_UP));
        return e;
    }

    /** A planning score under a scheme the template file does not define (PLANNING-2024): kept as reported. */
    private ObjectNode planningScore(Country.Unit unit, int year, String scheme, JsonNode model) {
        Rng rng = Rng.of(options.seed(), "planning|" + unit.code() + "|" + year);
        ObjectNode e = Json.object();
        e.put("workUnit", unit.code());
        e.put("year", year);
        e.put("scheme", scheme);
        ArrayNode components = e.putArray("components");
        for (JsonNode c : model.path("components")) {
            ObjectNode kv = components.addObject();
            kv.put("key", c.path("key").asText());
            kv.put("value", c.path("value").decimalValue().signum() == 0 ? new BigDecimal("0.00")
                    : rng.decimal("70.00", "100.00", 2));
        }
        e.putObject("reported").put("score", rng.decimal("75.00", "95.00", 2));
        return e;
    }

    /** Nilai Kinerja Anggaran = 60 % planning + 40 % execution (IKPA), as Tabel III.29 reproduces. */
    private static ObjectNode nka(Country.Unit unit, int year, JsonNode scheme, BigDecimal planning,
                                  String planningName, BigDecimal ikpaFinal) {
        BigDecimal planningWeight = BigDecimal.valueOf(60);
        BigDecimal executionWeight = BigDecimal.valueOf(40);
        for (JsonNode c : scheme.path("components")) {
            if ("PLANNING".equals(c.path("key").asText())) {
                planningWeight = c.path("weight").decimalValue();
            } else if ("EXECUTION".equals(c.path("key").asText())) {
                executionWeight = c.path("weight").decimalValue();
            }
        }
        ObjectNode e = Json.object();
        e.put("workUnit", unit.code());
        e.put("year", year);
        e.put("scheme", scheme.path("code").asText());
        ObjectNode inputs = e.putObject("inputs");
        inputs.put("PLANNING", planningName);
        inputs.put("EXECUTION", "IKPA " + year);
        e.putObject("reported").put("score", planning.multiply(planningWeight).add(ikpaFinal.multiply(executionWeight))
                .divide(planningWeight.add(executionWeight), 2, RoundingMode.HALF_UP));
        return e;
    }
}
