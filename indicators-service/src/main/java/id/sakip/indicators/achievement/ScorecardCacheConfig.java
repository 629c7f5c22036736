package id.sakip.indicators.achievement;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of {@link ScorecardCache}: whether answers are cached and how many bytes they may take. */
@ConfigMapping(prefix = "indicators.scorecard-cache")
public interface ScorecardCacheConfig {

    /** Off: every request computes its answer (for comparisons and troubleshooting). */
    @WithDefault("true")
    boolean enabled();

    /** Upper bound of the cached JSON (plus a small per-entry overhead), e.g. {@code 32M}. */
    @WithDefault("32M")
    MemorySize maxSize();
}
