package de.norderstedt.go.workshops.messaging;

import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.workshops.WorkshopEvents;
import de.norderstedt.go.platform.outbox.Outbox;
import de.norderstedt.go.workshops.model.Registration;
import de.norderstedt.go.workshops.model.Workshop;
import de.norderstedt.go.platform.model.Times;
import jakarta.enterprise.context.ApplicationScoped;

/** What of a workshop leaves the service: the event itself and registration counts, never who. */
@ApplicationScoped
public class WorkshopEventPublisher {

    private final Outbox outbox;

    public WorkshopEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void changed(EventType<WorkshopEvents.Changed> type, Workshop w, String reason) {
        outbox.publish(type, w.id, new WorkshopEvents.Changed(snapshot(w), reason));
    }

    public void registration(EventType<WorkshopEvents.RegistrationChanged> type, Registration r, int[] counts) {
        outbox.publish(type, r.workshopId, new WorkshopEvents.RegistrationChanged(r.workshopId, r.id, r.mode.name(),
                r.participantId == null, counts[0], counts[1], counts[2]));
    }

    public static WorkshopEvents.Workshop snapshot(Workshop w) {
        return new WorkshopEvents.Workshop(w.id, w.title, w.type.name(), w.format.name(), w.audience.name(),
                Times.berlin(w.startsAt), Times.berlin(w.endsAt), w.venueName, w.status.name());
    }
}
