-- Audit trail shared by every service (service-commons AuditLog); each service has its own copy in its own database.
CREATE TABLE audit_entry (
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    subject      VARCHAR(100),
    username     VARCHAR(100),
    work_unit    VARCHAR(50),
    entity       VARCHAR(100) NOT NULL,
    entity_key   VARCHAR(300) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    before_state JSONB,
    after_state  JSONB,
    request_id   VARCHAR(100)
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity, entity_key);
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);
