-- Evidence registers as a relational model (issue 6): one table per register, one row per record, every record
-- of one work unit and year, editable one at a time (JPA @Version). Natural keys make dataset imports upserts.
-- The V1 table register_document (registers stored as received) is no longer written; rows left in it by an
-- earlier version are moved into these tables at start-up (register.LegacyRegisterMigration).

-- Per unit, year and register: where the source printed it, a note, and the totals the source printed.
CREATE TABLE register_header (
    id             BIGSERIAL PRIMARY KEY,
    work_unit      VARCHAR(50)  NOT NULL,
    year           INTEGER      NOT NULL,
    register       VARCHAR(60)  NOT NULL,
    reference      VARCHAR(500),
    note           TEXT,
    reported_total BIGINT,
    version        BIGINT       NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, register)
);

-- Printed totals by key (e.g. passports per type: ORDINARY_48 → 14862).
CREATE TABLE register_reported_total (
    header_id  BIGINT       NOT NULL REFERENCES register_header (id) ON DELETE CASCADE,
    total_key  VARCHAR(100) NOT NULL,
    value      BIGINT       NOT NULL,
    PRIMARY KEY (header_id, total_key)
);

-- Figures of earlier years the source printed beside a register (RB action plan 2023: 75 planned, 75 done).
CREATE TABLE register_history (
    header_id     BIGINT  NOT NULL REFERENCES register_header (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    history_year  INTEGER NOT NULL,
    planned       BIGINT,
    done          BIGINT,
    PRIMARY KEY (header_id, position)
);

-- Criminal cases (Pro Yustisia, Tabel III.2): one case, several suspects, stages with dates.
CREATE TABLE justice_case (
    id           BIGSERIAL PRIMARY KEY,
    work_unit    VARCHAR(50)  NOT NULL,
    year         INTEGER      NOT NULL,
    position     INTEGER      NOT NULL,
    number       VARCHAR(60)  NOT NULL,
    reference    VARCHAR(500),
    offence      TEXT,
    opened_on    DATE,
    spdp_period  VARCHAR(2),
    spdp_date    DATE,
    stage        VARCHAR(20),
    note         TEXT,
    version      BIGINT       NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, number)
);
CREATE INDEX justice_case_year_idx ON justice_case (year, work_unit);

CREATE TABLE justice_case_stage (
    case_id     BIGINT      NOT NULL REFERENCES justice_case (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    stage       VARCHAR(20) NOT NULL,
    stage_date  DATE,
    PRIMARY KEY (case_id, position)
);

CREATE TABLE justice_case_suspect (
    id           BIGSERIAL PRIMARY KEY,
    case_id      BIGINT       NOT NULL REFERENCES justice_case (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    name         VARCHAR(300) NOT NULL,
    nationality  VARCHAR(10),
    sex          VARCHAR(1),
    article      VARCHAR(300),
    version      BIGINT       NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX justice_case_suspect_case_idx ON justice_case_suspect (case_id);

-- Administrative actions by measure (Tabel III.5): counts of measures, not of persons.
CREATE TABLE administrative_action_count (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)  NOT NULL,
    year        INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    measure     VARCHAR(60)  NOT NULL,
    count       BIGINT,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, measure)
);

-- Enforcement records per person (Tabel III.35) with measures A-F of Pasal 75 ayat 2 UU 6/2011.
CREATE TABLE enforcement_record (
    id           BIGSERIAL PRIMARY KEY,
    work_unit    VARCHAR(50)  NOT NULL,
    year         INTEGER      NOT NULL,
    position     INTEGER      NOT NULL,
    row_no       INTEGER      NOT NULL,
    name         VARCHAR(300) NOT NULL,
    sex          VARCHAR(1),
    nationality  VARCHAR(10),
    reason       VARCHAR(300),
    article      VARCHAR(300),
    measures     VARCHAR(30),
    remark       TEXT,
    version      BIGINT       NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, row_no)
);

-- Immigration service volumes per service type and period (Tabel III.9).
CREATE TABLE service_volume (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)  NOT NULL,
    year        INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    period      VARCHAR(2)   NOT NULL,
    service     VARCHAR(60)  NOT NULL,
    label       VARCHAR(300),
    received    BIGINT,
    completed   BIGINT,
    rejected    BIGINT,
    cancelled   BIGINT,
    reference   VARCHAR(500),
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, service, period)
);
CREATE INDEX service_volume_year_idx ON service_volume (year, work_unit);

-- Detail items of the services (Tabel III.8), each with its outcome (COMPLETED, REJECTED, CANCELLED).
CREATE TABLE service_detail_item (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)  NOT NULL,
    year        INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    service     VARCHAR(60)  NOT NULL,
    item        VARCHAR(300) NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,
    count       BIGINT,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, service, item)
);

-- Passport issuance by passport type, application and sex (Tabel III.30, III.31).
CREATE TABLE passport_issuance (
    id           BIGSERIAL PRIMARY KEY,
    work_unit    VARCHAR(50)  NOT NULL,
    year         INTEGER      NOT NULL,
    position     INTEGER      NOT NULL,
    passport     VARCHAR(60)  NOT NULL,
    application  VARCHAR(300) NOT NULL,
    male         BIGINT,
    female       BIGINT,
    version      BIGINT       NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, passport, application)
);

