package id.sakip.reporting.client.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;

/** A work unit as indicators-service describes it ({@code GET /api/v1/work-units/{code}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkUnit(String code, String name, String type, String parent, LocalDate validFrom, LocalDate validTo,
                       String address, String email) {
}
