package id.sakip.budget.scheme.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.sakip.budget.scheme.SchemeKind;

import java.math.BigDecimal;
import java.util.List;

/** A score scheme as the dataset and the API carry it; also the audit snapshot. */
public record SchemeData(String code, SchemeKind kind, Integer validFrom, Integer validTo, String basis,
                         @JsonProperty("final") String formula, String note, List<Component> components,
                         List<Reducer> reducers, List<Derived> derived) {

    public record Component(String key, String name, String aspect, BigDecimal weight) {
    }

    public record Reducer(String key, String name, BigDecimal maxDeduction) {
    }

    public record Derived(String key, String from, String formula) {
    }

    public boolean validIn(int year) {
        return validFrom != null && validFrom <= year && (validTo == null || validTo >= year);
    }

    public Component component(String key) {
        return components.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
