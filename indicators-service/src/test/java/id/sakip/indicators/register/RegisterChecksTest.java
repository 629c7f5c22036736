package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.indicators.register.dto.CheckReport;
import id.sakip.indicators.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The register checks over the seed registers against the printed figures of the LKjIP 2024: every table sums to
 * its printed total (Tabel III.30-34), 88 measures for 72 cases is no contradiction (Tabel III.5), and the travel
 * documents disagree (22.076 in Tabel III.8, 26.508 in III.9, 24.936 passports in III.30-31, IKK-2.1 28.334).
 */
class RegisterChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The entered figures of the seed (Tabel III.1) and the derived ones. */
    private static final List<RegisterChecks.IndicatorFigures> INDICATORS = List.of(
            new RegisterChecks.IndicatorFigures("IKK-1.2", new BigDecimal(72), new BigDecimal(72), null, null, null,
                    null, null),
            new RegisterChecks.IndicatorFigures("IKK-2.1", new BigDecimal(28334), new BigDecimal(28334), null,
                    new BigDecimal(28334), new BigDecimal(28334), null, "registers/serviceVolumes"));

    private static JsonNode seedRegisters() throws Exception {
        return JSON.readTree(TestData.seedText()).get("registers");
    }

    private static CheckReport.Check check(List<CheckReport.Check> checks, String key) {
        return checks.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + key + " in "
                        + checks.stream().map(CheckReport.Check::key).toList()));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
            "passportIssuance.total.ORDINARY_48, 14862, 14862",
            "passportIssuance.total.ELECTRONIC_48, 10074, 10074",
            "borderCrossings.total.TPI/PLB Sri Bintang Pura, 238355, 238355",
            "detainees.total, 26, 26",
            "supervisionOperations.total, 24, 24",
            "services.STAY_PERMIT.completed, 1818, 1818",
            "services.AFFIDAVIT.completed, 7, 7",
            "indicator.IKK-2.1.numerator, 28334, 28334"})
    void sumsEqualThePrintedTotals(String key, long left, long right) throws Exception {
        CheckReport.Check c = check(RegisterChecks.run(seedRegisters(), INDICATORS), key);
        assertEquals(left, c.left().value().longValueExact());
        assertEquals(right, c.right().value().longValueExact());
        assertFalse(c.contradiction(), c.toString());
        assertNotNull(c.left().source());
        assertNotNull(c.right().source());
    }

    @Test
    void measuresMayOutnumberCases() throws Exception {
        CheckReport.Check c = check(RegisterChecks.run(seedRegisters(), INDICATORS),
                "administrativeActions.measuresVsCases");
        assertEquals(88, c.left().value().intValueExact());
        assertEquals(72, c.right().value().intValueExact());
        assertFalse(c.contradiction());
        assertEquals(RegisterChecks.AT_LEAST, c.relation());
    }

    @ParameterizedTest(name = "{0}: {1} vs {2}, contradiction {3}")
    @CsvSource({
            "services.TRAVEL_DOCUMENT.completed, 22076, 26508, true",
            "travelDocuments.detailsVsPassports, 22076, 24936, true",
            "travelDocuments.volumesVsPassports, 26508, 24936, false",
            "indicator.IKK-2.1.numeratorPerDetails, 28334, 23902, true"})
    void travelDocumentFiguresDisagree(String key, long left, long right, boolean contradiction) throws Exception {
        CheckReport.Check c = check(RegisterChecks.run(seedRegisters(), INDICATORS), key);
        assertEquals(left, c.left().value().longValueExact());
        assertEquals(right, c.right().value().longValueExact());
        assertEquals(contradiction, c.contradiction(), c.toString());
    }

    @Test
    void aChangedRowIsAContradictionAndAnUnknownOneIsNot() throws Exception {
        JsonNode r = seedRegisters().deepCopy();
        ((ObjectNode) r.path("detainees").path("rows").get(0)).put("count", 12);
        ((ObjectNode) r.path("passportIssuance").path("rows").get(0)).putNull("male");
        List<CheckReport.Check> checks = RegisterChecks.run(r, INDICATORS);
        CheckReport.Check det = check(checks, "detainees.total");
        assertTrue(det.contradiction());
        assertEquals(1, det.difference().intValueExact());
        CheckReport.Check pass = check(checks, "passportIssuance.total.ORDINARY_48");
        assertFalse(pass.contradiction(), "unknown is not a contradiction");
        assertTrue(pass.note().contains("unknown"));
    }
}
