package id.sakip.indicators.register.dto;

/**
 * An RB action-plan item planned for a quarter, with status and evidence; {@code number} (its key in the
 * unit-year) defaults to its place.
 */
public record ReformItemInput(String workUnit, Integer year, Integer number, String quarter, Integer area,
                              String activity, String indicator, String status, String evidence)
        implements RecordInput {
}
