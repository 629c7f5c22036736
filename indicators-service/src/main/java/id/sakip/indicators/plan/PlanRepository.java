package id.sakip.indicators.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Strategic plans; objectives, indicators and medium-term targets load in batches. */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<StrategicPlan> {

    public Optional<StrategicPlan> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<StrategicPlan> findAllOrdered() {
        return list("order by startYear, code");
    }
}
