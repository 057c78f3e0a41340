-- Commands sent from chat carry an idempotency key (the turn's activity), so a re-run turn finds its earlier result.
ALTER TABLE case_events ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX ux_case_events_idempotency_key ON case_events (idempotency_key) WHERE idempotency_key IS NOT NULL;

-- "我的案件": cases the user registered, besides those they handle.
ALTER TABLE cases ADD COLUMN registered_by TEXT;
UPDATE cases SET registered_by = (SELECT e.actor_id FROM case_events e WHERE e.case_number = cases.number AND e.version = 1);
CREATE INDEX ix_cases_registered_by ON cases (registered_by) WHERE registered_by IS NOT NULL;
