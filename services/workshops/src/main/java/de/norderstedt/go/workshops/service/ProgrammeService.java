package de.norderstedt.go.workshops.service;

import de.norderstedt.go.platform.model.Times;
import de.norderstedt.go.platform.problem.ProblemException;
import de.norderstedt.go.workshops.model.Workshop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The programme of a workshop that the programme team edits as a whole: its agenda and its
 * breakout groups, kept with the workshop. Changing them publishes no event: go.workshops.v1 has
 * no event type for them, and integrators read a workshop's programme from the API.
 */
@ApplicationScoped
public class ProgrammeService {

    private final WorkshopService workshops;

    public ProgrammeService(WorkshopService workshops) {
        this.workshops = workshops;
    }

    /** Replaces the agenda, in the order given; every item must end after it starts. */
    @Transactional
    public Workshop replaceAgenda(UUID workshopId, List<Workshop.AgendaItem> items) {
        Workshop w = workshops.get(workshopId);
        for (int i = 0; i < items.size(); i++) {
            Workshop.AgendaItem item = items.get(i);
            if (!item.endsAt().isAfter(item.startsAt())) {
                throw ProblemException.invalid("[" + i + "].endsAt", "must be after startsAt");
            }
        }
        w.agenda = items.stream().map(i -> new Workshop.AgendaItem(Times.berlin(i.startsAt().toInstant()),
                Times.berlin(i.endsAt().toInstant()), i.kind(), i.title().strip(),
                i.speakers() == null ? List.of() : i.speakers())).toList();
        return w;
    }

    /** Replaces the breakout groups; a member listed twice in a group counts once. */
    @Transactional
    public Workshop replaceGroups(UUID workshopId, List<Workshop.BreakoutGroup> groups) {
        Workshop w = workshops.get(workshopId);
        w.breakoutGroups = groups.stream().map(g -> new Workshop.BreakoutGroup(g.name().strip(), g.actionField(), g.facilitator(),
                g.members() == null ? List.of() : g.members().stream().distinct().toList())).toList();
        return w;
    }
}
