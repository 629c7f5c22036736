package id.sakip.budget.unityear;

/** What the read view of a unit-year document carries for its ETag: the year and the entity version. */
public interface UnitYearView {

    int year();

    long version();
}
