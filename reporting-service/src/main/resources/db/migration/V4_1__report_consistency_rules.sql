-- Kinds of contradiction the default set missed (issue 13), as rules:
-- 1. the same figure printed differently in two places of one report (the overall average 112,02 in the executive
--    summary and 112,03 in Bab IV; PNBP 150,39% in Bab IV and 72,28% in the executive summary): every printed
--    occurrence against the first one printed;
-- 2. a count stated in the narrative that differs from its own table (IKK-1.2: "sebanyak 72 dengan rincian sebagai
--    berikut", Tabel III.5 adds up to 88 measures);
-- 3. two registers of one office that disagree about the same events (the administrative actions of Tabel III.5
--    against the persons of Tabel III.35, per measure of Pasal 75 ayat 2 UU 6/2011; the DPRI of Tabel III.8 against
--    Tabel III.9 is indicators-service's check, REGISTER_CHECK).
INSERT INTO validation_rule (code, name, scope, left_expr, operator, right_expr, importance, tolerance, message_template,
                             root_cause, location, minor_difference) VALUES
('REPORTED_FIGURE_CONSISTENT', 'Angka capaian yang sama dicetak sama di setiap tempat',
 'scorecard.reported', '$.value', 'EQ',
 'scorecard.reported[key=$.key][objective=$.objective][indicator=$.indicator].value', 'MEDIUM', 0,
 'Angka yang sama dicetak berbeda dalam dokumen sumber: {left}% ({where.place}) dan {right}% di bagian lain',
 'angka {key} {objective} {indicator} dicetak berbeda', '{where.place}', 0.01),
('REVENUE_FIGURE_CONSISTENT', 'Angka PNBP yang sama dicetak sama di setiap tempat',
 'revenues.reported', '$.value', 'EQ', 'revenues[year=$.year].reported[key=$.key].value', 'MEDIUM', 0,
 'PNBP tahun {year} dicetak berbeda dalam dokumen sumber: {left} ({where.place}) dan {right} di bagian lain',
 'PNBP tahun {year} pada {where.place}', '{where.place}', 0.01),
('NARRATIVE_COUNT_ADMINISTRATIVE_ACTIONS', 'Jumlah kasus tindakan administratif yang disebut narasi sama dengan jumlah tabel rinciannya',
 'registers.administrativeActionSummary', 'scorecard.objectives.indicators[code=IKK-1.2].numerator', 'EQ',
 'sum($.counts.count)', 'MEDIUM', 0,
 'Narasi IKK-1.2 menyebut {left} kasus tindakan administratif "dengan rincian sebagai berikut", sedangkan tabel rinciannya ({reference}) berjumlah {right} tindakan; satu orang dapat dikenai lebih dari satu tindakan, sehingga selisihnya perlu dijelaskan dalam narasi',
 NULL, 'Bab III.A, {reference}', NULL),
('REGISTERS_TAK_DEPORTATION', 'Deportasi menurut data penegakan hukum sama dengan rekapitulasi tindakan administratif',
 'registers.enforcementRecords', 'count($.records[measures=F])', 'EQ',
 'add(sum(registers.administrativeActionSummary.counts[measure=DEPORTATION].count), sum(registers.administrativeActionSummary.counts[measure=DEPORTATION_AND_PROPOSED_ENTRY_BAN].count))',
 'MEDIUM', 0,
 'Data penegakan hukum ({reference.tables}) mencatat {left} orang dideportasi (Pasal 75 ayat 2 huruf f), sedangkan rekapitulasi Tindakan Administratif Keimigrasian mencatat {right} deportasi; selisih {difference}',
 'register TAK {reference.tables}', 'Bab III.D, {reference.tables}', NULL),
('REGISTERS_TAK_ENTRY_BAN', 'Usulan penangkalan menurut data penegakan hukum sama dengan rekapitulasi tindakan administratif',
 'registers.enforcementRecords', 'count($.records[measures=A])', 'EQ',
 'sum(registers.administrativeActionSummary.counts[measure=DEPORTATION_AND_PROPOSED_ENTRY_BAN].count)', 'MEDIUM', 0,
 'Data penegakan hukum ({reference.tables}) mencatat {left} orang diusulkan penangkalan (huruf a), sedangkan rekapitulasi Tindakan Administratif Keimigrasian mencatat {right} deportasi dan usulan penangkalan; selisih {difference}',
 'register TAK {reference.tables}', 'Bab III.D, {reference.tables}', NULL),
('REGISTERS_TAK_STAY_PERMIT', 'Pembatasan izin tinggal menurut data penegakan hukum sama dengan rekapitulasi tindakan administratif',
 'registers.enforcementRecords', 'count($.records[measures=B])', 'EQ',
 'sum(registers.administrativeActionSummary.counts[measure=STAY_PERMIT_RESTRICTION_OR_CANCELLATION].count)', 'MEDIUM', 0,
 'Data penegakan hukum ({reference.tables}) mencatat {left} orang dikenai pembatasan, perubahan atau pembatalan izin tinggal (huruf b), sedangkan rekapitulasi Tindakan Administratif Keimigrasian mencatat {right}; selisih {difference}',
 'register TAK {reference.tables}', 'Bab III.D, {reference.tables}', NULL),
('REGISTERS_TAK_RESIDENCE', 'Keharusan bertempat tinggal menurut data penegakan hukum sama dengan rekapitulasi tindakan administratif',
 'registers.enforcementRecords', 'count($.records[measures=D])', 'EQ',
 'sum(registers.administrativeActionSummary.counts[measure=RESIDENCE_OBLIGATION].count)', 'MEDIUM', 0,
 'Data penegakan hukum ({reference.tables}) mencatat {left} orang dikenai keharusan bertempat tinggal di suatu tempat (huruf d), sedangkan rekapitulasi Tindakan Administratif Keimigrasian mencatat {right}; selisih {difference}',
 'register TAK {reference.tables}', 'Bab III.D, {reference.tables}', NULL);
