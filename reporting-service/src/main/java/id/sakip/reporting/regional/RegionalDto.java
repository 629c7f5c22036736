package id.sakip.reporting.regional;

import java.util.List;

/** The consolidation of every unit below a regional office for one year. */
public record RegionalDto(String parent, int year, List<RegionalRow> units) {
}
