package de.norderstedt.go.roadmap.config;

import io.smallrye.config.ConfigMapping;

/** The roadmap service's own settings, {@code go.roadmap.*}. */
@ConfigMapping(prefix = "go.roadmap")
public interface RoadmapConfig {

    /**
     * The public address of the API (the gateway's), for the absolute URLs of the open-data
     * (DCAT-AP.de) descriptions: {@code go.roadmap.public-base-url}, {@code GO_ROADMAP_PUBLIC_BASE_URL}.
     */
    String publicBaseUrl();
}
