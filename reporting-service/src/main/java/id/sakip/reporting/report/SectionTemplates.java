package id.sakip.reporting.report;

import id.sakip.reporting.client.dto.Scorecard;
import id.sakip.reporting.render.Fmt;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections of judgement (foreword, background, analysis, recommendations…): each starts from a sensible
 * Indonesian template built from the data, and the planner edits it (Markdown). Unedited sections follow the
 * data on re-assembly; edited ones are kept.
 */
@ApplicationScoped
public class SectionTemplates {

    /** A section's key, title and starting text. */
    public record Template(String key, String title, String markdown) {
    }

    public static final String FOREWORD = "kata-pengantar";
    public static final String RECOMMENDATIONS = "saran";
    public static final String ANALYSIS_PREFIX = "analisis-";
    public static final String OBSTACLES = "bab4-kendala";

    public List<Template> templates(ReportModel m) {
        String unit = m.workUnit().name();
        int y = m.year();
        String plan = m.scorecard().plan() == null ? "Rencana Strategis" : m.scorecard().plan().name();
        String parent = m.agreementInForce() == null || m.agreementInForce().secondParty() == null ? "atasan langsung"
                : m.agreementInForce().secondParty().position();
        List<Template> out = new ArrayList<>();
        out.add(new Template(FOREWORD, "Kata Pengantar", """
                Puji dan syukur kita panjatkan kehadirat Tuhan Yang Maha Esa, karena berkat rahmat dan karunia-Nya \
                Laporan Kinerja %1$s Tahun %2$d dapat disusun sesuai dengan rencana.

                Laporan Kinerja Instansi Pemerintah (LKjIP) merupakan perwujudan akuntabilitas dan transparansi \
                pelaksanaan tugas dan fungsi serta penggunaan anggaran, disusun berdasarkan Peraturan Presiden Nomor 29 \
                Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah dan Peraturan Menteri PANRB Nomor 53 \
                Tahun 2014.

                Semoga laporan ini bermanfaat sebagai bahan evaluasi dan peningkatan kinerja %1$s di masa mendatang.
                """.formatted(unit, y)));
        out.add(new Template("bab1-latar-belakang", "A. Latar Belakang", ContentTexts.background(m, """
                %1$s merupakan unit pelaksana teknis yang melaksanakan sebagian tugas dan fungsi %2$s di bidang \
                keimigrasian. Sebagai wujud akuntabilitas, setiap tahun disusun Laporan Kinerja yang membandingkan \
                target dalam Perjanjian Kinerja dengan realisasinya.
                """.formatted(unit, parent))));
        out.add(new Template("bab1-tugas-fungsi", "B. Tugas, Fungsi dan Struktur Organisasi",
                ContentTexts.tasksAndOrganisation(m)));
        out.add(new Template("bab1-maksud-tujuan", "C. Maksud dan Tujuan", """
                Laporan Kinerja ini dimaksudkan sebagai pertanggungjawaban kinerja %1$s Tahun %2$d, dan bertujuan \
                memberikan informasi capaian kinerja kepada pimpinan dan pemangku kepentingan serta menjadi bahan \
                perbaikan perencanaan dan pelaksanaan kegiatan tahun berikutnya.
                """.formatted(unit, y)));
        out.add(new Template("bab1-aspek-strategis", "D. Aspek Strategis", ContentTexts.strategicAspects(m)));
        out.add(new Template("bab1-isu-strategis", "E. Isu Strategis", ContentTexts.strategicIssues(m)));
        out.add(new Template("bab2-renstra", "A. Rencana Strategis", """
                Perencanaan kinerja %1$s berpedoman pada %2$s, yang menetapkan sasaran kegiatan dan indikator kinerja \
                kegiatan yang menjadi target kinerja satuan kerja.
                """.formatted(unit, plan) + ContentTexts.direction(m)));
        for (Scorecard.Objective o : m.scorecard().objectives()) {
            for (Scorecard.Indicator i : o.indicators()) {
                String verdict = i.achievement() == null ? "belum dapat diukur"
                        : i.achievement().signum() >= 0 && i.achievement().compareTo(java.math.BigDecimal.valueOf(100)) >= 0
                        ? "telah mencapai target dengan capaian " + Fmt.pct(i.achievement())
                        : "belum mencapai target, dengan capaian " + Fmt.pct(i.achievement());
                out.add(new Template(ANALYSIS_PREFIX + i.code(), "Analisis keberhasilan/kegagalan " + i.name(),
                        ContentTexts.analysis(m, i.code(), "Indikator " + i.name() + " " + verdict + ".")));
            }
        }
        out.add(new Template("bab3-efisiensi", "Efisiensi Penggunaan Sumber Daya", ContentTexts.efficiency(m)));
        out.add(new Template("bab3-lainnya", "Capaian Kinerja Lainnya", ContentTexts.otherAchievements(m)));
        out.add(new Template(OBSTACLES, "Kendala dan Hambatan", ContentTexts.obstacles(m)));
        out.add(new Template(RECOMMENDATIONS, "B. Saran", ContentTexts.recommendations(m, """
                Berdasarkan capaian kinerja tahun %1$d, disampaikan rekomendasi berikut:

                1. Memperkuat koordinasi dengan aparat penegak hukum terkait dalam penanganan pelanggaran keimigrasian.
                2. Meningkatkan sosialisasi layanan keimigrasian kepada masyarakat secara masif dan inovatif.
                3. Menyusun rencana penarikan dana (RPD) secara tepat dan memantaunya setiap bulan.
                """.formatted(y))));
        return out;
    }
}
