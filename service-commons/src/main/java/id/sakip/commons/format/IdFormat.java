package id.sakip.commons.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Indonesian presentation of numbers, money, percentages and dates, from the JDK's {@code id-ID} locale. */
public final class IdFormat {

    public static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);

    private IdFormat() {
    }

    /** Whole rupiah: {@code 26.855.838.000}. */
    public static String money(long rupiah) {
        return NumberFormat.getIntegerInstance(ID).format(rupiah);
    }

    /** A count or other whole number: {@code 28.334}. */
    public static String integer(long value) {
        return money(value);
    }

    /** A number rounded half-up to {@code decimals}: {@code 3,96}. */
    public static String decimal(BigDecimal value, int decimals) {
        if (value == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(ID);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** A percentage rounded half-up to two decimals: {@code 111,11%}; "–" when not applicable. */
    public static String percent(BigDecimal value) {
        return value == null ? "–" : decimal(value, 2) + "%";
    }

    /** {@code 15 Januari 2025}. */
    public static String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }
}
