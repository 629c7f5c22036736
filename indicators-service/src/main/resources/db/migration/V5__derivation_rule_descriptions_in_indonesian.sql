-- The seed derivation rules (V2) were described in English, and the description is printed inside the Indonesian
-- LKjIP ("... sama dengan yang diturunkan dari data dukung ... (description)"). Replace the seed texts with
-- Indonesian ones; a description someone has changed since is left as it is.
UPDATE derivation_rule SET description =
    'Kasus pelanggaran keimigrasian yang SPDP-nya terbit pada tahun berjalan ditangani; yang mencapai P21 atau tahap II ditindaklanjuti',
    version = version + 1, updated_at = now()
WHERE plan_code IS NULL AND indicator_code = 'IKK-1.1'
  AND description = 'Cases with SPDP issued in the year are handled; those reaching P21 or stage II are followed up';

UPDATE derivation_rule SET description =
    'Layanan keimigrasian yang diselesaikan / permohonan layanan yang diterima, seluruh jenis layanan',
    version = version + 1, updated_at = now()
WHERE plan_code IS NULL AND indicator_code = 'IKK-2.1'
  AND description = 'Immigration services completed / received, over every service type';

UPDATE derivation_rule SET description =
    'Rencana aksi Reformasi Birokrasi yang selesai / yang direncanakan, per triwulan',
    version = version + 1, updated_at = now()
WHERE plan_code IS NULL AND indicator_code = 'IKK-3.1'
  AND description = 'RB action-plan items done / planned, per quarter';

UPDATE derivation_rule SET description =
    'Indeks survei ILK tahun berjalan',
    version = version + 1, updated_at = now()
WHERE plan_code IS NULL AND indicator_code = 'IKK-3.2'
  AND description = 'The ILK survey index of the year';
