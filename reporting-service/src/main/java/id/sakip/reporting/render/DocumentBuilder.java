package id.sakip.reporting.render;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.commons.format.IdFormat;
import id.sakip.reporting.client.dto.Agreement;
import id.sakip.reporting.client.dto.BudgetScores;
import id.sakip.reporting.client.dto.BudgetYear;
import id.sakip.reporting.client.dto.RevenueYear;
import id.sakip.reporting.client.dto.Scorecard;
import id.sakip.reporting.report.ReportModel;
import id.sakip.reporting.report.SectionTemplates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.sakip.reporting.render.Cells.amount;
import static id.sakip.reporting.render.Cells.dec;
import static id.sakip.reporting.render.Cells.head;
import static id.sakip.reporting.render.Cells.integer;
import static id.sakip.reporting.render.Cells.inUnit;
import static id.sakip.reporting.render.Cells.money;
import static id.sakip.reporting.render.Cells.pct;
import static id.sakip.reporting.render.Cells.row;
import static id.sakip.reporting.render.Cells.span;
import static id.sakip.reporting.render.Cells.strong;
import static id.sakip.reporting.render.Cells.strongRow;
import static id.sakip.reporting.render.Cells.txt;

/**
 * Lays out an LKjIP in the structure and table numbering of the reference report (Tabel II.3, III.1 … III.35) from
 * the report model, the narrative sections and the approval. Every figure comes from the model; the sentences
 * around the tables are written here from the same figures.
 */
public final class DocumentBuilder {

    /** A narrative section's title and Markdown text. */
    public record Text(String title, String markdown) {
    }

    /** Who approved the report, where and when (from the approval workflow): the signature of the foreword. */
    public record Signature(String name, String nip, String position, String place, LocalDate date) {
    }

    private static final String[] MONTH_NAMES = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final Map<String, String> MEASURES = Map.of(
            "DEPORTATION", "Deportasi",
            "DEPORTATION_AND_PROPOSED_ENTRY_BAN", "Deportasi dan usulan penangkalan",
            "RESIDENCE_OBLIGATION", "Keharusan bertempat tinggal di suatu tempat",
            "STAY_PERMIT_RESTRICTION_OR_CANCELLATION", "Pembatasan, perubahan atau pembatalan izin tinggal",
            "PLACE_PROHIBITION", "Larangan berada di tempat tertentu",
            "COST_CHARGE", "Pengenaan biaya beban");
    private static final Map<String, String> SPENDING = Map.of("PERSONNEL", "Belanja Pegawai", "GOODS", "Belanja Barang",
            "CAPITAL", "Belanja Modal");

    private final ReportModel m;
    private final Map<String, Text> texts;
    private final String status;
    private final Signature signed;
    private final List<Doc.Table> tables = new ArrayList<>();
    private final List<Doc.Figure> figures = new ArrayList<>();
    private String chapter = "";
    private int tableNo;
    private int figureNo;

    private DocumentBuilder(ReportModel m, Map<String, Text> texts, String status, Signature signed) {
        this.m = m;
        this.texts = texts;
        this.status = status;
        this.signed = signed;
    }

    /** @param signed the approval, or null while the report is not approved (the foreword is then an unsigned draft) */
    public static Doc.Document build(ReportModel m, Map<String, Text> texts, String status, Signature signed) {
        return new DocumentBuilder(m, texts, status, signed).document();
    }

    private Doc.Document document() {
        List<Doc.Chapter> chapters = new ArrayList<>();
        chapters.add(new Doc.Chapter("kata-pengantar", "", "KATA PENGANTAR", true, true,
                List.of(new Doc.Section("kata-pengantar-isi", null, 2, List.of(md(SectionTemplates.FOREWORD), signature())))));
        chapters.add(new Doc.Chapter("ikhtisar", "", "IKHTISAR EKSEKUTIF", true, true,
                List.of(new Doc.Section("ikhtisar-isi", null, 2, summary()))));
        chapters.add(chapterI());
        chapters.add(chapterII());
        chapters.add(chapterIII());
        chapters.add(chapterIV());
        chapters.add(attachments());
        Agreement pk = m.agreementInForce();
        Doc.Cover cover = new Doc.Cover(m.workUnit().name(), m.year(), m.workUnit().address(), m.workUnit().email(),
                signed == null ? null : signed.place(), signed == null || signed.date() == null ? null : IdFormat.date(signed.date()),
                pk == null || pk.firstParty() == null ? null : pk.firstParty().name(),
                pk == null || pk.firstParty() == null ? null : pk.firstParty().position(),
                pk == null || pk.secondParty() == null ? null : pk.secondParty().position());
        return new Doc.Document("Laporan Kinerja Instansi Pemerintah " + m.workUnit().name() + " Tahun " + m.year(),
                cover, chapters, tables, figures, status, IdFormat.date(LocalDate.now(ZoneId.of("Asia/Jakarta"))));
    }

    // ---------------------------------------------------------------- Bab I

    private Doc.Chapter chapterI() {
        chapter = "I";
        List<Doc.Section> s = new ArrayList<>();
        for (String key : List.of("bab1-latar-belakang", "bab1-tugas-fungsi", "bab1-maksud-tujuan", "bab1-aspek-strategis",
                "bab1-isu-strategis")) {
            List<Doc.Block> blocks = new ArrayList<>(List.of(md(key)));
            if (key.equals("bab1-tugas-fungsi")) {
                blocks.addAll(numbered(ContentTables.organisation(m.contentOrEmpty().profile(), m.workUnit().name())));
            }
            s.add(new Doc.Section(key, title(key), 2, blocks));
        }
        s.add(section("bab1-sistematika", "F. Sistematika Laporan", Doc.Block.html(Markdown.toHtml("""
                Laporan Kinerja ini disusun dengan sistematika sebagai berikut:

                1. BAB I PENDAHULUAN: latar belakang, tugas dan fungsi, maksud dan tujuan, aspek dan isu strategis.
                2. BAB II PERENCANAAN KINERJA: rencana strategis dan Perjanjian Kinerja tahun %d.
                3. BAB III AKUNTABILITAS KINERJA: capaian kinerja organisasi, realisasi anggaran, capaian kinerja anggaran dan capaian kinerja lainnya.
                4. BAB IV PENUTUP: kesimpulan dan saran.
                5. LAMPIRAN: Perjanjian Kinerja%s.
                """.formatted(m.year(), riskAnnexPresent() ? " dan Manajemen Risiko" : "")))));
        return new Doc.Chapter("bab-1", "BAB I", "PENDAHULUAN", true, true, s);
    }

    // ---------------------------------------------------------------- Bab II

