package id.sakip.budget.revenue;

import id.sakip.budget.unityear.UnitYearRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored PNBP years. */
@ApplicationScoped
public class RevenueRepository implements UnitYearRepository<Revenue> {
}
