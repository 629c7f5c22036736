package id.sakip.indicators.content;

/** OpenAPI examples with the seed office's content (from its LKjIP 2024). */
final class Examples {

    static final String PROFILE = "{\"background\":\"Kantor Imigrasi Kelas I TPI Tanjungpinang sebagai Unit "
            + "Pelaksana Teknis ...\",\"tasks\":[{\"task\":\"Melaksanakan sebagian tugas dan fungsi Kementerian Hukum "
            + "dan HAM di bidang Keimigrasian\",\"functions\":[\"Melaksanakan tugas keimigrasian di bidang dokumen "
            + "perjalanan dan izin tinggal keimigrasian\"]}],\"organisationUnits\":[{\"name\":\"Sub Bagian Tata Usaha\","
            + "\"abbreviation\":null,\"description\":\"...\",\"functions\":[\"penyusunan rencana program, anggaran, "
            + "evaluasi dan pelaporan\"]}],\"staff\":{\"asOf\":\"2024-12-31\",\"byRankGroup\":[{\"label\":\"Golongan "
            + "IV\",\"count\":1},{\"label\":\"Golongan III\",\"count\":50},{\"label\":\"Golongan II\",\"count\":22}],"
            + "\"byEducation\":[],\"byPosition\":[{\"label\":\"Pejabat Administrator\",\"count\":1}]},"
            + "\"workArea\":{\"description\":null,\"areas\":[{\"name\":\"Kota Tanjungpinang\",\"parts\":[]}]},"
            + "\"servicePoints\":[{\"name\":\"TPI Sri Bintan Pura\",\"kind\":\"SEA_CHECKPOINT\",\"description\":null}],"
            + "\"strategicAspectsIntro\":null,\"strategicAspects\":[\"Membantu mengatur dan mengontrol pergerakan "
            + "orang di perbatasan negara.\"],\"strategicIssues\":[{\"title\":\"Sumber Daya Manusia\",\"description\":"
            + "\"...\"}],\"facilities\":[{\"name\":\"Gedung Kantor Utama\",\"count\":1}]}";

    static final String NARRATIVE = "{\"indicators\":[{\"indicator\":\"IKK-1.1\",\"causes\":\"Dukungan aparat penegak "
            + "hukum terkait\",\"actions\":null,\"obstacles\":null,\"followUp\":\"Memperkuat koordinasi dengan aparat "
            + "penegak hukum\",\"prefilled\":null},{\"indicator\":\"IKK-3.2\",\"causes\":null,\"actions\":\"- Triwulan "
            + "IV: Surat Kepala BSK Hukum dan HAM ...\",\"obstacles\":null,\"followUp\":null,\"prefilled\":true}],"
            + "\"efficiency\":[{\"title\":\"Efisiensi di bidang anggaran\",\"items\":[\"Penghematan perjalanan dinas "
            + "Rp128.000.000\"]}],\"obstacles\":[{\"title\":\"Seksi Inteldakim\",\"items\":[\"Keterbatasan jumlah "
            + "personel dibanding luas wilayah kerja\"]}],\"recommendations\":[\"Memperkuat koordinasi dengan aparat "
            + "penegak hukum\"]}";

    static final String OTHER = "{\"awards\":[{\"name\":\"Predikat Unit Kerja Pelayanan Publik Berbasis Hak Asasi "
            + "Manusia Tahun 2024\",\"grantor\":\"Menteri Hukum dan Hak Asasi Manusia\",\"date\":null}],"
            + "\"innovations\":[{\"name\":\"SILADA\",\"expansion\":\"Imigrasi Layanan Darurat\",\"description\":"
            + "\"Layanan paspor mobile unit ...\"}],\"ePerformance\":\"...\",\"eMonev\":\"...\","
            + "\"regionalContribution\":\"...\"}";

    static final String RISKS = "{\"risks\":[{\"objective\":\"SK1\",\"event\":\"Pengawasan orang asing di lapangan "
            + "tidak efektif\",\"cause\":\"Jumlah personel Seksi Inteldakim terbatas\",\"impact\":\"Pelanggaran "
            + "keimigrasian tidak terdeteksi\",\"likelihood\":3,\"severity\":4,\"mitigation\":\"Operasi intelijen "
            + "keimigrasian di wilayah\",\"owner\":\"Seksi Inteldakim\",\"status\":\"DONE\"}]}";

    static final String STRATEGY = "{\"plan\":\"RENSTRA-DJIM-2020-2024\",\"vision\":\"Kementerian Hukum dan Hak Asasi "
            + "Manusia yang Andal, Profesional, Inovatif, dan Berintegritas ...\",\"missions\":[\"...\"],\"goals\":"
            + "[\"...\"],\"cascade\":[{\"code\":\"SS1\",\"level\":\"STRATEGIC\",\"name\":\"Terwujudnya Kesadaran Hukum "
            + "dan HAM Masyarakat\",\"parent\":null,\"indicators\":[]},{\"code\":\"SK1\",\"level\":\"ACTIVITY\","
            + "\"name\":\"Optimalnya penegakan hukum Keimigrasian di kewilayahan\",\"parent\":\"SS1\",\"indicators\":"
            + "[\"...\"]}],\"version\":0}";

    private Examples() {
    }
}
