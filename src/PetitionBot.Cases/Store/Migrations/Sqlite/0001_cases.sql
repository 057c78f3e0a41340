-- Cases: the current state as a JSON document plus the columns queries filter on.
CREATE TABLE cases (
    number            TEXT    NOT NULL PRIMARY KEY,
    year              INTEGER NOT NULL,
    sequence          INTEGER NOT NULL,
    query_code        TEXT    NOT NULL UNIQUE,
    status            TEXT    NOT NULL,
    is_open           INTEGER NOT NULL,
    is_collective     INTEGER NOT NULL,
    registering_unit  TEXT    NOT NULL,
    responsible_unit  TEXT,
    handling_officer  TEXT,
    received_on       TEXT    NOT NULL,
    next_due_date     TEXT,
    next_due_step     TEXT,
    version           INTEGER NOT NULL,
    data              TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    UNIQUE (year, sequence)
);
-- The reminder scheduler's query: open cases whose next due date is on or before a day.
CREATE INDEX ix_cases_open_next_due ON cases (next_due_date) WHERE is_open = 1 AND next_due_date IS NOT NULL;
CREATE INDEX ix_cases_handling_officer ON cases (handling_officer) WHERE handling_officer IS NOT NULL;
CREATE INDEX ix_cases_collective ON cases (received_on) WHERE is_collective = 1;

CREATE TABLE case_petitioners (
    case_number TEXT    NOT NULL REFERENCES cases (number),
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    phone       TEXT,
    PRIMARY KEY (case_number, position)
);
CREATE INDEX ix_case_petitioners_name ON case_petitioners (name);
CREATE INDEX ix_case_petitioners_phone ON case_petitioners (phone) WHERE phone IS NOT NULL;

-- One event per case version: who, when, what, why, and the command as JSON.
CREATE TABLE case_events (
    case_number TEXT    NOT NULL REFERENCES cases (number),
    version     INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    actor_id    TEXT    NOT NULL,
    actor_name  TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    why         TEXT,
    payload     TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (case_number, version)
);

-- Case numbers are allocated here, per year, so every instance sharing the database agrees.
CREATE TABLE case_counters (
    year          INTEGER NOT NULL PRIMARY KEY,
    last_sequence INTEGER NOT NULL
);