    private Doc.Chapter chapterII() {
        chapter = "II";
        tableNo = 0;
        List<Doc.Section> s = new ArrayList<>();
        List<Doc.Block> renstra = new ArrayList<>();
        renstra.add(md("bab2-renstra"));
        renstra.add(Doc.Block.html("<p>Dalam melaksanakan tugas, seluruh pegawai berpedoman pada nilai-nilai dasar ASN dan nilai-nilai organisasi berikut.</p>"));
        renstra.add(table("Nilai-Nilai Dasar ASN \"BerAKHLAK\"", head("Nilai", "Panduan perilaku"), List.of(
                row(txt("Berorientasi Pelayanan"), txt("Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif dan dapat diandalkan")),
                row(txt("Akuntabel"), txt("Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi")),
                row(txt("Kompeten"), txt("Terus belajar dan mengembangkan kapabilitas")),
                row(txt("Harmonis"), txt("Saling peduli dan menghargai perbedaan")),
                row(txt("Loyal"), txt("Berdedikasi dan mengutamakan kepentingan bangsa dan negara")),
                row(txt("Adaptif"), txt("Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan")),
                row(txt("Kolaboratif"), txt("Membangun kerja sama yang sinergis"))), false));
        renstra.add(table("Nilai-Nilai PASTI", head("Nilai", "Makna"), List.of(
                row(txt("Profesional"), txt("Aparatur yang bekerja keras untuk mencapai tujuan organisasi melalui penguasaan bidang tugasnya")),
                row(txt("Akuntabel"), txt("Setiap kegiatan dapat dipertanggungjawabkan kepada masyarakat")),
                row(txt("Sinergi"), txt("Membangun kerja sama yang produktif dengan pemangku kepentingan")),
                row(txt("Transparan"), txt("Menjamin akses dan kebebasan masyarakat memperoleh informasi")),
                row(txt("Inovatif"), txt("Mendukung kreativitas dan mengembangkan inisiatif untuk selalu melakukan pembaharuan"))), false));
        s.add(new Doc.Section("bab2-renstra", "A. Rencana Strategis", 2, renstra));
        List<Doc.Block> pk = new ArrayList<>();
        Agreement a = m.agreementInForce();
        if (a == null) {
            pk.add(Doc.Block.html("<p>Perjanjian Kinerja tahun " + m.year() + " belum tercatat.</p>"));
        } else {
            String parties = a.firstParty() == null ? "" : " antara " + esc(a.firstParty().position())
                    + (a.secondParty() == null ? "" : " dengan " + esc(a.secondParty().position()));
            pk.add(Doc.Block.html("<p>Perjanjian Kinerja tahun " + m.year() + parties + " (revisi " + a.revision()
                    + (a.signedOn() == null ? "" : ", ditandatangani " + IdFormat.date(a.signedOn())) + ") memuat target "
                    + "kinerja dan anggaran berikut:</p>"));
            pk.add(agreementTable(a, "Perjanjian Kinerja Tahun " + m.year() + " " + m.workUnit().name(), true));
            BudgetYear b = m.budget(m.year());
            if (b != null) {
                StringBuilder t = new StringBuilder("<p>Sesuai DIPA Tahun Anggaran ").append(m.year())
                        .append(", pelaksanaan program dan kegiatan memperoleh dukungan anggaran sebesar ")
                        .append(Fmt.rp(b.ceiling()));
                if (b.bySpendingType() != null && !b.bySpendingType().isEmpty()) {
                    t.append(", terdiri atas ");
                    List<String> parts = b.bySpendingType().stream()
                            .map(l -> spendingName(l).toLowerCase() + " sebesar " + Fmt.rp(l.ceiling())).toList();
                    t.append(String.join(", ", parts));
                }
                if (b.byFundingSource() != null && !b.byFundingSource().isEmpty()) {
                    t.append("; bersumber dari ").append(String.join(" dan ", b.byFundingSource().stream()
                            .map(l -> ("RM".equals(l.key()) ? "Rupiah Murni (RM)" : "PNBP".equals(l.key())
                                    ? "Penerimaan Negara Bukan Pajak (PNBP)" : l.key()) + " sebesar " + Fmt.rp(l.ceiling())).toList()));
                }
                t.append(".</p>");
                if (b.revisions() != null && b.revisions().size() > 1) {
                    t.append("<p>Selama tahun berjalan DIPA direvisi: ");
                    List<String> steps = new ArrayList<>();
                    for (int k = 0; k < b.revisions().size(); k++) {
                        steps.add(revisionLabel(k, b.revisions().size()) + " " + Fmt.rp(b.revisions().get(k).ceiling()));
                    }
                    t.append(String.join("; ", steps));
                    t.append(".</p>");
                }
                pk.add(Doc.Block.html(t.toString()));
            }
        }
        s.add(new Doc.Section("bab2-pk", "B. Perjanjian Kinerja", 2, pk));
        return new Doc.Chapter("bab-2", "BAB II", "PERENCANAAN KINERJA", true, true, s);
    }

    private Doc.Block agreementTable(Agreement a, String title, boolean numbered) {
        List<Doc.Row> rows = new ArrayList<>();
        Map<String, String> objectiveNames = objectiveNames();
        String lastObjective = null;
        int no = 0;
        for (Agreement.Target t : a.targets()) {
            boolean first = !t.objective().equals(lastObjective);
            if (first) {
                no++;
            }
            String objective = t.objectiveName() != null ? t.objectiveName() : objectiveNames.getOrDefault(t.objective(), t.objective());
            rows.add(row(txt(first ? Integer.toString(no) : ""), txt(first ? objective : ""),
                    txt(t.indicatorName()), inUnit(t.target(), t.unit())));
            lastObjective = t.objective();
        }
        rows.add(strongRow(span("Program / Kegiatan", 3), txt("Anggaran")));
        String lastProgram = null;
        for (Agreement.BudgetLine l : a.budget()) {
            if (!l.program().equals(lastProgram)) {
                long programTotal = a.budget().stream().filter(x -> x.program().equals(l.program()))
                        .mapToLong(x -> x.amount() == null ? 0 : x.amount()).sum();
                rows.add(strongRow(span(l.program(), 3), money(programTotal)));
                lastProgram = l.program();
            }
            rows.add(row(span(l.activity(), 3), money(l.amount())));
        }
        rows.add(strongRow(span("Total", 3), money(a.budgetTotal())));
        Doc.Table t = new Doc.Table(id(), numbered ? next() : null, title,
                head("No", "Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target"), rows, false, null);
        if (numbered) {
            tables.add(t);
        }
        return Doc.Block.table(t);
    }

    // ---------------------------------------------------------------- Bab III

    private Doc.Chapter chapterIII() {
        chapter = "III";
        tableNo = 0;
        figureNo = 0;
        List<Doc.Section> s = new ArrayList<>();
        s.add(performance());
        int objectiveLetter = 0;
        for (Scorecard.Objective o : m.scorecard().objectives()) {
            s.add(new Doc.Section("sk-" + o.code(), (char) ('a' + objectiveLetter++) + ". Sasaran Kegiatan " + o.name(), 3,
                    List.of(Doc.Block.html("<p>Terdapat " + Fmt.counted(o.indicators().size())
                            + " indikator untuk mengukur keberhasilan sasaran kegiatan ini, dengan rata-rata capaian "
                            + Fmt.pct(o.averageAchievement()) + ".</p>"))));
            for (Scorecard.Indicator i : o.indicators()) {
                s.add(indicator(i, indicatorNumber(i)));
            }
        }
        s.add(section("bab3-efisiensi", "Efisiensi Penggunaan Sumber Daya", md("bab3-efisiensi")));
        s.add(budgetSection());
        s.add(budgetPerformance());
        s.add(otherAchievements());
        return new Doc.Chapter("bab-3", "BAB III", "AKUNTABILITAS KINERJA", true, true, s);
    }

    private int indicatorNumber(Scorecard.Indicator target) {
        int n = 0;
        for (Scorecard.Objective o : m.scorecard().objectives()) {
            for (Scorecard.Indicator i : o.indicators()) {
                n++;
                if (i == target) {
                    return n;
                }
            }
        }
        return n;
    }

    private Doc.Section performance() {
        Scorecard sc = m.scorecard();
        List<Doc.Block> b = new ArrayList<>();
        int indicators = sc.objectives().stream().mapToInt(o -> o.indicators().size()).sum();
        b.add(Doc.Block.html("<p>Pengukuran capaian kinerja dilakukan dengan membandingkan target setiap indikator "
                + "kinerja kegiatan dalam Perjanjian Kinerja dengan realisasinya pada tahun berjalan dan tahun-tahun "
                + "sebelumnya, dengan target jangka menengah, dan dengan standar nasional. Kinerja tahun " + m.year()
                + " diukur melalui " + Fmt.counted(sc.objectives().size()) + " Sasaran Kegiatan dengan "
                + Fmt.counted(indicators) + " Indikator Kinerja Kegiatan sebagai berikut:</p>"));
        List<Doc.Row> rows = new ArrayList<>();
        for (Scorecard.Objective o : sc.objectives()) {
            boolean first = true;
            int k = 1;
            for (Scorecard.Indicator i : o.indicators()) {
                rows.add(row(txt(first ? o.name() : ""), txt((o.indicators().size() > 1 ? (k++) + ". " : "") + i.name()),
                        inUnit(i.target(), i.unit()), realizationCell(i), pct(i.achievement())));
                first = false;
            }
            rows.add(strongRow(txt(""), txt("Rata-rata capaian Sasaran Kegiatan"), txt(""), txt(""), pct(o.averageAchievement())));
        }
        rows.add(strongRow(span("Rata-rata capaian seluruh Sasaran Kegiatan", 4), pct(sc.overallAverageAchievement())));
        BudgetYear budget = m.budget(m.year());
        if (budget != null) {
            rows.add(strongRow(span("Anggaran", 2), money(budget.ceiling()), money(budget.realization()), pct(budget.absorption())));
        }
        b.add(table("Target Capaian Kinerja", head("Sasaran Kegiatan", "Indikator Kinerja Kegiatan", "Target", "Realisasi", "Capaian"),
                rows, false));
        List<ChartRenderer.Point> points = new ArrayList<>();
        for (Scorecard.Objective o : sc.objectives()) {
            for (Scorecard.Indicator i : o.indicators()) {
                points.add(new ChartRenderer.Point(i.name(), i.achievement()));
            }
        }
        b.add(figure("Capaian Indikator Kinerja Kegiatan Tahun " + m.year(),
                ChartRenderer.bars(points, "%").withTarget(BigDecimal.valueOf(100))));
        List<String> years = new ArrayList<>();
        for (Scorecard.Objective o : sc.objectives()) {
            for (Scorecard.Indicator i : o.indicators()) {
                for (Scorecard.SeriesPoint p : safe(i.series())) {
                    String y = Integer.toString(p.year());
                    if (!years.contains(y)) {
                        years.add(y);
                    }
                }
            }
        }
        years.sort(String::compareTo);
        List<ChartRenderer.Series> series = new ArrayList<>();
        for (Scorecard.Objective o : sc.objectives()) {
            for (Scorecard.Indicator i : o.indicators()) {
                if (!"PERCENT".equals(i.unit())) {
                    continue;
                }
                List<BigDecimal> values = new ArrayList<>();
                for (String y : years) {
                    values.add(safe(i.series()).stream().filter(p -> Integer.toString(p.year()).equals(y)).findFirst()
                            .map(Scorecard.SeriesPoint::realization).orElse(null));
                }
                series.add(new ChartRenderer.Series(i.code() + " " + i.name(), values));
            }
        }
        if (!years.isEmpty()) {
            b.add(figure("Realisasi Indikator Kinerja Kegiatan (persentase) " + years.get(0) + "–" + years.get(years.size() - 1)
                    + "; tahun tanpa kasus tidak digambar", ChartRenderer.lines(years, series, "%")));
        }
        return new Doc.Section("bab3-a", "A. Capaian Kinerja " + m.workUnit().name(), 2, b);
    }

