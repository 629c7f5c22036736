-- The seed derivation rules (V2) were described in English, and the description is printed inside the Indonesian
-- LKjIP ("... sama dengan yang diturunkan dari data dukung ... (description)"). Replace the seed texts with
-- Indonesian ones; a description someone has changed since is left as it is.
UPDATE derivation_rule r
SET description = t.indonesian, version = r.version + 1, updated_at = now()
FROM (VALUES
    ('IKK-1.1',
     'Cases with SPDP issued in the year are handled; those reaching P21 or stage II are followed up',
     'Kasus pelanggaran keimigrasian yang SPDP-nya terbit pada tahun berjalan ditangani; yang mencapai P21 atau tahap II ditindaklanjuti'),
    ('IKK-2.1',
     'Immigration services completed / received, over every service type',
     'Layanan keimigrasian yang diselesaikan / permohonan layanan yang diterima, seluruh jenis layanan'),
    ('IKK-3.1',
     'RB action-plan items done / planned, per quarter',
     'Rencana aksi Reformasi Birokrasi yang selesai / yang direncanakan, per triwulan'),
    ('IKK-3.2',
     'The ILK survey index of the year',
     'Indeks survei ILK tahun berjalan')
) AS t (indicator_code, english, indonesian)
WHERE r.plan_code IS NULL AND r.indicator_code = t.indicator_code AND r.description = t.english;
