-- LKjIP reports of a work unit and year, their editable narrative sections, the validation rules
-- and the immutable snapshots made when a report is published.

CREATE TABLE report (
    id                     BIGSERIAL PRIMARY KEY,
    work_unit              VARCHAR(50)  NOT NULL,
    year                   INTEGER      NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    model                  JSONB        NOT NULL,
    findings               JSONB        NOT NULL,
    assembled_at           TIMESTAMPTZ  NOT NULL,
    findings_evaluated_at  TIMESTAMPTZ  NOT NULL,
    created_by             VARCHAR(100),
    submitted_by           VARCHAR(100),
    submitted_at           TIMESTAMPTZ,
    decided_by             VARCHAR(100),
    decided_at             TIMESTAMPTZ,
    decision_comment       TEXT,
    approval_justification TEXT,
    published_by           VARCHAR(100),
    published_at           TIMESTAMPTZ,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT report_unit_year_uk UNIQUE (work_unit, year),
    CONSTRAINT report_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PUBLISHED'))
);

CREATE TABLE report_section (
    id          BIGSERIAL PRIMARY KEY,
    report_id   BIGINT       NOT NULL REFERENCES report (id),
    section_key VARCHAR(100) NOT NULL,
    title       VARCHAR(300) NOT NULL,
    markdown    TEXT         NOT NULL,
    edited      BOOLEAN      NOT NULL DEFAULT FALSE,
    edited_by   VARCHAR(100),
    edited_at   TIMESTAMPTZ,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT report_section_uk UNIQUE (report_id, section_key)
);

CREATE TABLE report_snapshot (
    id            BIGSERIAL PRIMARY KEY,
    report_id     BIGINT      NOT NULL REFERENCES report (id),
    seq           INTEGER     NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL,
    published_by  VARCHAR(100),
    model_json    BYTEA       NOT NULL,
    model_sha256  VARCHAR(64) NOT NULL,
    pdf           BYTEA       NOT NULL,
    pdf_sha256    VARCHAR(64) NOT NULL,
    CONSTRAINT report_snapshot_uk UNIQUE (report_id, seq)
);

-- A published snapshot never changes: the database refuses updates and deletes, whatever the code does.
CREATE FUNCTION report_snapshot_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'report_snapshot rows are immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER report_snapshot_no_change BEFORE UPDATE OR DELETE ON report_snapshot
    FOR EACH ROW EXECUTE FUNCTION report_snapshot_immutable();

CREATE TABLE validation_rule (
    id               BIGSERIAL PRIMARY KEY,
    code             VARCHAR(100)  NOT NULL UNIQUE,
    name             VARCHAR(300)  NOT NULL,
    scope            VARCHAR(500),
    left_expr        VARCHAR(1000) NOT NULL,
    operator         VARCHAR(10)   NOT NULL,
    right_expr       VARCHAR(1000) NOT NULL,
    importance       VARCHAR(10)   NOT NULL,
    tolerance        NUMERIC(18, 4) NOT NULL DEFAULT 0,
    message_template VARCHAR(1000) NOT NULL,
    enabled          BOOLEAN       NOT NULL DEFAULT TRUE,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT validation_rule_importance_ck CHECK (importance IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT validation_rule_operator_ck CHECK (operator IN ('EQ', 'NE', 'LT', 'LE', 'GT', 'GE'))
);
