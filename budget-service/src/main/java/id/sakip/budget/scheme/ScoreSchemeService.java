package id.sakip.budget.scheme;

import id.sakip.budget.common.Change;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.Versions;
import id.sakip.budget.scheme.dto.SchemeData;
import id.sakip.budget.scheme.dto.SchemeView;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Score schemes: listing, picking by year, and the administrators' changes (audited). */
@ApplicationScoped
public class ScoreSchemeService {

    static final String ENTITY = "ScoreScheme";

    private final ScoreSchemeRepository repository;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final SecurityIdentity identity;

    public ScoreSchemeService(ScoreSchemeRepository repository, AuditLog audit, AccessPolicy access,
                              SecurityIdentity identity) {
        this.repository = repository;
        this.audit = audit;
        this.access = access;
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchemeView> list(SchemeKind kind, Integer year) {
        return repository.listOrdered().stream()
                .filter(s -> kind == null || s.kind == kind)
                .filter(s -> year == null || s.toData().validIn(year))
                .map(ScoreScheme::toView)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SchemeView get(String code) {
        return find(code).toView();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SchemeData> data(String code) {
        return repository.findByCode(code).map(ScoreScheme::toData);
    }

    /** The scheme of a kind in force in a year: the latest-starting one when validities overlap. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SchemeData> pick(SchemeKind kind, int year) {
        return repository.listOrdered().stream().map(ScoreScheme::toData)
                .filter(s -> s.kind() == kind && s.validIn(year))
                .max(Comparator.comparing(SchemeData::validFrom));
    }

    @Transactional
    public SchemeView create(SchemeData data) {
        access.requireWrite(Caller.from(identity), null, WriteKind.MASTER_DATA);
        if (repository.findByCode(data.code()).isPresent()) {
            throw ProblemException.conflict("Score scheme " + data.code() + " exists; change it with PUT and If-Match");
        }
        ScoreScheme s = new ScoreScheme();
        s.apply(data);
        repository.persist(s);
        audit.record(ENTITY, data.code(), "CREATE", null, data);
        Versions.flush(repository.getEntityManager());
        return s.toView();
    }

    @Transactional
    public SchemeView update(String code, String ifMatch, SchemeData data) {
        access.requireWrite(Caller.from(identity), null, WriteKind.MASTER_DATA);
        ScoreScheme s = find(code);
        ETags.requireMatch(ifMatch, s.version);
        if (!code.equals(data.code())) {
            FieldReader in = new FieldReader();
            in.error("/code", "must be the code of the scheme in the path (" + code + ")");
            in.throwIfAny();
        }
        SchemeData before = s.toData();
        if (!before.equals(data)) {
            s.apply(data);
            Versions.flush(repository.getEntityManager());
            audit.record(ENTITY, code, "UPDATE", before, data);
        }
        return s.toView();
    }

    /** Upsert by code for the dataset import, inside its transaction; stores nothing in a dry run. */
    public Change upsert(SchemeData data, boolean dryRun) {
        Optional<ScoreScheme> existing = repository.findByCode(data.code());
        if (existing.isPresent() && existing.get().toData().equals(data)) {
            return Change.UNCHANGED;
        }
        access.requireWrite(Caller.from(identity), null, WriteKind.MASTER_DATA);
        if (dryRun) {
            return existing.isPresent() ? Change.UPDATED : Change.CREATED;
        }
        if (existing.isPresent()) {
            SchemeData before = existing.get().toData();
            existing.get().apply(data);
            audit.record(ENTITY, data.code(), "IMPORT_UPDATE", before, data);
            return Change.UPDATED;
        }
        ScoreScheme s = new ScoreScheme();
        s.apply(data);
        repository.persist(s);
        audit.record(ENTITY, data.code(), "IMPORT_CREATE", null, data);
        return Change.CREATED;
    }

    private ScoreScheme find(String code) {
        return repository.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No score scheme " + code));
    }
}
