package id.sakip.budget.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static id.sakip.budget.common.Numbers.SCALE;

/** Nilai Kinerja Anggaran: the weighted mean of the planning score and the execution (IKPA) score (60/40). */
public final class NkaCalculator {

    private NkaCalculator() {
    }

    /** Null when either input is unknown. */
    public static BigDecimal compute(BigDecimal planningWeight, BigDecimal executionWeight, BigDecimal planning,
                                     BigDecimal execution) {
        if (planning == null || execution == null || planningWeight == null || executionWeight == null) {
            return null;
        }
        BigDecimal weights = planningWeight.add(executionWeight);
        if (weights.signum() == 0) {
            return null;
        }
        return planning.multiply(planningWeight).add(execution.multiply(executionWeight))
                .divide(weights, SCALE, RoundingMode.HALF_UP);
    }
}
