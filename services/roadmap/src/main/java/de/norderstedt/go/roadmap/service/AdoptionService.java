package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.messaging.RoadmapEventPublisher;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.model.VersionStatus;
import de.norderstedt.go.roadmap.repository.PlannedMeasureRepository;
import de.norderstedt.go.roadmap.repository.RoadmapVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The city council's part: the draft is submitted (and from then on read, not edited), taken back
 * if need be, and adopted by a resolution, which freezes it and supersedes the version before.
 */
@ApplicationScoped
public class AdoptionService {

    private final VersionService versions;
    private final RoadmapVersionRepository versionRows;
    private final PlannedMeasureRepository planned;
    private final RoadmapEventPublisher events;

    public AdoptionService(VersionService versions, RoadmapVersionRepository versionRows, PlannedMeasureRepository planned,
                           RoadmapEventPublisher events) {
        this.versions = versions;
        this.versionRows = versionRows;
        this.planned = planned;
        this.events = events;
    }

    /** Hands the draft to the council; from now on it is read, not edited. */
    @Transactional
    public RoadmapVersion submit(String label) {
        RoadmapVersion v = versions.locked(label);
        if (v.status != VersionStatus.DRAFT) {
            throw ProblemException.conflict("Roadmap " + v.label + " is " + v.status + "; only a draft can be submitted",
                    List.of(VersionStatus.DRAFT.name()));
        }
        int count = planned.countIn(v.id);
        if (count == 0) {
            throw ProblemException.conflict("Roadmap " + v.label + " has no measures yet");
        }
        v.status = VersionStatus.SUBMITTED;
        v.submittedAt = Timestamps.now();
        v.updatedAt = v.submittedAt;
        events.version(RoadmapEvents.VERSION_SUBMITTED, v, count);
        return v;
    }

    /** Takes a submission back (the council sent it back, or it needs a change). */
    @Transactional
    public RoadmapVersion withdrawSubmission(String label) {
        RoadmapVersion v = versions.locked(label);
        if (v.status != VersionStatus.SUBMITTED) {
            throw ProblemException.conflict("Roadmap " + v.label + " is " + v.status + ", not submitted",
                    List.of(VersionStatus.SUBMITTED.name()));
        }
        v.status = VersionStatus.DRAFT;
        v.submittedAt = null;
        v.updatedAt = Timestamps.now();
        return v;
    }

    /** Records the council's resolution: this version is adopted and frozen, the previous one superseded. */
    @Transactional
    public RoadmapVersion adopt(String label, CouncilResolution resolution) {
        RoadmapVersion v = versions.locked(label);
        if (v.status != VersionStatus.SUBMITTED) {
            throw ProblemException.conflict("Roadmap " + v.label + " is " + v.status
                    + (v.status == VersionStatus.DRAFT ? "; submit it to the council first" : "; its resolution is recorded"),
                    List.of(VersionStatus.SUBMITTED.name()));
        }
        Instant now = Timestamps.now();
        versions.adopted().ifPresent(old -> {
            old.status = VersionStatus.SUPERSEDED;
            old.supersededAt = now;
            old.updatedAt = now;
            events.version(RoadmapEvents.VERSION_SUPERSEDED, old, planned.countIn(old.id));
        });
        versionRows.flush();
        v.status = VersionStatus.ADOPTED;
        v.resolutionDate = resolution.date();
        v.resolutionBody = resolution.body().strip();
        v.resolutionNumber = resolution.number().strip();
        v.adoptedAt = now;
        v.updatedAt = now;
        events.version(RoadmapEvents.VERSION_ADOPTED, v, planned.countIn(v.id));
        return v;
    }
}
