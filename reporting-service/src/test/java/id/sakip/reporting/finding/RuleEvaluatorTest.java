package id.sakip.reporting.finding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleEvaluatorTest {

    /** The figures of Tabel III.16/III.17 and the PK of the reference report (LKjIP 2024 Kanim Tanjungpinang). */
    private static final String MODEL = """
            {"year": 2024,
             "budgets": [
               {"year": 2022, "ceiling": 11025531000, "realization": 10224811187, "absorption": 92.74,
                "reported": [{"key": "absorptionPercent", "value": 93.32}]},
               {"year": 2024, "ceiling": 26855838000, "realization": 26046788234, "absorption": 96.99,
                "byIndicator": [{"indicator": "IKK-1.1", "realization": 870585957}, {"indicator": "IKK-1.2", "realization": 1226547847},
                                {"indicator": "IKK-2.1", "realization": 1576402608}, {"indicator": "IKK-3.1", "realization": 54159317},
                                {"indicator": "IKK-3.2", "realization": 22319092506}],
                "reported": [{"key": "absorptionPercent", "value": 96.99}]}],
             "agreements": [{"revision": 1, "inForce": false, "budgetTotal": 24505656000},
                            {"revision": 2, "inForce": true, "budgetTotal": 26855838000}],
             "scorecard": {"objectives": [{"code": "SK1", "averageAchievement": 111.11,
                 "indicators": [{"code": "IKK-1.1", "achievement": 111.11}, {"code": "IKK-1.2", "achievement": 111.11}]}],
               "reported": [{"key": "achievement", "indicator": "IKK-1.1", "value": 111.1, "where": "Tabel III.1"}]}}
            """;

    private static final Map<String, String> SOURCES = Map.of("budgets", "budget-service GET /api/v1/budgets",
            "agreements", "indicators-service GET /api/v1/agreements");

    private final JsonNode model;

    RuleEvaluatorTest() throws Exception {
        model = new ObjectMapper().readTree(MODEL);
    }

    private List<Finding> run(String scope, String left, String right, String tolerance) {
        RuleSpec rule = new RuleSpec("R", "rule", scope, left, "EQ", right, "HIGH", new BigDecimal(tolerance),
                "tahun {year}: {left} lawan {right}");
        return RuleEvaluator.evaluate(model, 2024, List.of(rule), SOURCES);
    }

    @Test
    void absorptionPrintedFor2022IsCaughtAgainstTheRecomputedValue() {
        List<Finding> f = run("budgets", "$.reported[key=absorptionPercent].value", "percent($.realization, $.ceiling)", "0.01");
        assertEquals(1, f.size());
        assertEquals(0, new BigDecimal("93.32").compareTo(f.get(0).left().value()));
        assertEquals(0, new BigDecimal("92.74").compareTo(f.get(0).right().value()));
        assertEquals("2022", f.get(0).context().get("year"));
        assertEquals("tahun 2022: 93,32 lawan 92,74", f.get(0).message());
        assertEquals("/budgets/0/reported/0/value", f.get(0).left().pointer());
        assertEquals("budget-service GET /api/v1/budgets", f.get(0).left().source());
    }

    @Test
    void spendingPerIndicatorSumsToOneRupiahMoreThanTheTotal() {
        List<Finding> f = run("budgets", "sum($.byIndicator.realization)", "$.realization", "0");
        assertEquals(1, f.size());
        assertEquals(0, new BigDecimal("26046788235").compareTo(f.get(0).left().value()));
        assertEquals(0, new BigDecimal("26046788234").compareTo(f.get(0).right().value()));
        assertEquals(0, BigDecimal.ONE.compareTo(f.get(0).difference()));
        assertEquals("tahun 2024: 26.046.788.235 lawan 26.046.788.234", f.get(0).message());
    }

    @Test
    void firstAgreementDiffersFromTheFinalDipaAndTheRevisionMatchesIt() {
        List<Finding> f = run("agreements", "$.budgetTotal", "budgets[year=$year].ceiling", "0");
        assertEquals(1, f.size());
        assertEquals("1", f.get(0).context().get("revision"));
        assertEquals(0, new BigDecimal("24505656000").compareTo(f.get(0).left().value()));
        assertEquals(0, new BigDecimal("26855838000").compareTo(f.get(0).right().value()));
    }

    @Test
    void roundedPercentagesWithinOneHundredthAreNotFindings() {
        assertTrue(run("scorecard.reported[key=achievement]", "$.value",
                "scorecard.objectives.indicators[code=$.indicator].achievement", "0.01").isEmpty());
        assertEquals(1, run("scorecard.reported[key=achievement]", "$.value",
                "scorecard.objectives.indicators[code=$.indicator].achievement", "0.001").size());
    }

    @Test
    void countOfAPathEndingOnAnArrayCountsItsElements() {
        Expression.Value agreements = Expression.parse("count(agreements)").evaluate(new Expression.Context(model, 2024, null));
        assertEquals(0, new BigDecimal("2").compareTo(agreements.number()));
        Expression.Value lines = Expression.parse("count(budgets.byIndicator)").evaluate(new Expression.Context(model, 2024, null));
        assertEquals(0, new BigDecimal("5").compareTo(lines.number()));
    }

    @Test
    void aMissingSideIsNotApplicableRatherThanZero() {
        assertTrue(run("budgets", "$.reported[key=unknown].value", "$.absorption", "0").isEmpty());
    }

    @Test
    void aDifferenceWithinThePrintedPrecisionIsLowAndTheRoundingsOfOneRuleAreOneProblem() {
        RuleSpec sum = new RuleSpec("SUM", "jumlah", "budgets", "sum($.byIndicator.realization)", "EQ", "$.realization",
                "HIGH", BigDecimal.ZERO, "Rp {left} lawan Rp {right}", null, "Tabel Realisasi Anggaran Tahun {year}", BigDecimal.ONE);
        Finding f = RuleEvaluator.evaluate(model, 2024, List.of(sum), SOURCES).get(0);
        assertEquals("LOW", f.importance());
        assertEquals("Tabel Realisasi Anggaran Tahun 2024", f.location());
        assertEquals("SUM pembulatan", f.problem());
        RuleSpec strict = new RuleSpec("SUM", "jumlah", "budgets", "sum($.byIndicator.realization)", "EQ", "$.realization",
                "HIGH", BigDecimal.ZERO, "x", null, null, new BigDecimal("0.5"));
        assertEquals("HIGH", RuleEvaluator.evaluate(model, 2024, List.of(strict), SOURCES).get(0).importance());
    }

    @Test
    void findingsWithOneRenderedRootCauseAreOneProblemWithTheirHighestImportance() {
        RuleSpec absorption = new RuleSpec("A", "a", "budgets", "$.reported[key=absorptionPercent].value", "EQ",
                "percent($.realization, $.ceiling)", "MEDIUM", new BigDecimal("0.01"), "a {year}", "anggaran {year}", null, null);
        RuleSpec total = new RuleSpec("B", "b", "budgets", "sum($.byIndicator.realization)", "EQ", "$.realization",
                "HIGH", BigDecimal.ZERO, "b {year}", "anggaran {year}", null, null);
        RuleSpec pk = new RuleSpec("C", "c", "agreements", "$.budgetTotal", "EQ", "budgets[year=$year].ceiling",
                "LOW", BigDecimal.ZERO, "c", null, null, null);
        List<Finding> f = RuleEvaluator.evaluate(model, 2024, List.of(absorption, total, pk), SOURCES);
        assertEquals(3, f.size());
        List<Problem> p = RuleEvaluator.problems(f);
        assertEquals(List.of("anggaran 2022", "anggaran 2024", "C [1]"), p.stream().map(Problem::key).toList());
        assertEquals("HIGH", p.get(1).importance());
    }

    @Test
    void tablePlaceholdersNameTheTablesOfASourceAndPlacesDropRemarks() {
        assertEquals("Tabel III.30, III.31", RuleEvaluator.tables("registers/passportIssuance rows (Tabel III.30, III.31)"));
        assertEquals("Tabel III.8", RuleEvaluator.tables("registers/serviceDetails items (Tabel III.8) + registers/serviceVolumes"));
        assertEquals("–", RuleEvaluator.tables("realization IKK-2.1"));
        assertEquals("Ringkasan Eksekutif", RuleEvaluator.place("Ringkasan Eksekutif (stated against the spending total)"));
    }

    @Test
    void aFilterOnAnArrayFieldSelectsTheElementsThatContainTheValue() throws Exception {
        JsonNode records = new ObjectMapper().readTree("""
                {"registers": {"enforcementRecords": {"records": [{"measures": ["A", "F"]}, {"measures": ["B"]},
                  {"measures": []}, {"measures": ["F"]}]}}}""");
        Expression.Context ctx = new Expression.Context(records, 2024, null);
        assertEquals(0, new BigDecimal("2").compareTo(Expression.parse("count(registers.enforcementRecords.records[measures=F])").evaluate(ctx).number()));
        assertEquals(0, BigDecimal.ZERO.compareTo(Expression.parse("count(registers.enforcementRecords.records[measures=D])").evaluate(ctx).number()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "percent(1, 1)|100.00",
            "percent(111.11, 39.68)|280.02",
            "percent(3.96, 3.93)|100.76",
            "percent(26046788234, 26855838000)|96.99",
            "percent(22239627009, 14787430000)|150.40",
            "percent(10224811187, 11025531000)|92.74",
            "add(65584, 67536, 54335, 50900)|238355",
            "sub(26046788235, 26046788234)|1"})
    void arithmeticReproducesTheReferenceFigures(String expression, String expected) {
        Expression.Value v = Expression.parse(expression).evaluate(new Expression.Context(model, 2024, null));
        assertEquals(0, new BigDecimal(expected).compareTo(v.number()), expression);
    }

    @Test
    void percentOfZeroIsNotApplicable() {
        assertNull(Expression.parse("percent(0, 0)").evaluate(new Expression.Context(model, 2024, null)).number());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"sum(|expected ')'", "max(budgets)|unknown function",
            "budgets[year 2022]|expected '='", "percent(1)|percent takes 2", "budgets)|unexpected"})
    void badExpressionsAreRejectedWithAReadableMessage(String expression, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expression.parse(expression));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
