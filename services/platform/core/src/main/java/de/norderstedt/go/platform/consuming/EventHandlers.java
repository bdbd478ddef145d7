package de.norderstedt.go.platform.consuming;

import de.norderstedt.go.platform.events.EventType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a projection does with the event types it needs: each handler takes the same typed record
 * the producer wrote ({@link EventType#dataClass()}). Types without a handler are not needed
 * by this projection and pass by.
 */
public final class EventHandlers {

    /** One type's handler. */
    public record Handler<T>(EventType<T> type, Consumer<T> apply) {
        void accept(Object data) {
            apply.accept(type.dataClass().cast(data));
        }
    }

    private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

    private EventHandlers() {
    }

    public static EventHandlers create() {
        return new EventHandlers();
    }

    public <T> EventHandlers on(EventType<T> type, Consumer<T> handler) {
        if (byType.put(type.type(), new Handler<>(type, handler)) != null) {
            throw new IllegalArgumentException("two handlers for " + type.type());
        }
        return this;
    }

    Optional<Handler<?>> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Every handled type must be on the consumed topic: a mix-up is a programming error, found at start. */
    void requireTopic(String topic) {
        byType.values().stream().filter(h -> !h.type().topic().equals(topic)).findFirst().ifPresent(h -> {
            throw new IllegalArgumentException(h.type().type() + " is not on " + topic);
        });
    }
}
