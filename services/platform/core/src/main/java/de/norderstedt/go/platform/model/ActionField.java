package de.norderstedt.go.platform.model;

/** The four action fields (Handlungsfelder) that every idea, goal and measure belongs to. */
public enum ActionField {
    LIVING("In Norderstedt leben"),
    EXPERIENCING("Norderstedt erleben"),
    WORKING_IN("In Norderstedt arbeiten"),
    WORKING_WITH("Mit Norderstedt arbeiten");

    private final String germanLabel;

    ActionField(String germanLabel) {
        this.germanLabel = germanLabel;
    }

    public String germanLabel() {
        return germanLabel;
    }
}
