package id.sakip.reporting.report;

import id.sakip.reporting.client.dto.Content;

import java.util.List;
import java.util.function.Function;

/**
 * The starting Markdown of the sections written from the unit-year's content (indicators-service): tasks and
 * organisation, strategic aspects and issues, the plan's direction, each indicator's analysis, efficiency, other
 * achievements, obstacles per section and recommendations. Where a unit has no content, a neutral sentence stands
 * in its place (never a prompt), so a report can always be signed as rendered.
 */
final class ContentTexts {

    private ContentTexts() {
    }

    static String background(ReportModel m, String fallback) {
        Content.Profile p = m.contentOrEmpty().profile();
        return p != null && notBlank(p.background()) ? p.background().strip() + "\n" : fallback;
    }

    static String tasksAndOrganisation(ReportModel m) {
        String unit = m.workUnit().name();
        Content.Profile p = m.contentOrEmpty().profile();
        if (p == null) {
            return unit + " melaksanakan tugas dan fungsi sesuai dengan ketentuan organisasi dan tata kerja yang "
                    + "berlaku bagi satuan kerja ini.\n";
        }
        StringBuilder sb = new StringBuilder();
        if (!empty(p.tasks())) {
            sb.append(unit).append(" mempunyai tugas dan fungsi sebagaimana tercantum dalam tabel Tugas dan Fungsi "
                    + "berikut.\n\n");
        }
        if (!empty(p.organisationUnits())) {
            sb.append("Susunan organisasi ").append(unit).append(" terdiri dari:\n\n");
            numbered(sb, p.organisationUnits(), o -> o.name() + (notBlank(o.abbreviation()) ? " (" + o.abbreviation() + ")" : ""));
            sb.append('\n');
        }
        Content.Staff staff = p.staff();
        if (staff != null && !empty(staff.byRankGroup())) {
            sb.append("Dalam melaksanakan tugas substantif dan fasilitatif, ").append(unit).append(" didukung oleh ")
                    .append(total(staff.byRankGroup())).append(" orang pegawai")
                    .append(staff.asOf() == null ? "" : " per " + id.sakip.commons.format.IdFormat.date(staff.asOf()))
                    .append(", dengan komposisi sebagaimana tabel Komposisi Pegawai.\n\n");
        }
        Content.WorkArea area = p.workArea();
        if (area != null) {
            if (notBlank(area.description())) {
                sb.append(area.description().strip()).append("\n\n");
            }
            if (!empty(area.areas())) {
                numbered(sb, area.areas(), a -> a.name() + (empty(a.parts()) ? "" : ": " + String.join(", ", a.parts())));
                sb.append('\n');
            }
        }
        if (!empty(p.servicePoints())) {
            sb.append(unit).append(" memiliki tempat pemeriksaan imigrasi dan tempat layanan berikut:\n\n");
            for (Content.ServicePoint s : p.servicePoints()) {
                sb.append("- ").append(s.name()).append(notBlank(s.description()) ? ": " + s.description().strip() : "")
                        .append('\n');
            }
        }
        return sb.length() == 0 ? unit + " melaksanakan tugas dan fungsi sesuai dengan ketentuan organisasi dan tata "
                + "kerja yang berlaku bagi satuan kerja ini.\n" : sb.toString();
    }

    static String strategicAspects(ReportModel m) {
        Content.Profile p = m.contentOrEmpty().profile();
        if (p == null || empty(p.strategicAspects())) {
            return "Aspek strategis " + m.workUnit().name() + " bersumber dari tugas dan fungsinya di bidang "
                    + "keimigrasian pada wilayah kerjanya.\n";
        }
        StringBuilder sb = new StringBuilder();
        if (notBlank(p.strategicAspectsIntro())) {
            sb.append(p.strategicAspectsIntro().strip()).append("\n\n");
        }
        numbered(sb, p.strategicAspects(), String::strip);
        return sb.toString();
    }

    static String strategicIssues(ReportModel m) {
        Content.Profile p = m.contentOrEmpty().profile();
        if (p == null || empty(p.strategicIssues())) {
            return "Tidak ada isu strategis yang dicatat untuk tahun " + m.year() + ".\n";
        }
        StringBuilder sb = new StringBuilder("Terdapat hal-hal yang perlu menjadi perhatian terkait isu-isu aktual "
                + "dalam lingkup kinerja " + m.workUnit().name() + ", di antaranya:\n\n");
        int n = 1;
        for (Content.Issue i : p.strategicIssues()) {
            sb.append("**").append(n++).append(". ").append(i.title().strip()).append("**\n\n")
                    .append(i.description().strip()).append("\n\n");
        }
        return sb.toString();
    }

