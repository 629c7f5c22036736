package id.sakip.reporting.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts: built as data ({@link Chart}: what the XLSX draws as a native chart) and drawn as SVG for
 * HTML, PDF and (as PNG) DOCX. Labels wrap instead of being cut; lines that coincide stay visible through distinct
 * markers and dashes; a target, when given, is a dashed line with its value.
 */
public final class ChartRenderer {

    /** One labelled value; {@code null} values are left out (not applicable is not zero). */
    public record Point(String label, BigDecimal value) {
    }

    /** A named line of points sharing the x labels. */
    public record Series(String name, List<BigDecimal> values) {
    }

    public enum Kind { BAR, HORIZONTAL_BAR, LINE }

    /**
     * A chart as data. {@code unit} is "%" (values are percent points) or a prefix such as "Rp "; {@code target} is
     * drawn as a reference line when not null.
     */
    public record Chart(Kind kind, List<String> labels, List<Series> series, String unit, BigDecimal target) {

        public Chart withTarget(BigDecimal t) {
            return new Chart(kind, labels, series, unit, t);
        }

        public boolean percent() {
            return "%".equals(unit);
        }
    }

    private static final String[] COLORS = {"#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6"};
    private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3", "4 4", "1 2"};
    private static final String FONT = "font-family=\"DejaVu Sans, sans-serif\"";
    private static final String TARGET_COLOR = "#c00000";
    private static final int W = 640;

    private ChartRenderer() {
    }

    /** Vertical bars with the value printed above each bar. */
    public static Chart bars(List<Point> points, String unit) {
        return new Chart(Kind.BAR, points.stream().map(Point::label).toList(),
                List.of(new Series("", points.stream().map(Point::value).toList())), unit, null);
    }

    /** Horizontal bars, for long labels such as revenue accounts. */
    public static Chart horizontalBars(List<Point> points, String unit) {
        return new Chart(Kind.HORIZONTAL_BAR, points.stream().map(Point::label).toList(),
                List.of(new Series("", points.stream().map(Point::value).toList())), unit, null);
    }

    /** Lines over the x labels (years), one per series, with a legend. */
    public static Chart lines(List<String> labels, List<Series> series, String unit) {
        return new Chart(Kind.LINE, labels, series, unit, null);
    }

    /** The drawing; {@code alt} is its text alternative (read aloud from the tagged PDF). */
    public static String svg(Chart c, String alt) {
        String svg = switch (c.kind()) {
            case BAR -> barsSvg(c);
            case HORIZONTAL_BAR -> horizontalBarsSvg(c);
            case LINE -> linesSvg(c);
        };
        return svg.replaceFirst("<svg ", "<svg alt=\"" + Markdown.escape(alt) + "\" ");
    }

