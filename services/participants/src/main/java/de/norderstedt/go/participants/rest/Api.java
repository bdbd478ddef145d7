package de.norderstedt.go.participants.rest;

/** Every path of this service starts here; the gateway routes /api/participants/** to it unchanged. */
final class Api {
    static final String ROOT = "/api/participants";

    private Api() {
    }
}
