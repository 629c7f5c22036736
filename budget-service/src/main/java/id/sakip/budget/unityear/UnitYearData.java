package id.sakip.budget.unityear;

/** What the data of every unit-year document carries: its work unit, year, reference and natural key. */
public interface UnitYearData {

    String workUnit();

    Integer year();

    String reference();

    /** The key the audit trail and the import summary name the document by. */
    String naturalKey();
}
