-- Performance (issue 7).
-- 1. Realization ids come from the sequence in blocks of 50 (Hibernate's pooled optimizer), so a dataset import
--    inserts its rows in JDBC batches instead of one INSERT ... RETURNING per row. The column default stays, so
--    plain SQL inserts keep working (each nextval reserves its own block).
ALTER SEQUENCE realization_id_seq INCREMENT BY 50;

-- 2. A generation counter per year (year 0 = every year, bumped by plan changes), incremented in the same
--    transaction as every write of a unit-year. The computed benchmark averages of a year are cached in memory
--    under the sum of the year's and year 0's generations and recomputed when it changes.
CREATE TABLE benchmark_generation (
    year       INTEGER PRIMARY KEY,
    generation BIGINT  NOT NULL
);
