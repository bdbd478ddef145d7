package de.norderstedt.go.roadmap.rest;

/** Every path of this service starts here; the gateway routes /api/roadmap/** to it unchanged. */
public final class Api {
    public static final String ROOT = "/api/roadmap";

    private Api() {
    }
}
