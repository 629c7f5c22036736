-- Report content owned by indicators-service (issue 13): the organisation profile, narrative, other achievements and
-- risk register of a unit-year, and the strategy (vision, missions, goals) of a plan. Each is one validated JSON
-- document; its shape is the API record of id.sakip.indicators.content.dto, so it is read and written whole.
CREATE TABLE content_document (
    id          BIGSERIAL    PRIMARY KEY,
    kind        VARCHAR(40)  NOT NULL,
    -- a work unit code for unit-year kinds, a plan code for PLAN_STRATEGY
    owner_code  VARCHAR(100) NOT NULL,
    -- 0 for documents that are not per year (PLAN_STRATEGY)
    year        INTEGER      NOT NULL,
    body        JSONB        NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(200),
    CONSTRAINT content_document_key UNIQUE (kind, owner_code, year)
);
