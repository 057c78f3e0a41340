-- Open cases in (due date, number) order carrying every column the reminder scheduler reads, so its passes are
-- index-only scans; the lists' first page (same order) reads five entries. Counting stays on 0001's narrower
-- ix_cases_open_next_due, which deduplicates the dates and so is a fraction of the size.
CREATE INDEX ix_cases_open_due_cover ON cases (next_due_date, number)
    INCLUDE (next_due_step, registering_unit, responsible_unit, handling_officer)
    WHERE is_open AND next_due_date IS NOT NULL;

-- An officer sees the cases their unit registered or is responsible for: one index per side of that OR.
CREATE INDEX ix_cases_open_registering_unit ON cases (registering_unit, next_due_date)
    WHERE is_open AND next_due_date IS NOT NULL;
CREATE INDEX ix_cases_open_responsible_unit ON cases (responsible_unit, next_due_date)
    WHERE is_open AND next_due_date IS NOT NULL AND responsible_unit IS NOT NULL;

-- Transitions in the covering index's order, so "seen before?" is a merge of two ordered scans, not a hash of all history.
CREATE INDEX ix_reminder_transitions_due ON reminder_transitions (due_date, case_number, step, colour);

-- Today's digests are now looked for per subscriber, which the unique (subscription_id, reminder_key) serves; nothing
-- looks deliveries up by key alone any more, and every queued reminder paid for this index.
DROP INDEX ix_reminder_deliveries_key;
