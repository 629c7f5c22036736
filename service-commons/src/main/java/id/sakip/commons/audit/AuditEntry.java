package id.sakip.commons.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** One row of the audit trail: who changed what, when, and the state before and after. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String subject, String username, String workUnit,
                         String entity, String entityKey, String action, JsonNode before, JsonNode after,
                         String requestId) {
}
