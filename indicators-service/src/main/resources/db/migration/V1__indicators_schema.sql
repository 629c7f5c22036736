-- indicators-service schema: work units, plans, agreements, realization, benchmarks, reported figures,
-- registers (stored as received), locks and per unit-year change stamps.

CREATE TABLE work_unit (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(50)  NOT NULL UNIQUE,
    name        VARCHAR(300) NOT NULL,
    type        VARCHAR(30)  NOT NULL,
    valid_from  DATE,
    valid_to    DATE,
    address     VARCHAR(500),
    email       VARCHAR(200),
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE work_unit_parent (
    id           BIGSERIAL PRIMARY KEY,
    work_unit_id BIGINT      NOT NULL REFERENCES work_unit (id) ON DELETE CASCADE,
    parent_code  VARCHAR(50) NOT NULL,
    valid_from   DATE,
    valid_to     DATE,
    position     INTEGER     NOT NULL
);
CREATE INDEX work_unit_parent_unit_idx ON work_unit_parent (work_unit_id);
CREATE INDEX work_unit_parent_parent_idx ON work_unit_parent (parent_code);

CREATE TABLE strategic_plan (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(100) NOT NULL UNIQUE,
    name        VARCHAR(500) NOT NULL,
    owner       VARCHAR(50),
    start_year  INTEGER      NOT NULL,
    end_year    INTEGER      NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE objective (
    id          BIGSERIAL PRIMARY KEY,
    plan_id     BIGINT       NOT NULL REFERENCES strategic_plan (id) ON DELETE CASCADE,
    code        VARCHAR(50)  NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    name        VARCHAR(500) NOT NULL,
    parent_code VARCHAR(50),
    position    INTEGER      NOT NULL,
    UNIQUE (plan_id, code)
);

CREATE TABLE indicator (
    id                        BIGSERIAL PRIMARY KEY,
    objective_id              BIGINT        NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    plan_code                 VARCHAR(100)  NOT NULL,
    code                      VARCHAR(50)   NOT NULL,
    name                      VARCHAR(500)  NOT NULL,
    aliases                   TEXT,
    kind                      VARCHAR(10)   NOT NULL,
    unit                      VARCHAR(30)   NOT NULL,
    polarity                  VARCHAR(20)   NOT NULL,
    lower_is_better_formula   VARCHAR(20)   NOT NULL DEFAULT 'DIFFERENCE',
    year_aggregation          VARCHAR(10)   NOT NULL,
    numerator_label           VARCHAR(500),
    denominator_label         VARCHAR(500),
    scale_min                 NUMERIC(20, 6),
    scale_max                 NUMERIC(20, 6),
    continues_plan            VARCHAR(100),
    continues_indicator       VARCHAR(50),
    position                  INTEGER       NOT NULL,
    UNIQUE (plan_code, code)
);

CREATE TABLE medium_term_target (
    id           BIGSERIAL PRIMARY KEY,
    indicator_id BIGINT         NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year         INTEGER        NOT NULL,
    target       NUMERIC(20, 6) NOT NULL,
    UNIQUE (indicator_id, year)
);

CREATE TABLE performance_agreement (
    id                     BIGSERIAL PRIMARY KEY,
    work_unit              VARCHAR(50)  NOT NULL,
    year                   INTEGER      NOT NULL,
    plan_code              VARCHAR(100) NOT NULL,
    revision               INTEGER      NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    signed_on              DATE,
    place                  VARCHAR(200),
    note                   TEXT,
    first_party_name       VARCHAR(200),
    first_party_position   VARCHAR(300),
    first_party_nip        VARCHAR(30),
    second_party_name      VARCHAR(200),
    second_party_position  VARCHAR(300),
    second_party_nip       VARCHAR(30),
    version                BIGINT       NOT NULL DEFAULT 0,
    updated_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, revision)
);
CREATE INDEX performance_agreement_year_idx ON performance_agreement (year);

CREATE TABLE agreement_target (
    id             BIGSERIAL PRIMARY KEY,
    agreement_id   BIGINT         NOT NULL REFERENCES performance_agreement (id) ON DELETE CASCADE,
    indicator_code VARCHAR(50)    NOT NULL,
    target         NUMERIC(20, 6) NOT NULL,
    position       INTEGER        NOT NULL,
    UNIQUE (agreement_id, indicator_code)
);

CREATE TABLE agreement_budget_line (
    id           BIGSERIAL PRIMARY KEY,
    agreement_id BIGINT       NOT NULL REFERENCES performance_agreement (id) ON DELETE CASCADE,
    program      VARCHAR(300) NOT NULL,
    activity     VARCHAR(500),
    amount       BIGINT       NOT NULL,
    position     INTEGER      NOT NULL
);

CREATE TABLE realization (
    id             BIGSERIAL PRIMARY KEY,
    work_unit      VARCHAR(50)    NOT NULL,
    year           INTEGER        NOT NULL,
    plan_code      VARCHAR(100)   NOT NULL,
    indicator_code VARCHAR(50)    NOT NULL,
    period         VARCHAR(2)     NOT NULL,
    numerator      NUMERIC(20, 4),
    denominator    NUMERIC(20, 4),
    value          NUMERIC(20, 6),
    note           TEXT,
    links          TEXT,
    status         VARCHAR(20)    NOT NULL,
    return_reason  TEXT,
    source         VARCHAR(20)    NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, plan_code, indicator_code, period)
);
CREATE INDEX realization_year_idx ON realization (year, plan_code);
CREATE INDEX realization_unit_idx ON realization (work_unit, year);

CREATE TABLE benchmark (
    id                  BIGSERIAL PRIMARY KEY,
    plan_code           VARCHAR(100)   NOT NULL,
    indicator_code      VARCHAR(50)    NOT NULL,
    year                INTEGER        NOT NULL,
    scope               VARCHAR(30)    NOT NULL,
    work_unit_count     INTEGER,
    average_achievement NUMERIC(20, 6),
    average_value       NUMERIC(20, 6),
    version             BIGINT         NOT NULL DEFAULT 0,
    UNIQUE (plan_code, indicator_code, year, scope)
);

CREATE TABLE reported_figure (
    id           BIGSERIAL PRIMARY KEY,
    work_unit    VARCHAR(50)    NOT NULL,
    year         INTEGER        NOT NULL,
    figure_key   VARCHAR(100)   NOT NULL,
    indicator    VARCHAR(50),
    objective    VARCHAR(50),
    value        NUMERIC(20, 6),
    where_found  VARCHAR(300)   NOT NULL,
    position     INTEGER        NOT NULL
);
CREATE UNIQUE INDEX reported_figure_key_idx
    ON reported_figure (work_unit, year, figure_key, COALESCE(indicator, ''), COALESCE(objective, ''), where_found);

-- Evidence registers as received (one JSON document per unit, year and register), until they get a model.
CREATE TABLE register_document (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)  NOT NULL,
    year        INTEGER      NOT NULL,
    name        VARCHAR(100) NOT NULL,
    content     JSONB        NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, name)
);

-- A published report freezes its unit-year: every change answers 409 until unlocked.
CREATE TABLE unit_year_lock (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)  NOT NULL,
    year        INTEGER      NOT NULL,
    locked_at   TIMESTAMPTZ  NOT NULL,
    locked_by   VARCHAR(100),
    reason      VARCHAR(500),
    UNIQUE (work_unit, year)
);

-- When anything of a unit-year last changed: drives updatedSince of the Kanwil pull.
CREATE TABLE unit_year_change (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)  NOT NULL,
    year        INTEGER      NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL,
    UNIQUE (work_unit, year)
);
