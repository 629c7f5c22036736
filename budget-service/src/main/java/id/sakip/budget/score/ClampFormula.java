package id.sakip.budget.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The derived-component formula family of score schemes, {@code A + (clamp(X,lo,hi)/D)*B}: the SMART
 * efficiency score is {@code 50 + (clamp(E,-20,20)/20)*50}. Parsed from the scheme's text, so its
 * constants are data.
 */
public record ClampFormula(BigDecimal base, BigDecimal low, BigDecimal high, BigDecimal divisor, BigDecimal factor) {

    private static final String NUM = "(-?\\d+(?:\\.\\d+)?)";
    private static final Pattern PATTERN = Pattern.compile("^\\s*" + NUM + "\\s*\\+\\s*\\(\\s*clamp\\(\\s*[A-Za-z_]\\w*\\s*,\\s*"
            + NUM + "\\s*,\\s*" + NUM + "\\s*\\)\\s*/\\s*" + NUM + "\\s*\\)\\s*\\*\\s*" + NUM + "\\s*$");

    public static Optional<ClampFormula> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        ClampFormula f = new ClampFormula(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)),
                new BigDecimal(m.group(3)), new BigDecimal(m.group(4)), new BigDecimal(m.group(5)));
        if (f.divisor.signum() == 0 || f.low.compareTo(f.high) > 0) {
            return Optional.empty();
        }
        return Optional.of(f);
    }

    public BigDecimal apply(BigDecimal x) {
        BigDecimal clamped = x.max(low).min(high);
        return base.add(clamped.divide(divisor, 10, RoundingMode.HALF_UP).multiply(factor));
    }
}
