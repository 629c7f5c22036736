package id.sakip.reporting.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Shorthands to build table cells and rows. */
final class Cells {

    private Cells() {
    }

    static Doc.Cell txt(String s) {
        return new Doc.Cell(s == null ? "–" : s, null, "text", 1, false);
    }

    static Doc.Cell span(String s, int colspan) {
        return new Doc.Cell(s == null ? "" : s, null, "text", colspan, false);
    }

    static Doc.Cell money(Long v) {
        return new Doc.Cell(Fmt.rp(v), v == null ? null : BigDecimal.valueOf(v), "money", 1, false);
    }

    static Doc.Cell amount(Long v) {
        return new Doc.Cell(Fmt.count(v), v == null ? null : BigDecimal.valueOf(v), "money", 1, false);
    }

    static Doc.Cell pct(BigDecimal v) {
        return new Doc.Cell(Fmt.pct(v), v, "percent", 1, false);
    }

    static Doc.Cell dec(BigDecimal v) {
        return new Doc.Cell(Fmt.dec(v), v, "decimal", 1, false);
    }

    static Doc.Cell plain(BigDecimal v) {
        return new Doc.Cell(Fmt.plain(v), v, "decimal", 1, false);
    }

    static Doc.Cell integer(Long v) {
        return new Doc.Cell(Fmt.count(v), v == null ? null : BigDecimal.valueOf(v), "integer", 1, false);
    }

    static Doc.Cell inUnit(BigDecimal v, String unit) {
        return new Doc.Cell(Fmt.inUnit(v, unit), v, "decimal", 1, false);
    }

    /** The cell with a footnote mark after its text, e.g. {@code 92,74% (1)}. */
    static Doc.Cell marked(Doc.Cell c, String mark) {
        return mark == null ? c : new Doc.Cell(c.text() + " " + mark, c.number(), c.kind(), c.colspan(), c.strong());
    }

    static Doc.Cell strong(Doc.Cell c) {
        return new Doc.Cell(c.text(), c.number(), c.kind(), c.colspan(), true);
    }

    static Doc.Row row(Doc.Cell... cells) {
        return new Doc.Row(Arrays.asList(cells), false);
    }

    static Doc.Row strongRow(Doc.Cell... cells) {
        List<Doc.Cell> list = new ArrayList<>();
        for (Doc.Cell c : cells) {
            list.add(strong(c));
        }
        return new Doc.Row(list, true);
    }

    static List<List<Doc.Cell>> head(String... labels) {
        List<Doc.Cell> row = new ArrayList<>();
        for (String l : labels) {
            row.add(txt(l));
        }
        return List.of(row);
    }
}