    /** Vision, missions, goals and the cascade, after the sentence naming the plan. */
    static String direction(ReportModel m) {
        Content.Strategy s = m.contentOrEmpty().strategy();
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (notBlank(s.vision())) {
            sb.append("\n**Visi**\n\n*").append(s.vision().strip()).append("*\n");
        }
        if (!empty(s.missions())) {
            sb.append("\n**Misi**\n\n");
            numbered(sb, s.missions(), String::strip);
        }
        if (!empty(s.goals())) {
            sb.append("\n**Tujuan**\n\n");
            numbered(sb, s.goals(), String::strip);
        }
        List<Content.CascadeNode> cascade = s.cascade() == null ? List.of() : s.cascade();
        List<Content.CascadeNode> strategic = cascade.stream().filter(c -> "STRATEGIC".equals(c.level())).toList();
        if (!strategic.isEmpty()) {
            sb.append("\n**Sasaran Strategis**\n\n");
            numbered(sb, strategic, ss -> ss.code() + ": " + ss.name());
            List<String> cascaded = new java.util.ArrayList<>();
            for (Content.CascadeNode ss : strategic) {
                for (Content.CascadeNode child : below(cascade, ss.code())) {
                    cascaded.add(child.name() + " (mendukung " + ss.code() + ")");
                    below(cascade, child.code()).forEach(g -> cascaded.add(g.name() + " (mendukung " + ss.code() + ")"));
                }
            }
            if (!cascaded.isEmpty()) {
                sb.append("\nDari sasaran strategis tersebut, *cascading* kinerja dilakukan hingga tingkat satuan kerja "
                        + "dalam ").append(cascaded.size()).append(" sasaran kegiatan berikut:\n\n");
                cascaded.forEach(c -> sb.append("- ").append(c).append('\n'));
            }
        }
        return sb.toString();
    }

    /** The analysis of one indicator after the sentence stating whether it met its target. */
    static String analysis(ReportModel m, String indicator, String verdict) {
        Content.Narrative n = m.contentOrEmpty().narrative();
        Content.IndicatorNarrative a = n == null || n.indicators() == null ? null : n.indicators().stream()
                .filter(i -> indicator.equals(i.indicator())).findFirst().orElse(null);
        StringBuilder sb = new StringBuilder(verdict).append("\n");
        if (a == null) {
            return sb.append("\nTidak ada catatan tambahan mengenai penyebab capaian indikator ini pada tahun ")
                    .append(m.year()).append(".\n").toString();
        }
        part(sb, "Penyebab keberhasilan/kegagalan", a.causes());
        part(sb, Boolean.TRUE.equals(a.prefilled()) ? "Catatan realisasi triwulanan" : "Upaya yang telah dilakukan",
                a.actions());
        part(sb, "Kendala", a.obstacles());
        part(sb, "Solusi dan tindak lanjut", a.followUp());
        return sb.toString();
    }

    static String efficiency(ReportModel m) {
        Content.Narrative n = m.contentOrEmpty().narrative();
        if (n == null || empty(n.efficiency())) {
            return "Tidak ada catatan efisiensi penggunaan sumber daya untuk tahun " + m.year() + ".\n";
        }
        StringBuilder sb = new StringBuilder("Dalam pelaksanaan seluruh sasaran kegiatan, telah dilakukan efisiensi "
                + "sumber daya yang tersedia di " + m.workUnit().name() + ", di antaranya:\n\n");
        groups(sb, n.efficiency());
        return sb.toString();
    }

