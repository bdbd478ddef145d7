package de.norderstedt.go.participants;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.norderstedt.go.platform.consuming.ConsumedEvents;
import de.norderstedt.go.platform.events.CloudEvent;
import de.norderstedt.go.platform.testing.GoTestResource;
import de.norderstedt.go.platform.testing.TestInfra;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's consumed-events record: a redelivered event has no second effect. */
@QuarkusTest
@WithTestResource(GoTestResource.class)
class ConsumedEventsTest {

    @Inject
    ConsumedEvents consumed;

    @Test
    void aRedeliveredEventIsRecognisedAndARolledBackOneIsNot() {
        CloudEvent event = CloudEvent.of("/test", "de.norderstedt.go.test.happened.v1", "x", JsonNodeFactory.instance.objectNode());
        AtomicInteger effects = new AtomicInteger();

        // The effect fails after the id was recorded: both roll back, so a redelivery applies it.
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(consumed.firstDelivery("test-consumer", event));
            throw new IllegalStateException("effect failed");
        }));
        assertEquals(0, TestInfra.count("select count(*) from consumed_event where event_id = ?::uuid", event.id().toString()));

        for (int delivery = 0; delivery < 3; delivery++) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (consumed.firstDelivery("test-consumer", event)) {
                    effects.incrementAndGet();
                }
            });
        }
        assertEquals(1, effects.get());
        // Another consumer in the same service keeps its own record.
        assertTrue(QuarkusTransaction.requiringNew().call(() -> consumed.firstDelivery("other-consumer", event)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> consumed.firstDelivery("other-consumer", event)));
    }
}
