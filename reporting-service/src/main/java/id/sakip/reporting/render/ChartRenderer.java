package id.sakip.reporting.render;

import java.math.BigDecimal;
import java.util.List;

/** Small hand-built SVG charts (bars and lines), drawn the same way in HTML and PDF. */
public final class ChartRenderer {

    /** One labelled value; {@code null} values are left out (not applicable is not zero). */
    public record Point(String label, BigDecimal value) {
    }

    /** A named line of points sharing the x labels. */
    public record Series(String name, List<BigDecimal> values) {
    }

    private static final String[] COLORS = {"#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6"};
    private static final String FONT = "font-family=\"DejaVu Sans, sans-serif\"";

    private ChartRenderer() {
    }

    /** Vertical bars with the value printed above each bar. */
    public static String bars(List<Point> points, String unit) {
        int w = 640;
        int h = 260;
        int left = 50;
        int bottom = 50;
        int top = 25;
        double max = max(points.stream().map(Point::value).toList());
        int n = Math.max(1, points.size());
        double slot = (w - left - 10) / (double) n;
        double barW = Math.min(70, slot * 0.6);
        StringBuilder sb = start(w, h);
        axes(sb, left, top, w, h, bottom, max, unit);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = left + slot * i + (slot - barW) / 2;
            if (p.value() != null) {
                double bh = (h - top - bottom) * p.value().doubleValue() / max;
                double y = h - bottom - bh;
                sb.append(String.format(java.util.Locale.ROOT,
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, y, barW, bh, COLORS[0]));
                text(sb, x + barW / 2, y - 4, 10, "middle", Fmt.dec(p.value()) + unit);
            } else {
                text(sb, x + barW / 2, h - bottom - 4, 10, "middle", "–");
            }
            label(sb, x + barW / 2, h - bottom + 14, p.label(), slot);
        }
        return sb.append("</svg>").toString();
    }

    /** Horizontal bars, for long labels such as revenue accounts. */
    public static String horizontalBars(List<Point> points, String unit) {
        int w = 640;
        int rowH = 24;
        int labelW = 260;
        int h = 20 + rowH * Math.max(1, points.size());
        double max = max(points.stream().map(Point::value).toList());
        StringBuilder sb = start(w, h);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double y = 10 + i * rowH;
            text(sb, labelW - 6, y + 15, 9, "end", shorten(p.label(), 44));
            if (p.value() != null) {
                double bw = (w - labelW - 110) * p.value().doubleValue() / max;
                sb.append(String.format(java.util.Locale.ROOT,
                        "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", labelW, y + 3, Math.max(bw, 0.5), rowH - 8, COLORS[1]));
                text(sb, labelW + Math.max(bw, 0.5) + 4, y + 15, 9, "start", unit + Fmt.count(p.value().longValue()));
            }
        }
        return sb.append("</svg>").toString();
    }

    /** Lines over the x labels (years), one per series, with a legend. */
    public static String lines(List<String> labels, List<Series> series, String unit) {
        int w = 640;
        int legendH = 16 * series.size();
        int h = 240 + legendH;
        int left = 50;
        int bottom = 40 + legendH;
        int top = 20;
        double max = max(series.stream().flatMap(s -> s.values().stream()).toList());
        int n = Math.max(1, labels.size());
        double slot = (w - left - 20) / (double) n;
        StringBuilder sb = start(w, h);
        axes(sb, left, top, w, h, bottom, max, unit);
        for (int i = 0; i < labels.size(); i++) {
            text(sb, left + slot * i + slot / 2, h - bottom + 14, 10, "middle", labels.get(i));
        }
        for (int s = 0; s < series.size(); s++) {
            String color = COLORS[s % COLORS.length];
            StringBuilder path = new StringBuilder();
            List<BigDecimal> values = series.get(s).values();
            for (int i = 0; i < values.size() && i < labels.size(); i++) {
                BigDecimal v = values.get(i);
                if (v == null) {
                    continue;
                }
                double x = left + slot * i + slot / 2;
                double y = h - bottom - (h - top - bottom) * v.doubleValue() / max;
                path.append(path.isEmpty() ? "M" : " L").append(String.format(java.util.Locale.ROOT, "%.1f %.1f", x, y));
                sb.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, color));
            }
            if (!path.isEmpty()) {
                sb.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\"/>");
            }
            double ly = h - legendH + 16 * s;
            sb.append(String.format(java.util.Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"12\" height=\"4\" fill=\"%s\"/>", left, ly - 4, color));
            text(sb, left + 18, ly, 9, "start", shorten(series.get(s).name(), 95));
        }
        return sb.append("</svg>").toString();
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
            sb.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d9d9d9\" stroke-width=\"1\"/>", left, y, w - 10, y));
            text(sb, left - 4, y + 3, 9, "end", Fmt.plain(BigDecimal.valueOf(Math.round(v))) + unit);
        }
        sb.append(String.format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#404040\"/>", left, baseline, w - 10, baseline));
    }

    private static void label(StringBuilder sb, double x, double y, String label, double slot) {
        int maxChars = (int) Math.max(6, slot / 6);
        text(sb, x, y, 9, "middle", shorten(label, maxChars));
    }

    private static void text(StringBuilder sb, double x, double y, int size, String anchor, String text) {
        sb.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" %s fill=\"#262626\">",
                x, y, size, anchor, FONT)).append(Markdown.escape(text)).append("</text>");
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

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "…";
    }
}
