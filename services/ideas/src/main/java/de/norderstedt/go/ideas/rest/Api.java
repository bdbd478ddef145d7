package de.norderstedt.go.ideas.rest;

/** Every path of this service starts here; the gateway routes /api/ideas/** to it unchanged. */
final class Api {
    static final String ROOT = "/api/ideas";

    private Api() {
    }
}
