package de.norderstedt.go.roadmap.service;

import de.norderstedt.go.platform.model.Texts;
import de.norderstedt.go.platform.model.Timestamps;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.roadmap.model.RoadmapVersion;
import de.norderstedt.go.roadmap.model.VersionStatus;
import de.norderstedt.go.roadmap.repository.PlannedMeasureRepository;
import de.norderstedt.go.roadmap.repository.RoadmapVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Roadmap versions (1.0, 2.0, …) and the drafting of the next one: one version is prepared at a
 * time, as a copy of the latest adopted one. Only a draft can be changed: once submitted the
 * council reads it as it is (see {@link AdoptionService}), once adopted it is frozen for good.
 */
@ApplicationScoped
public class VersionService {

    private final RoadmapVersionRepository versions;
    private final PlannedMeasureRepository planned;

    public VersionService(RoadmapVersionRepository versions, PlannedMeasureRepository planned) {
        this.versions = versions;
        this.planned = planned;
    }

    /**
     * One page of the versions, newest first, after the major number {@code afterMajor}; the
     * public sees adopted and superseded versions only. {@code limit + 1} rows.
     */
    @Transactional
    public List<VersionOverview> page(boolean staff, Integer afterMajor, int limit) {
        return versions.page(staff, afterMajor, limit).stream().map(this::overview).toList();
    }

    /** A version by its label ("1.0"); a draft or submitted one is a 404 for the public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoadmapVersion version(String label, boolean staff) {
        RoadmapVersion v = versions.byLabel(label).orElseThrow(() -> ProblemException.notFound("Roadmap version", label));
        if (!staff && !v.status.resolved()) {
            throw ProblemException.notFound("Roadmap version", label);
        }
        return v;
    }

    @Transactional
    public VersionOverview overview(String label, boolean staff) {
        return overview(version(label, staff));
    }

    /** The version with the label of the one it was copied from and its number of measures. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionOverview overview(RoadmapVersion v) {
        String basedOn = v.basedOn == null ? null : versions.findByIdOptional(v.basedOn).map(b -> b.label).orElse(null);
        return new VersionOverview(v, basedOn, planned.countIn(v.id));
    }

    /** The version the council adopted last, in force now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RoadmapVersion> adopted() {
        return versions.withStatus(VersionStatus.ADOPTED);
    }

    /** Starts the next version: a copy of the latest adopted one, keeping its measures' ids (or empty for the first). */
    @Transactional
    public RoadmapVersion startVersion(String title, String summary) {
        versions.lockVersions();
        Optional<RoadmapVersion> open = versions.open();
        if (open.isPresent()) {
            throw ProblemException.conflict("Roadmap " + open.get().label + " is still " + open.get().status
                    + "; one version is prepared at a time");
        }
        Instant now = Timestamps.now();
        RoadmapVersion v = new RoadmapVersion();
        v.id = UUID.randomUUID();
        v.major = versions.nextMajor();
        v.label = v.major + ".0";
        v.title = title.strip();
        v.summary = Texts.blankToNull(summary);
        v.status = VersionStatus.DRAFT;
        v.createdAt = now;
        v.updatedAt = now;
        Optional<RoadmapVersion> base = adopted();
        v.basedOn = base.map(b -> b.id).orElse(null);
        versions.persist(v);
        base.ifPresent(b -> planned.plan(b.id).forEach(m -> planned.persist(m.copyInto(v.id, now))));
        return v;
    }

    /** Changes a draft's title and summary. */
    @Transactional
    public RoadmapVersion changeVersion(String label, String title, String summary) {
        RoadmapVersion v = editable(label);
        v.title = title.strip();
        v.summary = Texts.blankToNull(summary);
        v.updatedAt = Timestamps.now();
        return v;
    }

    /** The version, locked against a concurrent submission or adoption until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoadmapVersion locked(String label) {
        RoadmapVersion v = version(label, true);
        versions.lock(v);
        return v;
    }

    /** The version, locked, if it is a draft; anything else is a 409 that says why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoadmapVersion editable(String label) {
        RoadmapVersion v = locked(label);
        switch (v.status) {
            case DRAFT -> {
                return v;
            }
            case SUBMITTED -> throw ProblemException.conflict("Roadmap " + v.label
                    + " is with the council; withdraw the submission (DELETE .../submission) to change it");
            default -> throw ProblemException.conflict("Roadmap " + v.label + " was adopted by " + v.resolutionBody + " on "
                    + v.resolutionDate + " (resolution " + v.resolutionNumber + ") and cannot be changed; "
                    + "start the next version with POST /api/roadmap/versions");
        }
    }
}
