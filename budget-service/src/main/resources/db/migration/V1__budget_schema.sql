-- budget-service schema: score schemes, budget allotments (DIPA) with breakdowns, PNBP revenue,
-- IKPA and SMART/planning/NKA entries, and unit-year locks. Money is whole rupiah (BIGINT);
-- scores and percentages are NUMERIC as entered (unconstrained, so the printed precision survives).

CREATE TABLE score_scheme (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(60)   NOT NULL UNIQUE,
    kind        VARCHAR(20)   NOT NULL CHECK (kind IN ('IKPA', 'SMART', 'PLANNING', 'NKA')),
    valid_from  INTEGER       NOT NULL,
    valid_to    INTEGER,
    basis       VARCHAR(500),
    formula     VARCHAR(500),
    note        VARCHAR(2000),
    version     BIGINT        NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

CREATE TABLE score_scheme_component (
    scheme_id      BIGINT       NOT NULL REFERENCES score_scheme (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    component_key  VARCHAR(60)  NOT NULL,
    name           VARCHAR(300),
    aspect         VARCHAR(60),
    weight         NUMERIC,
    PRIMARY KEY (scheme_id, position)
);

CREATE TABLE score_scheme_reducer (
    scheme_id      BIGINT       NOT NULL REFERENCES score_scheme (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    reducer_key    VARCHAR(60)  NOT NULL,
    name           VARCHAR(300),
    max_deduction  NUMERIC,
    PRIMARY KEY (scheme_id, position)
);

CREATE TABLE score_scheme_derived (
    scheme_id    BIGINT       NOT NULL REFERENCES score_scheme (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    derived_key  VARCHAR(60)  NOT NULL,
    from_key     VARCHAR(60)  NOT NULL,
    formula      VARCHAR(300) NOT NULL,
    PRIMARY KEY (scheme_id, position)
);

CREATE TABLE budget_allotment (
    id            BIGSERIAL PRIMARY KEY,
    work_unit     VARCHAR(50)   NOT NULL,
    year          INTEGER       NOT NULL,
    reference     VARCHAR(500),
    ceiling       BIGINT        NOT NULL CHECK (ceiling >= 0),
    realization   BIGINT        CHECK (realization >= 0),
    outputs_note  VARCHAR(1000),
    version       BIGINT        NOT NULL DEFAULT 0,
    updated_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year)
);

CREATE TABLE budget_revision (
    budget_id  BIGINT       NOT NULL REFERENCES budget_allotment (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    revision   INTEGER      NOT NULL,
    label      VARCHAR(300),
    ceiling    BIGINT,
    PRIMARY KEY (budget_id, position)
);

-- One row per line of a breakdown (by program, spending type, funding source, indicator; the
-- programs of a DIPA revision carry its revision number).
CREATE TABLE budget_breakdown_line (
    budget_id    BIGINT       NOT NULL REFERENCES budget_allotment (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    breakdown    VARCHAR(30)  NOT NULL,
    revision     INTEGER,
    line_key     VARCHAR(300) NOT NULL,
    parent_key   VARCHAR(100),
    ceiling      BIGINT,
    realization  BIGINT,
    PRIMARY KEY (budget_id, position)
);

CREATE TABLE budget_output (
    budget_id         BIGINT       NOT NULL REFERENCES budget_allotment (id) ON DELETE CASCADE,
    position          INTEGER      NOT NULL,
    code              VARCHAR(60)  NOT NULL,
    name              VARCHAR(500),
    volume_target     NUMERIC,
    volume_unit       VARCHAR(60),
    progress_percent  NUMERIC,
    ceiling           BIGINT,
    realization       BIGINT,
    PRIMARY KEY (budget_id, position)
);

CREATE TABLE budget_monthly (
    budget_id    BIGINT   NOT NULL REFERENCES budget_allotment (id) ON DELETE CASCADE,
    position     INTEGER  NOT NULL,
    month        INTEGER  NOT NULL CHECK (month BETWEEN 1 AND 12),
    planned      BIGINT,
    realization  BIGINT,
    PRIMARY KEY (budget_id, position)
);

CREATE TABLE budget_saving (
    budget_id  BIGINT        NOT NULL REFERENCES budget_allotment (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    item       VARCHAR(500)  NOT NULL,
    amount     BIGINT,
    basis      VARCHAR(1000),
    PRIMARY KEY (budget_id, position)
);

CREATE TABLE budget_reported (
    budget_id     BIGINT        NOT NULL REFERENCES budget_allotment (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    reported_key  VARCHAR(100)  NOT NULL,
    objective     VARCHAR(60),
    indicator     VARCHAR(60),
    line_key      VARCHAR(100),
    value         NUMERIC,
    where_text    VARCHAR(500),
    PRIMARY KEY (budget_id, position)
);

CREATE TABLE revenue (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)   NOT NULL,
    year        INTEGER       NOT NULL,
    reference   VARCHAR(500),
    target      BIGINT        CHECK (target >= 0),
    version     BIGINT        NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year)
);

CREATE TABLE revenue_account (
    revenue_id            BIGINT        NOT NULL REFERENCES revenue (id) ON DELETE CASCADE,
    position              INTEGER       NOT NULL,
    code                  VARCHAR(20)   NOT NULL,
    name                  VARCHAR(300),
    mpn_tax               BIGINT,
    mpn_non_tax           BIGINT,
    bi_tax                BIGINT,
    bi_non_tax            BIGINT,
    spm_deduction         BIGINT,
    refund                BIGINT,
    reported_realization  BIGINT,
    PRIMARY KEY (revenue_id, position)
);

CREATE TABLE revenue_reported_total (
    revenue_id  BIGINT       NOT NULL REFERENCES revenue (id) ON DELETE CASCADE,
    total_key   VARCHAR(60)  NOT NULL,
    amount      BIGINT,
    PRIMARY KEY (revenue_id, total_key)
);

CREATE TABLE revenue_reported (
    revenue_id    BIGINT        NOT NULL REFERENCES revenue (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    reported_key  VARCHAR(100)  NOT NULL,
    value         NUMERIC,
    where_text    VARCHAR(500),
    PRIMARY KEY (revenue_id, position)
);

CREATE TABLE ikpa_entry (
    id                          BIGSERIAL PRIMARY KEY,
    work_unit                   VARCHAR(50)   NOT NULL,
    year                        INTEGER       NOT NULL,
    period                      VARCHAR(20)   NOT NULL,
    scheme_code                 VARCHAR(60)   NOT NULL REFERENCES score_scheme (code),
    reference                   VARCHAR(500),
    reported_total              NUMERIC,
    reported_final              NUMERIC,
    reported_weight_conversion  NUMERIC,
    reported_weighted_where     VARCHAR(500),
    version                     BIGINT        NOT NULL DEFAULT 0,
    updated_at                  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, period)
);

CREATE TABLE ikpa_component (
    entry_id       BIGINT       NOT NULL REFERENCES ikpa_entry (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    component_key  VARCHAR(60)  NOT NULL,
    value          NUMERIC,
    PRIMARY KEY (entry_id, position)
);

CREATE TABLE ikpa_reducer (
    entry_id     BIGINT       NOT NULL REFERENCES ikpa_entry (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    reducer_key  VARCHAR(60)  NOT NULL,
    value        NUMERIC,
    PRIMARY KEY (entry_id, position)
);

CREATE TABLE ikpa_reported_aspect (
    entry_id  BIGINT       NOT NULL REFERENCES ikpa_entry (id) ON DELETE CASCADE,
    aspect    VARCHAR(60)  NOT NULL,
    value     NUMERIC,
    PRIMARY KEY (entry_id, aspect)
);

CREATE TABLE ikpa_reported_weighted (
    entry_id       BIGINT       NOT NULL REFERENCES ikpa_entry (id) ON DELETE CASCADE,
    component_key  VARCHAR(60)  NOT NULL,
    value          NUMERIC,
    PRIMARY KEY (entry_id, component_key)
);

CREATE TABLE performance_entry (
    id           BIGSERIAL PRIMARY KEY,
    work_unit    VARCHAR(50)   NOT NULL,
    year         INTEGER       NOT NULL,
    kind         VARCHAR(20)   NOT NULL CHECK (kind IN ('SMART', 'PLANNING', 'NKA')),
    scheme_code  VARCHAR(60)   NOT NULL REFERENCES score_scheme (code),
    reference    VARCHAR(500),
    note         VARCHAR(2000),
    version      BIGINT        NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, kind)
);

CREATE TABLE performance_component (
    entry_id       BIGINT       NOT NULL REFERENCES performance_entry (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    component_key  VARCHAR(60)  NOT NULL,
    value          NUMERIC,
    PRIMARY KEY (entry_id, position)
);

CREATE TABLE performance_input (
    entry_id     BIGINT        NOT NULL REFERENCES performance_entry (id) ON DELETE CASCADE,
    input_key    VARCHAR(60)   NOT NULL,
    input_value  VARCHAR(300),
    PRIMARY KEY (entry_id, input_key)
);

CREATE TABLE performance_reported (
    entry_id      BIGINT       NOT NULL REFERENCES performance_entry (id) ON DELETE CASCADE,
    reported_key  VARCHAR(60)  NOT NULL,
    value         NUMERIC,
    PRIMARY KEY (entry_id, reported_key)
);

-- A unit-year is locked while a published report relies on it (reporting-service sets and clears it).
CREATE TABLE budget_lock (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)   NOT NULL,
    year        INTEGER       NOT NULL,
    locked_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    locked_by   VARCHAR(100),
    reason      VARCHAR(500),
    UNIQUE (work_unit, year)
);
