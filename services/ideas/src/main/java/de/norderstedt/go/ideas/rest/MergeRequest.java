package de.norderstedt.go.ideas.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record MergeRequest(@NotNull UUID into, @Size(max = 1000) String reason) {
}
