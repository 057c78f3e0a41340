-- Cases by a petitioner's 身份证号 ("查一下 11010519491231002X"), beside name and phone; existing rows from the case document.
ALTER TABLE case_petitioners ADD COLUMN id_number TEXT;
UPDATE case_petitioners SET id_number = upper((SELECT json_extract(c.data, '$.petitioners[' || case_petitioners.position || '].idNumber')
    FROM cases c WHERE c.number = case_petitioners.case_number));
CREATE INDEX ix_case_petitioners_id_number ON case_petitioners (id_number) WHERE id_number IS NOT NULL;
