package id.sakip.budget.unityear;

import id.sakip.budget.common.Change;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.Versions;
import id.sakip.budget.common.YearRange;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** A unit-year document's year-range read, single-year replacement and dataset upsert; subclasses supply the view. */
public abstract class UnitYearService<E extends UnitYearDocument<D>, D extends UnitYearData, V> {

    private final String noun;
    private final UnitYearRepository<E> repository;
    private final UnitYearWriter<E, D> writer;
    private final AccessPolicy access;
    private final UnitYearWrites writes;
    private final SecurityIdentity identity;

    /**
     * @param entity the entity name in the audit trail
     * @param noun   what a 404 calls the document ("No {noun} of work unit … for …")
     */
    protected UnitYearService(String entity, String noun, UnitYearRepository<E> repository, Supplier<E> factory,
                              AccessPolicy access, UnitYearWrites writes, SecurityIdentity identity) {
        this.noun = noun;
        this.repository = repository;
        this.writer = writes == null ? null
                : writes.writer(entity, factory, e -> repository.persist(e));
        this.access = access;
        this.writes = writes;
        this.identity = identity;
    }

    /** For the CDI client proxy of a subclass only: the proxy delegates every call and never reads these fields. */
    protected UnitYearService() {
        this(null, null, null, null, null, null, null);
    }

    /** The read API's answer for the entity. */
    protected abstract V view(E entity);

    /** The years of the range the caller may read; 404 for a single year that is not stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<V> read(YearRange range) {
        Caller caller = Caller.from(identity);
        for (int y = range.fromYear(); y <= range.toYear(); y++) {
            access.requireRead(caller, range.workUnit(), YearRange.asOf(y));
        }
        List<V> out = repository.range(range.workUnit(), range.fromYear(), range.toYear()).stream()
                .map(this::view).toList();
        if (range.single() && out.isEmpty()) {
            throw ProblemException.notFound("No " + noun + " of work unit " + range.workUnit() + " for "
                    + range.fromYear());
        }
        return out;
    }

    /** Replaces one year (PUT): creates it, or changes it when If-Match names the current version. */
    @Transactional
    public Stored<V> replace(String workUnit, int year, String ifMatch, D data) {
        access.requireWrite(Caller.from(identity), workUnit, WriteKind.PLANNING);
        FieldReader in = new FieldReader();
        if (!workUnit.equals(data.workUnit())) {
            in.error("/workUnit", "must be the work unit of the path (" + workUnit + ")");
        }
        if (!Objects.equals(year, data.year())) {
            in.error("/year", "must be the year of the path (" + year + ")");
        }
        in.throwIfAny();
        writes.mutex().lock(workUnit, year);
        Optional<E> existing = repository.find(workUnit, year);
        if (existing.isPresent()) {
            ETags.requireMatch(ifMatch, existing.get().version);
        }
        writes.locks().requireUnlocked(workUnit, year);
        Change change = writer.store(existing, data, "");
        Versions.flush(repository.getEntityManager());
        E stored = existing.orElseGet(() -> repository.find(workUnit, year).orElseThrow());
        return new Stored<>(view(stored), change);
    }

    /** Upserts for a dataset import against the stored documents of these work units, loaded in one query. */
    public UnitYearWriter<E, D>.Batch batch(Collection<String> workUnits) {
        return writer.batch(repository.ofUnits(workUnits), e -> e.workUnit + "/" + e.year);
    }

    /** What a replacement stored: the view read back, and whether it was created, updated or unchanged. */
    public record Stored<V>(V view, Change change) {
    }
}
