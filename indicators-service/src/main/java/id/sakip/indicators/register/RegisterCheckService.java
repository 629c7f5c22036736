package id.sakip.indicators.register;

import id.sakip.commons.security.Caller;
import id.sakip.indicators.achievement.ScorecardService;
import id.sakip.indicators.achievement.dto.Scorecard;
import id.sakip.indicators.register.dto.CheckReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/** The register checks of a unit-year ({@link RegisterChecks}) over what is stored now. */
@ApplicationScoped
public class RegisterCheckService {

    private final RegisterService registers;
    private final ScorecardService scorecards;

    public RegisterCheckService(RegisterService registers, ScorecardService scorecards) {
        this.registers = registers;
        this.scorecards = scorecards;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckReport checks(String unit, int year, Caller caller) {
        Scorecard card = scorecards.scorecard(unit, year, caller);
        List<RegisterChecks.IndicatorFigures> figures = new ArrayList<>();
        for (Scorecard.ObjectiveCard o : card.objectives()) {
            for (Scorecard.IndicatorCard i : o.indicators()) {
                Scorecard.Derived d = i.derived();
                figures.add(new RegisterChecks.IndicatorFigures(i.code(), i.numerator(), i.denominator(), i.value(),
                        d == null ? null : d.numerator(), d == null ? null : d.denominator(),
                        d == null ? null : d.value(), d == null ? null : d.source()));
            }
        }
        List<CheckReport.Check> checks = RegisterChecks.run(registers.assemble(unit, year), figures);
        return new CheckReport(unit, year, (int) checks.stream().filter(CheckReport.Check::contradiction).count(),
                checks);
    }
}
