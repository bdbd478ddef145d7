package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.roadmap.model.Goal;
import de.norderstedt.go.roadmap.model.Horizon;
import de.norderstedt.go.roadmap.model.Measure;
import de.norderstedt.go.roadmap.model.MeasureMilestone;
import de.norderstedt.go.roadmap.model.MeasureStatus;
import de.norderstedt.go.roadmap.model.Owner;
import de.norderstedt.go.roadmap.model.PlannedMeasure;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.model.VersionStatus;
import de.norderstedt.go.roadmap.service.CandidateService;
import de.norderstedt.go.roadmap.service.ProgressService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What the roadmap API answers about versions, measures and candidates. */
public final class RoadmapResponses {

    public record Resolution(LocalDate date, String body, String number) {
    }

    public record VersionResponse(UUID id, String label, String title, String summary, VersionStatus status, String basedOnLabel,
                                  OffsetDateTime submittedAt, Resolution resolution, OffsetDateTime adoptedAt,
                                  OffsetDateTime supersededAt, int measureCount, OffsetDateTime updatedAt) {
        static VersionResponse of(RoadmapVersion v, String basedOnLabel, int measureCount) {
            return new VersionResponse(v.id, v.label, v.title, v.summary, v.status, basedOnLabel, Times.berlin(v.submittedAt),
                    v.resolutionDate == null ? null : new Resolution(v.resolutionDate, v.resolutionBody, v.resolutionNumber),
                    Times.berlin(v.adoptedAt), Times.berlin(v.supersededAt), measureCount, Times.berlin(v.updatedAt));
        }
    }

    public record GoalRef(UUID id, String title) {
    }

    public record MilestoneResponse(UUID id, String title, LocalDate dueDate, boolean done, OffsetDateTime doneAt) {
        static MilestoneResponse of(MeasureMilestone ms) {
            return new MilestoneResponse(ms.id, ms.title, ms.dueDate, ms.done, Times.berlin(ms.doneAt));
        }
    }

    /** A measure as a version plans it, with how far it has got. */
    public record MeasureResponse(UUID id, String versionLabel, String title, String description, ActionField actionField,
                                  String actionFieldLabel, List<GoalRef> goals, Horizon horizon, Owner owner, String ownerDetail,
                                  LocalDate plannedStart, LocalDate plannedEnd, UUID parentMeasureId, BigDecimal weight,
                                  List<UUID> subMeasureIds, MeasureStatus status, BigDecimal progressPercent,
                                  boolean progressComputed, String progressNote, OffsetDateTime progressedAt,
                                  List<String> fundingProgrammes, List<UUID> ideaIds, List<MilestoneResponse> milestones) {
    }

    /** Builds the responses for (part of) one version's plan, with progress and milestones in bulk. */
    static List<MeasureResponse> measures(String versionLabel, List<PlannedMeasure> plan, List<PlannedMeasure> shown,
                                          Map<UUID, Goal> goals, ProgressService progress) {
        List<UUID> ids = plan.stream().map(p -> p.measureId).toList();
        Map<UUID, Measure> records = progress.records(ids);
        Map<UUID, BigDecimal> effective = ProgressService.effectiveProgress(plan, records);
        List<MeasureMilestone> milestones = progress.milestones(shown.stream().map(p -> p.measureId).toList());
        return shown.stream().map(p -> {
            Measure r = records.get(p.measureId);
            List<UUID> children = plan.stream().filter(c -> p.measureId.equals(c.parentId)).map(c -> c.measureId).toList();
            return new MeasureResponse(p.measureId, versionLabel, p.title, p.description, p.actionField, p.actionField.germanLabel(),
                    p.goalIds.stream().map(goals::get).filter(Objects::nonNull).map(g -> new GoalRef(g.id, g.title)).toList(),
                    p.horizon, p.owner, p.ownerDetail, p.plannedStart, p.plannedEnd, p.parentId, p.weight, children,
                    r.status, effective.get(p.measureId), !children.isEmpty(), r.progressNote, Times.berlin(r.progressedAt),
                    p.fundingProgrammes, p.ideaIds,
                    milestones.stream().filter(ms -> ms.measureId.equals(p.measureId)).map(MilestoneResponse::of).toList());
        }).toList();
    }

    public record CandidateResponse(UUID ideaId, String title, String description, ActionField actionField, String classification,
                                    BigDecimal score, List<UUID> goalIds) {
        static CandidateResponse of(CandidateService.Candidate c) {
            return new CandidateResponse(c.ideaId(), c.title(), c.description(), c.actionField(), c.classification(), c.score(),
                    c.goalIds());
        }
    }

    private RoadmapResponses() {
    }
}