    private static String barsSvg(Chart c) {
        List<BigDecimal> values = c.series().get(0).values();
        int n = Math.max(1, c.labels().size());
        int left = 50;
        double slot = (W - left - 10) / (double) n;
        int charsPerLine = (int) Math.max(8, slot / 5.4);
        List<List<String>> labelLines = c.labels().stream().map(l -> wrap(l, charsPerLine, 6)).toList();
        int labelRows = labelLines.stream().mapToInt(List::size).max().orElse(1);
        int bottom = 14 + 11 * labelRows;
        int top = 25;
        int h = 210 + bottom;
        double max = max(withTarget(values, c.target()));
        double barW = Math.min(70, slot * 0.6);
        StringBuilder sb = start(W, h);
        axes(sb, left, top, W, h, bottom, max, c.unit());
        for (int i = 0; i < c.labels().size(); i++) {
            BigDecimal v = i < values.size() ? values.get(i) : null;
            double x = left + slot * i + (slot - barW) / 2;
            if (v != null) {
                double bh = (h - top - bottom) * Math.max(0, v.doubleValue()) / max;
                double y = h - bottom - bh;
                sb.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, barW, bh, COLORS[0]));
                text(sb, x + barW / 2, y - 4, 10, "middle", valueText(v, c.unit()));
            } else {
                text(sb, x + barW / 2, h - bottom - 4, 10, "middle", "–");
            }
            List<String> lines = labelLines.get(i);
            for (int k = 0; k < lines.size(); k++) {
                text(sb, x + barW / 2, h - bottom + 13 + 11 * k, 8.5, "middle", lines.get(k));
            }
        }
        targetLine(sb, c, left, top, h - bottom, max);
        return sb.append("</svg>").toString();
    }

    private static String horizontalBarsSvg(Chart c) {
        List<BigDecimal> values = c.series().get(0).values();
        int labelW = 250;
        List<List<String>> labelLines = c.labels().stream().map(l -> wrap(l, 44, 3)).toList();
        List<Integer> rowHeights = labelLines.stream().map(l -> Math.max(24, 8 + 11 * l.size())).toList();
        int h = 20 + rowHeights.stream().mapToInt(Integer::intValue).sum();
        double max = max(values);
        StringBuilder sb = start(W, h);
        double y = 10;
        for (int i = 0; i < c.labels().size(); i++) {
            int rowH = rowHeights.get(i);
            List<String> lines = labelLines.get(i);
            double firstLine = y + rowH / 2.0 - 11 * (lines.size() - 1) / 2.0 + 3;
            for (int k = 0; k < lines.size(); k++) {
                text(sb, labelW - 6, firstLine + 11 * k, 8.5, "end", lines.get(k));
            }
            BigDecimal v = i < values.size() ? values.get(i) : null;
            if (v != null) {
                double bw = Math.max(0.5, (W - labelW - 120) * Math.max(0, v.doubleValue()) / max);
                sb.append(fmt("<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", labelW, y + rowH / 2.0 - 8,
                        bw, 16, COLORS[1]));
                text(sb, labelW + bw + 4, y + rowH / 2.0 + 3, 9, "start", valueText(v, c.unit()));
            }
            y += rowH;
        }
        return sb.append("</svg>").toString();
    }

    private static String linesSvg(Chart c) {
        List<List<String>> legend = c.series().stream().map(s -> wrap(s.name(), 100, 3)).toList();
        int legendH = legend.stream().mapToInt(l -> 4 + 11 * l.size()).sum() + 6;
        int left = 50;
        int plotH = 200;
        int top = 20;
        int bottom = 26 + legendH;
        int h = top + plotH + bottom;
        double max = max(withTarget(c.series().stream().flatMap(s -> s.values().stream()).toList(), c.target()));
        int n = Math.max(1, c.labels().size());
        double slot = (W - left - 20) / (double) n;
        StringBuilder sb = start(W, h);
        int baseline = h - bottom;
        axes(sb, left, top, W, h, bottom, max, c.unit());
        for (int i = 0; i < c.labels().size(); i++) {
            text(sb, left + slot * i + slot / 2, baseline + 14, 10, "middle", c.labels().get(i));
        }
        for (int s = 0; s < c.series().size(); s++) {
            String color = COLORS[s % COLORS.length];
            StringBuilder path = new StringBuilder();
            List<BigDecimal> values = c.series().get(s).values();
            for (int i = 0; i < values.size() && i < c.labels().size(); i++) {
                BigDecimal v = values.get(i);
                if (v == null) {
                    path.append(' ');
                    continue;
                }
                // Series that coincide are drawn side by side ("dodged" a few units), so none hides another.
                double x = left + slot * i + slot / 2 + (s - (c.series().size() - 1) / 2.0) * 5;
                double y = baseline - (baseline - top) * v.doubleValue() / max;
                path.append(path.isEmpty() || path.charAt(path.length() - 1) == ' ' ? "M" : " L").append(fmt("%.1f %.1f", x, y));
                marker(sb, s, x, y, color);
            }
            String d = path.toString().trim();
            if (!d.isEmpty()) {
                sb.append("<path d=\"").append(d.replaceAll(" +M", " M")).append("\" fill=\"none\" stroke=\"").append(color)
                        .append("\" stroke-width=\"2\" stroke-opacity=\"0.85\"");
                if (!DASHES[s % DASHES.length].isEmpty()) {
                    sb.append(" stroke-dasharray=\"").append(DASHES[s % DASHES.length]).append('"');
                }
                sb.append("/>");
            }
        }
        targetLine(sb, c, left, top, baseline, max);
        double ly = baseline + 32;
        for (int s = 0; s < c.series().size(); s++) {
            String color = COLORS[s % COLORS.length];
            sb.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>", left, ly - 3,
                    left + 22, ly - 3, color, DASHES[s % DASHES.length].isEmpty() ? ""
                            : " stroke-dasharray=\"" + DASHES[s % DASHES.length] + "\""));
            marker(sb, s, left + 11, ly - 3, color);
            List<String> lines = legend.get(s);
            for (int k = 0; k < lines.size(); k++) {
                text(sb, left + 30, ly + 11 * k, 9, "start", lines.get(k));
            }
            ly += 4 + 11 * lines.size();
        }
        return sb.append("</svg>").toString();
    }

    /** A marker shape per series (circle, square, triangle, diamond…), hollow when later series sit on it. */
    private static void marker(StringBuilder sb, int s, double x, double y, String color) {
        double r = 5.5 - Math.min(3, s) * 0.9;
        switch (s % 4) {
            case 0 -> sb.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"white\" stroke=\"%s\" stroke-width=\"2\"/>",
                    x, y, r + 1, color));
            case 1 -> sb.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x - r, y - r, 2 * r,
                    2 * r, color));
            case 2 -> sb.append(fmt("<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\"/>", x, y - r - 1, x + r + 1, y + r,
                    x - r - 1, y + r, color));
            default -> sb.append(fmt("<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\"/>", x, y - r, x + r, y,
                    x, y + r, x - r, y, color));
        }
    }

    private static void targetLine(StringBuilder sb, Chart c, int left, int top, int baseline, double max) {
        if (c.target() == null) {
            return;
        }
        double y = baseline - (baseline - top) * c.target().doubleValue() / max;
        sb.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>",
                left, y, W - 10, y, TARGET_COLOR));
        String label = "Target " + valueText(c.target(), c.unit());
        double labelW = 5.6 * label.length();
        sb.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"13\" fill=\"white\" fill-opacity=\"0.9\"/>",
                W - 14 - labelW, y - 15, labelW + 4));
        text(sb, W - 12, y - 4, 9, "end", label, TARGET_COLOR);
    }

    private static String valueText(BigDecimal v, String unit) {
        return "%".equals(unit) ? Fmt.dec(v) + "%" : unit + Fmt.count(v.longValue());
    }

    private static List<BigDecimal> withTarget(List<BigDecimal> values, BigDecimal target) {
        List<BigDecimal> all = new ArrayList<>(values);
        all.add(target);
        return all;
    }

    private static StringBuilder start(int w, int h) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h
                + "\" viewBox=\"0 0 " + w + " " + h + "\">");
    }

    private static void axes(StringBuilder sb, int left, int top, int w, int h, int bottom, double max, String unit) {
        int baseline = h - bottom;
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = baseline - (baseline - top) * i / 4.0;
            sb.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d9d9d9\" stroke-width=\"1\"/>", left, y, w - 10, y));
            text(sb, left - 4, y + 3, 9, "end", Fmt.plain(BigDecimal.valueOf(Math.round(v))) + ("%".equals(unit) ? "%" : ""));
        }
        sb.append(fmt("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#404040\"/>", left, baseline, w - 10, baseline));
    }

    private static void text(StringBuilder sb, double x, double y, double size, String anchor, String text) {
        text(sb, x, y, size, anchor, text, "#262626");
    }

    private static void text(StringBuilder sb, double x, double y, double size, String anchor, String text, String color) {
        sb.append(fmt("<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" %s fill=\"%s\">", x, y, size, anchor, FONT,
                color)).append(Markdown.escape(text)).append("</text>");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double max(List<BigDecimal> values) {
        double m = values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        if (m <= 0) {
            return 1;
        }
        // Four gridlines at a "nice" step (1, 2, 2.5 or 5 × 10^n) so the axis labels are round numbers.
        double raw = m * 1.1 / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double f : new double[]{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (f * magnitude >= raw) {
                step = f * magnitude;
                break;
            }
        }
        return step * 4;
    }

    /**
     * Splits a label into lines of at most {@code width} characters at spaces; only a label longer than
     * {@code maxLines} lines loses its end (marked "…"), and no single word is cut.
     */
    static List<String> wrap(String s, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (s == null || s.isBlank()) {
            lines.add("");
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : s.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + " …");
            return kept;
        }
        return lines;
    }
}
