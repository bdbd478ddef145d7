package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.model.CodeOfCooperation;

import java.time.Instant;
import java.util.List;

public record CodeOfCooperationResponse(int version, String title, String preamble,
                                        List<CodeOfCooperation.PrincipleGroup> principles, Instant publishedAt) {

    public static CodeOfCooperationResponse of(CodeOfCooperation c) {
        return new CodeOfCooperationResponse(c.version, c.title, c.preamble, c.principles, c.publishedAt);
    }
}
