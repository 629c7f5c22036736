package id.sakip.budget.common;

/** Realistic OpenAPI examples (seed office 408103, Kantor Imigrasi Kelas I TPI Tanjungpinang). */
public final class Examples {

    private Examples() {
    }

    public static final String BUDGET_2024 = """
            {"workUnit":"408103","year":2024,"ceiling":26855838000,"realization":26046788234,"absorption":96.99,
             "bySpendingType":[{"key":"PERSONNEL","code":"51","name":"Belanja Pegawai","ceiling":4636514000,
               "realization":4537210192,"absorption":97.86}],
             "byObjective":[{"objective":"SK1","ceiling":2289237000,"realization":2097133804,"absorption":91.61}],
             "sums":[{"breakdown":"byIndicator","field":"realization","sum":26046788235,"total":26046788234,"difference":1}],
             "reported":[{"key":"absorptionPercent","value":96.99,"computed":96.99,"difference":0.00}]}""";

    public static final String REVENUE_2024 = """
            {"workUnit":"408103","year":2024,"target":14787430000,"realization":22239627009,"percentOfTarget":150.40,
             "accounts":[{"code":"425211","name":"Pendapatan Paspor","mpnTax":0,"mpnNonTax":12377600000,"biTax":0,
               "biNonTax":0,"spmDeduction":0,"refund":0,"realization":12377600000,"reportedRealization":12377600000,
               "difference":0}],
             "reported":[{"key":"percentOfTarget","value":150.39,"computed":150.40,"difference":-0.01,
               "where":"Bab IV Kesimpulan"}]}""";

    public static final String SCORES_2021 = """
            {"workUnit":"408103","year":2021,
             "ikpa":{"scheme":"IKPA-2021","period":"DECEMBER","computedTotal":94.40,"applicableWeight":95,
               "computedFinal":99.36,"reportedFinal":99.36,"difference":0.00},
             "smart":{"scheme":"SMART-2021","efficiency":5.94,"efficiencyScore":64.85,"reportedEfficiencyScore":64.84,
               "computedScore":78.36,"reportedScore":78.36,"difference":0.00},
             "planning":null,
             "nka":{"scheme":"NKA-2021","planning":78.36,"execution":99.36,"computedScore":86.76,"reportedScore":86.75,
               "difference":-0.01}}""";

    public static final String IMPORT_SUMMARY = """
            {"format":"sakip-budget-dataset/1","dryRun":false,
             "entities":{"schemes":{"created":5,"updated":0,"unchanged":0},"budgets":{"created":4,"updated":0,"unchanged":0},
               "revenues":{"created":4,"updated":0,"unchanged":0},"ikpa":{"created":4,"updated":0,"unchanged":0},
               "budgetPerformance":{"created":8,"updated":0,"unchanged":0}},
             "items":[{"entity":"budgets","key":"408103/2024","change":"CREATED"}]}""";

    public static final String PROBLEM_422 = """
            {"type":"https://sakip.example.id/problems/invalid-content","title":"Invalid content","status":422,
             "detail":"/budgets/3/bySpendingType/1/ceiling: must not be negative",
             "errors":[{"pointer":"/budgets/3/bySpendingType/1/ceiling","message":"must not be negative"}]}""";

    public static final String SCHEME = """
            {"code":"IKPA-2024","kind":"IKPA","validFrom":2024,"validTo":null,"basis":"PER-5/PB/2024",
             "final":"sum(value*weight)/sum(weight of components that apply) - reducers",
             "components":[{"key":"REVISI_DIPA","name":"Revisi DIPA","aspect":"PLANNING_QUALITY","weight":10}],
             "reducers":[{"key":"DISPENSASI_SPM","name":"Dispensasi SPM (pengurang)","maxDeduction":1.0}]}""";
}
