-- Reminders. Instants are Unix milliseconds so both dialects compare them the same way.

-- Who wants reminders, where to send them (an opaque conversation address) and what they asked for.
CREATE TABLE reminder_subscriptions (
    id               TEXT    NOT NULL PRIMARY KEY,
    channel_id       TEXT    NOT NULL,
    conversation_id  TEXT    NOT NULL,
    user_id          TEXT    NOT NULL,
    user_name        TEXT,
    scope            TEXT    NOT NULL,
    units            TEXT    NOT NULL,
    officer_id       TEXT,
    digest_time      TEXT    NOT NULL,
    address          TEXT    NOT NULL,
    is_active        INTEGER NOT NULL,
    subscribed_at_ms INTEGER NOT NULL,
    updated_at_ms    INTEGER NOT NULL,
    UNIQUE (channel_id, conversation_id, user_id)
);

-- A case turning yellow or red at one stage, recorded once; its fan-out to subscribers commits with it.
CREATE TABLE reminder_transitions (
    case_number      TEXT   NOT NULL,
    step             TEXT   NOT NULL,
    colour           TEXT   NOT NULL,
    due_date         TEXT   NOT NULL,
    registering_unit TEXT   NOT NULL,
    responsible_unit TEXT,
    handling_officer TEXT,
    detected_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (case_number, step, colour)
);

-- The send log and outbox: one row per subscriber and reminder, never two (the unique key).
CREATE TABLE reminder_deliveries (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id  TEXT   NOT NULL REFERENCES reminder_subscriptions (id),
    reminder_key     TEXT   NOT NULL,
    kind             TEXT   NOT NULL,
    case_number      TEXT,
    step             TEXT,
    colour           TEXT,
    payload          TEXT,
    status           TEXT   NOT NULL,
    attempts         INTEGER NOT NULL,
    not_before_ms    INTEGER NOT NULL,
    claimed_by       TEXT,
    claimed_until_ms INTEGER,
    created_at_ms    INTEGER NOT NULL,
    sent_at_ms       INTEGER,
    last_error       TEXT,
    UNIQUE (subscription_id, reminder_key)
);
CREATE INDEX ix_reminder_deliveries_pending ON reminder_deliveries (not_before_ms) WHERE status = 'pending';
CREATE INDEX ix_reminder_deliveries_key ON reminder_deliveries (reminder_key);
CREATE INDEX ix_reminder_deliveries_folded ON reminder_deliveries (subscription_id) WHERE status = 'folded';
