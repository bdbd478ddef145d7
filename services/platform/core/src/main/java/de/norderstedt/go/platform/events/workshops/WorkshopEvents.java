package de.norderstedt.go.platform.events.workshops;

import de.norderstedt.go.platform.events.EventType;
import de.norderstedt.go.platform.events.Topics;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The events on {@code go.workshops.v1}, all keyed by the workshop id so that a workshop's events
 * stay in order. Registration events carry counts and the mode, never who registered (guests'
 * names and e-mail addresses stay in the workshops service).
 */
public final class WorkshopEvents {

    private static final String AGGREGATE = "workshop";

    public static final EventType<Changed> PUBLISHED = of("published");
    public static final EventType<Changed> RESCHEDULED = of("rescheduled");
    public static final EventType<Changed> CANCELLED = of("cancelled");
    public static final EventType<Changed> REGISTRATION_OPENED = of("registration-opened");
    public static final EventType<Changed> REGISTRATION_CLOSED = of("registration-closed");
    public static final EventType<Changed> HELD = of("held");
    public static final EventType<Changed> DOCUMENTED = of("documented");
    public static final EventType<RegistrationChanged> REGISTRATION_CONFIRMED = registration("registration-confirmed");
    public static final EventType<RegistrationChanged> REGISTRATION_WAITLISTED = registration("registration-waitlisted");
    public static final EventType<RegistrationChanged> REGISTRATION_PROMOTED = registration("registration-promoted");
    public static final EventType<RegistrationChanged> REGISTRATION_CANCELLED = registration("registration-cancelled");

    /** A workshop as integrators may show it; times with their Europe/Berlin offset. */
    public record Workshop(UUID workshopId, String title, String type, String format, String audience,
                           OffsetDateTime startsAt, OffsetDateTime endsAt, String venueName, String status) {
    }

    /** {@code reason}: why it was cancelled (null otherwise). */
    public record Changed(Workshop workshop, String reason) {
    }

    /** One registration changed; the counts per mode afterwards. */
    public record RegistrationChanged(UUID workshopId, UUID registrationId, String mode, boolean guest,
                                      int confirmedOnSite, int confirmedOnline, int waitlisted) {
    }

    private static EventType<Changed> of(String action) {
        return EventType.of(Topics.WORKSHOPS, AGGREGATE, action, 1, Changed.class);
    }

    private static EventType<RegistrationChanged> registration(String action) {
        return EventType.of(Topics.WORKSHOPS, AGGREGATE, action, 1, RegistrationChanged.class);
    }

    private WorkshopEvents() {
    }
}
