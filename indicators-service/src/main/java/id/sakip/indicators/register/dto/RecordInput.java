package id.sakip.indicators.register.dto;

/** A register record as the API and the dataset carry it: every record belongs to a unit and year. */
public interface RecordInput {

    String workUnit();

    Integer year();
}
