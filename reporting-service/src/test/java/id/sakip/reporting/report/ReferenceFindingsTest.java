package id.sakip.reporting.report;

import id.sakip.reporting.finding.Finding;
import id.sakip.reporting.finding.Problem;
import id.sakip.reporting.finding.RuleEvaluator;
import id.sakip.reporting.support.FakeServicesResource;
import id.sakip.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default rule set (V2, V3, V4, V4_1) over the reference data (LKjIP 2024 Kanim Tanjungpinang, the contract
 * fixtures): the thirteen findings of the earlier rule set come down to nine problems, rounding is LOW, every
 * message is Indonesian and located, and the kinds the earlier set missed are caught.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = FakeServicesResource.class, restrictToAnnotatedClass = false)
class ReferenceFindingsTest {

    /** The rules of the earlier set that found the reference's 13 findings. */
    private static final Set<String> EARLIER = Set.of("BENCHMARK_RATIO_REPORTED", "BUDGET_ABSORPTION_RECOMPUTED",
            "REVENUE_REPORTED_VS_COMPUTED", "IKPA_WEIGHTED_REPORTED", "SMART_ABSORPTION_MATCHES_BUDGET", "NKA_REPORTED",
            "INDICATOR_REALIZATION_SUM", "AGREEMENT_BUDGET_EQUALS_DIPA", "REGISTER_CHECK_INDICATOR", "REGISTER_CHECK");
    /** Words of our English data and code that must not reach a message. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|of|vs|per detail items|completed|entered|realization|registers/|percentOfTarget|stated|against)\\b");

    @Inject
    ReportAssembler assembler;
    @Inject
    ReportService reports;

    private static List<Finding> findings;

    @BeforeEach
    void evaluate() {
        if (findings == null) {
            findings = reports.evaluate(assembler.assemble("408103", 2024));
        }
    }

    private Finding one(String rule) {
        List<Finding> f = findings.stream().filter(x -> x.rule().equals(rule)).toList();
        assertEquals(1, f.size(), rule + ": " + f);
        return f.get(0);
    }

    @Test
    void theThirteenEarlierFindingsComeDownToNineProblems() {
        List<Finding> earlier = findings.stream().filter(f -> EARLIER.contains(f.rule())).toList();
        assertEquals(13, earlier.size(), earlier.toString());
        assertEquals(9, RuleEvaluator.problems(earlier).size(), RuleEvaluator.problems(earlier).toString());
    }

    @Test
    void onePnbpErrorOfTheExecutiveSummaryIsOneProblem() {
        List<Problem> pnbp = RuleEvaluator.problems(findings).stream()
                .filter(p -> p.rules().contains("REVENUE_REPORTED_VS_COMPUTED")).toList();
        assertEquals(1, pnbp.size(), pnbp.toString());
        // amount, percentage, and the percentage printed otherwise in Bab IV
        assertEquals(3, pnbp.get(0).findings());
        assertEquals("HIGH", pnbp.get(0).importance());
        assertEquals("Ringkasan Eksekutif", pnbp.get(0).location());
    }

    @Test
    void theThreeChecksOfOneDpriDiscrepancyAreOneProblem() {
        List<Problem> dpri = RuleEvaluator.problems(findings).stream()
                .filter(p -> p.rules().contains("REGISTER_CHECK")).toList();
        assertEquals(1, dpri.size(), dpri.toString());
        assertEquals(3, dpri.get(0).findings());
        assertEquals(List.of("REGISTER_CHECK_INDICATOR", "REGISTER_CHECK"), dpri.get(0).rules());
        assertEquals("HIGH", dpri.get(0).importance(), "it concerns IKK-2.1's entered realization");
        assertTrue(dpri.get(0).location().contains("Tabel III.8"), dpri.get(0).location());
    }

    @Test
    void differencesWithinThePrintedPrecisionAreLow() {
        // 279,98 vs 280,02: the source divided 111,1 (printed) instead of 111,11 by 39,68
        for (Finding f : findings.stream().filter(f -> f.rule().equals("BENCHMARK_RATIO_REPORTED")).toList()) {
            assertEquals("LOW", f.importance(), f.toString());
        }
        assertEquals(1, RuleEvaluator.problems(findings).stream()
                .filter(p -> p.rules().contains("BENCHMARK_RATIO_REPORTED")).count(), "one cause: rounded inputs");
        Finding rupiah = one("INDICATOR_REALIZATION_SUM");
        assertEquals(0, BigDecimal.ONE.compareTo(rupiah.difference()));
        assertEquals("LOW", rupiah.importance());
        // a real difference keeps its importance
        assertEquals("HIGH", one("BUDGET_ABSORPTION_RECOMPUTED").importance());
        assertEquals("HIGH", one("NKA_REPORTED").importance());
        assertEquals("MEDIUM", one("IKPA_WEIGHTED_REPORTED").importance());
    }

    @Test
    void everyMessageIsIndonesianAndLocated() {
        for (Finding f : findings) {
            assertFalse(ENGLISH.matcher(f.message()).find(), f.rule() + ": " + f.message());
            assertNotNull(f.location(), f.rule() + " has no location");
            assertFalse(f.location().isBlank() || f.location().contains("–") || ENGLISH.matcher(f.location()).find(),
                    f.rule() + ": " + f.location());
        }
        assertEquals("Dua data dukung tidak sesuai: 22.076 menurut Tabel III.8, 26.508 menurut Tabel III.9; selisih -4.432",
                findings.stream().filter(f -> "services.TRAVEL_DOCUMENT.completed".equals(f.context().get("key")))
                        .findFirst().orElseThrow().message());
        assertEquals("Bab III.C, tabel IKPA Tahun 2024 dan Nilai Kinerja Pelaksanaan Anggaran Tahun 2024",
                one("IKPA_WEIGHTED_REPORTED").location());
        assertTrue(one("IKPA_WEIGHTED_REPORTED").message().contains("komponen Penyerapan Anggaran tertulis 16,38"));
    }

    @Test
    void theSameFigurePrintedDifferentlyIsCaught() {
        Finding average = one("REPORTED_FIGURE_CONSISTENT");
        assertEquals(0, new BigDecimal("112.03").compareTo(average.left().value()));
        assertEquals(0, new BigDecimal("112.02").compareTo(average.right().value()));
        assertEquals("LOW", average.importance(), "one hundredth: rounding, but printed twice");
        assertTrue(average.location().startsWith("Bab IV Kesimpulan"), average.location());
        Finding pnbp = one("REVENUE_FIGURE_CONSISTENT");
        assertEquals(0, new BigDecimal("72.28").compareTo(pnbp.left().value()));
        assertEquals(0, new BigDecimal("150.39").compareTo(pnbp.right().value()));
    }

    @Test
    void aCountOfTheNarrativeThatDiffersFromItsTableIsCaught() {
        // "sebanyak 72 dengan rincian sebagai berikut", Tabel III.5 adds up to 88
        Finding f = one("NARRATIVE_COUNT_ADMINISTRATIVE_ACTIONS");
        assertEquals(0, new BigDecimal("72").compareTo(f.left().value()));
        assertEquals(0, new BigDecimal("88").compareTo(f.right().value()));
        assertEquals("Bab III.A, Tabel III.5", f.location());
        assertTrue(f.message().startsWith("Narasi IKK-1.2 menyebut 72 kasus"), f.message());
    }

    @Test
    void twoRegistersThatDisagreeAboutTheSameActionsAreOneProblem() {
        // Tabel III.5 (88 measures) against the 32 persons of Tabel III.35, per letter of Pasal 75 ayat 2
        assertEquals(0, new BigDecimal("17").compareTo(one("REGISTERS_TAK_DEPORTATION").left().value()));
        assertEquals(0, new BigDecimal("47").compareTo(one("REGISTERS_TAK_DEPORTATION").right().value()));
        assertEquals(0, new BigDecimal("15").compareTo(one("REGISTERS_TAK_ENTRY_BAN").left().value()));
        assertEquals(0, new BigDecimal("31").compareTo(one("REGISTERS_TAK_ENTRY_BAN").right().value()));
        assertEquals(0, new BigDecimal("7").compareTo(one("REGISTERS_TAK_STAY_PERMIT").left().value()));
        assertEquals(0, new BigDecimal("9").compareTo(one("REGISTERS_TAK_STAY_PERMIT").right().value()));
        assertEquals(0, BigDecimal.ZERO.compareTo(one("REGISTERS_TAK_RESIDENCE").left().value()));
        assertEquals(0, new BigDecimal("32").compareTo(one("REGISTERS_TAK_RESIDENCE").right().value()));
        List<Problem> tak = RuleEvaluator.problems(findings).stream()
                .filter(p -> p.rules().contains("REGISTERS_TAK_DEPORTATION")).toList();
        assertEquals(1, tak.size());
        assertEquals(4, tak.get(0).findings());
        assertEquals("Bab III.D, Tabel III.35", tak.get(0).location());
    }

    @Test
    void allProblemsOfTheReference() {
        // nine from the earlier findings, the average printed twice, the narrative count, Tabel III.5 vs III.35
        assertEquals(12, RuleEvaluator.problems(findings).size(), RuleEvaluator.problems(findings).toString());
    }
}
