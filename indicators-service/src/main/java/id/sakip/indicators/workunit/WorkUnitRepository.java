package id.sakip.indicators.workunit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Work units with their parent history. */
@ApplicationScoped
public class WorkUnitRepository implements PanacheRepository<WorkUnit> {

    public Optional<WorkUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Every unit with its parent history, in one query. */
    public List<WorkUnit> findAllWithParents() {
        return getEntityManager().createQuery(
                "select distinct u from WorkUnit u left join fetch u.parents order by u.code", WorkUnit.class)
                .getResultList();
    }
}
