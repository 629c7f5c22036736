package id.sakip.budget.budget;

import id.sakip.budget.budget.dto.BudgetData;
import id.sakip.budget.common.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Budget arithmetic without framework: absorption, objective totals from indicator lines, breakdown sums. */
public final class BudgetFigures {

    private BudgetFigures() {
    }

    /** Absorption = spending / ceiling × 100, unrounded; null when either is unknown or the ceiling is 0. */
    public static BigDecimal absorption(Long realization, Long ceiling) {
        return Numbers.percent(realization, ceiling);
    }

    /** Ceiling and spending of one activity objective, summed over its indicators. */
    public record ObjectiveTotal(String objective, Long ceiling, Long realization) {
        public BigDecimal absorption() {
            return BudgetFigures.absorption(realization, ceiling);
        }
    }

    /** Groups the by-indicator breakdown by objective, in the order objectives first appear. */
    public static List<ObjectiveTotal> byObjective(List<BudgetData.Line> byIndicator) {
        Map<String, List<BudgetData.Line>> groups = new LinkedHashMap<>();
        for (BudgetData.Line l : byIndicator) {
            groups.computeIfAbsent(l.objective(), k -> new ArrayList<>()).add(l);
        }
        List<ObjectiveTotal> out = new ArrayList<>();
        groups.forEach((objective, lines) -> out.add(new ObjectiveTotal(objective,
                Numbers.sum(lines.stream().map(BudgetData.Line::ceiling).toList()),
                Numbers.sum(lines.stream().map(BudgetData.Line::realization).toList()))));
        return out;
    }

    /** How one field of a breakdown adds up against its total; difference = sum − total. */
    public record Sum(String breakdown, String field, Long sum, Long total, Long difference) {
    }

    /** The sum of a breakdown's field against its total; null when there are no lines or a figure is unknown. */
    public static Sum sum(String breakdown, String field, List<Long> values, Long total) {
        if (values.isEmpty() || total == null) {
            return null;
        }
        Long sum = Numbers.sum(values);
        if (sum == null) {
            return null;
        }
        return new Sum(breakdown, field, sum, total, sum - total);
    }
}