    private Doc.Section indicator(Scorecard.Indicator i, int number) {
        List<Doc.Block> b = new ArrayList<>();
        b.add(Doc.Block.html("<p class=\"sub\">a) Capaian Indikator Kinerja " + esc(i.name()) + "</p>"));
        b.add(Doc.Block.html(computation(i)));
        Doc.Block quarterly = quarterTable(i);
        if (quarterly != null) {
            b.add(quarterly);
        }
        b.addAll(registerTables(i));
        String derived = derivedNote(i);
        if (derived != null) {
            b.add(Doc.Block.html(derived));
        }
        // b) series
        b.add(Doc.Block.html("<p class=\"sub\">b) Perbandingan realisasi dan capaian dengan tahun-tahun sebelumnya</p>"));
        List<Doc.Row> rows = new ArrayList<>();
        boolean ratio = "RATIO".equals(i.kind());
        for (Scorecard.SeriesPoint p : safe(i.series())) {
            if (ratio) {
                rows.add(row(txt(Integer.toString(p.year())), integer(p.denominator()), integer(p.numerator()),
                        p.realization() == null ? txt("– (tidak ada kasus)") : pct(p.realization()),
                        p.target() == null ? txt("–") : inUnit(p.target(), i.unit()), pct(p.achievement())));
            } else {
                rows.add(row(txt(Integer.toString(p.year())), dec(p.value() != null ? p.value() : p.realization()),
                        p.target() == null ? txt("–") : inUnit(p.target(), i.unit()), pct(p.achievement())));
            }
        }
        String years = "";
        if (i.series() != null && !i.series().isEmpty()) {
            int first = i.series().get(0).year();
            int last = i.series().get(i.series().size() - 1).year();
            years = first == last ? " Tahun " + last : " Tahun " + first + "-" + last;
        }
        b.add(ratio
                ? table("Data " + i.name() + years, head("Tahun", shortLabel(i.denominatorLabel(), "Ditangani"),
                        shortLabel(i.numeratorLabel(), "Ditindaklanjuti"), "Realisasi", "Target", "Capaian"), rows, false)
                : table("Data " + i.name() + years, head("Tahun", "Nilai", "Target", "Capaian"), rows, false));
        // c) medium-term
        b.add(Doc.Block.html("<p class=\"sub\">c) Perbandingan dengan target jangka menengah</p>"));
        if (i.mediumTermTarget() != null && i.realization() != null) {
            boolean met = i.realization().compareTo(i.mediumTermTarget()) >= 0;
            b.add(Doc.Block.html("<p>Target jangka menengah (Renstra) indikator ini untuk tahun " + m.year() + " adalah "
                    + Fmt.inUnit(i.mediumTermTarget(), i.unit()) + ". Dengan realisasi " + Fmt.inUnit(i.realization(), i.unit())
                    + ", target jangka menengah " + (met ? "telah tercapai" : "belum tercapai") + ".</p>"));
        } else {
            b.add(Doc.Block.html("<p>Target jangka menengah untuk tahun " + m.year() + " tidak tersedia.</p>"));
        }
        // d) national benchmark
        b.add(Doc.Block.html("<p class=\"sub\">d) Perbandingan dengan standar nasional</p>"));
        Scorecard.Benchmark bm = i.benchmark() == null ? null
                : i.benchmark().imported() != null ? i.benchmark().imported() : i.benchmark().computed();
        if (bm != null) {
            boolean byValue = bm.averageValue() != null && bm.averageAchievement() == null;
            List<Doc.Row> br = List.of(row(integer(bm.workUnitCount() == null ? null : bm.workUnitCount().longValue()),
                    byValue ? dec(bm.averageValue()) : pct(bm.averageAchievement()),
                    byValue ? dec(i.value()) : pct(i.achievement()), pct(bm.ratio())));
            b.add(table("Capaian " + i.name() + " dibanding Standar Nasional Tahun " + m.year(),
                    head("Jumlah satuan kerja", byValue ? "Rata-rata nilai nasional" : "Rata-rata capaian nasional",
                            byValue ? "Nilai " + shortUnit() : "Capaian " + shortUnit(), "Perbandingan"), br, false));
            String own = byValue ? Fmt.dec(i.value()) : Fmt.pct(i.achievement());
            String avg = byValue ? Fmt.dec(bm.averageValue()) : Fmt.pct(bm.averageAchievement());
            b.add(Doc.Block.html("<p class=\"formula\">z = " + (byValue ? "nilai" : "capaian") + " satuan kerja / rata-rata "
                    + (byValue ? "nilai" : "capaian") + " nasional × 100% = " + own + " / " + avg + " × 100% = <strong>"
                    + Fmt.pct(bm.ratio()) + "</strong></p><p>Sumber rata-rata: "
                    + ("IMPORTED".equals(bm.source()) ? "data nasional yang diimpor" : "dihitung dari seluruh satuan kerja dalam sistem")
                    + benchmarkScope(bm.scope()) + ".</p>"));
        } else {
            b.add(Doc.Block.html("<p>Data standar nasional tidak tersedia.</p>"));
        }
        // e) analysis (editable)
        b.add(Doc.Block.html("<p class=\"sub\">e) Analisis keberhasilan atau kegagalan</p>"));
        b.add(md(SectionTemplates.ANALYSIS_PREFIX + i.code()));
        return new Doc.Section("ikk-" + i.code(), number + ". Indikator " + number + ": " + i.name(), 4, b);
    }

    private String shortUnit() {
        return "satuan kerja";
    }

    private String computation(Scorecard.Indicator i) {
        StringBuilder sb = new StringBuilder();
        if ("RATIO".equals(i.kind())) {
            sb.append("<p>Realisasi dihitung sebagai perbandingan ").append(esc(lower(i.numeratorLabel()))).append(" terhadap ")
                    .append(esc(lower(i.denominatorLabel()))).append(":</p>");
            sb.append("<p class=\"formula\">x = ").append(esc(i.numeratorLabel())).append(" / ").append(esc(i.denominatorLabel()))
                    .append(" × 100%<br/>x = ").append(Fmt.count(i.numerator())).append(" / ").append(Fmt.count(i.denominator()))
                    .append(" × 100% = <strong>").append(Fmt.pct(i.realization())).append("</strong></p>");
        } else {
            sb.append("<p>Realisasi indikator ini adalah nilai ").append("LAST".equals(i.yearAggregation())
                    ? "triwulan terakhir" : "AVERAGE".equals(i.yearAggregation()) ? "rata-rata triwulan" : "tahunan")
                    .append(" yang tercatat, yaitu <strong>").append(Fmt.dec(i.value())).append("</strong>.</p>");
        }
        if (Boolean.FALSE.equals(i.applicable()) || i.achievement() == null) {
            sb.append("<p>Capaian tidak dapat dihitung: ").append(esc(i.reason() == null ? "data tidak tersedia" : i.reason())).append(".</p>");
        } else {
            boolean lower = "LOWER_IS_BETTER".equals(i.polarity());
            sb.append("<p>Capaian dibandingkan dengan target Perjanjian Kinerja ").append(Fmt.inUnit(i.target(), i.unit())).append(":</p>");
            sb.append("<p class=\"formula\">y = ").append(lower ? "(2 × target − realisasi) / target" : "realisasi / target")
                    .append(" × 100%<br/>y = ").append(lower ? "(2 × " + Fmt.plain(i.target()) + " − " + Fmt.plain(i.realization()) + ")"
                            : Fmt.inUnit(i.realization(), i.unit()).replace(" (Indeks)", "")).append(" / ")
                    .append(Fmt.inUnit(i.target(), i.unit()).replace(" (Indeks)", "")).append(" × 100% = <strong>")
                    .append(Fmt.pct(i.achievement())).append("</strong></p>");
        }
        if (i.quarters() != null && !i.quarters().isEmpty()) {
            sb.append("<p>Realisasi dan capaian per triwulan (kumulatif sampai dengan triwulan itu) tercantum pada tabel berikut; "
                    + "tanda – berarti belum ada kasus sehingga capaian belum dapat dihitung.</p>");
        }
        return sb.toString();
    }

    private static String quarterLabel(String period) {
        return switch (period) {
            case "Q1" -> "TW I";
            case "Q2" -> "TW II";
            case "Q3" -> "TW III";
            case "Q4" -> "TW IV";
            default -> period;
        };
    }

