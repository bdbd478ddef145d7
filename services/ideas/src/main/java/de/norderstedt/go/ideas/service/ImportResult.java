package de.norderstedt.go.ideas.service;

import java.util.UUID;

/** What an import did: how many rows the file had, how many became new ideas, how many were there already. */
public record ImportResult(UUID importId, int rows, int created, int unchanged) {
}
