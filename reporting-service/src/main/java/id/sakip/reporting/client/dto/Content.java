package id.sakip.reporting.client.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * The written content of a unit-year that indicators-service owns (CONTRACT.md, "Report content"): organisation
 * profile, plan strategy, narrative, other achievements and risk register. A part is null when indicators-service
 * has none (404).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Content(Profile profile, Strategy strategy, Narrative narrative, OtherAchievements otherAchievements,
                      RiskRegister riskRegister) {

    /** GET /api/v1/work-units/{code}/profile/{year}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profile(String background, List<TaskFunctions> tasks, List<OrganisationUnit> organisationUnits,
                          Staff staff, WorkArea workArea, List<ServicePoint> servicePoints, String strategicAspectsIntro,
                          List<String> strategicAspects, List<Issue> strategicIssues, List<Count> facilities) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskFunctions(String task, List<String> functions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrganisationUnit(String name, String abbreviation, String description, List<String> functions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Staff(LocalDate asOf, List<Count> byRankGroup, List<Count> byEducation, List<Count> byPosition) {
    }

    /** A labelled count (staff, facilities: the profile's facilities have {@code name}, read as label). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Count(@com.fasterxml.jackson.annotation.JsonAlias("name") String label, Integer count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WorkArea(String description, List<Area> areas) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Area(String name, List<String> parts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServicePoint(String name, String kind, String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Issue(String title, String description) {
    }

    /** GET /api/v1/plans/{code}/strategy. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Strategy(String plan, String vision, List<String> missions, List<String> goals,
                           List<CascadeNode> cascade) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CascadeNode(String code, String level, String name, String parent, List<String> indicators) {
    }

    /** GET /api/v1/work-units/{code}/narrative/{year}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Narrative(List<IndicatorNarrative> indicators, List<Group> efficiency, List<Group> obstacles,
                            List<String> recommendations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorNarrative(String indicator, String causes, String actions, String obstacles,
                                     String followUp, Boolean prefilled) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(String title, List<String> items) {
    }

    /** GET /api/v1/work-units/{code}/other-achievements/{year}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OtherAchievements(List<Award> awards, List<Innovation> innovations, String ePerformance,
                                    String eMonev, String regionalContribution) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Award(String name, String grantor, LocalDate date) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Innovation(String name, String expansion, String description) {
    }

    /** GET /api/v1/work-units/{code}/risk-register/{year}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RiskRegister(List<Risk> risks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Risk(String objective, String event, String cause, String impact, Integer likelihood,
                       Integer severity, String mitigation, String owner, String status) {
    }
}
