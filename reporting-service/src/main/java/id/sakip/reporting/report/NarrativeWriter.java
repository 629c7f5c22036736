package id.sakip.reporting.report;

import id.sakip.reporting.client.dto.BudgetYear;
import id.sakip.reporting.client.dto.RevenueYear;
import id.sakip.reporting.client.dto.Scorecard;
import id.sakip.reporting.render.Fmt;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sections that state facts, written in Indonesian from the data (Markdown): the executive summary and the
 * conclusion. They are regenerated on every assembly; the sections of judgement live in {@link SectionTemplates}.
 */
@ApplicationScoped
public class NarrativeWriter {

    public Map<String, String> facts(ReportModel m) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ikhtisar", executiveSummary(m));
        out.put("kesimpulan", conclusion(m));
        return out;
    }

    String executiveSummary(ReportModel m) {
        String unit = m.workUnit().name();
        Scorecard s = m.scorecard();
        StringBuilder sb = new StringBuilder();
        sb.append("Laporan Kinerja Instansi Pemerintah (LKjIP) ").append(unit).append(" Tahun ").append(m.year())
                .append(" menyajikan capaian kinerja atas Perjanjian Kinerja tahun ").append(m.year())
                .append(" berdasarkan ").append(s.plan() == null ? "Rencana Strategis" : s.plan().name()).append(".\n\n");
        sb.append("Perjanjian Kinerja memuat ").append(Fmt.counted(s.objectives().size()))
                .append(" Sasaran Kegiatan. Seluruh sasaran kinerja kegiatan dilaksanakan dengan rata-rata capaian kinerja sebesar **")
                .append(Fmt.pct(s.overallAverageAchievement())).append("**, dengan rincian sebagai berikut:\n\n");
        int n = 1;
        for (Scorecard.Objective o : s.objectives()) {
            sb.append(n++).append(". Sasaran Kegiatan ").append(o.name()).append(" memiliki ")
                    .append(Fmt.counted(o.indicators().size())).append(" indikator kinerja kegiatan: ");
            for (int i = 0; i < o.indicators().size(); i++) {
                Scorecard.Indicator ind = o.indicators().get(i);
                if (i > 0) {
                    sb.append(i == o.indicators().size() - 1 ? " serta " : "; ");
                }
                sb.append(ind.name()).append(" dengan capaian ").append(Fmt.pct(ind.achievement()));
            }
            sb.append("; rata-rata capaian sasaran ").append(Fmt.pct(o.averageAchievement())).append(".\n");
        }
        BudgetYear b = m.budget(m.year());
        BudgetYear prev = m.budget(m.year() - 1);
        if (b != null) {
            sb.append("\nRealisasi belanja ").append(unit).append(" tahun ").append(m.year()).append(" adalah sebesar ")
                    .append(Fmt.rp(b.realization())).append(" atau ").append(Fmt.pct(b.absorption()))
                    .append(" dari total anggaran ").append(Fmt.rp(b.ceiling())).append('.');
            if (prev != null) {
                String trend = b.absorption() != null && prev.absorption() != null
                        ? (b.absorption().compareTo(prev.absorption()) >= 0 ? "meningkat" : "menurun") : "berubah";
                sb.append(" Persentase penyerapan ").append(trend).append(" dibandingkan tahun ").append(prev.year())
                        .append(" sebesar ").append(Fmt.pct(prev.absorption())).append(" (realisasi ")
                        .append(Fmt.rp(prev.realization())).append(" dari anggaran ").append(Fmt.rp(prev.ceiling())).append(").");
            }
            sb.append('\n');
        }
        RevenueYear r = m.revenue(m.year());
        if (r != null) {
            sb.append("\nRealisasi Penerimaan Negara Bukan Pajak (PNBP) tahun ").append(m.year()).append(" sebesar ")
                    .append(Fmt.rp(r.realization()));
            if (r.target() != null) {
                sb.append(" atau ").append(Fmt.pct(r.percentOfTarget())).append(" dari target ").append(Fmt.rp(r.target()));
            }
            sb.append(".\n");
        }
        sb.append(ContentTexts.innovationsAndAwards(m));
        return sb.toString();
    }

    String conclusion(ReportModel m) {
        Scorecard s = m.scorecard();
        StringBuilder sb = new StringBuilder();
        sb.append("Selama periode Januari s.d. Desember ").append(m.year()).append(", ").append(m.workUnit().name())
                .append(" melaksanakan tugas dan fungsi sesuai Perjanjian Kinerja dengan hasil sebagai berikut:\n\n");
        sb.append("1. Target kinerja yang tertuang dalam Perjanjian Kinerja telah dilaksanakan dengan rincian:\n");
        char letter = 'a';
        for (Scorecard.Objective o : s.objectives()) {
            sb.append("   - ").append(letter++).append(". Sasaran Kegiatan \"").append(o.name()).append("\": ");
            for (int i = 0; i < o.indicators().size(); i++) {
                Scorecard.Indicator ind = o.indicators().get(i);
                if (i > 0) {
                    sb.append("; ");
                }
                sb.append(ind.name()).append(" sebesar ").append(Fmt.pct(ind.achievement()));
            }
            sb.append(".\n");
        }
        sb.append("\n   Rata-rata capaian seluruh sasaran kegiatan sebesar **").append(Fmt.pct(s.overallAverageAchievement()))
                .append("**.\n");
        BudgetYear b = m.budget(m.year());
        if (b != null) {
            sb.append("2. Realisasi anggaran belanja tahun ").append(m.year()).append(" sebesar ").append(Fmt.rp(b.realization()))
                    .append(" atau ").append(Fmt.pct(b.absorption())).append(" dari total anggaran ")
                    .append(Fmt.rp(b.ceiling())).append(".\n");
        }
        RevenueYear r = m.revenue(m.year());
        if (r != null) {
            sb.append("3. Realisasi PNBP tahun ").append(m.year()).append(" sebesar ").append(Fmt.rp(r.realization()));
            if (r.target() != null) {
                sb.append(" atau ").append(Fmt.pct(r.percentOfTarget())).append(" dari target ").append(Fmt.rp(r.target()));
            }
            sb.append(".\n");
        }
        return sb.toString();
    }
}
