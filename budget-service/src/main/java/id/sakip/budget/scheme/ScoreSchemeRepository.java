package id.sakip.budget.scheme;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Stored score schemes. */
@ApplicationScoped
public class ScoreSchemeRepository implements PanacheRepository<ScoreScheme> {

    public Optional<ScoreScheme> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public List<ScoreScheme> listOrdered() {
        return list("order by kind, validFrom, code");
    }
}
