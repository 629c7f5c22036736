package id.sakip.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic directorate general: regional offices named after the provinces (the first two are the ones
 * the demo realm has users and a sync client for: KANWIL-KEPRI and KANWIL-RIAU), each with technical units
 * coded {@code 7RRUUU} (region RR, unit UUU), which cannot collide with real budget codes such as 408103.
 */
record Country(String directorateGeneral, List<Region> regions, List<Unit> units) {

    /** Province code and name of the regional offices, in the order they are generated. */
    static final String[][] PROVINCES = {
            {"KEPRI", "Kepulauan Riau"}, {"RIAU", "Riau"}, {"ACEH", "Aceh"}, {"SUMUT", "Sumatera Utara"},
            {"SUMBAR", "Sumatera Barat"}, {"JAMBI", "Jambi"}, {"SUMSEL", "Sumatera Selatan"},
            {"BABEL", "Kepulauan Bangka Belitung"}, {"BENGKULU", "Bengkulu"}, {"LAMPUNG", "Lampung"},
            {"DKI", "DKI Jakarta"}, {"JABAR", "Jawa Barat"}, {"BANTEN", "Banten"}, {"JATENG", "Jawa Tengah"},
            {"DIY", "Daerah Istimewa Yogyakarta"}, {"JATIM", "Jawa Timur"}, {"BALI", "Bali"},
            {"NTB", "Nusa Tenggara Barat"}, {"NTT", "Nusa Tenggara Timur"}, {"KALBAR", "Kalimantan Barat"},
            {"KALTENG", "Kalimantan Tengah"}, {"KALSEL", "Kalimantan Selatan"}, {"KALTIM", "Kalimantan Timur"},
            {"SULUT", "Sulawesi Utara"}, {"GORONTALO", "Gorontalo"}, {"SULTENG", "Sulawesi Tengah"},
            {"SULBAR", "Sulawesi Barat"}, {"SULSEL", "Sulawesi Selatan"}, {"SULTRA", "Sulawesi Tenggara"},
            {"MALUKU", "Maluku"}, {"MALUT", "Maluku Utara"}, {"PAPUA", "Papua"}, {"PABAR", "Papua Barat"},
    };

    /** A regional office (Kanwil). */
    record Region(int number, String code, String name, String province) {
    }

    /** A technical unit (UPT) below a regional office. */
    record Unit(String code, String name, Region region, int number) {
    }

    static Country of(String directorateGeneral, int regionCount, int unitsPerRegion) {
        List<Region> regions = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        for (int r = 1; r <= regionCount; r++) {
            String province = r <= PROVINCES.length ? PROVINCES[r - 1][1] : "Wilayah " + r;
            String code = r <= PROVINCES.length ? "KANWIL-" + PROVINCES[r - 1][0] : String.format("KANWIL-%02d", r);
            Region region = new Region(r, code, "Kantor Wilayah Kementerian Hukum dan HAM " + province, province);
            regions.add(region);
            for (int u = 1; u <= unitsPerRegion; u++) {
                String unitCode = String.format("7%02d%03d", r, u);
                units.add(new Unit(unitCode, String.format("Kantor Imigrasi Sintetis %02d.%03d %s", r, u, province),
                        region, u));
            }
        }
        return new Country(directorateGeneral, List.copyOf(regions), List.copyOf(units));
    }
}
