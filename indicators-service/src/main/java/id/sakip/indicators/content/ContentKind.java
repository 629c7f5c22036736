package id.sakip.indicators.content;

import id.sakip.indicators.content.dto.OrganisationProfile;
import id.sakip.indicators.content.dto.OtherAchievements;
import id.sakip.indicators.content.dto.PlanStrategy;
import id.sakip.indicators.content.dto.RiskRegister;
import id.sakip.indicators.content.dto.UnitNarrative;

/**
 * The kinds of report content, each with its document record and the top-level section of
 * {@code sakip-performance-dataset/1} that carries it. All but {@link #PLAN_STRATEGY} belong to a unit-year.
 */
public enum ContentKind {
    PROFILE(OrganisationProfile.class, "profiles"),
    NARRATIVE(UnitNarrative.class, "narratives"),
    OTHER_ACHIEVEMENTS(OtherAchievements.class, "otherAchievements"),
    RISK_REGISTER(RiskRegister.class, "riskRegisters"),
    PLAN_STRATEGY(PlanStrategy.class, "planStrategies");

    private final Class<?> type;
    private final String datasetSection;

    ContentKind(Class<?> type, String datasetSection) {
        this.type = type;
        this.datasetSection = datasetSection;
    }

    public Class<?> type() {
        return type;
    }

    public String datasetSection() {
        return datasetSection;
    }

    public boolean perUnitYear() {
        return this != PLAN_STRATEGY;
    }
}
