package id.sakip.budget.scheme.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.sakip.budget.scheme.SchemeKind;

import java.time.Instant;
import java.util.List;

/** A stored score scheme with its version (the ETag) and whether this service can compute its score. */
public record SchemeView(String code, SchemeKind kind, Integer validFrom, Integer validTo, String basis,
                         @JsonProperty("final") String formula, String note, boolean computable,
                         List<SchemeData.Component> components, List<SchemeData.Reducer> reducers,
                         List<SchemeData.Derived> derived, long version, Instant updatedAt) {
}
