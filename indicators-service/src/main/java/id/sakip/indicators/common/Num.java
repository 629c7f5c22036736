package id.sakip.indicators.common;

import java.math.BigDecimal;

/** Number normalisation so that 90, 90.0 and 90.000000 (as stored) compare equal in idempotent upserts. */
public final class Num {

    private Num() {
    }

    public static BigDecimal norm(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
