-- Every free text and key of the budget documents is read with one bound (FieldReader.TEXT_MAX = 500 characters),
-- so the narrower columns are widened to it: a longer text is a 422 problem at the field, never a database error
-- (500). Work units (50), score scheme codes (60) and IKPA periods (20) keep their widths and their own bounds
-- (they are parts of natural keys and audit keys). Widening a VARCHAR rewrites neither the table nor its indexes.
ALTER TABLE score_scheme_component ALTER COLUMN component_key TYPE VARCHAR(500),
                                   ALTER COLUMN name TYPE VARCHAR(500),
                                   ALTER COLUMN aspect TYPE VARCHAR(500);
ALTER TABLE score_scheme_reducer ALTER COLUMN reducer_key TYPE VARCHAR(500),
                                 ALTER COLUMN name TYPE VARCHAR(500);
ALTER TABLE score_scheme_derived ALTER COLUMN derived_key TYPE VARCHAR(500),
                                 ALTER COLUMN from_key TYPE VARCHAR(500),
                                 ALTER COLUMN formula TYPE VARCHAR(500);
ALTER TABLE budget_revision ALTER COLUMN label TYPE VARCHAR(500);
ALTER TABLE budget_breakdown_line ALTER COLUMN line_key TYPE VARCHAR(500),
                                  ALTER COLUMN parent_key TYPE VARCHAR(500);
ALTER TABLE budget_output ALTER COLUMN code TYPE VARCHAR(500),
                          ALTER COLUMN volume_unit TYPE VARCHAR(500);
ALTER TABLE budget_reported ALTER COLUMN reported_key TYPE VARCHAR(500),
                            ALTER COLUMN objective TYPE VARCHAR(500),
                            ALTER COLUMN indicator TYPE VARCHAR(500),
                            ALTER COLUMN line_key TYPE VARCHAR(500);
ALTER TABLE revenue_account ALTER COLUMN code TYPE VARCHAR(500),
                            ALTER COLUMN name TYPE VARCHAR(500);
ALTER TABLE revenue_reported_total ALTER COLUMN total_key TYPE VARCHAR(500);
ALTER TABLE revenue_reported ALTER COLUMN reported_key TYPE VARCHAR(500);
ALTER TABLE ikpa_component ALTER COLUMN component_key TYPE VARCHAR(500);
ALTER TABLE ikpa_reducer ALTER COLUMN reducer_key TYPE VARCHAR(500);
ALTER TABLE ikpa_reported_aspect ALTER COLUMN aspect TYPE VARCHAR(500);
ALTER TABLE ikpa_reported_weighted ALTER COLUMN component_key TYPE VARCHAR(500);
ALTER TABLE performance_component ALTER COLUMN component_key TYPE VARCHAR(500);
ALTER TABLE performance_input ALTER COLUMN input_key TYPE VARCHAR(500),
                              ALTER COLUMN input_value TYPE VARCHAR(500);
ALTER TABLE performance_reported ALTER COLUMN reported_key TYPE VARCHAR(500);
