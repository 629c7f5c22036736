package id.sakip.indicators.agreement.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement revision as written by a planner or a dataset ({@code agreements[]}). Through the API,
 * {@code revision} and {@code status} are decided by the service (a new draft gets the next revision).
 */
public record AgreementInput(String workUnit, Integer year, String plan, Integer revision, String status,
                             LocalDate signedOn, String place, String note, PartyDoc firstParty,
                             PartyDoc secondParty, List<TargetInput> targets, List<BudgetLineDoc> budget) {

    /** A signing party. */
    public record PartyDoc(String name, String position, String nip) {
    }

    /** The target of one indicator of the plan. */
    public record TargetInput(String indicator, BigDecimal target) {
    }

    /** Budget of one program, whole rupiah. */
    public record BudgetLineDoc(String program, String activity, Long amount) {
    }
}
