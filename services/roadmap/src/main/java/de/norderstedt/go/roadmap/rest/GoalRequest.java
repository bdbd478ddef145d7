package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.roadmap.service.GoalDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A strategic goal, defined or changed. */
public record GoalRequest(@NotBlank @Size(max = 200) String title, @Size(max = 5000) String description,
                          @NotNull ActionField actionField,
                          @Size(max = 20) @Schema(description = "How reaching the goal is measured (optional)")
                          List<@NotBlank @Size(max = 300) String> indicators) {

    GoalDraft draft() {
        return new GoalDraft(title, description, actionField, indicators);
    }
}
