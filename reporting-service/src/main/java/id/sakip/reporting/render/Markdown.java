package id.sakip.reporting.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately small Markdown to XHTML converter for the narrative sections: paragraphs, bullet and numbered
 * lists, {@code **bold**} and {@code *italic*}. Everything else is escaped, so the output is always well-formed.
 */
public final class Markdown {

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        String listTag = null;
        for (String raw : markdown.replace("\r", "").split("\n")) {
            String line = raw.strip();
            String itemTag = null;
            String item = null;
            if (line.startsWith("- ") || line.startsWith("* ")) {
                itemTag = "ul";
                item = line.substring(2);
            } else if (line.matches("\\d{1,3}[.)] .*")) {
                itemTag = "ol";
                item = line.substring(line.indexOf(' ') + 1);
            }
            if (line.isEmpty() || itemTag != null) {
                flush(out, paragraph);
            }
            if (itemTag != null) {
                if (!itemTag.equals(listTag)) {
                    if (listTag != null) {
                        out.append("</").append(listTag).append('>');
                    }
                    out.append('<').append(itemTag).append('>');
                    listTag = itemTag;
                }
                out.append("<li>").append(inline(item)).append("</li>");
                continue;
            }
            if (line.isEmpty()) {
                if (listTag != null) {
                    out.append("</").append(listTag).append('>');
                    listTag = null;
                }
                continue;
            }
            if (listTag != null) {
                out.append("</").append(listTag).append('>');
                listTag = null;
            }
            paragraph.add(line);
        }
        flush(out, paragraph);
        if (listTag != null) {
            out.append("</").append(listTag).append('>');
        }
        return out.toString();
    }

    /** Plain text without Markdown marks, for DOCX paragraphs. */
    public static List<String> paragraphs(String markdown) {
        List<String> out = new ArrayList<>();
        if (markdown == null) {
            return out;
        }
        StringBuilder p = new StringBuilder();
        for (String raw : markdown.replace("\r", "").split("\n")) {
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.startsWith("* ") || line.matches("\\d{1,3}[.)] .*");
            if (line.isEmpty() || item) {
                if (!p.isEmpty()) {
                    out.add(p.toString());
                    p.setLength(0);
                }
            }
            if (line.isEmpty()) {
                continue;
            }
            String text = line.startsWith("- ") || line.startsWith("* ") ? "• " + line.substring(2) : line;
            text = text.replace("**", "").replaceAll("(?<![*\\w])\\*(?!\\s)([^*]+)\\*", "$1");
            if (item) {
                out.add(text);
            } else {
                p.append(p.isEmpty() ? "" : " ").append(text);
            }
        }
        if (!p.isEmpty()) {
            out.add(p.toString());
        }
        return out;
    }

    private static void flush(StringBuilder out, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            out.append("<p>").append(inline(String.join(" ", paragraph))).append("</p>");
            paragraph.clear();
        }
    }

    static String inline(String text) {
        String s = escape(text);
        s = s.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
        s = s.replaceAll("(?<![*\\w])\\*(?!\\s)([^*]+?)\\*", "<em>$1</em>");
        return s;
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
