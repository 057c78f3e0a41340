-- A delivery's failed attempts, one line each (when, what), kept when it finally sends or is given up.
ALTER TABLE reminder_deliveries ADD COLUMN attempt_log TEXT;

-- Retention: the scheduler prunes by age in bounded batches; these find the old rows without reading the rest.
CREATE INDEX ix_reminder_deliveries_finished ON reminder_deliveries (created_at_ms)
    WHERE status IN ('sent', 'digested', 'obsolete', 'cancelled', 'failed');
CREATE INDEX ix_reminder_transitions_detected ON reminder_transitions (detected_at_ms);
CREATE INDEX ix_reminder_subscriptions_cancelled ON reminder_subscriptions (updated_at_ms) WHERE is_active = false;
