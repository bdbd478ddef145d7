package de.norderstedt.go.archfixture.bad.rest;

public record ThingRequest(String title) {
}
