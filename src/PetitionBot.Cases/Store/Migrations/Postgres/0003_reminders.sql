-- Reminders. Instants are Unix milliseconds so both dialects compare them the same way.

-- Who wants reminders, where to send them (an opaque conversation address) and what they asked for.
CREATE TABLE reminder_subscriptions (
    id               text    NOT NULL PRIMARY KEY,
    channel_id       text    NOT NULL,
    conversation_id  text    NOT NULL,
    user_id          text    NOT NULL,
    user_name        text,
    scope            text    NOT NULL,
    units            text    NOT NULL,
    officer_id       text,
    digest_time      text    NOT NULL,
    address          text    NOT NULL,
    is_active        boolean NOT NULL,
    subscribed_at_ms bigint  NOT NULL,
    updated_at_ms    bigint  NOT NULL,
    UNIQUE (channel_id, conversation_id, user_id)
);

-- A case turning yellow or red at one stage, recorded once; its fan-out to subscribers commits with it.
CREATE TABLE reminder_transitions (
    case_number      text   NOT NULL,
    step             text   NOT NULL,
    colour           text   NOT NULL,
    due_date         date   NOT NULL,
    registering_unit text   NOT NULL,
    responsible_unit text,
    handling_officer text,
    detected_at_ms   bigint NOT NULL,
    PRIMARY KEY (case_number, step, colour)
);

-- The send log and outbox: one row per subscriber and reminder, never two (the unique key).
CREATE TABLE reminder_deliveries (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id  text   NOT NULL REFERENCES reminder_subscriptions (id),
    reminder_key     text   NOT NULL,
    kind             text   NOT NULL,
    case_number      text,
    step             text,
    colour           text,
    payload          text,
    status           text   NOT NULL,
    attempts         integer NOT NULL,
    not_before_ms    bigint NOT NULL,
    claimed_by       text,
    claimed_until_ms bigint,
    created_at_ms    bigint NOT NULL,
    sent_at_ms       bigint,
    last_error       text,
    UNIQUE (subscription_id, reminder_key)
);
CREATE INDEX ix_reminder_deliveries_pending ON reminder_deliveries (not_before_ms) WHERE status = 'pending';
CREATE INDEX ix_reminder_deliveries_key ON reminder_deliveries (reminder_key);
CREATE INDEX ix_reminder_deliveries_folded ON reminder_deliveries (subscription_id) WHERE status = 'folded';
