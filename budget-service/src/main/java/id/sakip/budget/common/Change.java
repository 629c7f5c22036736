package id.sakip.budget.common;

/** What storing an item did (or, in a dry run, would do). */
public enum Change {
    CREATED, UPDATED, UNCHANGED
}
