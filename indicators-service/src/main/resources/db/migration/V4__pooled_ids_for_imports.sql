-- Performance (issue 7): the ids of the rows a dataset import writes in bulk come from their sequences in blocks of
-- 50 (allocationSize = 50 on the entities; Quarkus uses Hibernate's pooled-lo optimizer), as V3 did for realization. With IDENTITY
-- ids every new agreement, target, budget line, work unit, benchmark and reported figure was one INSERT ... RETURNING
-- round trip; with pooled sequence ids Hibernate knows the ids before the flush and sends the rows in JDBC batches.
-- The column defaults stay (nextval of the same sequence), so plain SQL inserts keep working: such an insert takes one
-- value of the sequence and leaves the next 49 unused; Hibernate's blocks are the 50 values starting at the one its
-- own nextval returns, and no two nextval results are closer than 50, so the two never overlap.
ALTER SEQUENCE work_unit_id_seq INCREMENT BY 50;
ALTER SEQUENCE work_unit_parent_id_seq INCREMENT BY 50;
ALTER SEQUENCE performance_agreement_id_seq INCREMENT BY 50;
ALTER SEQUENCE agreement_target_id_seq INCREMENT BY 50;
ALTER SEQUENCE agreement_budget_line_id_seq INCREMENT BY 50;
ALTER SEQUENCE benchmark_id_seq INCREMENT BY 50;
ALTER SEQUENCE reported_figure_id_seq INCREMENT BY 50;
