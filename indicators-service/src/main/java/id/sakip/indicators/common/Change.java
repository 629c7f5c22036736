package id.sakip.indicators.common;

/** What an upsert did to one entity; imports count these per entity. */
public enum Change {
    CREATED, UPDATED, UNCHANGED
}
