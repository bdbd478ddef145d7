package de.norderstedt.go.roadmap.model;

/** How the strategy house groups the inventory of existing initiatives (Lebensbereiche). */
public enum AreaOfLife {
    DIGITAL_INFRASTRUCTURE("Digitale Infrastruktur"),
    ADMINISTRATION("Verwaltung"),
    ENERGY("Energie"),
    MOBILITY("Mobilität"),
    URBAN_DEVELOPMENT("Stadtentwicklung"),
    SUSTAINABILITY("Nachhaltigkeit"),
    EDUCATION("Bildung"),
    YOUTH("Jugend"),
    ECONOMY("Wirtschaft");

    private final String germanLabel;

    AreaOfLife(String germanLabel) {
        this.germanLabel = germanLabel;
    }

    public String germanLabel() {
        return germanLabel;
    }
}
