package id.sakip.indicators.register;

import id.sakip.indicators.common.Errors;
import id.sakip.indicators.common.Num;
import id.sakip.indicators.register.dto.AdministrativeActionInput;
import id.sakip.indicators.register.dto.BorderCrossingInput;
import id.sakip.indicators.register.dto.DetaineeInput;
import id.sakip.indicators.register.dto.EnforcementRecordInput;
import id.sakip.indicators.register.dto.JusticeCaseInput;
import id.sakip.indicators.register.dto.PassportIssuanceInput;
import id.sakip.indicators.register.dto.ReformAreaInput;
import id.sakip.indicators.register.dto.ReformItemInput;
import id.sakip.indicators.register.dto.ServiceDetailInput;
import id.sakip.indicators.register.dto.ServiceVolumeInput;
import id.sakip.indicators.register.dto.StageInput;
import id.sakip.indicators.register.dto.SupervisionInput;
import id.sakip.indicators.register.dto.SurveyInput;
import id.sakip.indicators.register.dto.SuspectInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every kind of register record, and the layout of the {@code registers} part of performance.json that they
 * are imported from and shown in. Pure: no framework.
 */
public final class RegisterTypes {

    public static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");
    public static final Set<String> PERIODS = Set.of("Q1", "Q2", "Q3", "Q4", "FY");
    /** Stages of a criminal case, in procedural order. */
    public static final List<String> STAGES = List.of("INVESTIGATION", "SPDP_ISSUED", "P21", "STAGE_II", "STOPPED",
            "TRANSFERRED");
    /** Measures of Pasal 75 ayat 2 UU 6/2011. */
    public static final Set<String> MEASURE_LETTERS = Set.of("A", "B", "C", "D", "E", "F");
    public static final Set<String> OUTCOMES = Set.of("COMPLETED", "REJECTED", "CANCELLED");
    public static final Set<String> ITEM_STATUSES = Set.of("PLANNED", "IN_PROGRESS", "DONE", "NOT_DONE");
    public static final String DEFAULT_SURVEY = "ILK";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2,3}");

    private RegisterTypes() {
    }

    // ---- layout of performance.json's registers ---------------------------------------------------------------

    /** A register of performance.json: an array of records, or an object with header fields and record arrays. */
    public record Layout(String name, boolean array, List<Part> parts) {
    }

    /** A record array of an object register ({@code field}), or the array register itself ({@code field} null). */
    public record Part(String field, RecordType<?, ?> type) {
    }

    public static final JusticeCases CASES = new JusticeCases();
    public static final AdministrativeActions ADMIN_ACTIONS = new AdministrativeActions();
    public static final EnforcementRecords ENFORCEMENT = new EnforcementRecords();
    public static final ServiceVolumes VOLUMES = new ServiceVolumes();
    public static final ServiceDetails DETAILS = new ServiceDetails();
    public static final Passports PASSPORTS = new Passports();
    public static final Crossings CROSSINGS = new Crossings();
    public static final Detainees DETAINEES = new Detainees();
    public static final Supervision SUPERVISION = new Supervision();
    public static final ReformAreas REFORM_AREAS = new ReformAreas();
    public static final ReformItems REFORM_ITEMS = new ReformItems();
    public static final Surveys SURVEYS = new Surveys();

    public static final List<Layout> LAYOUTS = List.of(
            new Layout("justiceCases", true, List.of(new Part(null, CASES))),
            new Layout("administrativeActionSummary", false, List.of(new Part("counts", ADMIN_ACTIONS))),
            new Layout("enforcementRecords", false, List.of(new Part("records", ENFORCEMENT))),
            new Layout("serviceVolumes", true, List.of(new Part(null, VOLUMES))),
            new Layout("serviceDetails", false, List.of(new Part("items", DETAILS))),
            new Layout("passportIssuance", false, List.of(new Part("rows", PASSPORTS))),
            new Layout("borderCrossings", false, List.of(new Part("rows", CROSSINGS))),
            new Layout("detainees", false, List.of(new Part("rows", DETAINEES))),
            new Layout("supervisionOperations", false, List.of(new Part("months", SUPERVISION))),
            new Layout("reformActionPlan", false, List.of(new Part("areas", REFORM_AREAS),
                    new Part("items", REFORM_ITEMS))),
            new Layout("satisfactionSurveys", true, List.of(new Part(null, SURVEYS))));

    public static final List<RecordType<?, ?>> TYPES = LAYOUTS.stream().flatMap(l -> l.parts().stream())
            .<RecordType<?, ?>>map(Part::type).toList();

    public static Optional<Layout> layout(String name) {
        return LAYOUTS.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The layout a record kind belongs to. */
    public static Layout layoutOf(RecordType<?, ?> type) {
        return LAYOUTS.stream().filter(l -> l.parts().stream().anyMatch(p -> p.type() == type)).findFirst()
                .orElseThrow();
    }

    public static Optional<RecordType<?, ?>> byPath(String path) {
        return TYPES.stream().filter(t -> t.path.equals(path)).findFirst();
    }

    /** By the name derivation rules use: the record kind's id, or the register it belongs to. */
    public static Optional<RecordType<?, ?>> byRuleName(String name) {
        Optional<RecordType<?, ?>> direct = TYPES.stream().filter(t -> t.id.equals(name)).findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        return layout(name).filter(l -> l.parts().size() == 1).map(l -> l.parts().get(0).type());
    }

    // ---- the record kinds --------------------------------------------------------------------------------------

    /** Criminal cases with stages and suspects. */
    public static final class JusticeCases extends RecordType<JusticeCase, JusticeCaseInput> {

        JusticeCases() {
            super("justiceCases", "justice-cases", JusticeCase.class, JusticeCaseInput.class);
        }

        @Override
        public JusticeCase newEntity() {
            return new JusticeCase();
        }

        @Override
        public JusticeCaseInput normalize(JusticeCaseInput in, int ordinal) {
            String number = in.number() == null || in.number().isBlank() ? Integer.toString(ordinal) : in.number();
            String spdp = in.spdpPeriod() == null && in.spdpDate() != null ? quarterOf(in.spdpDate())
                    : in.spdpPeriod();
            return new JusticeCaseInput(in.workUnit(), in.year(), number, in.reference(), in.offence(),
                    in.openedOn(), spdp, in.spdpDate(), in.stage(), in.stages(), in.suspects(), in.note());
        }

        @Override
        public JusticeCaseInput complete(JusticeCaseInput in, JusticeCase existing) {
            JusticeCaseInput stored = view(existing);
            return new JusticeCaseInput(in.workUnit(), in.year(), in.number() == null ? stored.number() : in.number(),
                    in.reference(), in.offence(), in.openedOn(), in.spdpPeriod(), in.spdpDate(), in.stage(),
                    in.stages() == null ? stored.stages() : in.stages(),
                    in.suspects() == null ? stored.suspects() : in.suspects(), in.note());
        }

        @Override
        public void validate(JusticeCaseInput in, String ptr, Errors errors) {
            required(in.number(), ptr + "/number", errors);
            if (in.spdpPeriod() != null && !QUARTERS.contains(in.spdpPeriod())) {
                errors.add(ptr + "/spdpPeriod", "spdpPeriod must be one of Q1, Q2, Q3 or Q4 (the quarter the SPDP "
                        + "was issued in)");
            }
            if (in.spdpDate() != null && in.year() != null) {
                if (in.spdpDate().getYear() != in.year()) {
                    errors.add(ptr + "/spdpDate", "the SPDP date " + in.spdpDate() + " is not in " + in.year());
                } else if (in.spdpPeriod() != null && QUARTERS.contains(in.spdpPeriod())
                        && !in.spdpPeriod().equals(quarterOf(in.spdpDate()))) {
                    errors.add(ptr + "/spdpPeriod", "the SPDP date " + in.spdpDate() + " is in "
                            + quarterOf(in.spdpDate()) + ", not " + in.spdpPeriod());
                }
            }
            if (in.stage() != null && !STAGES.contains(in.stage())) {
                errors.add(ptr + "/stage", "stage must be one of " + STAGES);
            }
            notBefore(in.spdpDate(), in.openedOn(), ptr + "/spdpDate", errors);
            List<StageInput> stages = in.stages() == null ? List.of() : in.stages();
            for (int i = 0; i < stages.size(); i++) {
                StageInput s = stages.get(i);
                String sp = ptr + "/stages/" + i;
                if (s == null || s.stage() == null || !STAGES.contains(s.stage())) {
                    errors.add(sp + "/stage", "stage must be one of " + STAGES);
                    continue;
                }
                notBefore(s.date(), in.openedOn(), sp + "/date", errors);
                if (i > 0 && s.date() != null && stages.get(i - 1) != null && stages.get(i - 1).date() != null
                        && s.date().isBefore(stages.get(i - 1).date())) {
                    errors.add(sp + "/date", "stage " + s.stage() + " on " + s.date() + " is before the previous stage "
                            + "(" + stages.get(i - 1).date() + ")");
                }
            }
            List<SuspectInput> suspects = in.suspects() == null ? List.of() : in.suspects();
            for (int i = 0; i < suspects.size(); i++) {
                validateSuspect(suspects.get(i), ptr + "/suspects/" + i, errors);
            }
        }

        @Override
        public String key(JusticeCaseInput in) {
            return in.number();
        }

        @Override
        public void apply(JusticeCaseInput in, JusticeCase e) {
            e.number = in.number();
            e.reference = in.reference();
            e.offence = in.offence();
            e.openedOn = in.openedOn();
            e.spdpPeriod = in.spdpPeriod();
            e.spdpDate = in.spdpDate();
            e.stage = in.stage();
            e.note = in.note();
            if (in.stages() != null) {
                List<JusticeCase.Stage> stages = in.stages().stream()
                        .map(s -> new JusticeCase.Stage(s.stage(), s.date())).toList();
                if (!sameStages(e.stages, stages)) {
                    e.stages.clear();
                    e.stages.addAll(stages);
                }
            }
            if (in.suspects() != null) {
                List<SuspectInput> wanted = in.suspects();
                for (int i = 0; i < wanted.size(); i++) {
                    Suspect s;
                    if (i < e.suspects.size()) {
                        s = e.suspects.get(i);
                    } else {
                        s = new Suspect();
                        s.justiceCase = e;
                        e.suspects.add(s);
                    }
                    if (s.position != i + 1 || !wanted.get(i).equals(suspectView(s))) {
                        applySuspect(wanted.get(i), s, i + 1);
                    }
                }
                while (e.suspects.size() > wanted.size()) {
                    e.suspects.remove(e.suspects.size() - 1);
                }
            }
        }

        @Override
        public JusticeCaseInput view(JusticeCase e) {
            return new JusticeCaseInput(e.workUnit, e.year, e.number, e.reference, e.offence, e.openedOn,
                    e.spdpPeriod, e.spdpDate, e.stage,
                    e.stages.stream().map(s -> new StageInput(s.stage, s.date)).toList(),
                    e.suspects.stream().map(RegisterTypes::suspectView).toList(), e.note);
        }

        @Override
        public void decorate(com.fasterxml.jackson.databind.node.ObjectNode node, JusticeCase e) {
            var suspects = node.withArray("suspects");
            for (int i = 0; i < suspects.size() && i < e.suspects.size(); i++) {
                var s = (com.fasterxml.jackson.databind.node.ObjectNode) suspects.get(i);
                Suspect entity = e.suspects.get(i);
                if (entity.id != null) {
                    s.put("id", entity.id);
                    s.put("version", entity.version);
                }
            }
        }

        private static boolean sameStages(List<JusticeCase.Stage> a, List<JusticeCase.Stage> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!Objects.equals(a.get(i).stage, b.get(i).stage) || !Objects.equals(a.get(i).date, b.get(i).date)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Measures of one kind, counted (Tabel III.5). */
    public static final class AdministrativeActions extends RecordType<AdministrativeActionCount,
            AdministrativeActionInput> {

        AdministrativeActions() {
            super("administrativeActions", "administrative-actions", AdministrativeActionCount.class,
                    AdministrativeActionInput.class);
        }

        @Override
        public AdministrativeActionCount newEntity() {
            return new AdministrativeActionCount();
        }

        @Override
        public void validate(AdministrativeActionInput in, String ptr, Errors errors) {
            code(in.measure(), ptr + "/measure", errors);
            count(in.count(), ptr + "/count", errors);
        }

        @Override
        public String key(AdministrativeActionInput in) {
            return in.measure();
        }

        @Override
        public void apply(AdministrativeActionInput in, AdministrativeActionCount e) {
            e.measure = in.measure();
            e.count = in.count();
        }

        @Override
        public AdministrativeActionInput view(AdministrativeActionCount e) {
            return new AdministrativeActionInput(e.workUnit, e.year, e.measure, e.count);
        }
    }

    /** Persons subject to enforcement, with measures A-F (Tabel III.35). */
    public static final class EnforcementRecords extends RecordType<EnforcementRecord, EnforcementRecordInput> {

        EnforcementRecords() {
            super("enforcementRecords", "enforcement-records", EnforcementRecord.class, EnforcementRecordInput.class);
        }

        @Override
        public EnforcementRecord newEntity() {
            return new EnforcementRecord();
        }

        @Override
        public EnforcementRecordInput normalize(EnforcementRecordInput in, int ordinal) {
            return in.row() != null ? in : new EnforcementRecordInput(in.workUnit(), in.year(), ordinal, in.name(),
                    in.sex(), in.nationality(), in.reason(), in.article(), in.measures(), in.remark());
        }

        @Override
        public void validate(EnforcementRecordInput in, String ptr, Errors errors) {
            if (in.row() == null || in.row() < 1) {
                errors.add(ptr + "/row", "row must be a positive number");
            }
            required(in.name(), ptr + "/name", errors);
            sex(in.sex(), ptr + "/sex", errors);
            country(in.nationality(), ptr + "/nationality", errors);
            List<String> measures = in.measures() == null ? List.of() : in.measures();
            for (int i = 0; i < measures.size(); i++) {
                if (measures.get(i) == null || !MEASURE_LETTERS.contains(measures.get(i))) {
                    errors.add(ptr + "/measures/" + i, "a measure is one of the letters A-F of Pasal 75 ayat 2 "
                            + "UU 6/2011");
                } else if (measures.subList(0, i).contains(measures.get(i))) {
                    errors.add(ptr + "/measures/" + i, "measure " + measures.get(i) + " is listed twice");
                }
            }
        }

        @Override
        public String key(EnforcementRecordInput in) {
            return String.valueOf(in.row());
        }

        @Override
        public void apply(EnforcementRecordInput in, EnforcementRecord e) {
            e.row = in.row();
            e.name = in.name();
            e.sex = in.sex();
            e.nationality = in.nationality();
            e.reason = in.reason();
            e.article = in.article();
            e.measures = in.measures() == null || in.measures().isEmpty() ? null : String.join(",", in.measures());
            e.remark = in.remark();
        }

        @Override
        public EnforcementRecordInput view(EnforcementRecord e) {
            return new EnforcementRecordInput(e.workUnit, e.year, e.row, e.name, e.sex, e.nationality, e.reason,
                    e.article, e.measures == null ? List.of() : Arrays.asList(e.measures.split(",")), e.remark);
        }
    }

    /** Service volumes per type and period (Tabel III.9). */
    public static final class ServiceVolumes extends RecordType<ServiceVolume, ServiceVolumeInput> {

        ServiceVolumes() {
            super("serviceVolumes", "service-volumes", ServiceVolume.class, ServiceVolumeInput.class);
        }

        @Override
        public ServiceVolume newEntity() {
            return new ServiceVolume();
        }

        @Override
        public void validate(ServiceVolumeInput in, String ptr, Errors errors) {
            if (in.period() == null || !PERIODS.contains(in.period())) {
                errors.add(ptr + "/period", "period must be one of Q1, Q2, Q3, Q4 or FY");
            }
            code(in.service(), ptr + "/service", errors);
            count(in.received(), ptr + "/received", errors);
            count(in.completed(), ptr + "/completed", errors);
            count(in.rejected(), ptr + "/rejected", errors);
            count(in.cancelled(), ptr + "/cancelled", errors);
            if (in.received() != null && in.completed() != null && in.completed() > in.received()) {
                errors.add(ptr + "/completed", "more completed (" + in.completed() + ") than received ("
                        + in.received() + ")");
            }
        }

        @Override
        public String key(ServiceVolumeInput in) {
            return in.service() + "/" + in.period();
        }

        @Override
        public void apply(ServiceVolumeInput in, ServiceVolume e) {
            e.period = in.period();
            e.service = in.service();
            e.label = in.label();
            e.received = in.received();
            e.completed = in.completed();
            e.rejected = in.rejected();
            e.cancelled = in.cancelled();
            e.reference = in.reference();
        }

        @Override
        public ServiceVolumeInput view(ServiceVolume e) {
            return new ServiceVolumeInput(e.workUnit, e.year, e.period, e.service, e.label, e.received, e.completed,
                    e.rejected, e.cancelled, e.reference);
        }
    }

    /** Detail lines of the services (Tabel III.8). */
    public static final class ServiceDetails extends RecordType<ServiceDetailItem, ServiceDetailInput> {

        ServiceDetails() {
            super("serviceDetails", "service-details", ServiceDetailItem.class, ServiceDetailInput.class);
        }

        @Override
        public ServiceDetailItem newEntity() {
            return new ServiceDetailItem();
        }

        /**
         * Without an outcome, a line is a completed service unless its label says it was rejected ("ditolak")
         * or cancelled ("batal"), as the lines of Tabel III.8 do.
         */
        @Override
        public ServiceDetailInput normalize(ServiceDetailInput in, int ordinal) {
            if (in.outcome() != null || in.item() == null) {
                return in;
            }
            return new ServiceDetailInput(in.workUnit(), in.year(), in.service(), in.item(), outcomeOf(in.item()),
                    in.count());
        }

        @Override
        public void validate(ServiceDetailInput in, String ptr, Errors errors) {
            code(in.service(), ptr + "/service", errors);
            required(in.item(), ptr + "/item", errors);
            if (in.outcome() == null || !OUTCOMES.contains(in.outcome())) {
                errors.add(ptr + "/outcome", "outcome must be one of " + OUTCOMES);
            }
            count(in.count(), ptr + "/count", errors);
        }

        @Override
        public String key(ServiceDetailInput in) {
            return in.service() + "/" + in.item();
        }

        @Override
        public void apply(ServiceDetailInput in, ServiceDetailItem e) {
            e.service = in.service();
            e.item = in.item();
            e.outcome = in.outcome();
            e.count = in.count();
        }

        @Override
        public ServiceDetailInput view(ServiceDetailItem e) {
            return new ServiceDetailInput(e.workUnit, e.year, e.service, e.item, e.outcome, e.count);
        }
    }

    /** Passport issuance (Tabel III.30, III.31). */
    public static final class Passports extends RecordType<PassportIssuance, PassportIssuanceInput> {

        Passports() {
            super("passportIssuance", "passport-issuance", PassportIssuance.class, PassportIssuanceInput.class);
        }

        @Override
        public PassportIssuance newEntity() {
            return new PassportIssuance();
        }

        @Override
        public void validate(PassportIssuanceInput in, String ptr, Errors errors) {
            code(in.passport(), ptr + "/passport", errors);
            required(in.application(), ptr + "/application", errors);
            count(in.male(), ptr + "/male", errors);
            count(in.female(), ptr + "/female", errors);
        }

        @Override
        public String key(PassportIssuanceInput in) {
            return in.passport() + "/" + in.application();
        }

        @Override
        public void apply(PassportIssuanceInput in, PassportIssuance e) {
            e.passport = in.passport();
            e.application = in.application();
            e.male = in.male();
            e.female = in.female();
        }

        @Override
        public PassportIssuanceInput view(PassportIssuance e) {
            return new PassportIssuanceInput(e.workUnit, e.year, e.passport, e.application, e.male, e.female);
        }
    }

    /** Border crossings per checkpoint (Tabel III.32). */
    public static final class Crossings extends RecordType<BorderCrossing, BorderCrossingInput> {

        Crossings() {
            super("borderCrossings", "border-crossings", BorderCrossing.class, BorderCrossingInput.class);
        }

        @Override
        public BorderCrossing newEntity() {
            return new BorderCrossing();
        }

        @Override
        public void validate(BorderCrossingInput in, String ptr, Errors errors) {
            required(in.checkpoint(), ptr + "/checkpoint", errors);
            count(in.citizenArrivals(), ptr + "/citizenArrivals", errors);
            count(in.citizenDepartures(), ptr + "/citizenDepartures", errors);
            count(in.foreignerArrivals(), ptr + "/foreignerArrivals", errors);
            count(in.foreignerDepartures(), ptr + "/foreignerDepartures", errors);
            count(in.reportedTotal(), ptr + "/reportedTotal", errors);
        }

        @Override
        public String key(BorderCrossingInput in) {
            return in.checkpoint();
        }

        @Override
        public void apply(BorderCrossingInput in, BorderCrossing e) {
            e.checkpoint = in.checkpoint();
            e.citizenArrivals = in.citizenArrivals();
            e.citizenDepartures = in.citizenDepartures();
            e.foreignerArrivals = in.foreignerArrivals();
            e.foreignerDepartures = in.foreignerDepartures();
            e.reportedTotal = in.reportedTotal();
        }

        @Override
        public BorderCrossingInput view(BorderCrossing e) {
            return new BorderCrossingInput(e.workUnit, e.year, e.checkpoint, e.citizenArrivals, e.citizenDepartures,
                    e.foreignerArrivals, e.foreignerDepartures, e.reportedTotal);
        }
    }

    /** Detainees by nationality (Tabel III.33). */
    public static final class Detainees extends RecordType<DetaineeCount, DetaineeInput> {

        Detainees() {
            super("detainees", "detainees", DetaineeCount.class, DetaineeInput.class);
        }

        @Override
        public DetaineeCount newEntity() {
            return new DetaineeCount();
        }

        @Override
        public void validate(DetaineeInput in, String ptr, Errors errors) {
            if (in.nationality() == null) {
                errors.add(ptr + "/nationality", "nationality is required");
            }
            country(in.nationality(), ptr + "/nationality", errors);
            count(in.count(), ptr + "/count", errors);
        }

        @Override
        public String key(DetaineeInput in) {
            return in.nationality();
        }

        @Override
        public void apply(DetaineeInput in, DetaineeCount e) {
            e.nationality = in.nationality();
            e.count = in.count();
        }

        @Override
        public DetaineeInput view(DetaineeCount e) {
            return new DetaineeInput(e.workUnit, e.year, e.nationality, e.count);
        }
    }

    /** Supervision operations per month (Tabel III.34). */
    public static final class Supervision extends RecordType<SupervisionOperation, SupervisionInput> {

        Supervision() {
            super("supervisionOperations", "supervision-operations", SupervisionOperation.class,
                    SupervisionInput.class);
        }

        @Override
        public SupervisionOperation newEntity() {
            return new SupervisionOperation();
        }

        @Override
        public void validate(SupervisionInput in, String ptr, Errors errors) {
            if (in.month() == null || in.month() < 1 || in.month() > 12) {
                errors.add(ptr + "/month", "month must be 1-12");
            }
            count(in.count(), ptr + "/count", errors);
        }

        @Override
        public String key(SupervisionInput in) {
            return String.valueOf(in.month());
        }

        @Override
        public void apply(SupervisionInput in, SupervisionOperation e) {
            e.month = in.month();
            e.count = in.count();
        }

        @Override
        public SupervisionInput view(SupervisionOperation e) {
            return new SupervisionInput(e.workUnit, e.year, e.month, e.count);
        }
    }

    /** Areas of the RB action plan. */
    public static final class ReformAreas extends RecordType<ReformActionArea, ReformAreaInput> {

        ReformAreas() {
            super("reformActionAreas", "reform-action-plan/areas", ReformActionArea.class, ReformAreaInput.class);
        }

        @Override
        public ReformActionArea newEntity() {
            return new ReformActionArea();
        }

        @Override
        public void validate(ReformAreaInput in, String ptr, Errors errors) {
            if (in.number() == null || in.number() < 1) {
                errors.add(ptr + "/number", "number must be a positive number");
            }
            required(in.name(), ptr + "/name", errors);
        }

        @Override
        public String key(ReformAreaInput in) {
            return String.valueOf(in.number());
        }

        @Override
        public void apply(ReformAreaInput in, ReformActionArea e) {
            e.number = in.number();
            e.name = in.name();
        }

        @Override
        public ReformAreaInput view(ReformActionArea e) {
            return new ReformAreaInput(e.workUnit, e.year, e.number, e.name);
        }
    }

    /** Items of the RB action plan per quarter. */
    public static final class ReformItems extends RecordType<ReformActionItem, ReformItemInput> {

        ReformItems() {
            super("reformActionPlan", "reform-action-plan/items", ReformActionItem.class, ReformItemInput.class);
        }

        @Override
        public ReformActionItem newEntity() {
            return new ReformActionItem();
        }

        @Override
        public ReformItemInput normalize(ReformItemInput in, int ordinal) {
            return in.number() != null ? in : new ReformItemInput(in.workUnit(), in.year(), ordinal, in.quarter(),
                    in.area(), in.activity(), in.indicator(), in.status(), in.evidence());
        }

        @Override
        public void validate(ReformItemInput in, String ptr, Errors errors) {
            if (in.number() == null || in.number() < 1) {
                errors.add(ptr + "/number", "number must be a positive number");
            }
            if (in.quarter() == null || !QUARTERS.contains(in.quarter())) {
                errors.add(ptr + "/quarter", "quarter must be one of Q1, Q2, Q3 or Q4");
            }
            if (in.area() == null || in.area() < 1) {
                errors.add(ptr + "/area", "area must be the number of an area of the plan");
            }
            required(in.activity(), ptr + "/activity", errors);
            required(in.indicator(), ptr + "/indicator", errors);
            if (in.status() == null || !ITEM_STATUSES.contains(in.status())) {
                errors.add(ptr + "/status", "status must be one of " + ITEM_STATUSES);
            }
        }

        @Override
        public String key(ReformItemInput in) {
            return String.valueOf(in.number());
        }

        @Override
        public void apply(ReformItemInput in, ReformActionItem e) {
            e.number = in.number();
            e.quarter = in.quarter();
            e.area = in.area();
            e.activity = in.activity();
            e.indicator = in.indicator();
            e.status = in.status();
            e.evidence = in.evidence();
        }

        @Override
        public ReformItemInput view(ReformActionItem e) {
            return new ReformItemInput(e.workUnit, e.year, e.number, e.quarter, e.area, e.activity, e.indicator, e.status,
                    e.evidence);
        }
    }

    /** Survey results (the ILK index). */
    public static final class Surveys extends RecordType<SatisfactionSurvey, SurveyInput> {

        Surveys() {
            super("satisfactionSurveys", "satisfaction-surveys", SatisfactionSurvey.class, SurveyInput.class);
        }

        @Override
        public SatisfactionSurvey newEntity() {
            return new SatisfactionSurvey();
        }

        @Override
        public SurveyInput normalize(SurveyInput in, int ordinal) {
            return in.survey() != null ? in : new SurveyInput(in.workUnit(), in.year(), DEFAULT_SURVEY, in.index(),
                    in.scaleMin(), in.scaleMax(), in.nationalAverage(), in.source());
        }

        @Override
        public void validate(SurveyInput in, String ptr, Errors errors) {
            code(in.survey(), ptr + "/survey", errors);
            if (in.index() == null) {
                errors.add(ptr + "/index", "index is required");
            }
            decimal(in.index(), ptr + "/index", errors);
            decimal(in.nationalAverage(), ptr + "/nationalAverage", errors);
            if (in.scaleMin() != null && in.scaleMax() != null && in.scaleMax().compareTo(in.scaleMin()) <= 0) {
                errors.add(ptr + "/scaleMax", "scaleMax must be above scaleMin");
            } else {
                for (var f : new Object[][]{{in.index(), "/index"}, {in.nationalAverage(), "/nationalAverage"}}) {
                    BigDecimal v = (BigDecimal) f[0];
                    if (v != null && ((in.scaleMin() != null && v.compareTo(in.scaleMin()) < 0)
                            || (in.scaleMax() != null && v.compareTo(in.scaleMax()) > 0))) {
                        errors.add(ptr + f[1], v.toPlainString() + " is outside the scale " + in.scaleMin() + "-"
                                + in.scaleMax());
                    }
                }
            }
        }

        @Override
        public String key(SurveyInput in) {
            return in.survey();
        }

        @Override
        public void apply(SurveyInput in, SatisfactionSurvey e) {
            e.survey = in.survey();
            e.index = in.index();
            e.scaleMin = in.scaleMin();
            e.scaleMax = in.scaleMax();
            e.nationalAverage = in.nationalAverage();
            e.source = in.source();
        }

        @Override
        public SurveyInput view(SatisfactionSurvey e) {
            return new SurveyInput(e.workUnit, e.year, e.survey, Num.norm(e.index), Num.norm(e.scaleMin),
                    Num.norm(e.scaleMax), Num.norm(e.nationalAverage), e.source);
        }
    }

    // ---- suspects ------------------------------------------------------------------------------------------------

    public static void validateSuspect(SuspectInput s, String ptr, Errors errors) {
        if (s == null) {
            errors.add(ptr, "must be an object");
            return;
        }
        required(s.name(), ptr + "/name", errors);
        country(s.nationality(), ptr + "/nationality", errors);
        sex(s.sex(), ptr + "/sex", errors);
    }

    public static void applySuspect(SuspectInput in, Suspect s, int position) {
        s.position = position;
        s.name = in.name();
        s.nationality = in.nationality();
        s.sex = in.sex();
        s.article = in.article();
        s.updatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static SuspectInput suspectView(Suspect s) {
        return new SuspectInput(s.name, s.nationality, s.sex, s.article);
    }

    /** A suspect with its id and version, for the suspect endpoints. */
    public static Map<String, Object> suspectResource(Suspect s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id);
        m.put("caseId", s.justiceCase.id);
        m.put("workUnit", s.justiceCase.workUnit);
        m.put("year", s.justiceCase.year);
        m.put("position", s.position);
        m.put("name", s.name);
        m.put("nationality", s.nationality);
        m.put("sex", s.sex);
        m.put("article", s.article);
        m.put("version", s.version);
        return m;
    }

    // ---- field rules -----------------------------------------------------------------------------------------

    /** The outcome a detail line's label implies: rejected ("ditolak"), cancelled ("batal"), else completed. */
    public static String outcomeOf(String item) {
        String label = item.toLowerCase(Locale.ROOT);
        return label.contains("tolak") || label.contains("reject") ? "REJECTED"
                : label.contains("batal") || label.contains("cancel") ? "CANCELLED" : "COMPLETED";
    }

    public static String quarterOf(LocalDate date) {
        return "Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    static void required(String v, String ptr, Errors errors) {
        if (v == null || v.isBlank()) {
            errors.add(ptr, "is required");
        }
    }

    static void code(String v, String ptr, Errors errors) {
        if (v == null || !CODE.matcher(v).matches()) {
            errors.add(ptr, "is required: an upper-case code such as TRAVEL_DOCUMENT");
        }
    }

    static void count(Long v, String ptr, Errors errors) {
        if (v != null && v < 0) {
            errors.add(ptr, "must not be negative");
        }
    }

    static void decimal(BigDecimal v, String ptr, Errors errors) {
        if (v != null && v.signum() < 0) {
            errors.add(ptr, "must not be negative");
        }
    }

    static void country(String v, String ptr, Errors errors) {
        if (v != null && !COUNTRY.matcher(v).matches()) {
            errors.add(ptr, "nationality is an ISO country code such as VN");
        }
    }

    static void sex(String v, String ptr, Errors errors) {
        if (v != null && !v.equals("L") && !v.equals("P")) {
            errors.add(ptr, "sex is L or P");
        }
    }

    static void notBefore(LocalDate date, LocalDate openedOn, String ptr, Errors errors) {
        if (date != null && openedOn != null && date.isBefore(openedOn)) {
            errors.add(ptr, date + " is before the case was opened (" + openedOn + ")");
        }
    }
}
