-- Performance (issue 7): the unit-year documents (budgets, revenues, IKPA and SMART/planning/NKA entries) take their
-- ids from their sequences in blocks of 50 (allocationSize = 50, Hibernate's pooled-lo optimizer), so a dataset import
-- inserts them in JDBC batches instead of one INSERT ... RETURNING per document. The column defaults stay (nextval of
-- the same sequence), so plain SQL inserts keep working: such an insert takes one value of the sequence and leaves the next 49 unused; Hibernate's
-- blocks are the 50 values starting at the one its own nextval returns, and no two nextval results are closer than
-- 50, so the two never overlap.
ALTER SEQUENCE budget_allotment_id_seq INCREMENT BY 50;
ALTER SEQUENCE revenue_id_seq INCREMENT BY 50;
ALTER SEQUENCE ikpa_entry_id_seq INCREMENT BY 50;
ALTER SEQUENCE performance_entry_id_seq INCREMENT BY 50;
