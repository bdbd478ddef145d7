package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaOrigin;
import de.norderstedt.go.ideas.service.IdeaDraft;
import de.norderstedt.go.platform.model.ActionField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A new or edited idea; the limits are those of every idea ({@link IdeaDraft}), imported cards included. */
public record IdeaRequest(
        @NotBlank @Size(max = IdeaDraft.TITLE_MAX) @Schema(example = "Sichere Radwege zu allen Schulen") String title,
        @NotBlank @Size(max = IdeaDraft.DESCRIPTION_MAX) @Schema(example = "Digitale Schulwegplanung mit Meldefunktion für Gefahrenstellen.") String description,
        @NotNull ActionField actionField,
        @Schema(defaultValue = "PROJECT_IDEA") IdeaKind kind,
        @Schema(description = "ONLINE for ambassadors; WORKSHOP (with workshopId) or CAMPAIGN when the core team enters cards")
        IdeaOrigin origin,
        UUID workshopId,
        @Size(max = IdeaDraft.WORKSHOP_GROUP_MAX) String workshopGroup,
        @Size(max = IdeaDraft.TAGS_MAX) List<@NotBlank @Size(max = IdeaDraft.TAG_MAX) @Pattern(regexp = "^[\\p{L}\\p{N} _-]+$", message = "may contain letters, digits, spaces, _ and -") String> tags) {

    public IdeaDraft toDraft() {
        return new IdeaDraft(title, description, actionField, kind, origin, workshopId, workshopGroup, tags);
    }
}
