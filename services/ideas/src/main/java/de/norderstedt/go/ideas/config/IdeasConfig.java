package de.norderstedt.go.ideas.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The ideas service's own settings, {@code go.ideas.*}. */
@ConfigMapping(prefix = "go.ideas")
public interface IdeasConfig {

    /**
     * How many imported cards go to the database in one JDBC batch
     * ({@code go.ideas.import-batch-size}).
     */
    @WithDefault("500")
    int importBatchSize();
}
