-- The signature of the foreword (Kata Pengantar): who approved the report, with NIP and position as the agreement in
-- force names its first party (the head of the unit), and the place and date of approval. Set on approval.
ALTER TABLE report ADD COLUMN approver_name VARCHAR(200);
ALTER TABLE report ADD COLUMN approver_nip VARCHAR(30);
ALTER TABLE report ADD COLUMN approver_position VARCHAR(300);
ALTER TABLE report ADD COLUMN approval_place VARCHAR(100);
ALTER TABLE report ADD COLUMN approved_on DATE;
