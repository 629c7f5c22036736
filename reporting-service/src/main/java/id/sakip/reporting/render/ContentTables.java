package id.sakip.reporting.render;

import id.sakip.reporting.client.dto.Content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.sakip.reporting.render.Cells.head;
import static id.sakip.reporting.render.Cells.integer;
import static id.sakip.reporting.render.Cells.row;
import static id.sakip.reporting.render.Cells.strongRow;
import static id.sakip.reporting.render.Cells.txt;

/**
 * The tables built from the unit-year's written content: tasks and functions (Tabel I.1), organisation units
 * (Tabel I.2), staff composition (Tabel I.3, by position and education as I.3a/I.3b) and the risk register annex.
 * {@link DocumentBuilder} numbers them.
 */
final class ContentTables {

    /** A table before numbering; {@code supplement} tables are numbered after the one before (I.3a …). */
    record Spec(String title, List<List<Doc.Cell>> head, List<Doc.Row> rows, boolean wide, boolean supplement) {
    }

    private static final Map<String, String> RISK_STATUS = Map.of("PLANNED", "Direncanakan",
            "IN_PROGRESS", "Sedang berjalan", "DONE", "Selesai");

    private ContentTables() {
    }

    static List<Spec> organisation(Content.Profile p, String unit) {
        List<Spec> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        if (p.tasks() != null && !p.tasks().isEmpty()) {
            List<Doc.Row> rows = new ArrayList<>();
            for (Content.TaskFunctions t : p.tasks()) {
                rows.add(row(txt(t.task()), txt(lettered(t.functions()))));
            }
            out.add(new Spec("Tugas dan Fungsi " + unit, head("Tugas", "Fungsi"), rows, false, false));
        }
        if (p.organisationUnits() != null && !p.organisationUnits().isEmpty()) {
            List<Doc.Row> rows = new ArrayList<>();
            for (Content.OrganisationUnit o : p.organisationUnits()) {
                String name = o.name() + (o.abbreviation() == null ? "" : " (" + o.abbreviation() + ")");
                String functions = lettered(o.functions());
                String text = o.description() == null ? functions
                        : functions.isEmpty() ? o.description() : o.description() + " Fungsi: " + functions;
                rows.add(row(txt(name), txt(text)));
            }
            out.add(new Spec("Fungsi Masing-Masing Seksi dan Bagian pada " + unit,
                    head("Struktur Organisasi", "Fungsi"), rows, false, false));
        }
        Content.Staff staff = p.staff();
        if (staff != null) {
            boolean first = true;
            for (Object[] way : new Object[][]{{"Golongan", staff.byRankGroup()}, {"Jabatan", staff.byPosition()},
                    {"Pendidikan", staff.byEducation()}}) {
                @SuppressWarnings("unchecked")
                List<Content.Count> counts = (List<Content.Count>) way[1];
                if (counts == null || counts.isEmpty()) {
                    continue;
                }
                List<Doc.Row> rows = new ArrayList<>();
                long total = 0;
                for (Content.Count c : counts) {
                    rows.add(row(txt(c.label()), integer(c.count() == null ? null : c.count().longValue())));
                    total += c.count() == null ? 0 : c.count();
                }
                rows.add(strongRow(txt("Jumlah"), integer(total)));
                out.add(new Spec("Komposisi Pegawai menurut " + way[0], head((String) way[0], "Jumlah Pegawai"), rows,
                        false, !first));
                first = false;
            }
        }
        return out;
    }

    static Spec risks(Content.RiskRegister r, Map<String, String> objectiveNames) {
        List<Doc.Row> rows = new ArrayList<>();
        int n = 1;
        for (Content.Risk k : r.risks()) {
            String level = k.likelihood() == null || k.severity() == null ? "–"
                    : k.likelihood() + " × " + k.severity() + " = " + (k.likelihood() * k.severity());
            rows.add(row(txt(Integer.toString(n++)),
                    txt(k.objective() == null ? "–" : objectiveNames.getOrDefault(k.objective(), k.objective())),
                    txt(k.event()), txt(dash(k.cause())), txt(dash(k.impact())), txt(level), txt(k.mitigation()),
                    txt(dash(k.owner())), txt(k.status() == null ? "–" : RISK_STATUS.getOrDefault(k.status(), k.status()))));
        }
        return new Spec("Register Risiko", head("No", "Sasaran Kegiatan", "Peristiwa Risiko", "Penyebab", "Dampak",
                "Tingkat (K × D)", "Pengendalian", "Pemilik Risiko", "Status"), rows, true, false);
    }

    private static String lettered(List<String> items) {
        if (items == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        char c = 'a';
        for (String i : items) {
            sb.append(sb.length() == 0 ? "" : "; ").append(c++).append(". ").append(i);
        }
        return sb.toString();
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "–" : s;
    }
}
