package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.model.RoadmapVersion;

import java.time.LocalDate;

/** The council's resolution that adopted a version. */
public record ResolutionResponse(LocalDate date, String body, String number) {

    static ResolutionResponse of(RoadmapVersion v) {
        return v.resolutionDate == null ? null : new ResolutionResponse(v.resolutionDate, v.resolutionBody, v.resolutionNumber);
    }
}
