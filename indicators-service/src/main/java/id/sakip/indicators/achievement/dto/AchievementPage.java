package id.sakip.indicators.achievement.dto;

import java.util.List;

/** One page of the Kanwil pull: the scorecards of units below a regional office. */
public record AchievementPage(String parent, int year, int page, int size, long total, List<Scorecard> items) {
}
