package id.sakip.budget.budget;

/** Funding sources (sumber dana) of a DIPA. */
public enum FundingSource {
    RM("Rupiah Murni"),
    PNBP("Penerimaan Negara Bukan Pajak"),
    BLU("Badan Layanan Umum"),
    PLN("Pinjaman Luar Negeri"),
    PDN("Pinjaman Dalam Negeri"),
    HLN("Hibah Luar Negeri"),
    HDN("Hibah Dalam Negeri"),
    SBSN("Surat Berharga Syariah Negara");

    public final String label;

    FundingSource(String label) {
        this.label = label;
    }

    public static FundingSource of(String key) {
        for (FundingSource f : values()) {
            if (f.name().equalsIgnoreCase(key)) {
                return f;
            }
        }
        return null;
    }
}
