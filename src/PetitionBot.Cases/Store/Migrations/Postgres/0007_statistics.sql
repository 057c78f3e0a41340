-- Statistics group and filter on what the case document holds: 信访形式, 内容分类, 满意度, and whether 办结 came by its
-- due date. Existing rows get them from the document; the 办结 due date needs the calendar, so the store fills it in
-- after migrating.
ALTER TABLE cases ADD COLUMN form text;
ALTER TABLE cases ADD COLUMN category text;
ALTER TABLE cases ADD COLUMN satisfaction text;
ALTER TABLE cases ADD COLUMN concluded_on date;
ALTER TABLE cases ADD COLUMN conclude_due_date date;
UPDATE cases SET form = data ->> 'form', category = data ->> 'category', satisfaction = data ->> 'satisfaction',
    concluded_on = (data -> 'dates' ->> 'concluded')::date;

-- A period's cases by the day they came in, carrying every column a statistic reads, so each is an index-only scan.
CREATE INDEX ix_cases_received_stats ON cases (received_on)
    INCLUDE (registering_unit, responsible_unit, status, form, category, satisfaction, is_open, is_collective,
             next_due_date, next_due_step, concluded_on, conclude_due_date);

-- Repeat petitioners join a period's cases to their petitioners: the join reads this index alone.
CREATE INDEX ix_case_petitioners_stats ON case_petitioners (case_number) INCLUDE (name, phone, id_number);
