package de.norderstedt.go.platform.events;

/** The topics of the system; each service publishes to its own and only to its own. */
public final class Topics {
    public static final String PARTICIPANTS = "go.participants.v1";
    public static final String IDEAS = "go.ideas.v1";
    public static final String WORKSHOPS = "go.workshops.v1";
    public static final String ROADMAP = "go.roadmap.v1";

    private Topics() {
    }
}
