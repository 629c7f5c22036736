package id.sakip.indicators.content.dto;

import java.util.List;

/** A plan's strategy as read: the written {@link PlanStrategy} and the cascade of the plan's objectives. */
public record PlanStrategyView(String plan, String vision, List<String> missions, List<String> goals,
                               List<CascadeNode> cascade, long version) {

    /** An objective of the plan (STRATEGIC, PROGRAM or ACTIVITY), its parent and its indicators' names. */
    public record CascadeNode(String code, String level, String name, String parent, List<String> indicators) {
    }
}
