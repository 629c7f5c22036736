package id.sakip.budget.budget.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sakip.budget.common.Reported;
import id.sakip.budget.unityear.UnitYearData;

import java.math.BigDecimal;
import java.util.List;

/**
 * One budget allotment (DIPA) of a work unit and year as the dataset carries it, with breakdowns already
 * derived from line items where the source gave those; also the audit snapshot.
 */
public record BudgetData(String workUnit, Integer year, String reference, Long ceiling, Long realization,
                         List<Revision> revisions, List<Line> byProgram, List<Line> bySpendingType,
                         List<Line> byFundingSource, List<Line> byIndicator, List<Output> outputs,
                         String outputsNote, List<Month> monthly, List<Saving> savings, List<Reported> reported)
        implements UnitYearData {

    @Override
    public String naturalKey() {
        return workUnit + "/" + year;
    }

    /** A DIPA revision: 0 is the initial DIPA. */
    public record Revision(Integer revision, String label, Long ceiling, List<Line> byProgram) {
    }

    /** One line of a breakdown; {@code objective} only for the by-indicator breakdown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(String objective, String key, Long ceiling, Long realization) {
    }

    /** An e-Monev output. */
    public record Output(String code, String name, BigDecimal volumeTarget, String volumeUnit,
                         BigDecimal progressPercent, Long ceiling, Long realization) {
    }

    /** One month of the disbursement plan (RPD, Halaman III DIPA) and its spending. */
    public record Month(Integer month, Long planned, Long realization) {
    }

    public record Saving(String item, Long amount, String basis) {
    }
}
