package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.CodeOfCooperation;

import java.util.List;

/** The text of a new version of the code of cooperation (already validated), before it is published. */
public record CodeOfCooperationDraft(String title, String preamble, List<CodeOfCooperation.PrincipleGroup> principles) {
}
