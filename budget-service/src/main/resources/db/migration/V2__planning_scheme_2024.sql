-- The 2024 planning score (Nilai Kinerja Perencanaan Anggaran, Tabel III.27) comes from a Ministry of
-- Finance application whose formula is not published: the weights the report names (CRO 75%, use of
-- SBK 10%, SBK efficiency 15%) do not reproduce its 83.33. The seed dataset refers to this scheme
-- without defining it, so it ships here as a reported-only scheme (kind PLANNING never computes).
INSERT INTO score_scheme (code, kind, valid_from, valid_to, basis, formula, note)
VALUES ('PLANNING-2024', 'PLANNING', 2024, NULL,
        'Nilai Kinerja Perencanaan Anggaran (Tabel III.27)', NULL,
        'Reported only: the weights named in the report (75/10/15) do not reproduce the reported score.');

INSERT INTO score_scheme_component (scheme_id, position, component_key, name, aspect, weight)
SELECT id, 0, 'CRO', 'Capaian Rincian Output', NULL, 75 FROM score_scheme WHERE code = 'PLANNING-2024'
UNION ALL
SELECT id, 1, 'PENGGUNAAN_SBK', 'Penggunaan SBK', NULL, 10 FROM score_scheme WHERE code = 'PLANNING-2024'
UNION ALL
SELECT id, 2, 'EFISIENSI_SBK', 'Efisiensi SBK', NULL, 15 FROM score_scheme WHERE code = 'PLANNING-2024';
