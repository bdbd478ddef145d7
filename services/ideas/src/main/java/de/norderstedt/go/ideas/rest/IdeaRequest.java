package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaOrigin;
import de.norderstedt.go.platform.model.ActionField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

public record IdeaRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Sichere Radwege zu allen Schulen") String title,
        @NotBlank @Size(max = 5000) @Schema(example = "Digitale Schulwegplanung mit Meldefunktion für Gefahrenstellen.") String description,
        @NotNull ActionField actionField,
        @Schema(defaultValue = "PROJECT_IDEA") IdeaKind kind,
        @Schema(description = "ONLINE for ambassadors; WORKSHOP (with workshopId) or CAMPAIGN when the core team enters cards")
        IdeaOrigin origin,
        UUID workshopId,
        @Size(max = 80) String workshopGroup,
        @Size(max = 10) List<@NotBlank @Size(max = 40) @Pattern(regexp = "^[\\p{L}\\p{N} _-]+$", message = "may contain letters, digits, spaces, _ and -") String> tags) {
}