-- Border crossings per checkpoint (Tabel III.32).
CREATE TABLE border_crossing (
    id                    BIGSERIAL PRIMARY KEY,
    work_unit             VARCHAR(50)  NOT NULL,
    year                  INTEGER      NOT NULL,
    position              INTEGER      NOT NULL,
    checkpoint            VARCHAR(300) NOT NULL,
    citizen_arrivals      BIGINT,
    citizen_departures    BIGINT,
    foreigner_arrivals    BIGINT,
    foreigner_departures  BIGINT,
    reported_total        BIGINT,
    version               BIGINT       NOT NULL DEFAULT 0,
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, checkpoint)
);

-- Detainees by nationality (Tabel III.33).
CREATE TABLE detainee_count (
    id           BIGSERIAL PRIMARY KEY,
    work_unit    VARCHAR(50)  NOT NULL,
    year         INTEGER      NOT NULL,
    position     INTEGER      NOT NULL,
    nationality  VARCHAR(10)  NOT NULL,
    count        BIGINT,
    version      BIGINT       NOT NULL DEFAULT 0,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, nationality)
);

-- Supervision operations per month (Tabel III.34).
CREATE TABLE supervision_operation (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)  NOT NULL,
    year        INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    month       INTEGER      NOT NULL CHECK (month BETWEEN 1 AND 12),
    count       BIGINT,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, month)
);

-- Bureaucratic-reform (RB) action plan: areas, and items per quarter with status and evidence. Items are keyed by
-- their number in the unit-year: the printed plan repeats an item within a quarter (Q2 2024, SPIP).
CREATE TABLE reform_action_area (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)  NOT NULL,
    year        INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    number      INTEGER      NOT NULL,
    name        TEXT         NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, number)
);

CREATE TABLE reform_action_item (
    id          BIGSERIAL PRIMARY KEY,
    work_unit   VARCHAR(50)  NOT NULL,
    year        INTEGER      NOT NULL,
    position    INTEGER      NOT NULL,
    number      INTEGER      NOT NULL,
    quarter     VARCHAR(2)   NOT NULL,
    area        INTEGER      NOT NULL,
    activity    TEXT         NOT NULL,
    indicator   TEXT         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    evidence    TEXT,
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, number)
);
CREATE INDEX reform_action_item_year_idx ON reform_action_item (year, work_unit);

-- Survey results (the ILK index with its scale and source letter).
CREATE TABLE satisfaction_survey (
    id                BIGSERIAL PRIMARY KEY,
    work_unit         VARCHAR(50)    NOT NULL,
    year              INTEGER        NOT NULL,
    position          INTEGER        NOT NULL,
    survey            VARCHAR(30)    NOT NULL,
    index_value       NUMERIC(12, 4),
    scale_min         NUMERIC(12, 4),
    scale_max         NUMERIC(12, 4),
    national_average  NUMERIC(12, 4),
    source            TEXT,
    version           BIGINT         NOT NULL DEFAULT 0,
    updated_at        TIMESTAMPTZ    NOT NULL DEFAULT now(),
    UNIQUE (work_unit, year, survey)
);

-- Derivation rules as data: how an indicator's numerator and denominator (or value) follow from a register.
-- plan_code NULL: the rule applies to the indicator code in every plan; a plan-specific rule takes precedence.
CREATE TABLE derivation_rule (
    id              BIGSERIAL PRIMARY KEY,
    plan_code       VARCHAR(100),
    indicator_code  VARCHAR(50)  NOT NULL,
    register        VARCHAR(60)  NOT NULL,
    period_field    VARCHAR(60),
    numerator       TEXT,
    denominator     TEXT,
    value           TEXT,
    description     TEXT,
    version         BIGINT       NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX derivation_rule_key_idx ON derivation_rule (COALESCE(plan_code, ''), indicator_code);

INSERT INTO derivation_rule (plan_code, indicator_code, register, period_field, numerator, denominator, value,
                             description)
VALUES
    (NULL, 'IKK-1.1', 'justiceCases', 'spdpPeriod',
     '{"filter":{"spdpPeriod":{"notNull":true},"stage":["P21","STAGE_II"]},"aggregate":"COUNT"}',
     '{"filter":{"spdpPeriod":{"notNull":true}},"aggregate":"COUNT"}',
     NULL,
     'Cases with SPDP issued in the year are handled; those reaching P21 or stage II are followed up'),
    (NULL, 'IKK-2.1', 'serviceVolumes', 'period',
     '{"aggregate":"SUM","field":"completed"}',
     '{"aggregate":"SUM","field":"received"}',
     NULL,
     'Immigration services completed / received, over every service type'),
    (NULL, 'IKK-3.1', 'reformActionPlan', 'quarter',
     '{"filter":{"status":"DONE"},"aggregate":"COUNT"}',
     '{"aggregate":"COUNT"}',
     NULL,
     'RB action-plan items done / planned, per quarter'),
    (NULL, 'IKK-3.2', 'satisfactionSurveys', NULL,
     NULL,
     NULL,
     '{"filter":{"survey":"ILK"},"aggregate":"AVERAGE","field":"index"}',
     'The ILK survey index of the year');
