package id.sakip.budget.scheme;

/** What a score scheme scores, which decides the calculator that applies it. */
public enum SchemeKind {
    /** Budget execution score (IKPA): weighted mean of the components that apply, minus reducers. */
    IKPA,
    /** Budget performance score of the SMART application (2021-2023). */
    SMART,
    /** Budget planning score whose formula is not published: reported only. */
    PLANNING,
    /** Nilai Kinerja Anggaran: weighted planning and execution scores. */
    NKA;

    /** The kind a scheme code names by its prefix ({@code IKPA-2024} → IKPA), or null. */
    public static SchemeKind fromCode(String code) {
        if (code == null) {
            return null;
        }
        for (SchemeKind k : values()) {
            if (code.toUpperCase().startsWith(k.name() + "-")) {
                return k;
            }
        }
        return null;
    }
}
