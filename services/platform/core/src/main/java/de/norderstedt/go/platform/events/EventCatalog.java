package de.norderstedt.go.platform.events;

import de.norderstedt.go.platform.events.ideas.IdeaEvents;
import de.norderstedt.go.platform.events.participants.ParticipantEvents;
import de.norderstedt.go.platform.events.roadmap.RoadmapEvents;
import de.norderstedt.go.platform.events.workshops.WorkshopEvents;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event type of the system, read from the {@code *Events} classes: what a consumer knows.
 * A type (or version) that is not here is skipped and counted by consumers, never guessed at.
 */
public final class EventCatalog {

    private static final Map<String, EventType<?>> BY_TYPE;

    static {
        Map<String, EventType<?>> types = new LinkedHashMap<>();
        for (Class<?> holder : List.of(ParticipantEvents.class, IdeaEvents.class, WorkshopEvents.class, RoadmapEvents.class)) {
            for (Field field : holder.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                    try {
                        EventType<?> type = (EventType<?>) field.get(null);
                        if (types.put(type.type(), type) != null) {
                            throw new IllegalStateException("event type declared twice: " + type.type());
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        BY_TYPE = Collections.unmodifiableMap(types);
    }

    /** The known type {@code type} if it belongs on {@code topic}. */
    public static Optional<EventType<?>> find(String topic, String type) {
        EventType<?> known = type == null ? null : BY_TYPE.get(type);
        return known != null && known.topic().equals(topic) ? Optional.of(known) : Optional.empty();
    }

    public static List<EventType<?>> all() {
        return new ArrayList<>(BY_TYPE.values());
    }

    private EventCatalog() {
    }
}
