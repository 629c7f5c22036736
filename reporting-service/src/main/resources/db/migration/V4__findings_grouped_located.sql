-- Findings fewer, truer, Indonesian (issue 13). A rule gets
--   root_cause:       a template like the message; findings whose rendered root causes are equal are one problem
--                     (e.g. the PNBP of the executive summary, wrong as amount and as percentage);
--   location:         a template naming where in the report (chapter, table) the finding is;
--   minor_difference: the largest difference that is only a matter of printed precision (279,98 vs 280,02 when the
--                     inputs were printed as 111,1; Rp 1 in a sum): such a finding is LOW whatever the importance.
-- The messages below are rewritten in Indonesian without internal identifiers (register paths, English field names).
ALTER TABLE validation_rule ADD COLUMN root_cause VARCHAR(300);
ALTER TABLE validation_rule ADD COLUMN location VARCHAR(300);
ALTER TABLE validation_rule ADD COLUMN minor_difference NUMERIC(18, 4);

UPDATE validation_rule SET location = '{where.place}' WHERE code IN
    ('ACHIEVEMENT_REPORTED', 'OBJECTIVE_AVERAGE_REPORTED', 'OVERALL_AVERAGE_REPORTED');

UPDATE validation_rule SET location = '{where.place}', minor_difference = 0.05,
    message_template = 'Perbandingan capaian {indicator} dengan standar nasional tertulis {left}% ({where.place}), sedangkan dari capaian dan rata-rata nasional dihitung {right}%'
    WHERE code = 'BENCHMARK_RATIO_REPORTED';

UPDATE validation_rule SET location = 'Bab III.B, tabel Realisasi Penyerapan Anggaran (tahun {year})',
    message_template = 'Penyerapan anggaran tahun {year} tertulis {left}% pada dokumen sumber, sedangkan realisasi / pagu memberi {right}%'
    WHERE code = 'BUDGET_ABSORPTION_RECOMPUTED';

UPDATE validation_rule SET location = '{where.place}', minor_difference = 0.01,
    message_template = 'Persentase realisasi anggaran tahun {year} ({objective}{indicator}) tertulis {left}% ({where.place}), sedangkan realisasi / pagu memberi {right}%'
    WHERE code = 'BUDGET_REPORTED_VS_COMPUTED';

UPDATE validation_rule SET location = '{where.place}', root_cause = 'PNBP tahun {year} pada {where.place}',
    message_template = 'PNBP tahun {year} pada {where.place} tertulis {left}, sedangkan dihitung dari setoran per akun {right}'
    WHERE code = 'REVENUE_REPORTED_VS_COMPUTED';

UPDATE validation_rule SET location = 'Bab III.B, tabel Penerimaan Negara Bukan Pajak Tahun {year}', minor_difference = 1,
    message_template = 'PNBP tahun {year} akun {code}: realisasi tertulis Rp {left}, sedangkan setoran + potongan SPM − pengembalian = Rp {right}'
    WHERE code = 'REVENUE_ACCOUNT_REPORTED';

UPDATE validation_rule SET location = 'Bab III.C, tabel IKPA Tahun {year}' WHERE code = 'IKPA_FINAL_REPORTED';
UPDATE validation_rule SET location = 'Bab III.C, tabel IKPA Tahun {year} dan Nilai Kinerja Pelaksanaan Anggaran Tahun {year}',
    message_template = 'IKPA tahun {year}: nilai tertimbang komponen {name} tertulis {left}, sedangkan nilai × bobot = {right}'
    WHERE code = 'IKPA_WEIGHTED_REPORTED';
UPDATE validation_rule SET location = 'Bab III.C, tabel Capaian Kinerja pada Aplikasi SMART'
    WHERE code IN ('SMART_SCORE_REPORTED', 'SMART_EFFICIENCY_REPORTED', 'SMART_ABSORPTION_MATCHES_BUDGET');
UPDATE validation_rule SET location = 'Bab III.C, tabel Capaian Kinerja Anggaran' WHERE code = 'NKA_REPORTED';

UPDATE validation_rule SET location = 'Bab III.A, tabel Target Capaian Kinerja'
    WHERE code IN ('ACHIEVEMENT_DERIVED', 'RATIO_REALIZATION_DERIVED', 'OBJECTIVE_AVERAGE_DERIVED', 'OVERALL_AVERAGE_DERIVED');
UPDATE validation_rule SET location = 'Bab III.B, tabel Penerimaan Negara Bukan Pajak Tahun {year}' WHERE code = 'REVENUE_PERCENT_DERIVED';

-- Sums of rupiah: Rp 1 is a rounding of the source application, LOW
UPDATE validation_rule SET location = 'Bab III.B, tabel Realisasi Penyerapan Anggaran (tahun {year})', minor_difference = 1
    WHERE code IN ('SPENDING_TYPE_CEILING_SUM', 'SPENDING_TYPE_REALIZATION_SUM', 'FUNDING_SOURCE_CEILING_SUM');
