package id.sakip.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.commons.problem.ProblemException;
import id.sakip.reporting.client.BudgetClient;
import id.sakip.reporting.client.IndicatorsClient;
import id.sakip.reporting.client.Remote;
import id.sakip.reporting.client.dto.Agreement;
import id.sakip.reporting.client.dto.BudgetScores;
import id.sakip.reporting.client.dto.BudgetYear;
import id.sakip.reporting.client.dto.Content;
import id.sakip.reporting.client.dto.RevenueYear;
import id.sakip.reporting.client.dto.Scorecard;
import id.sakip.reporting.client.dto.WorkUnit;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads everything a report needs from indicators-service and budget-service. Any service that is down makes the
 * whole assembly fail with 503 naming it, before anything is stored.
 */
@ApplicationScoped
public class ReportAssembler {

    private final IndicatorsClient indicators;
    private final BudgetClient budget;
    private final NarrativeWriter narrative;

    public ReportAssembler(IndicatorsClient indicators, BudgetClient budget, NarrativeWriter narrative) {
        this.indicators = indicators;
        this.budget = budget;
        this.narrative = narrative;
    }

    public ReportModel assemble(String unit, int year) {
        String ind = IndicatorsClient.SERVICE;
        String bud = BudgetClient.SERVICE;
        int from = year - ReportModel.YEARS_BACK;
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("workUnit", ind + " GET /api/v1/work-units/" + unit);
        sources.put("scorecard", ind + " GET /api/v1/achievements?workUnit=" + unit + "&year=" + year);
        sources.put("agreements", ind + " GET /api/v1/agreements?workUnit=" + unit + "&year=" + year);
        sources.put("nextAgreements", ind + " GET /api/v1/agreements?workUnit=" + unit + "&year=" + (year + 1));
        sources.put("registers", ind + " GET /api/v1/registers?workUnit=" + unit + "&year=" + year);
        sources.put("registerChecks", ind + " GET /api/v1/registers/checks?workUnit=" + unit + "&year=" + year);
        sources.putAll(contentSources(unit, year));
        String range = "?workUnit=" + unit + "&fromYear=" + from + "&toYear=" + year;
        sources.put("budgets", bud + " GET /api/v1/budgets" + range);
        sources.put("revenues", bud + " GET /api/v1/revenues" + range);
        sources.put("budgetScores", bud + " GET /api/v1/budget-scores" + range);

        WorkUnit workUnit = Remote.call(ind, "work unit " + unit, () -> indicators.workUnit(unit));
        if (workUnit == null) {
            throw ProblemException.notFound("indicators-service does not know work unit " + unit);
        }
        Scorecard scorecard = Remote.call(ind, "the achievements of " + unit + " " + year,
                () -> indicators.achievements(unit, year));
        if (scorecard == null || scorecard.objectives() == null || scorecard.objectives().isEmpty()) {
            throw new ProblemException(422, "Nothing to report",
                    "indicators-service has no achievements of " + unit + " for " + year + "; import the dataset first");
        }
        List<Agreement> agreements = orEmpty(Remote.call(ind, "the agreements of " + unit + " " + year,
                () -> indicators.agreements(unit, year)));
        List<Agreement> next = orEmpty(Remote.call(ind, "the agreements of " + unit + " " + (year + 1),
                () -> indicators.agreements(unit, year + 1)));
        next = withOwnPlanNames(next, scorecard);
        JsonNode registers = Remote.call(ind, "the registers of " + unit + " " + year, () -> indicators.registers(unit, year));
        // Older indicators-service deployments have no checks (404 → null): then there are no such findings.
        JsonNode checks = Remote.call(ind, "the register checks of " + unit + " " + year,
                () -> indicators.registerChecks(unit, year));

        List<BudgetYear> budgets = orEmpty(Remote.call(bud, "the budgets of " + unit, () -> budget.budgets(unit, from, year)));
        List<RevenueYear> revenues = orEmpty(Remote.call(bud, "the revenues of " + unit, () -> budget.revenues(unit, from, year)));
        List<BudgetScores> scores = orEmpty(Remote.call(bud, "the budget scores of " + unit, () -> budget.scores(unit, from, year)));

        Content content = content(unit, year, scorecard);
        if (scorecard.plan() != null) {
            sources.put("content.strategy", ind + " GET /api/v1/plans/" + scorecard.plan().code() + "/strategy");
        }

        ReportModel raw = new ReportModel(workUnit, year, Instant.now(), sources, scorecard, agreements, next, registers, checks,
                budgets, revenues, scores, Map.of(), content);
        return new ReportModel(workUnit, year, raw.assembledAt(), sources, scorecard, agreements, next, registers, checks,
                budgets, revenues, scores, narrative.facts(raw), content);
    }

    private static Map<String, String> contentSources(String unit, int year) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : List.of("profile", "narrative", "other-achievements", "risk-register")) {
            out.put("content." + part, IndicatorsClient.SERVICE + " GET /api/v1/work-units/" + unit + "/" + part + "/" + year);
        }
        return out;
    }

    /** The unit-year's written content; a part indicators-service does not have (404) stays null. */
    private Content content(String unit, int year, Scorecard scorecard) {
        String ind = IndicatorsClient.SERVICE;
        String of = " of " + unit + " " + year;
        String plan = scorecard.plan() == null ? null : scorecard.plan().code();
        return new Content(
                Remote.call(ind, "the profile" + of, () -> indicators.profile(unit, year)),
                plan == null ? null : Remote.call(ind, "the strategy of plan " + plan, () -> indicators.strategy(plan)),
                Remote.call(ind, "the narrative" + of, () -> indicators.narrative(unit, year)),
                Remote.call(ind, "the other achievements" + of, () -> indicators.otherAchievements(unit, year)),
                Remote.call(ind, "the risk register" + of, () -> indicators.riskRegister(unit, year)));
    }

    /**
     * The next year's agreements carry objective codes of their own plan (2025: Renstra 2025-2029, whose objectives
     * are renamed); their names come from that plan, not from this year's scorecard.
     */
    private List<Agreement> withOwnPlanNames(List<Agreement> next, Scorecard scorecard) {
        String current = scorecard.plan() == null ? null : scorecard.plan().code();
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        List<Agreement> out = new java.util.ArrayList<>();
        for (Agreement a : next) {
            if (a.plan() == null || a.plan().equals(current)) {
                out.add(a);
                continue;
            }
            Map<String, String> byCode = names.computeIfAbsent(a.plan(), code -> {
                JsonNode plan = Remote.call(IndicatorsClient.SERVICE, "plan " + code, () -> indicators.plan(code));
                Map<String, String> m = new LinkedHashMap<>();
                if (plan != null) {
                    plan.path("objectives").forEach(o -> m.put(o.path("code").asText(), o.path("name").asText()));
                }
                return m;
            });
            out.add(a.withObjectiveNames(byCode));
        }
        return out;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
