package id.sakip.budget.budget.dto;

import id.sakip.budget.budget.BudgetFigures;
import id.sakip.budget.common.ReportedView;
import id.sakip.budget.unityear.UnitYearView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A budget year as the read API returns it: raw amounts with absorption (2 decimals) at every level,
 * how each breakdown sums against its total, and reported figures beside the computed ones.
 */
public record BudgetView(String workUnit, int year, String reference, Long ceiling, Long realization,
                         BigDecimal absorption, List<RevisionView> revisions, List<ProgramLine> byProgram,
                         List<SpendingTypeLine> bySpendingType, List<FundingSourceLine> byFundingSource,
                         List<IndicatorLine> byIndicator, List<ObjectiveLine> byObjective, List<OutputLine> outputs,
                         String outputsNote, List<MonthLine> monthly, List<BudgetData.Saving> savings,
                         List<BudgetFigures.Sum> sums, List<ReportedView> reported, long version, Instant updatedAt)
        implements UnitYearView {

    public record RevisionView(int revision, String label, Long ceiling, List<ProgramLine> byProgram) {
    }

    public record ProgramLine(String program, Long ceiling, Long realization, BigDecimal absorption) {
    }

    public record SpendingTypeLine(String key, String code, String name, Long ceiling, Long realization,
                                   BigDecimal absorption) {
    }

    public record FundingSourceLine(String key, String name, Long ceiling, Long realization, BigDecimal absorption) {
    }

    public record IndicatorLine(String objective, String indicator, Long ceiling, Long realization,
                                BigDecimal absorption) {
    }

    public record ObjectiveLine(String objective, Long ceiling, Long realization, BigDecimal absorption) {
    }

    public record OutputLine(String code, String name, BigDecimal volumeTarget, String volumeUnit,
                             BigDecimal progressPercent, Long ceiling, Long realization, BigDecimal absorption) {
    }

    /** A month of the disbursement plan; deviation = |spending − plan| / plan × 100. */
    public record MonthLine(int month, Long planned, Long realization, Long cumulativePlanned,
                            Long cumulativeRealization, BigDecimal deviation) {
    }
}
