package id.sakip.reporting.render;

import id.sakip.commons.format.IdFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Presentation helpers on top of {@link IdFormat} (id-ID): percentages, rupiah, targets, counted words. */
public final class Fmt {

    private static final String[] WORDS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
            "sembilan", "sepuluh"};

    private Fmt() {
    }

    /** {@code 111,11%}, or "–" when not applicable. */
    public static String pct(BigDecimal v) {
        return IdFormat.percent(v);
    }

    /** {@code Rp 26.855.838.000}, or "–" when unknown. */
    public static String rp(Long v) {
        return v == null ? "–" : "Rp " + IdFormat.money(v);
    }

    /** A whole number: {@code 28.334}. */
    public static String count(Long v) {
        return v == null ? "–" : IdFormat.integer(v);
    }

    /** A number with two decimals: {@code 3,96}. */
    public static String dec(BigDecimal v) {
        return IdFormat.decimal(v, 2);
    }

    /** A plain number without needless decimals: {@code 90}, {@code 3,1}. */
    public static String plain(BigDecimal v) {
        if (v == null) {
            return "–";
        }
        BigDecimal s = v.stripTrailingZeros();
        return IdFormat.decimal(v, Math.max(0, Math.min(2, s.scale())));
    }

    /** A target or realization in its unit: {@code 90%} or {@code 3,1 (Indeks)}. */
    public static String inUnit(BigDecimal v, String unit) {
        if (v == null) {
            return "–";
        }
        return "PERCENT".equals(unit) ? plain(v) + "%" : plain(v) + " (Indeks)";
    }

    /** {@code 2 (dua)} as Indonesian official texts count. */
    public static String counted(int n) {
        return n >= 0 && n < WORDS.length ? n + " (" + WORDS[n] + ")" : Integer.toString(n);
    }

    /** realization / ceiling × 100, half-up to 2 decimals. */
    public static BigDecimal percentOf(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
