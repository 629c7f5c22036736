package id.sakip.reporting.client.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/** Budget (DIPA) and spending of one unit and year ({@code GET /api/v1/budgets?workUnit=&fromYear=&toYear=}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BudgetYear(String workUnit, int year, Long ceiling, Long realization, BigDecimal absorption,
                         List<Revision> revisions, List<Line> bySpendingType, List<Line> byFundingSource,
                         List<Line> byIndicator, List<Line> byObjective, List<Output> outputs, List<Month> monthly,
                         List<Saving> savings, List<Sum> sums, List<Reported> reported) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Revision(Integer revision, String label, Long ceiling, List<ProgramCeiling> byProgram) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProgramCeiling(String program, Long ceiling) {
    }

    /** A breakdown line: spending type ({@code key}, {@code code}, {@code name}), funding source, indicator or objective. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String key, String code, String name, String objective, String indicator, Long ceiling,
                       Long realization, BigDecimal absorption) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Output(String code, String name, BigDecimal volumeTarget, String volumeUnit,
                         BigDecimal progressPercent, Long ceiling, Long realization, BigDecimal absorption) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Month(int month, Long planned, Long realization) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Saving(String item, Long amount, String basis) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sum(String breakdown, String field, Long sum, Long total, Long difference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reported(String key, String objective, String indicator, BigDecimal value, BigDecimal computed,
                           BigDecimal difference, String where) {
    }
}
