package de.norderstedt.go.ideas.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A comment on an idea, or with {@code parentId} a reply to one of its comments. */
public record CommentRequest(@NotBlank @Size(max = 2000) String body, UUID parentId) {
}