    /** Q1-Q4: the quarter's own figures, year to date and the achievement so far; derived figures beside them. */
    private Doc.Block quarterTable(Scorecard.Indicator i) {
        if (i.quarters() == null || i.quarters().isEmpty()) {
            return null;
        }
        boolean ratio = "RATIO".equals(i.kind());
        Map<String, Scorecard.PeriodFigure> derived = new LinkedHashMap<>();
        if (i.derived() != null && i.derived().quarters() != null) {
            i.derived().quarters().forEach(q -> derived.put(q.period(), q));
        }
        boolean withDerived = !derived.isEmpty();
        List<Doc.Row> rows = new ArrayList<>();
        for (Scorecard.Quarter q : i.quarters()) {
            List<Doc.Cell> cells = new ArrayList<>();
            cells.add(txt(quarterLabel(q.period())));
            if (ratio) {
                cells.add(integer(q.denominator()));
                cells.add(integer(q.numerator()));
                cells.add(integer(q.ytdDenominator()));
                cells.add(integer(q.ytdNumerator()));
            } else {
                cells.add(dec(q.value()));
            }
            boolean na = Boolean.FALSE.equals(q.applicable());
            cells.add(na ? txt("–") : ratio ? pct(q.ytdRealization()) : dec(q.ytdRealization()));
            cells.add(na ? txt("–") : pct(q.ytdAchievement()));
            if (withDerived) {
                Scorecard.PeriodFigure d = derived.get(q.period());
                cells.add(d == null ? txt("–") : ratio ? txt(Fmt.count(whole(d.numerator())) + " / " + Fmt.count(whole(d.denominator())))
                        : dec(d.value()));
            }
            rows.add(new Doc.Row(cells, false));
        }
        List<String> head = new ArrayList<>(List.of("Triwulan"));
        if (ratio) {
            head.addAll(List.of("Penyebut", "Pembilang", "Penyebut s.d. TW", "Pembilang s.d. TW"));
        } else {
            head.add("Nilai");
        }
        head.addAll(List.of("Realisasi s.d. TW", "Capaian s.d. TW"));
        if (withDerived) {
            head.add(ratio ? "Menurut register (pembilang / penyebut)" : "Menurut register");
        }
        return supplement("Realisasi Triwulanan " + i.name() + " Tahun " + m.year(), head(head.toArray(String[]::new)), rows, ratio);
    }

    private static Long whole(BigDecimal v) {
        return v == null ? null : v.longValue();
    }

    /** Whether the entered realization agrees with the figures derived from the register by a derivation rule. */
    private String derivedNote(Scorecard.Indicator i) {
        Scorecard.Derived d = i.derived();
        if (d == null) {
            return null;
        }
        boolean ratio = "RATIO".equals(i.kind());
        String figures = ratio ? Fmt.count(whole(d.numerator())) + " / " + Fmt.count(whole(d.denominator()))
                : Fmt.dec(d.value());
        String rule = d.rule() == null ? "" : " (" + esc(d.rule()) + ")";
        if (Boolean.TRUE.equals(d.matchesEntered())) {
            return "<p>Realisasi yang dilaporkan sama dengan yang diturunkan dari data dukung" + rule + ": " + figures + ".</p>";
        }
        return "<p><strong>Catatan:</strong> data dukung" + rule + " menghasilkan " + figures
                + ", berbeda dengan realisasi yang dilaporkan.</p>";
    }

