package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.roadmap.model.Horizon;
import de.norderstedt.go.roadmap.model.MeasureStatus;
import de.norderstedt.go.roadmap.model.Owner;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.service.MeasureView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A measure as a version plans it, with how far it has got. */
public record MeasureResponse(UUID id, String versionLabel, String title, String description, ActionField actionField,
                              String actionFieldLabel, List<MeasureGoalResponse> goals, Horizon horizon, Owner owner, String ownerDetail,
                              LocalDate plannedStart, LocalDate plannedEnd, UUID parentMeasureId, BigDecimal weight,
                              List<UUID> subMeasureIds, MeasureStatus status, BigDecimal progressPercent,
                              boolean progressComputed, String progressNote, OffsetDateTime progressedAt,
                              List<String> fundingProgrammes, List<UUID> ideaIds, List<MilestoneResponse> milestones) {

    static MeasureResponse of(MeasureView m) {
        PlannedMeasure p = m.planned();
        return new MeasureResponse(p.measureId, m.versionLabel(), p.title, p.description, p.actionField, p.actionField.germanLabel(),
                m.goals().stream().map(MeasureGoalResponse::of).toList(), p.horizon, p.owner, p.ownerDetail, p.plannedStart,
                p.plannedEnd, p.parentId, p.weight, m.subMeasureIds(), m.reported().status, m.progressPercent(), m.progressComputed(),
                m.reported().progressNote, Times.berlin(m.reported().progressedAt), p.fundingProgrammes, p.ideaIds,
                m.milestones().stream().map(MilestoneResponse::of).toList());
    }
}