UPDATE validation_rule SET location = 'Bab III.B, tabel Realisasi Anggaran Tahun {year}', minor_difference = 1
    WHERE code = 'INDICATOR_CEILING_SUM';
UPDATE validation_rule SET location = 'Bab III.B, tabel Realisasi Anggaran Tahun {year}', minor_difference = 1,
    message_template = 'Tahun {year}: realisasi per indikator berjumlah Rp {left}, sedangkan realisasi total Rp {right}'
    WHERE code = 'INDICATOR_REALIZATION_SUM';
UPDATE validation_rule SET location = 'Bab II.B, DIPA tahun {year} revisi {revision}', minor_difference = 1 WHERE code = 'REVISION_PROGRAM_SUM';
UPDATE validation_rule SET location = 'Lampiran, Perjanjian Kinerja revisi {revision}', minor_difference = 1 WHERE code = 'AGREEMENT_BUDGET_SUM';
UPDATE validation_rule SET location = 'Bab III.B, tabel Penerimaan Negara Bukan Pajak Tahun {year}', minor_difference = 1
    WHERE code IN ('REVENUE_TOTAL_SUM', 'REVENUE_NONTAX_SUM', 'REVENUE_SPM_SUM');
UPDATE validation_rule SET location = 'Bab III.D, {reference}' WHERE code IN ('DETAINEE_SUM', 'SUPERVISION_SUM');
UPDATE validation_rule SET location = 'Bab III.D, tabel Data Perlintasan' WHERE code = 'BORDER_CROSSING_SUM';

UPDATE validation_rule SET location = 'Bab II.B, tabel Perjanjian Kinerja' WHERE code = 'AGREEMENT_IN_FORCE_BUDGET_EQUALS_DIPA';
-- A revision that was superseded because the DIPA changed is expected to differ from the final DIPA: information only
UPDATE validation_rule SET location = 'Lampiran, Perjanjian Kinerja revisi {revision}', importance = 'LOW'
    WHERE code = 'AGREEMENT_BUDGET_EQUALS_DIPA';

UPDATE validation_rule SET location = 'Bab III.A, tabel Data Pelanggaran Hukum Pro Yustisia' WHERE code = 'JUSTICE_CASES_MATCH_REALIZATION';
UPDATE validation_rule SET location = 'Bab III.A, tabel Data Layanan Keimigrasian' WHERE code = 'SERVICE_VOLUMES_MATCH_REALIZATION';
UPDATE validation_rule SET location = 'Bab III.A, tabel Rencana Aksi Reformasi Birokrasi per Triwulan' WHERE code = 'REFORM_ITEMS_MATCH_REALIZATION';

-- Register checks: indicators-service describes them in English with register paths; the message names the tables.
-- The checks of one register table are one problem (the DPRI detail items of Tabel III.8 against the service
-- volumes, the passports and the realization of IKK-2.1).
UPDATE validation_rule SET location = 'Bab III.A, {right.source.tables}', root_cause = 'register {right.source.tables}',
    message_template = 'Realisasi indikator yang diisi ({left}) berbeda dengan jumlah menurut data dukung {right.source.tables} ({right}); selisih {difference}'
    WHERE code = 'REGISTER_CHECK_INDICATOR';
UPDATE validation_rule SET location = '{left.source.tables}', root_cause = 'register {left.source.tables}',
    message_template = 'Dua data dukung tidak sesuai: {left} menurut {left.source.tables}, {right} menurut {right.source.tables}; selisih {difference}'
    WHERE code = 'REGISTER_CHECK';

UPDATE validation_rule SET location = 'Bab III.A, tabel Realisasi Triwulanan {name}',
    message_template = 'Pembilang {name} diisi {left}, sedangkan diturunkan dari data dukung {right} (aturan: {derived.rule})'
    WHERE code = 'DERIVED_NUMERATOR';
UPDATE validation_rule SET location = 'Bab III.A, tabel Realisasi Triwulanan {name}',
    message_template = 'Penyebut {name} diisi {left}, sedangkan diturunkan dari data dukung {right} (aturan: {derived.rule})'
    WHERE code = 'DERIVED_DENOMINATOR';
UPDATE validation_rule SET location = 'Bab III.A, tabel Realisasi Triwulanan {name}',
    message_template = 'Nilai {name} diisi {left}, sedangkan diturunkan dari data dukung {right} (aturan: {derived.rule})'
    WHERE code = 'DERIVED_VALUE';
UPDATE validation_rule SET location = 'Bab III.A, tabel Realisasi Triwulanan {name}', root_cause = 'triwulan {code} {period}',
    message_template = 'Pembilang {name} {period} diisi {left}, sedangkan diturunkan dari data dukung {right} (aturan: {rule})'
    WHERE code = 'DERIVED_QUARTER_NUMERATOR';
UPDATE validation_rule SET location = 'Bab III.A, tabel Realisasi Triwulanan {name}', root_cause = 'triwulan {code} {period}',
    message_template = 'Penyebut {name} {period} diisi {left}, sedangkan diturunkan dari data dukung {right} (aturan: {rule})'
    WHERE code = 'DERIVED_QUARTER_DENOMINATOR';
