package id.sakip.indicators.register;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Realization derived from the evidence registers, shown beside the entered figures in the scorecard:
 * IKK-1.1 from the criminal cases (SPDP issued in the year → handled; P21 or stage II → followed up) and
 * IKK-3.1 from the bureaucratic-reform action plan (items planned vs done, per quarter).
 * The rules are fixed here until the registers issue turns them into data.
 */
@ApplicationScoped
public class DerivationService {

    static final String CASES = "justiceCases";
    static final String ACTION_PLAN = "reformActionPlan";
    private static final Set<String> FOLLOWED_UP = Set.of("P21", "STAGE_II", "TAHAP_II");
    private static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");

    private final RegisterService registers;

    public DerivationService(RegisterService registers) {
        this.registers = registers;
    }

    public static String key(String unit, String indicator) {
        return unit + "|" + indicator;
    }

    /** Derivations for the units of a year, keyed by {@link #key(String, String)}; one query. */
    public Map<String, Derivation> derive(Collection<String> units, int year) {
        Map<String, Derivation> out = new HashMap<>();
        for (RegisterService.Document d : registers.load(units, year, List.of(CASES, ACTION_PLAN))) {
            if (CASES.equals(d.name())) {
                out.put(key(d.workUnit(), "IKK-1.1"), fromCases(d.content()));
            } else {
                out.put(key(d.workUnit(), "IKK-3.1"), fromActionPlan(d.content()));
            }
        }
        return out;
    }

    /** Cases with SPDP issued in the year are handled; those reaching P21 or stage II are followed up. */
    public static Derivation fromCases(JsonNode cases) {
        Map<String, long[]> perQuarter = new HashMap<>();
        long handled = 0;
        long followed = 0;
        for (JsonNode c : cases.isArray() ? cases : List.<JsonNode>of()) {
            String spdp = c.path("spdpPeriod").asText(null);
            if (spdp == null) {
                continue;
            }
            boolean done = FOLLOWED_UP.contains(c.path("stage").asText("").toUpperCase());
            handled++;
            followed += done ? 1 : 0;
            long[] q = perQuarter.computeIfAbsent(spdp, k -> new long[2]);
            q[0] += done ? 1 : 0;
            q[1]++;
        }
        return new Derivation(BigDecimal.valueOf(followed), BigDecimal.valueOf(handled), "registers/" + CASES,
                quarters(perQuarter));
    }

    /** Action-plan items planned per quarter, and how many of them are done. */
    public static Derivation fromActionPlan(JsonNode plan) {
        Map<String, long[]> perQuarter = new HashMap<>();
        long planned = 0;
        long done = 0;
        for (JsonNode item : plan.path("items")) {
            boolean isDone = "DONE".equalsIgnoreCase(item.path("status").asText(""));
            planned++;
            done += isDone ? 1 : 0;
            long[] q = perQuarter.computeIfAbsent(item.path("quarter").asText("FY"), k -> new long[2]);
            q[0] += isDone ? 1 : 0;
            q[1]++;
        }
        return new Derivation(BigDecimal.valueOf(done), BigDecimal.valueOf(planned), "registers/" + ACTION_PLAN,
                quarters(perQuarter));
    }

    private static List<PeriodFigure> quarters(Map<String, long[]> perQuarter) {
        List<PeriodFigure> out = new ArrayList<>();
        for (String q : QUARTERS) {
            long[] v = perQuarter.getOrDefault(q, new long[2]);
            out.add(new PeriodFigure(q, BigDecimal.valueOf(v[0]), BigDecimal.valueOf(v[1])));
        }
        return out;
    }

    /** A derived numerator and denominator, per quarter too, and the register they come from. */
    public record Derivation(BigDecimal numerator, BigDecimal denominator, String source,
                             List<PeriodFigure> quarters) {
    }

    /** Derived figures of one quarter. */
    public record PeriodFigure(String period, BigDecimal numerator, BigDecimal denominator) {
    }
}
