package id.sakip.budget.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** BigDecimal arithmetic shared by the calculators: exact inputs, half-up rounding only for presentation. */
public final class Numbers {

    /** Scale of intermediate quotients; far below anything that survives rounding to two decimals. */
    public static final int SCALE = 10;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /** {@code part / whole × 100}, unrounded; null when unknown or when the whole is zero. */
    public static BigDecimal percent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    /** Rounded half-up to two decimals, as every percentage and score is presented. */
    public static BigDecimal round2(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Reported minus computed (computed rounded as presented); null when either is unknown. */
    public static BigDecimal difference(BigDecimal reported, BigDecimal computed) {
        if (reported == null || computed == null) {
            return null;
        }
        return round2(reported.subtract(round2(computed)));
    }

    /** A canonical form for comparing stored with incoming values: 100.0 equals 100. */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Sum of amounts, null as soon as one of them is unknown. */
    public static Long sum(Iterable<Long> amounts) {
        long total = 0;
        for (Long a : amounts) {
            if (a == null) {
                return null;
            }
            total = Math.addExact(total, a);
        }
        return total;
    }
}
