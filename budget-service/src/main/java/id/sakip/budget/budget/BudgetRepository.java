package id.sakip.budget.budget;

import id.sakip.budget.unityear.UnitYearRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored budget allotments. */
@ApplicationScoped
public class BudgetRepository implements UnitYearRepository<BudgetAllotment> {
}
