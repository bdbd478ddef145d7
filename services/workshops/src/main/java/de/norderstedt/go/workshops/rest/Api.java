package de.norderstedt.go.workshops.rest;

/** Every path of this service starts here; the gateway routes /api/workshops/** to it unchanged. */
final class Api {
    static final String ROOT = "/api/workshops";

    private Api() {
    }
}
