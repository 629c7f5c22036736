package id.sakip.indicators.register.dto;

/** An area of the RB action plan. */
public record ReformAreaInput(String workUnit, Integer year, Integer number, String name) implements RecordInput {
}
