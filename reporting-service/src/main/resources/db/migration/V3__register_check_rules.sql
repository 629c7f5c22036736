-- Findings from the evidence registers (indicators-service 'GET /api/v1/registers/checks' and the scorecard's
-- 'derived' block). The model carries the checks as 'registerChecks' (absent for older indicators-service
-- deployments: then these rules select nothing). A check flagged 'contradiction' by indicators-service becomes a
-- finding with both values and their sources; HIGH when it concerns an indicator's entered realization.
-- The derived rules compare the entered realization with the figures derived from the registers by a derivation
-- rule; the finding's source names that rule.
INSERT INTO validation_rule (code, name, scope, left_expr, operator, right_expr, importance, tolerance, message_template) VALUES
('REGISTER_CHECK_INDICATOR', 'Register bukti dukung sesuai dengan realisasi indikator yang diisi',
 'registerChecks.checks[contradiction=true][kind=REGISTER_VS_INDICATOR]', '$.left.value', 'EQ', '$.right.value', 'HIGH', 0,
 '{description}: {left.label} {left} ({left.source}), {right.label} {right} ({right.source}); selisih {difference}'),
('REGISTER_CHECK', 'Register bukti dukung saling sesuai dan sesuai dengan jumlah yang tertulis',
 'registerChecks.checks[contradiction=true][kind!=REGISTER_VS_INDICATOR]', '$.left.value', 'EQ', '$.right.value', 'MEDIUM', 0,
 '{description}: {left.label} {left} ({left.source}), {right.label} {right} ({right.source}); selisih {difference}'),
('DERIVED_NUMERATOR', 'Pembilang realisasi yang diisi sama dengan yang diturunkan dari register',
 'scorecard.objectives.indicators[kind=RATIO]', '$.numerator', 'EQ', '$.derived.numerator', 'HIGH', 0,
 'Pembilang {code} diisi {left}, sedangkan diturunkan dari {derived.source} {right} (aturan {derived.ruleId}: {derived.rule})'),
('DERIVED_DENOMINATOR', 'Penyebut realisasi yang diisi sama dengan yang diturunkan dari register',
 'scorecard.objectives.indicators[kind=RATIO]', '$.denominator', 'EQ', '$.derived.denominator', 'HIGH', 0,
 'Penyebut {code} diisi {left}, sedangkan diturunkan dari {derived.source} {right} (aturan {derived.ruleId}: {derived.rule})'),
('DERIVED_VALUE', 'Nilai realisasi yang diisi sama dengan yang diturunkan dari register',
 'scorecard.objectives.indicators[kind=VALUE]', '$.value', 'EQ', '$.derived.value', 'HIGH', 0,
 'Nilai {code} diisi {left}, sedangkan diturunkan dari {derived.source} {right} (aturan {derived.ruleId}: {derived.rule})'),
('DERIVED_QUARTER_NUMERATOR', 'Pembilang triwulan yang diisi sama dengan yang diturunkan dari register',
 'scorecard.objectives.indicators.derived.quarters',
 'scorecard.objectives.indicators[code=$.code].quarters[period=$.period].numerator', 'EQ', '$.numerator', 'MEDIUM', 0,
 'Pembilang {code} {period} diisi {left}, sedangkan diturunkan dari {source} {right} (aturan {ruleId}: {rule})'),
('DERIVED_QUARTER_DENOMINATOR', 'Penyebut triwulan yang diisi sama dengan yang diturunkan dari register',
 'scorecard.objectives.indicators.derived.quarters',
 'scorecard.objectives.indicators[code=$.code].quarters[period=$.period].denominator', 'EQ', '$.denominator', 'MEDIUM', 0,
 'Penyebut {code} {period} diisi {left}, sedangkan diturunkan dari {source} {right} (aturan {ruleId}: {rule})');
