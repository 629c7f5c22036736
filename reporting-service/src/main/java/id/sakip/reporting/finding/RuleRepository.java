package id.sakip.reporting.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Validation rules by code. */
@ApplicationScoped
public class RuleRepository implements PanacheRepository<ValidationRule> {

    public Optional<ValidationRule> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<ValidationRule> enabled() {
        return list("enabled = true order by id");
    }

    public List<ValidationRule> all() {
        return list("order by id");
    }
}
