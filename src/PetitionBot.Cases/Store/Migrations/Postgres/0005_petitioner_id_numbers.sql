-- Cases by a petitioner's 身份证号 ("查一下 11010519491231002X"), beside name and phone; existing rows from the case document.
ALTER TABLE case_petitioners ADD COLUMN id_number text;
UPDATE case_petitioners p SET id_number = upper(c.data -> 'petitioners' -> p.position ->> 'idNumber')
FROM cases c WHERE c.number = p.case_number;
CREATE INDEX ix_case_petitioners_id_number ON case_petitioners (id_number) WHERE id_number IS NOT NULL;
