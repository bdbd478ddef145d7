package de.norderstedt.go.roadmap.service;

import java.time.LocalDate;

/** The city council's resolution adopting a roadmap version. */
public record CouncilResolution(LocalDate date, String body, String number) {
}
