package id.sakip.indicators.agreement.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An agreement revision as reporting-service and frontends read it (CONTRACT.md). */
public record AgreementView(Long id, String workUnit, int year, String plan, int revision, String status,
                            LocalDate signedOn, String place, String note, boolean inForce,
                            AgreementInput.PartyDoc firstParty, AgreementInput.PartyDoc secondParty,
                            List<TargetView> targets, List<AgreementInput.BudgetLineDoc> budget, long budgetTotal,
                            long version) {

    /** A target with the indicator's name, objective and unit. */
    public record TargetView(String indicator, String indicatorName, String objective, BigDecimal target,
                             String unit) {
    }
}
