package id.sakip.budget.revenue;

import id.sakip.budget.common.Change;
import id.sakip.budget.common.FieldReader;
import id.sakip.budget.common.Numbers;
import id.sakip.budget.common.Reported;
import id.sakip.budget.common.ReportedView;
import id.sakip.budget.common.Versions;
import id.sakip.budget.common.YearRange;
import id.sakip.budget.lock.LockService;
import id.sakip.budget.revenue.dto.RevenueData;
import id.sakip.budget.revenue.dto.RevenueView;
import id.sakip.commons.audit.AuditLog;
import id.sakip.commons.http.ETags;
import id.sakip.commons.problem.ProblemException;
import id.sakip.commons.security.AccessPolicy;
import id.sakip.commons.security.Caller;
import id.sakip.commons.security.WriteKind;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** PNBP years: the read API's figures, single-year replacement, and the dataset upsert. */
@ApplicationScoped
public class RevenueService {

    static final String ENTITY = "Revenue";

    private final RevenueRepository repository;
    private final AccessPolicy access;
    private final LockService locks;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    public RevenueService(RevenueRepository repository, AccessPolicy access, LockService locks, AuditLog audit,
                          SecurityIdentity identity) {
        this.repository = repository;
        this.access = access;
        this.locks = locks;
        this.audit = audit;
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevenueView> read(YearRange range) {
        Caller caller = Caller.from(identity);
        for (int y = range.fromYear(); y <= range.toYear(); y++) {
            access.requireRead(caller, range.workUnit(), YearRange.asOf(y));
        }
        List<RevenueView> out = repository.range(range.workUnit(), range.fromYear(), range.toYear()).stream()
                .map(RevenueService::view).toList();
        if (range.single() && out.isEmpty()) {
            throw ProblemException.notFound("No PNBP of work unit " + range.workUnit() + " for " + range.fromYear());
        }
        return out;
    }

    @Transactional
    public Stored replace(String workUnit, int year, String ifMatch, RevenueData data) {
        access.requireWrite(Caller.from(identity), workUnit, WriteKind.PLANNING);
        FieldReader in = new FieldReader();
        if (!workUnit.equals(data.workUnit())) {
            in.error("/workUnit", "must be the work unit of the path (" + workUnit + ")");
        }
        if (!Objects.equals(year, data.year())) {
            in.error("/year", "must be the year of the path (" + year + ")");
        }
        in.throwIfAny();
        Optional<Revenue> existing = repository.find(workUnit, year);
        if (existing.isPresent()) {
            ETags.requireMatch(ifMatch, existing.get().version);
        }
        locks.requireUnlocked(workUnit, year);
        Change change = store(existing, data, "");
        existing.ifPresent(r -> Versions.flushOr412(repository.getEntityManager()));
        Revenue stored = existing.orElseGet(() -> repository.find(workUnit, year).orElseThrow());
        repository.flush();
        return new Stored(view(stored), change);
    }

    public Change upsert(RevenueData data, boolean dryRun) {
        Optional<Revenue> existing = repository.find(data.workUnit(), data.year());
        if (existing.isPresent() && existing.get().toData().equals(data)) {
            return Change.UNCHANGED;
        }
        locks.requireUnlocked(data.workUnit(), data.year());
        if (dryRun) {
            return existing.isPresent() ? Change.UPDATED : Change.CREATED;
        }
        return store(existing, data, "IMPORT_");
    }

    public boolean wouldChange(RevenueData data) {
        return repository.find(data.workUnit(), data.year()).map(r -> !r.toData().equals(data)).orElse(true);
    }

    private Change store(Optional<Revenue> existing, RevenueData data, String actionPrefix) {
        if (existing.isPresent()) {
            RevenueData before = existing.get().toData();
            if (before.equals(data)) {
                return Change.UNCHANGED;
            }
            existing.get().apply(data);
            audit.record(ENTITY, data.naturalKey(), actionPrefix + "UPDATE", before, data);
            return Change.UPDATED;
        }
        Revenue r = new Revenue();
        r.apply(data);
        repository.persist(r);
        audit.record(ENTITY, data.naturalKey(), actionPrefix + "CREATE", null, data);
        return Change.CREATED;
    }

    public record Stored(RevenueView view, Change change) {
    }

    static RevenueView view(Revenue entity) {
        RevenueData d = entity.toData();
        List<RevenueView.AccountView> accounts = d.accounts().stream().map(a -> {
            Long realization = RevenueCalculator.realization(a);
            Long difference = realization == null || a.reportedRealization() == null ? null
                    : a.reportedRealization() - realization;
            return new RevenueView.AccountView(a.code(), a.name(), a.mpnTax(), a.mpnNonTax(), a.biTax(), a.biNonTax(),
                    a.spmDeduction(), a.refund(), realization, a.reportedRealization(), difference);
        }).toList();
        Map<String, Long> totals = RevenueCalculator.totals(d.accounts());
        Long realization = totals.get("realization");
        BigDecimal percent = RevenueCalculator.percentOfTarget(realization, d.target());
        List<ReportedView> reported = new ArrayList<>();
        d.reportedTotals().forEach((key, value) -> {
            Long computed = totals.get(key);
            reported.add(ReportedView.of(new Reported("reportedTotals." + key, null, null, null,
                    BigDecimal.valueOf(value), "reportedTotals"), computed == null ? null : BigDecimal.valueOf(computed)));
        });
        for (Reported r : d.reported()) {
            BigDecimal computed = switch (r.key()) {
                case "percentOfTarget" -> percent;
                case "realization" -> realization == null ? null : BigDecimal.valueOf(realization);
                case "target" -> d.target() == null ? null : BigDecimal.valueOf(d.target());
                default -> null;
            };
            reported.add(ReportedView.of(r, computed));
        }
        return new RevenueView(d.workUnit(), d.year(), d.reference(), d.target(), realization, Numbers.round2(percent),
                accounts, totals, d.reportedTotals(), reported, entity.version, entity.updatedAt);
    }
}
