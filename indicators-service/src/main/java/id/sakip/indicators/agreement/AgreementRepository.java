package id.sakip.indicators.agreement;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Agreement revisions; targets and budget lines load in batches. */
@ApplicationScoped
public class AgreementRepository implements PanacheRepository<PerformanceAgreement> {

    public List<PerformanceAgreement> findByUnitYear(String unit, int year) {
        return list("workUnit = ?1 and year = ?2 order by revision", unit, year);
    }

    /** Every revision of some units in some years (a dataset import preloads the unit-years it names). */
    public List<PerformanceAgreement> findByUnitsAndYears(java.util.Collection<String> units,
                                                          java.util.Collection<Integer> years) {
        return list("workUnit in ?1 and year in ?2", units, years);
    }

    public Optional<PerformanceAgreement> findByKey(String unit, int year, int revision) {
        return find("workUnit = ?1 and year = ?2 and revision = ?3", unit, year, revision).firstResultOptional();
    }

    /** Every signed revision of a year with its targets (for all units: the benchmark needs them). */
    public List<PerformanceAgreement> findSignedWithTargets(int year) {
        return getEntityManager().createQuery("select distinct a from PerformanceAgreement a left join fetch a.targets "
                        + "where a.year = :y and a.status = 'SIGNED' order by a.workUnit, a.revision",
                PerformanceAgreement.class).setParameter("y", year).getResultList();
    }

    /** Signed revisions with targets of some units over all years up to {@code year} (for series). */
    public List<PerformanceAgreement> findSignedWithTargets(Collection<String> units, int upToYear) {
        return getEntityManager().createQuery("select distinct a from PerformanceAgreement a left join fetch a.targets "
                        + "where a.workUnit in :u and a.year <= :y and a.status = 'SIGNED' "
                        + "order by a.workUnit, a.year, a.revision", PerformanceAgreement.class)
                .setParameter("u", units).setParameter("y", upToYear).getResultList();
    }

    public int maxRevision(String unit, int year) {
        Integer max = getEntityManager().createQuery("select max(a.revision) from PerformanceAgreement a "
                        + "where a.workUnit = :u and a.year = :y", Integer.class)
                .setParameter("u", unit).setParameter("y", year).getSingleResult();
        return max == null ? 0 : max;
    }
}