    static String otherAchievements(ReportModel m) {
        Content.OtherAchievements o = m.contentOrEmpty().otherAchievements();
        if (o == null) {
            return "Tidak ada capaian kinerja lainnya yang dicatat untuk tahun " + m.year() + ".\n";
        }
        StringBuilder sb = new StringBuilder("Selain capaian indikator kinerja, berikut capaian lainnya "
                + m.workUnit().name() + " pada tahun " + m.year() + ".\n\n");
        int n = 1;
        if (notBlank(o.ePerformance())) {
            sb.append("**").append(n++).append(". Pengisian e-Performance**\n\n").append(o.ePerformance().strip()).append("\n\n");
        }
        if (notBlank(o.eMonev())) {
            sb.append("**").append(n++).append(". E-Monev Bappenas**\n\n").append(o.eMonev().strip()).append("\n\n");
        }
        if (notBlank(o.regionalContribution())) {
            sb.append("**").append(n++).append(". Kontribusi terhadap Perjanjian Kinerja Kantor Wilayah**\n\n")
                    .append(o.regionalContribution().strip()).append("\n\n");
        }
        if (!empty(o.innovations())) {
            sb.append("**").append(n++).append(". Inovasi**\n\n");
            numbered(sb, o.innovations(), i -> "**" + i.name() + "**" + (notBlank(i.expansion()) ? " (" + i.expansion() + ")" : "")
                    + ": " + i.description().strip());
            sb.append('\n');
        }
        if (!empty(o.awards())) {
            sb.append("**").append(n).append(". Penghargaan**\n\n");
            numbered(sb, o.awards(), a -> a.name().strip() + (notBlank(a.grantor()) ? " dari " + a.grantor().strip() : "")
                    + (a.date() == null ? "" : " (" + id.sakip.commons.format.IdFormat.date(a.date()) + ")"));
        }
        return sb.toString();
    }

    /** The executive summary's paragraph on innovations and awards; empty when the unit recorded none. */
    static String innovationsAndAwards(ReportModel m) {
        Content.OtherAchievements o = m.contentOrEmpty().otherAchievements();
        if (o == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (!empty(o.innovations())) {
            sb.append("\nDalam rangka peningkatan layanan kepada masyarakat, pada tahun ").append(m.year()).append(' ')
                    .append(m.workUnit().name()).append(" menjalankan inovasi ");
            List<String> names = o.innovations().stream().map(i -> i.name()
                    + (notBlank(i.expansion()) ? " (" + i.expansion() + ")" : "")).toList();
            sb.append(String.join(", ", names)).append(".\n");
        }
        if (!empty(o.awards())) {
            sb.append("\nPenghargaan yang diraih pada tahun ").append(m.year()).append(": ")
                    .append(String.join("; ", o.awards().stream().map(a -> a.name().strip()
                            + (notBlank(a.grantor()) ? " dari " + a.grantor().strip() : "")).toList())).append(".\n");
        }
        return sb.toString();
    }

    static String obstacles(ReportModel m) {
        Content.Narrative n = m.contentOrEmpty().narrative();
        if (n == null || empty(n.obstacles())) {
            return "Tidak ada kendala per seksi yang dicatat untuk tahun " + m.year() + ".\n";
        }
        StringBuilder sb = new StringBuilder("Isu strategis dan kondisi yang dihadapi serta berpotensi menghambat "
                + "capaian kinerja " + m.workUnit().name() + " adalah:\n\n");
        groups(sb, n.obstacles());
        return sb.toString();
    }

    static String recommendations(ReportModel m, String fallback) {
        Content.Narrative n = m.contentOrEmpty().narrative();
        if (n == null || empty(n.recommendations())) {
            return fallback;
        }
        StringBuilder sb = new StringBuilder("Berdasarkan analisis capaian kinerja tahun " + m.year()
                + ", disampaikan rekomendasi berikut:\n\n");
        numbered(sb, n.recommendations(), String::strip);
        return sb.toString();
    }

    private static List<Content.CascadeNode> below(List<Content.CascadeNode> all, String parent) {
        return all.stream().filter(c -> parent.equals(c.parent())).toList();
    }

    private static void part(StringBuilder sb, String label, String text) {
        if (notBlank(text)) {
            sb.append("\n**").append(label).append("**\n\n").append(text.strip()).append('\n');
        }
    }

    private static void groups(StringBuilder sb, List<Content.Group> groups) {
        int n = 1;
        for (Content.Group g : groups) {
            sb.append("**").append(n++).append(". ").append(g.title().strip()).append("**\n\n");
            for (String item : g.items() == null ? List.<String>of() : g.items()) {
                sb.append("- ").append(item.strip()).append('\n');
            }
            sb.append('\n');
        }
    }

    private static <T> void numbered(StringBuilder sb, List<T> items, Function<T, String> text) {
        int n = 1;
        for (T item : items) {
            sb.append(n++).append(". ").append(text.apply(item)).append('\n');
        }
    }

    static int total(List<Content.Count> counts) {
        return counts.stream().mapToInt(c -> c.count() == null ? 0 : c.count()).sum();
    }

    private static boolean empty(List<?> l) {
        return l == null || l.isEmpty();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