    private List<Doc.Block> registerTables(Scorecard.Indicator i) {
        List<Doc.Block> out = new ArrayList<>();
        JsonNode r = m.registers();
        if (r == null) {
            return out;
        }
        switch (i.code()) {
            case "IKK-1.1" -> {
                List<Doc.Row> rows = new ArrayList<>();
                int n = 1;
                for (JsonNode c : iter(r.get("justiceCases"))) {
                    for (JsonNode s : iter(c.get("suspects"))) {
                        rows.add(row(txt(Integer.toString(n++)), txt(s.path("name").asText()), txt(country(s.path("nationality").asText())),
                                txt(s.path("article").asText()), txt(c.path("stage").asText())));
                    }
                }
                if (!rows.isEmpty()) {
                    out.add(table("Data Pelanggaran Hukum Pro Yustisia Tahun " + m.year(),
                            head("No", "Nama Tersangka", "Kewarganegaraan", "Pasal Pelanggaran", "Tahapan"), rows, false));
                }
            }
            case "IKK-1.2" -> {
                JsonNode a = r.get("administrativeActionSummary");
                if (a != null && a.has("counts")) {
                    List<Doc.Row> rows = new ArrayList<>();
                    long total = 0;
                    for (JsonNode c : iter(a.get("counts"))) {
                        long n = c.path("count").asLong();
                        total += n;
                        rows.add(row(txt(MEASURES.getOrDefault(c.path("measure").asText(), c.path("measure").asText())), integer(n)));
                    }
                    rows.add(strongRow(txt("Jumlah tindakan"), integer(total)));
                    out.add(table("Data Tindakan Administratif Keimigrasian Tahun " + m.year(), head("Jenis Tindakan", "Jumlah"), rows, false));
                    if (i.denominator() != null) {
                        out.add(Doc.Block.html("<p>Satu orang asing dapat dikenai lebih dari satu tindakan, sehingga jumlah tindakan ("
                                + Fmt.count(total) + ") dapat melebihi jumlah kasus yang ditangani (" + Fmt.count(i.denominator()) + ").</p>"));
                    }
                }
            }
            case "IKK-2.1" -> {
                JsonNode d = r.get("serviceDetails");
                if (d != null && d.has("items")) {
                    List<Doc.Row> rows = new ArrayList<>();
                    for (JsonNode it : iter(d.get("items"))) {
                        rows.add(row(txt(serviceName(it.path("service").asText())), txt(it.path("item").asText()), integer(it.path("count").asLong())));
                    }
                    out.add(table("Data Layanan Keimigrasian yang Diterima Tahun " + m.year(), head("Layanan", "Rincian", "Jumlah"), rows, false));
                }
                List<Doc.Row> rows = new ArrayList<>();
                long rec = 0;
                long done = 0;
                for (JsonNode v : iter(r.get("serviceVolumes"))) {
                    rec += v.path("received").asLong();
                    done += v.path("completed").asLong();
                    rows.add(row(txt(v.path("label").asText()), integer(v.path("received").asLong()), integer(v.path("completed").asLong())));
                }
                if (!rows.isEmpty()) {
                    rows.add(strongRow(txt("Jumlah"), integer(rec), integer(done)));
                    out.add(table("Data Layanan Keimigrasian Tahun " + m.year(), head("Layanan", "Diterima", "Diselesaikan"), rows, false));
                }
            }
            case "IKK-3.1" -> {
                JsonNode plan = r.get("reformActionPlan");
                if (plan != null && plan.has("items")) {
                    Map<String, long[]> perQuarter = new LinkedHashMap<>();
                    for (String q : List.of("Q1", "Q2", "Q3", "Q4")) {
                        perQuarter.put(q, new long[2]);
                    }
                    Map<String, String> areas = new LinkedHashMap<>();
                    for (JsonNode a : iter(plan.get("areas"))) {
                        areas.put(a.path("number").asText(), a.path("name").asText());
                    }
                    List<Doc.Row> items = new ArrayList<>();
                    int n = 1;
                    for (JsonNode it : iter(plan.get("items"))) {
                        long[] c = perQuarter.computeIfAbsent(it.path("quarter").asText(), k -> new long[2]);
                        c[0]++;
                        if ("DONE".equals(it.path("status").asText())) {
                            c[1]++;
                        }
                        items.add(row(txt(Integer.toString(n++)), txt(quarterLabel(it.path("quarter").asText())),
                                txt(it.path("area").asText()), txt(it.path("activity").asText(null)),
                                txt(it.path("indicator").asText(null)), txt(RB_STATUS.getOrDefault(it.path("status").asText(), it.path("status").asText()))));
                    }
                    List<Doc.Row> rows = new ArrayList<>();
                    long planned = 0;
                    long done = 0;
                    for (Map.Entry<String, long[]> e : perQuarter.entrySet()) {
                        planned += e.getValue()[0];
                        done += e.getValue()[1];
                        rows.add(row(txt(quarterLabel(e.getKey())), integer(e.getValue()[0]), integer(e.getValue()[1]),
                                pct(e.getValue()[0] == 0 ? null : BigDecimal.valueOf(e.getValue()[1] * 100)
                                        .divide(BigDecimal.valueOf(e.getValue()[0]), 2, java.math.RoundingMode.HALF_UP))));
                    }
                    rows.add(strongRow(txt("Jumlah"), integer(planned), integer(done), pct(planned == 0 ? null
                            : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(planned), 2, java.math.RoundingMode.HALF_UP))));
                    out.add(supplement("Rencana Aksi Reformasi Birokrasi per Triwulan Tahun " + m.year(),
                            head("Triwulan", "Rencana Aksi", "Terlaksana", "Persentase"), rows, false));
                    if (!areas.isEmpty()) {
                        List<Doc.Row> arows = new ArrayList<>();
                        areas.forEach((k, v) -> arows.add(row(txt(k), txt(v))));
                        out.add(supplement("Area Perubahan Reformasi Birokrasi", head("No", "Area Perubahan"), arows, false));
                    }
                    out.add(supplement("Rincian Rencana Aksi Reformasi Birokrasi Tahun " + m.year(),
                            head("No", "Triwulan", "Area", "Kegiatan", "Indikator", "Status"), items, true));
                }
            }
            case "IKK-3.2" -> {
                List<Doc.Row> rows = new ArrayList<>();
                for (JsonNode s : iter(r.get("satisfactionSurveys"))) {
                    rows.add(row(txt(s.path("survey").asText("ILK")), dec(s.path("index").isNumber() ? s.path("index").decimalValue() : null),
                            txt(s.path("scaleMin").asText("–") + " – " + s.path("scaleMax").asText("–")),
                            dec(s.path("nationalAverage").isNumber() ? s.path("nationalAverage").decimalValue() : null),
                            txt(s.path("source").asText(null))));
                }
                if (!rows.isEmpty()) {
                    out.add(supplement("Hasil Survei Kepuasan Layanan Tahun " + m.year(),
                            head("Survei", "Indeks", "Skala", "Rata-rata Nasional", "Sumber"), rows, false));
                }
            }
            default -> {
            }
        }
        return out;
    }

    private static final Map<String, String> RB_STATUS = Map.of("DONE", "Terlaksana", "IN_PROGRESS", "Dalam proses",
            "PLANNED", "Direncanakan", "NOT_DONE", "Tidak terlaksana");

    // ---------------------------------------------------------------- Bab III B: budget

    private Doc.Section budgetSection() {
        List<Doc.Block> b = new ArrayList<>();
        BudgetYear y = m.budget(m.year());
        b.add(Doc.Block.html("<p>Berikut realisasi anggaran " + esc(m.workUnit().name()) + " Tahun Anggaran " + m.year()
                + " per sasaran kegiatan dan indikator, beserta perbandingan dengan tahun-tahun sebelumnya.</p>"));
        if (y != null && y.byIndicator() != null && !y.byIndicator().isEmpty()) {
            Map<String, String> names = indicatorNames();
            Map<String, String> objectives = objectiveNames();
            List<Doc.Row> rows = new ArrayList<>();
            List<BudgetYear.Line> byObjective = y.byObjective() == null ? List.of() : y.byObjective();
            Footnotes notes = new Footnotes();
            String summed = byObjective.isEmpty() ? null : notes.add("Anggaran dan realisasi per sasaran kegiatan dijumlahkan "
                    + "ulang dari indikatornya; dokumen sumber dapat mencantumkan angka yang berbeda karena pembulatan.");
            for (BudgetYear.Line o : byObjective) {
                rows.add(strongRow(txt(objectives.getOrDefault(o.objective(), o.objective())), money(o.ceiling()),
                        Cells.marked(money(o.realization()), summed),
                        Cells.marked(pct(o.absorption()), printedPercent(notes, y, "objectiveAbsorptionPercent", o.objective(), null))));
                for (BudgetYear.Line l : y.byIndicator()) {
                    if (o.objective().equals(l.objective())) {
                        rows.add(row(txt(names.getOrDefault(l.indicator(), l.indicator())), money(l.ceiling()), money(l.realization()),
                                Cells.marked(pct(l.absorption()), printedPercent(notes, y, "indicatorAbsorptionPercent", null, l.indicator()))));
                    }
                }
            }
            List<BudgetYear.Line> parts = byObjective.isEmpty() ? y.byIndicator() : byObjective;
            if (byObjective.isEmpty()) {
                for (BudgetYear.Line l : y.byIndicator()) {
                    rows.add(row(txt(names.getOrDefault(l.indicator(), l.indicator())), money(l.ceiling()), money(l.realization()), pct(l.absorption())));
                }
            }
            long ceilingGap = n(y.ceiling()) - parts.stream().mapToLong(l -> n(l.ceiling())).sum();
            long realizationGap = n(y.realization()) - parts.stream().mapToLong(l -> n(l.realization())).sum();
            if (ceilingGap != 0 || realizationGap != 0) {
                // the lines come from the source application per indicator, the total from the DIPA: show the gap
                String mark = notes.add("Rincian per indikator dari aplikasi sumber berjumlah " + Fmt.rp(n(y.realization()) - realizationGap)
                        + " (anggaran " + Fmt.rp(n(y.ceiling()) - ceilingGap) + "), sedangkan total realisasi DIPA " + Fmt.rp(y.realization())
                        + " (anggaran " + Fmt.rp(y.ceiling()) + "); selisih karena pembulatan pada aplikasi sumber dicantumkan tersendiri agar tabel berjumlah sama dengan totalnya.");
                rows.add(row(txt("Selisih pembulatan aplikasi sumber " + mark), money(ceilingGap), money(realizationGap), txt("")));
            }
            rows.add(strongRow(txt("Total"), money(y.ceiling()), money(y.realization()), pct(y.absorption())));
            b.add(table("Realisasi Anggaran Tahun " + m.year(), head("Kegiatan", "Anggaran", "Realisasi", "Persentase"), rows, false,
                    notes.text()));
        }
        List<BudgetYear> years = m.budgets() == null ? List.of() : m.budgets();
        if (!years.isEmpty()) {
            List<Doc.Row> rows = new ArrayList<>();
            Footnotes notes = new Footnotes();
            for (BudgetYear by : years) {
                boolean first = true;
                for (BudgetYear.Line l : safe(by.bySpendingType())) {
                    rows.add(row(txt(first ? Integer.toString(by.year()) : ""), txt(spendingName(l)), money(l.ceiling()),
                            money(l.realization()), pct(l.absorption())));
                    first = false;
                }
                rows.add(strongRow(txt(first ? Integer.toString(by.year()) : ""), txt("JUMLAH"), money(by.ceiling()),
                        money(by.realization()), Cells.marked(pct(by.absorption()), printedPercent(notes, by, "absorptionPercent", null, null))));
            }
            b.add(table("Realisasi Penyerapan Anggaran Tahun " + years.get(0).year() + "-" + years.get(years.size() - 1).year(),
                    head("Tahun", "Belanja", "Pagu", "Realisasi", "%"), rows, false, notes.text()));
            b.add(figure("Persentase Penyerapan Anggaran per Tahun", ChartRenderer.bars(
                    years.stream().map(by -> new ChartRenderer.Point(Integer.toString(by.year()), by.absorption())).toList(), "%")));
            BudgetYear prev = m.budget(m.year() - 1);
            if (y != null && prev != null && y.absorption() != null && prev.absorption() != null) {
                b.add(Doc.Block.html("<p>Persentase penyerapan anggaran tahun " + m.year() + " (" + Fmt.pct(y.absorption()) + ") "
                        + (y.absorption().compareTo(prev.absorption()) >= 0 ? "meningkat" : "menurun")
                        + " dibandingkan tahun " + prev.year() + " (" + Fmt.pct(prev.absorption()) + ").</p>"));
            }
        }
        RevenueYear rev = m.revenue(m.year());
        if (rev != null && rev.target() != null) {
            b.add(Doc.Block.html("<p>Target Penerimaan Negara Bukan Pajak (PNBP) tahun " + m.year() + " ditetapkan sebesar "
                    + Fmt.rp(rev.target()) + ". Realisasinya sebesar " + Fmt.rp(rev.realization()) + " atau <strong>"
                    + Fmt.pct(rev.percentOfTarget()) + "</strong> dari target. Rekapitulasi PNBP per tahun dan per akun:</p>"));
            b.addAll(revenueFootnotes(rev));
        }
        for (RevenueYear r : m.revenues() == null ? List.<RevenueYear>of() : m.revenues()) {
            List<Doc.Row> rows = new ArrayList<>();
            long[] totals = new long[7];
            for (RevenueYear.Account a : safe(r.accounts())) {
                long[] v = {n(a.mpnTax()), n(a.mpnNonTax()), n(a.biTax()), n(a.biNonTax()), n(a.spmDeduction()), n(a.refund()), n(a.realization())};
                for (int k = 0; k < v.length; k++) {
                    totals[k] += v[k];
                }
                rows.add(row(txt(a.code() + " " + a.name()), amount(a.mpnTax()), amount(a.mpnNonTax()), amount(a.biTax()),
                        amount(a.biNonTax()), amount(a.spmDeduction()), amount(a.refund()), amount(a.realization())));
            }
            List<Doc.Cell> total = new ArrayList<>();
            total.add(strong(txt("GRAND TOTAL")));
            for (long t : totals) {
                total.add(strong(amount(t)));
            }
            rows.add(new Doc.Row(total, true));
            b.add(table("Penerimaan Negara Bukan Pajak Tahun " + r.year(),
                    head("Akun / Jenis Pendapatan", "MPN Pajak", "MPN Non Pajak", "BI Pajak", "BI Non Pajak", "Potongan SPM",
                            "Pengembalian", "Realisasi"), rows, true));
        }
        if (rev != null && rev.accounts() != null && !rev.accounts().isEmpty()) {
            b.add(figure("PNBP per Akun Tahun " + m.year(), ChartRenderer.horizontalBars(rev.accounts().stream()
                    .map(a -> new ChartRenderer.Point(a.code() + " " + a.name(), a.realization() == null ? null : BigDecimal.valueOf(a.realization())))
                    .toList(), "Rp ")));
        }
        return new Doc.Section("bab3-b", "B. Realisasi Anggaran", 2, b);
    }

    // ---------------------------------------------------------------- Bab III C: budget performance

    private Doc.Section budgetPerformance() {
        List<Doc.Block> b = new ArrayList<>();
        List<BudgetScores> scores = m.budgetScores() == null ? List.of() : m.budgetScores();
        b.add(Doc.Block.html("<p>Kinerja anggaran diukur oleh Kementerian Keuangan melalui aplikasi SMART (sampai dengan "
                + "tahun 2023), Indikator Kinerja Pelaksanaan Anggaran (IKPA) dan Nilai Kinerja Anggaran (NKA). Nilai yang "
                + "tercantum adalah nilai yang dilaporkan aplikasi sumber; nilai yang dihitung ulang sistem ditampilkan "
                + "berdampingan bila tersedia.</p>"));
        List<Doc.Row> smart = new ArrayList<>();
        for (BudgetScores s : scores) {
            if (s.smart() == null) {
                continue;
            }
            smart.add(row(txt(Integer.toString(s.year())), dec(s.smart().reportedScore()), dec(s.smart().computedScore()),
                    dec(component(s.smart().components(), "PENYERAPAN")), dec(component(s.smart().components(), "KONSISTENSI")),
                    dec(component(s.smart().components(), "CAPAIAN_KELUARAN")),
                    dec(s.smart().efficiency() != null ? s.smart().efficiency() : component(s.smart().components(), "EFISIENSI")),
                    dec(s.smart().reportedEfficiencyScore())));
        }
        if (!smart.isEmpty()) {
            b.add(table("Capaian Kinerja pada Aplikasi SMART", head("Tahun", "Nilai Kinerja", "Nilai dihitung", "Penyerapan",
                    "Konsistensi", "CRO", "Efisiensi", "Nilai Efisiensi"), smart, true));
        }
        for (BudgetScores s : scores) {
            if (s.ikpa() == null) {
                continue;
            }
            List<Doc.Row> rows = new ArrayList<>();
            Footnotes notes = new Footnotes();
            for (BudgetScores.IkpaComponent c : safe(s.ikpa().components())) {
                rows.add(row(txt(c.name()), txt(aspect(c.aspect())), Cells.plain(c.weight()), dec(c.value()),
                        Cells.marked(dec(c.weighted()), weightedNote(notes, c))));
            }
            for (BudgetScores.Reducer r : safe(s.ikpa().reducers())) {
                rows.add(row(txt(r.name()), txt("Pengurang"), txt("–"), dec(r.value()), txt("–")));
            }
            rows.add(strongRow(span("Nilai akhir (dilaporkan / dihitung)", 3), dec(s.ikpa().reportedFinal()), dec(s.ikpa().computedFinal())));
            b.add(table("IKPA Tahun " + s.year(), head("Komponen", "Aspek", "Bobot", "Nilai", "Nilai Tertimbang"), rows, false,
                    notes.text()));
        }
        for (BudgetScores s : scores) {
            if (s.planning() == null) {
                continue;
            }
            List<Doc.Cell> cells = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (BudgetScores.Component c : safe(s.planning().components())) {
                labels.add(planningLabel(c.key()));
                cells.add(dec(c.value()));
            }
            labels.add("Nilai Kinerja Perencanaan");
            cells.add(strong(dec(s.planning().reportedScore())));
            b.add(table("Nilai Kinerja Perencanaan Anggaran Tahun " + s.year(), List.of(labels.stream().map(Cells::txt).toList()),
                    List.of(new Doc.Row(cells, false)), false));
            if (s.ikpa() != null) {
                List<String> l2 = new ArrayList<>();
                List<Doc.Cell> c2 = new ArrayList<>();
                Footnotes notes = new Footnotes();
                for (BudgetScores.IkpaComponent c : safe(s.ikpa().components())) {
                    l2.add(c.name());
                    c2.add(Cells.marked(dec(c.weighted() != null ? c.weighted() : c.reportedWeighted()), weightedNote(notes, c)));
                }
                b.add(table("Nilai Kinerja Pelaksanaan Anggaran Tahun " + s.year(), List.of(l2.stream().map(Cells::txt).toList()),
                        List.of(new Doc.Row(c2, false)), true, notes.text()));
            }
        }
        List<Doc.Row> nka = new ArrayList<>();
        Footnotes nkaNotes = new Footnotes();
        for (BudgetScores s : scores) {
            if (s.nka() == null) {
                continue;
            }
            String mark = differs(s.nka().reportedScore(), s.nka().computedScore()) ? nkaNotes.add("Nilai Kinerja Anggaran tahun "
                    + s.year() + " tertulis " + Fmt.dec(s.nka().reportedScore()) + " pada aplikasi sumber, sedangkan 60% × "
                    + Fmt.dec(s.nka().planning()) + " + 40% × " + Fmt.dec(s.nka().execution()) + " = " + Fmt.dec(s.nka().computedScore())
                    + "; laporan ini memuat keduanya.") : null;
            nka.add(row(txt(Integer.toString(s.year())), txt(s.smart() != null ? "SMART" : "Nilai Kinerja Perencanaan"),
                    dec(s.nka().planning()), dec(s.nka().execution()), dec(s.nka().reportedScore()),
                    Cells.marked(dec(s.nka().computedScore()), mark)));
        }
        if (!nka.isEmpty()) {
            b.add(table("Capaian Kinerja Anggaran Tahun " + scores.get(0).year() + "-" + scores.get(scores.size() - 1).year(),
                    head("Tahun", "Dasar perencanaan", "Nilai perencanaan", "Nilai pelaksanaan (IKPA)", "NKA dilaporkan",
                            "NKA dihitung (60%/40%)"), nka, false, nkaNotes.text()));
        }
        if (scores.isEmpty()) {
            b.add(Doc.Block.html("<p>Data kinerja anggaran tidak tersedia.</p>"));
        }
        return new Doc.Section("bab3-c", "C. Capaian Kinerja Anggaran", 2, b);
    }

    // ---------------------------------------------------------------- Bab III D: other outputs

    private Doc.Section otherAchievements() {
        List<Doc.Block> b = new ArrayList<>();
        b.add(md("bab3-lainnya"));
        JsonNode r = m.registers();
        if (r != null) {
            JsonNode pass = r.get("passportIssuance");
            if (pass != null) {
                for (String type : List.of("ORDINARY_48", "ELECTRONIC_48")) {
                    List<Doc.Row> rows = new ArrayList<>();
                    long male = 0;
                    long female = 0;
                    for (JsonNode row : iter(pass.get("rows"))) {
                        if (type.equals(row.path("passport").asText())) {
                            male += row.path("male").asLong();
                            female += row.path("female").asLong();
                            rows.add(row(txt(row.path("application").asText()), integer(row.path("male").asLong()),
                                    integer(row.path("female").asLong()), integer(row.path("male").asLong() + row.path("female").asLong())));
                        }
                    }
                    if (!rows.isEmpty()) {
                        rows.add(strongRow(txt("Jumlah"), integer(male), integer(female), integer(male + female)));
                        b.add(table("Data Penerbitan Paspor " + (type.startsWith("ORDINARY") ? "Biasa" : "Elektronik") + " 48 Halaman",
                                head("Jenis Permohonan", "Laki-laki", "Perempuan", "Jumlah"), rows, false));
                    }
                }
            }
            JsonNode cross = r.get("borderCrossings");
            if (cross != null) {
                List<Doc.Row> rows = new ArrayList<>();
                for (JsonNode row : iter(cross.get("rows"))) {
                    rows.add(row(txt(row.path("checkpoint").asText()), integer(row.path("citizenArrivals").asLong()),
                            integer(row.path("citizenDepartures").asLong()), integer(row.path("foreignerArrivals").asLong()),
                            integer(row.path("foreignerDepartures").asLong()), integer(row.path("reportedTotal").asLong())));
                }
                b.add(table("Data Perlintasan Tahun " + m.year(), head("Tempat Pemeriksaan Imigrasi", "WNI Datang", "WNI Berangkat",
                        "WNA Datang", "WNA Berangkat", "Jumlah"), rows, false));
            }
            JsonNode det = r.get("detainees");
            if (det != null) {
                List<Doc.Row> rows = new ArrayList<>();
                for (JsonNode row : iter(det.get("rows"))) {
                    rows.add(row(txt(country(row.path("nationality").asText())), integer(row.path("count").asLong())));
                }
                rows.add(strongRow(txt("Jumlah"), integer(det.path("reportedTotal").isNumber() ? det.path("reportedTotal").asLong() : null)));
                b.add(table("Data Deteni Tahun " + m.year(), head("Kewarganegaraan", "Jumlah"), rows, false));
            }
            JsonNode sup = r.get("supervisionOperations");
            if (sup != null) {
                List<Doc.Row> rows = new ArrayList<>();
                int k = 0;
                for (JsonNode v : iter(sup.get("months"))) {
                    rows.add(row(txt(MONTH_NAMES[Math.min(k++, 11)]), integer(v.asLong())));
                }
                rows.add(strongRow(txt("Jumlah"), integer(sup.path("reportedTotal").isNumber() ? sup.path("reportedTotal").asLong() : null)));
                b.add(table("Data Pengawasan Tahun " + m.year(), head("Bulan", "Jumlah Kegiatan"), rows, false));
            }
            JsonNode enf = r.get("enforcementRecords");
            if (enf != null && enf.has("records")) {
                List<Doc.Row> rows = new ArrayList<>();
                for (JsonNode e : iter(enf.get("records"))) {
                    List<String> measures = new ArrayList<>();
                    for (JsonNode x : iter(e.get("measures"))) {
                        measures.add(x.asText());
                    }
                    rows.add(row(txt(text(e, "row")), txt(text(e, "name")), txt(text(e, "sex")),
                            txt(country(text(e, "nationality"))), txt(text(e, "reason")), txt(text(e, "article")),
                            txt(measures.isEmpty() ? "–" : String.join(", ", measures)), txt(text(e, "remark"))));
                }
                b.add(table("Data Penegakan Hukum Tahun " + m.year(), head("No", "Nama", "L/P", "Kewarganegaraan", "Alasan",
                        "Pasal", "Tindakan (Pasal 75 ayat 2)", "Keterangan"), rows, true));
            }
        }
        return new Doc.Section("bab3-d", "D. Capaian Kinerja Lainnya", 2, b);
    }

    // ---------------------------------------------------------------- Bab IV and attachments

    private Doc.Chapter chapterIV() {
        chapter = "IV";
        List<Doc.Section> s = new ArrayList<>();
        List<Doc.Block> b = new ArrayList<>();
        b.add(Doc.Block.html(Markdown.toHtml(m.narrative().get("kesimpulan"))));
        s.add(new Doc.Section("bab4-kesimpulan", "A. Kesimpulan", 2, b));
        s.add(new Doc.Section(SectionTemplates.OBSTACLES, title(SectionTemplates.OBSTACLES), 3,
                List.of(md(SectionTemplates.OBSTACLES))));
        s.add(section(SectionTemplates.RECOMMENDATIONS, "B. Saran", md(SectionTemplates.RECOMMENDATIONS)));
        return new Doc.Chapter("bab-4", "BAB IV", "PENUTUP", true, true, s);
    }

    private Doc.Chapter attachments() {
        chapter = "L";
        tableNo = 0;
        List<Doc.Section> s = new ArrayList<>();
        // every signed revision, as the reference attaches the PK signed on 5 February besides the revised one
        for (Agreement a : signedRevisions(m.agreements())) {
            s.add(new Doc.Section("lampiran-pk-" + a.revision(), "Perjanjian Kinerja Tahun " + a.year() + revisionTitle(a), 2,
                    List.of(pkText(a), agreementTable(a, "Perjanjian Kinerja Tahun " + a.year() + revisionTitle(a), true))));
        }
        if (m.nextAgreements() != null && !m.nextAgreements().isEmpty()) {
            Agreement n = m.nextAgreements().stream().filter(x -> Boolean.TRUE.equals(x.inForce())).findFirst()
                    .orElse(m.nextAgreements().get(m.nextAgreements().size() - 1));
            s.add(new Doc.Section("lampiran-pk-berikut", "Perjanjian Kinerja Tahun " + n.year(), 2, List.of(pkText(n),
                    agreementTable(n, "Perjanjian Kinerja Tahun " + n.year(), true))));
        }
        Doc.Section risks = riskAnnex();
        if (risks != null) {
            s.add(risks);
        }
        if (s.isEmpty()) {
            s.add(new Doc.Section("lampiran-kosong", null, 2, List.of(Doc.Block.html("<p>Tidak ada lampiran.</p>"))));
        }
        return new Doc.Chapter("lampiran", "", "LAMPIRAN", true, true, s);
    }

    /** The signed revisions (every revision when none is marked signed), in revision order. */
    private static List<Agreement> signedRevisions(List<Agreement> agreements) {
        List<Agreement> all = safe(agreements);
        List<Agreement> signed = all.stream().filter(a -> "SIGNED".equals(a.status())).toList();
        return (signed.isEmpty() ? all : signed).stream()
                .sorted(java.util.Comparator.comparingInt(Agreement::revision)).toList();
    }

    private String revisionTitle(Agreement a) {
        long revisions = safe(m.agreements()).stream().filter(x -> x.year() == a.year()).count();
        return revisions <= 1 ? "" : a.revision() <= 1 ? " (awal)" : " (revisi ke-" + (a.revision() - 1) + ")";
    }

    /** The parties with name, position and NIP, the place and date of signing. */
    private Doc.Block pkText(Agreement a) {
        StringBuilder sb = new StringBuilder("<p>Perjanjian Kinerja ini ditandatangani oleh:</p><ol>");
        for (Agreement.Party p : java.util.Arrays.asList(a.firstParty(), a.secondParty())) {
            if (p != null) {
                sb.append("<li>").append(esc(p.name())).append(p.nip() == null ? "" : ", NIP " + esc(p.nip()))
                        .append(p.position() == null ? "" : ", " + esc(p.position())).append("</li>");
            }
        }
        sb.append("</ol><p>").append(a.place() == null ? "" : esc(a.place()) + ", ")
                .append(a.signedOn() == null ? "tanggal penandatanganan tidak tercatat" : IdFormat.date(a.signedOn()))
                .append(".</p>");
        return Doc.Block.html(sb.toString());
    }

    // ---------------------------------------------------------------- written content (indicators-service)

    /** The risk-management annex from the unit-year's risk register; null when it has none. */
    private Doc.Section riskAnnex() {
        if (!riskAnnexPresent()) {
            return null;
        }
        var register = m.contentOrEmpty().riskRegister();
        List<Doc.Block> b = new ArrayList<>();
        b.add(Doc.Block.html("<p>Manajemen risiko " + esc(m.workUnit().name()) + " tahun " + m.year()
                + " memuat risiko atas setiap sasaran kegiatan beserta pengendaliannya. Tingkat risiko adalah "
                + "kemungkinan (K) dikali dampak (D) pada skala 1-5; \"–\" bila belum dinilai.</p>"));
        b.addAll(numbered(List.of(ContentTables.risks(register, objectiveNames()))));
        return new Doc.Section("lampiran-manajemen-risiko", "Manajemen Risiko Tahun " + m.year(), 2, b);
    }

    private boolean riskAnnexPresent() {
        var register = m.contentOrEmpty().riskRegister();
        return register != null && register.risks() != null && !register.risks().isEmpty();
    }

    private List<Doc.Block> numbered(List<ContentTables.Spec> specs) {
        List<Doc.Block> out = new ArrayList<>();
        for (ContentTables.Spec t : specs) {
            out.add(t.supplement() ? supplement(t.title(), t.head(), t.rows(), t.wide())
                    : table(t.title(), t.head(), t.rows(), t.wide()));
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    /** The executive summary, with a note for every PNBP figure the source printed otherwise. */
    private List<Doc.Block> summary() {
        List<Doc.Block> out = new ArrayList<>();
        out.add(Doc.Block.html(Markdown.toHtml(m.narrative().get("ikhtisar"))));
        RevenueYear rev = m.revenue(m.year());
        if (rev != null) {
            out.addAll(revenueFootnotes(rev));
        }
        return out;
    }

    /**
     * Signed with the approver's name, NIP, place and date of approval; before approval an unsigned draft, clearly
     * marked, with the head named by the agreement but no date.
     */
    private Doc.Block signature() {
        if (signed != null) {
            return Doc.Block.html("<div class=\"signature\"><p>" + esc(signed.place() == null ? "" : signed.place() + ", ")
                    + (signed.date() == null ? "" : IdFormat.date(signed.date())) + "</p><p>" + esc(signed.position() == null
                    ? "Kepala" : signed.position()) + ",</p><p class=\"signname\">" + esc(signed.name()) + "</p>"
                    + (signed.nip() == null ? "" : "<p>NIP " + esc(signed.nip()) + "</p>") + "</div>");
        }
        Agreement a = m.agreementInForce();
        String name = a == null || a.firstParty() == null ? null : a.firstParty().name();
        return Doc.Block.html("<div class=\"signature\"><p class=\"draft\">DRAF – belum disetujui dan belum ditandatangani."
                + " Tempat, tanggal dan tanda tangan diisi setelah persetujuan Kepala.</p>"
                + (name == null ? "" : "<p>Kepala,</p><p class=\"signname\">" + esc(name) + "</p>") + "</div>");
    }

    private Doc.Section section(String id, String title, Doc.Block... blocks) {
        return new Doc.Section(id, title, 2, List.of(blocks));
    }

    private String title(String key) {
        Text t = texts.get(key);
        return t == null ? key : t.title();
    }

    private Doc.Block md(String key) {
        Text t = texts.get(key);
        return Doc.Block.html(t == null ? "" : Markdown.toHtml(t.markdown()));
    }

    private String next() {
        return chapter + "." + (++tableNo);
    }

    private String id() {
        return "tabel-" + chapter + "-" + (tableNo + 1);
    }

    /**
     * A table the reference report does not have (quarterly realization, RB action plan, survey): numbered after the
     * table before it (III.7a, III.7b …) so that the reference numbering (Tabel III.1 … III.35) stays as printed.
     */
    private Doc.Block supplement(String title, List<List<Doc.Cell>> head, List<Doc.Row> rows, boolean wide) {
        String base = chapter + "." + tableNo;
        long already = tables.stream().filter(t -> t.number() != null && t.number().startsWith(base)
                && t.number().length() > base.length() && Character.isLetter(t.number().charAt(base.length()))).count();
        String suffix = String.valueOf((char) ('a' + already));
        Doc.Table t = new Doc.Table("tabel-" + chapter + "-" + tableNo + suffix, base + suffix, title, head, rows, wide, null);
        tables.add(t);
        return Doc.Block.table(t);
    }

    private Doc.Block table(String title, List<List<Doc.Cell>> head, List<Doc.Row> rows, boolean wide) {
        return table(title, head, rows, wide, null);
    }

    private Doc.Block table(String title, List<List<Doc.Cell>> head, List<Doc.Row> rows, boolean wide, String note) {
        String id = id();
        Doc.Table t = new Doc.Table(id, next(), title, head, rows, wide, note);
        tables.add(t);
        return Doc.Block.table(t);
    }

    private Doc.Block figure(String title, ChartRenderer.Chart chart) {
        Doc.Figure f = new Doc.Figure("gambar-" + chapter + "-" + (figureNo + 1), chapter + "." + (++figureNo), title, chart,
                ChartRenderer.svg(chart, title));
        figures.add(f);
        return Doc.Block.figure(f);
    }

    private Doc.Cell realizationCell(Scorecard.Indicator i) {
        if (i.realization() == null) {
            return txt("–");
        }
        return inUnit(i.realization(), i.unit());
    }

    private Map<String, String> objectiveNames() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Scorecard.Objective o : m.scorecard().objectives()) {
            out.put(o.code(), o.name());
        }
        return out;
    }

    private Map<String, String> indicatorNames() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Scorecard.Objective o : m.scorecard().objectives()) {
            for (Scorecard.Indicator i : o.indicators()) {
                out.put(i.code(), i.name());
            }
        }
        return out;
    }

    private static String spendingName(BudgetYear.Line l) {
        return l.name() != null ? l.name() : SPENDING.getOrDefault(l.key(), l.key());
    }

    private static BigDecimal component(List<BudgetScores.Component> cs, String key) {
        return safe(cs).stream().filter(c -> key.equals(c.key())).map(BudgetScores.Component::value).findFirst().orElse(null);
    }

    private static String aspect(String a) {
        if (a == null) {
            return "–";
        }
        return switch (a) {
            case "PLANNING_QUALITY" -> "Kualitas Perencanaan";
            case "EXECUTION_QUALITY" -> "Kualitas Pelaksanaan";
            case "RESULT_QUALITY" -> "Kualitas Hasil";
            case "PLANNING_CONFORMITY" -> "Kesesuaian Perencanaan";
            case "COMPLIANCE" -> "Kepatuhan Regulasi";
            case "EFFECTIVENESS" -> "Efektivitas";
            case "EFFICIENCY" -> "Efisiensi";
            default -> a;
        };
    }

    private static String planningLabel(String key) {
        return switch (key) {
            case "CRO" -> "CRO";
            case "PENGGUNAAN_SBK" -> "Penggunaan SBK";
            case "EFISIENSI_SBK" -> "Efisiensi SBK";
            default -> key;
        };
    }

    private static String serviceName(String s) {
        return switch (s) {
            case "TRAVEL_DOCUMENT" -> "Dokumen Perjalanan RI";
            case "STAY_PERMIT" -> "Izin Tinggal";
            case "AFFIDAVIT" -> "Affidavit";
            case "IMMIGRATION_CERTIFICATE" -> "SKIM";
            default -> s;
        };
    }

    private static String country(String code) {
        return switch (code) {
            case "VN" -> "Vietnam";
            case "CN" -> "Tiongkok";
            case "MY" -> "Malaysia";
            case "SG" -> "Singapura";
            case "ID" -> "Indonesia";
            default -> code;
        };
    }

    // ---------------------------------------------------------------- footnotes for recomputed figures

    /** A footnote when the source printed another percentage than the one recomputed here; the mark, or null. */
    private static String printedPercent(Footnotes notes, BudgetYear y, String key, String objective, String indicator) {
        for (BudgetYear.Reported r : safe(y.reported())) {
            if (key.equals(r.key()) && java.util.Objects.equals(objective, r.objective())
                    && java.util.Objects.equals(indicator, r.indicator()) && r.value() != null && r.computed() != null
                    && r.value().compareTo(r.computed()) != 0) {
                return notes.add("Tahun " + y.year() + ": dokumen sumber mencantumkan " + Fmt.pct(r.value())
                        + "; laporan ini memuat " + Fmt.pct(r.computed()) + ", dihitung ulang dari realisasi / pagu"
                        + (differs(r.value(), r.computed()) ? "." : " (selisih pembulatan)."));
            }
        }
        return null;
    }

    /** A footnote when the source application printed another weighted IKPA value than value × weight. */
    private static String weightedNote(Footnotes notes, BudgetScores.IkpaComponent c) {
        if (!differs(c.reportedWeighted(), c.weighted())) {
            return null;
        }
        return notes.add(c.name() + ": nilai tertimbang tertulis " + Fmt.dec(c.reportedWeighted()) + " pada aplikasi sumber, "
                + "sedangkan nilai " + Fmt.dec(c.value()) + " × bobot " + Fmt.plain(c.weight()) + "% = " + Fmt.dec(c.weighted())
                + "; laporan ini memuat nilai yang dihitung ulang.");
    }

    /** Notes under the PNBP sentence for every PNBP figure the source printed otherwise. */
    private static List<Doc.Block> revenueFootnotes(RevenueYear rev) {
        List<Doc.Block> out = new ArrayList<>();
        for (RevenueYear.Reported r : safe(rev.reported())) {
            if (!differs(r.value(), r.computed())) {
                continue;
            }
            boolean percent = "percentOfTarget".equals(r.key());
            String place = r.where() == null ? "dokumen sumber" : r.where().replaceAll(" \\(.*", "");
            out.add(Doc.Block.html("<p class=\"footnote\">Catatan: " + esc(place) + " dokumen sumber mencantumkan "
                    + (percent ? "persentase realisasi PNBP " + Fmt.pct(r.value()) : "realisasi PNBP " + Fmt.rp(r.value().longValue()))
                    + "; laporan ini memuat " + (percent ? Fmt.pct(r.computed()) : Fmt.rp(r.computed().longValue()))
                    + ", dihitung ulang dari setoran per akun (MPN + BI + potongan SPM − pengembalian).</p>"));
        }
        return out;
    }

    /** Differs by more than the rounding of the printed precision (0,01). */
    private static boolean differs(BigDecimal printed, BigDecimal computed) {
        return printed != null && computed != null && printed.subtract(computed).abs().compareTo(new BigDecimal("0.01")) > 0;
    }

    private static String revisionLabel(int index, int count) {
        if (index == 0) {
            return "DIPA awal";
        }
        return "DIPA revisi ke-" + index + (index == count - 1 ? " (akhir)" : "");
    }

    private static String benchmarkScope(String scope) {
        if (scope == null) {
            return "";
        }
        return switch (scope) {
            case "NATIONAL" -> " (seluruh satuan kerja sejenis di Indonesia)";
            case "REGIONAL" -> " (satuan kerja sejenis di wilayah yang sama)";
            default -> "";
        };
    }

    /** A text field of a register record, "–" when it is absent or null (never the word "null"). */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? "–" : v.asText();
    }

    private static String shortLabel(String label, String fallback) {
        return label == null ? fallback : label;
    }

    private static String lower(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static long n(Long v) {
        return v == null ? 0 : v;
    }

    private static Iterable<JsonNode> iter(JsonNode n) {
        return n == null || !n.isArray() ? List.of() : n;
    }

    private static <T> List<T> safe(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static String esc(String s) {
        return Markdown.escape(s);
    }
}
