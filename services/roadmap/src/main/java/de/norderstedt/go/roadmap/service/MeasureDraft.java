package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.roadmap.model.Horizon;
import de.norderstedt.go.roadmap.model.Owner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A measure as a draft version is to plan it (added or changed); null lists are empty, a null weight is 1. */
public record MeasureDraft(String title, String description, ActionField actionField, List<UUID> goalIds, Horizon horizon,
                           Owner owner, String ownerDetail, LocalDate plannedStart, LocalDate plannedEnd, UUID parentMeasureId,
                           BigDecimal weight, List<String> fundingProgrammes, List<UUID> ideaIds) {
}
