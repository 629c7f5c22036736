package id.sakip.reporting.finding;

/** OpenAPI examples of the validation rule API. */
final class Examples {

    static final String RULE = """
            {
              "code": "OUTPUT_REALIZATION_SUM",
              "name": "Jumlah realisasi per keluaran tidak melebihi realisasi total",
              "scope": "budgets",
              "left": "sum($.outputs.realization)",
              "operator": "LE",
              "right": "$.realization",
              "importance": "LOW",
              "tolerance": 0,
              "message": "Tahun {year}: realisasi per keluaran berjumlah Rp {left}, melebihi realisasi total Rp {right}",
              "enabled": true
            }""";

    private Examples() {
    }
}
