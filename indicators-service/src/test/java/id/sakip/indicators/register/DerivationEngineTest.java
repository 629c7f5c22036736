package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.indicators.common.Errors;
import id.sakip.indicators.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seeded derivation rules (V2 migration) evaluated over the seed registers give the figures of the LKjIP 2024:
 * IKK-1.1 1/1 (Tabel III.2, SPDP in Q3, P21), IKK-2.1 28.334/28.334 (Tabel III.9), IKK-3.1 114/114 with
 * 32/29/25/28 per quarter (RB action plan), IKK-3.2 3,96 (ILK).
 */
class DerivationEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // The seeded rules, as in V2__registers_relational.sql.
    private static final String CASES_NUM =
            "{\"filter\":{\"spdpPeriod\":{\"notNull\":true},\"stage\":[\"P21\",\"STAGE_II\"]},\"aggregate\":\"COUNT\"}";
    private static final String CASES_DEN = "{\"filter\":{\"spdpPeriod\":{\"notNull\":true}},\"aggregate\":\"COUNT\"}";
    private static final String ITEMS_NUM = "{\"filter\":{\"status\":\"DONE\"},\"aggregate\":\"COUNT\"}";
    private static final String ITEMS_DEN = "{\"aggregate\":\"COUNT\"}";
    private static final String VOLUMES_NUM = "{\"aggregate\":\"SUM\",\"field\":\"completed\"}";
    private static final String VOLUMES_DEN = "{\"aggregate\":\"SUM\",\"field\":\"received\"}";
    private static final String SURVEY = "{\"filter\":{\"survey\":\"ILK\"},\"aggregate\":\"AVERAGE\",\"field\":\"index\"}";

    private static JsonNode seedRegisters() throws Exception {
        return JSON.readTree(TestData.seedText()).get("registers");
    }

    private static DerivationEngine.Rule rule(RecordType<?, ?> type, String period, String num, String den,
                                              String value) throws Exception {
        Errors errors = new Errors();
        DerivationEngine.Rule r = DerivationService.read(type.id, period, num == null ? null : JSON.readTree(num),
                den == null ? null : JSON.readTree(den), value == null ? null : JSON.readTree(value), type, errors);
        assertTrue(errors.isEmpty(), errors.list().toString());
        return r;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    @Test
    void actionPlanGives114Of114AndTheQuarters() throws Exception {
        DerivationEngine.Result r = DerivationEngine.evaluate(rule(RegisterTypes.REFORM_ITEMS, "quarter", ITEMS_NUM,
                ITEMS_DEN, null), list(seedRegisters().path("reformActionPlan").path("items")));
        assertEquals(new BigDecimal(114), r.year().numerator());
        assertEquals(new BigDecimal(114), r.year().denominator());
        assertEquals(List.of(32, 29, 25, 28), r.quarters().stream().map(q -> q.denominator().intValue()).toList());
        assertEquals(List.of(32, 29, 25, 28), r.quarters().stream().map(q -> q.numerator().intValue()).toList());
    }

    @Test
    void casesGiveOneHandledOneFollowedUpInQ3() throws Exception {
        DerivationEngine.Result r = DerivationEngine.evaluate(rule(RegisterTypes.CASES, "spdpPeriod", CASES_NUM,
                CASES_DEN, null), list(seedRegisters().path("justiceCases")));
        assertEquals(BigDecimal.ONE, r.year().numerator());
        assertEquals(BigDecimal.ONE, r.year().denominator());
        assertEquals(List.of(0, 0, 1, 0), r.quarters().stream().map(q -> q.denominator().intValue()).toList());
    }

    @Test
    void serviceVolumesGive28334Of28334AsOneYearlyFigure() throws Exception {
        DerivationEngine.Result r = DerivationEngine.evaluate(rule(RegisterTypes.VOLUMES, "period", VOLUMES_NUM,
                VOLUMES_DEN, null), list(seedRegisters().path("serviceVolumes")));
        assertEquals(new BigDecimal(28334), r.year().numerator());
        assertEquals(new BigDecimal(28334), r.year().denominator());
        assertTrue(r.quarters().isEmpty(), "the volumes are FY figures: no quarters");
    }

    @Test
    void surveyGivesTheIndex() throws Exception {
        JsonNode surveys = seedRegisters().path("satisfactionSurveys").deepCopy();
        surveys.forEach(s -> ((com.fasterxml.jackson.databind.node.ObjectNode) s).put("survey", "ILK"));
        DerivationEngine.Result r = DerivationEngine.evaluate(rule(RegisterTypes.SURVEYS, null, null, null, SURVEY),
                list(surveys));
        assertEquals(0, new BigDecimal("3.96").compareTo(r.year().value()));
        assertNull(r.year().numerator());
    }

    @ParameterizedTest(name = "{0} on {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"stage\":\"P21\"}|{\"stage\":\"P21\"}|true",
            "{\"stage\":\"P21\"}|{\"stage\":\"STOPPED\"}|false",
            "{\"stage\":[\"P21\",\"STAGE_II\"]}|{\"stage\":\"STAGE_II\"}|true",
            "{\"spdpPeriod\":{\"notNull\":true}}|{\"spdpPeriod\":null}|false",
            "{\"spdpPeriod\":{\"notNull\":true}}|{}|false",
            "{\"spdpPeriod\":{\"notNull\":false}}|{}|true",
            "{\"area\":3}|{\"area\":3.0}|true",
            "{\"status\":{\"notIn\":[\"DONE\"]}}|{\"status\":\"PLANNED\"}|true",
            "{\"status\":{\"in\":[\"DONE\"]}}|{\"status\":\"PLANNED\"}|false"})
    void filtersMatchAsDeclared(String filter, String record, boolean expected) throws Exception {
        java.util.Map<String, JsonNode> f = new java.util.LinkedHashMap<>();
        JSON.readTree(filter).fields().forEachRemaining(e -> f.put(e.getKey(), e.getValue()));
        assertEquals(expected, DerivationEngine.matches(JSON.readTree(record), f));
    }

    @Test
    void badRulesAreReportedWithPointers() throws Exception {
        Errors errors = new Errors();
        DerivationService.read("justiceCases", "quarter", JSON.readTree("{\"aggregate\":\"SUM\"}"),
                JSON.readTree("{\"filter\":{\"colour\":\"red\"},\"aggregate\":\"COUNT\"}"), null, RegisterTypes.CASES,
                errors);
        List<String> pointers = errors.list().stream().map(e -> e.pointer()).toList();
        assertEquals(List.of("/periodField", "/numerator/field", "/denominator/filter/colour"), pointers);
    }
}
