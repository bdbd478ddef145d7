package de.norderstedt.go.ideas.rest;

import java.util.UUID;

/** Whether the caller now supports the idea, and its count of supports. */
public record SupportResponse(UUID ideaId, boolean supported, int supportCount) {
}
