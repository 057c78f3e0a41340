-- Cases: the current state as a JSON document plus the columns queries filter on.
CREATE TABLE cases (
    number            text        NOT NULL PRIMARY KEY,
    year              integer     NOT NULL,
    sequence          bigint      NOT NULL,
    query_code        text        NOT NULL UNIQUE,
    status            text        NOT NULL,
    is_open           boolean     NOT NULL,
    is_collective     boolean     NOT NULL,
    registering_unit  text        NOT NULL,
    responsible_unit  text,
    handling_officer  text,
    received_on       date        NOT NULL,
    next_due_date     date,
    next_due_step     text,
    version           bigint      NOT NULL,
    data              jsonb       NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    UNIQUE (year, sequence)
);
-- The reminder scheduler's query: open cases whose next due date is on or before a day.
CREATE INDEX ix_cases_open_next_due ON cases (next_due_date) WHERE is_open AND next_due_date IS NOT NULL;
CREATE INDEX ix_cases_handling_officer ON cases (handling_officer) WHERE handling_officer IS NOT NULL;
CREATE INDEX ix_cases_collective ON cases (received_on) WHERE is_collective;

CREATE TABLE case_petitioners (
    case_number text    NOT NULL REFERENCES cases (number),
    position    integer NOT NULL,
    name        text    NOT NULL,
    phone       text,
    PRIMARY KEY (case_number, position)
);
CREATE INDEX ix_case_petitioners_name ON case_petitioners (name);
CREATE INDEX ix_case_petitioners_phone ON case_petitioners (phone) WHERE phone IS NOT NULL;

-- One event per case version: who, when, what, why, and the command as JSON.
CREATE TABLE case_events (
    case_number text        NOT NULL REFERENCES cases (number),
    version     bigint      NOT NULL,
    kind        text        NOT NULL,
    label       text        NOT NULL,
    actor_id    text        NOT NULL,
    actor_name  text        NOT NULL,
    at          timestamptz NOT NULL,
    why         text,
    payload     jsonb       NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (case_number, version)
);

-- Case numbers are allocated here, per year, so every instance sharing the database agrees.
CREATE TABLE case_counters (
    year          integer NOT NULL PRIMARY KEY,
    last_sequence bigint  NOT NULL
);
