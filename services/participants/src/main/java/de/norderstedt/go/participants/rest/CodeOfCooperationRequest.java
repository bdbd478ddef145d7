package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.CodeOfCooperation;
import de.norderstedt.go.participants.service.CodeOfCooperationDraft;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new version of the code of cooperation; publishing it asks every active ambassador to accept again. */
public record CodeOfCooperationRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String preamble,
        @NotEmpty @Size(max = 10) List<@Valid Group> principles) {

    public CodeOfCooperationDraft toDraft() {
        return new CodeOfCooperationDraft(title, preamble,
                principles.stream().map(g -> new CodeOfCooperation.PrincipleGroup(g.heading(), g.principles())).toList());
    }

    public record Group(
            @NotBlank @Size(max = 200) String heading,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> principles) {
    }
}
