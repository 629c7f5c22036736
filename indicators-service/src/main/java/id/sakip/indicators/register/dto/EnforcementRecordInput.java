package id.sakip.indicators.register.dto;

import java.util.List;

/** One person subject to enforcement with measures A-F (Tabel III.35). */
public record EnforcementRecordInput(String workUnit, Integer year, Integer row, String name, String sex,
                                     String nationality, String reason, String article, List<String> measures,
                                     String remark) implements RecordInput {
}
