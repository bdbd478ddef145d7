package de.norderstedt.go.archfixture.good.rest;

public record ThingRequest(String title) {
}
