package id.sakip.reporting.render;

import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rendered shape of a report, shared by every output format: chapters of sections of blocks (HTML text,
 * numbered tables, SVG figures). HTML/PDF, DOCX and XLSX are all written from it, so they always agree.
 */
public final class Doc {

    private Doc() {
    }

    @TemplateData
    public record Document(String title, Cover cover, List<Chapter> chapters, List<Table> tables, List<Figure> figures,
                           String status, String generatedAt) {

        /** The workflow status in the words of the document. */
        public String statusLabel() {
            return switch (status == null ? "" : status) {
                case "DRAFT" -> "DRAF";
                case "SUBMITTED" -> "DIAJUKAN";
                case "APPROVED" -> "DISETUJUI";
                case "RETURNED" -> "DIKEMBALIKAN";
                case "PUBLISHED" -> "DITERBITKAN";
                default -> status;
            };
        }

        /** Front matter (foreword, summary): the chapters before the first numbered one ("BAB I"), paged i, ii, iii. */
        public boolean frontMatter(Chapter ch) {
            for (Chapter c : chapters) {
                if (!c.label().isEmpty()) {
                    return false;
                }
                if (c == ch) {
                    return true;
                }
            }
            return false;
        }

        /** The first numbered chapter, where page 1 is. */
        public boolean firstNumbered(Chapter ch) {
            return chapters.stream().filter(c -> !c.label().isEmpty()).findFirst().map(c -> c == ch).orElse(false);
        }
    }

    @TemplateData
    public record Cover(String unitName, int year, String address, String email, String place, String date,
                       String headName, String headPosition, String parentName) {
    }

    @TemplateData
    public record Chapter(String id, String label, String title, boolean inToc, boolean pageBreak, List<Section> sections) {
    }

    @TemplateData
    public record Section(String id, String title, int level, List<Block> blocks) {
    }

    @TemplateData
    public record Block(String kind, String html, Table table, Figure figure) {

        public static Block html(String html) {
            return new Block("html", html, null, null);
        }

        public static Block table(Table t) {
            return new Block("table", null, t, null);
        }

        public static Block figure(Figure f) {
            return new Block("figure", null, null, f);
        }
    }

    @TemplateData
    public record Table(String id, String number, String title, List<List<Cell>> head, List<Row> rows, boolean wide,
                        String note) {

        public String caption() {
            return number == null ? title : "Tabel " + number + " " + title;
        }

        /** The footnotes under the table, one per line of {@code note} (recomputed figures, differences). */
        public List<String> notes() {
            return note == null || note.isBlank() ? List.of() : List.of(note.split("\n"));
        }

        /** A short, unique sheet name for XLSX. */
        public String sheetName() {
            return number == null ? title : "Tabel " + number;
        }
    }

    @TemplateData
    public record Row(List<Cell> cells, boolean strong) {
    }

    /** A cell: its display text and, for numbers, the value and kind (money, percent, decimal, integer). */
    @TemplateData
    public record Cell(String text, BigDecimal number, String kind, int colspan, boolean strong) {

        public boolean numeric() {
            return number != null || "money".equals(kind) || "percent".equals(kind) || "decimal".equals(kind)
                    || "integer".equals(kind);
        }

        public String align() {
            return numeric() ? "num" : "txt";
        }
    }

    /** A chart: its data (drawn natively in XLSX) and its SVG drawing (HTML, PDF; as PNG in DOCX). */
    @TemplateData
    public record Figure(String id, String number, String title, ChartRenderer.Chart chart, String svg) {

        public String caption() {
            return "Gambar " + number + " " + title;
        }
    }
}
