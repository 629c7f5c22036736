package id.sakip.budget.budget;

/** Spending types of the central government budget classification (account group 51-53). */
public enum SpendingType {
    PERSONNEL("51", "Belanja Pegawai"),
    GOODS("52", "Belanja Barang"),
    CAPITAL("53", "Belanja Modal");

    public final String code;
    public final String label;

    SpendingType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** By key ({@code GOODS}) or account group ({@code 52}); null when unknown. */
    public static SpendingType of(String keyOrCode) {
        for (SpendingType t : values()) {
            if (t.name().equalsIgnoreCase(keyOrCode) || t.code.equals(keyOrCode)) {
                return t;
            }
        }
        return null;
    }
}
