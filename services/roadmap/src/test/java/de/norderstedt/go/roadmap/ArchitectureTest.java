package de.norderstedt.go.roadmap;

import de.norderstedt.go.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The one shape of every service (docs/architecture.md), checked on this service's compiled classes. */
class ArchitectureTest {

    @Test
    void hasTheShapeOfEveryService() {
        ServiceArchitecture.verify("de.norderstedt.go.roadmap");
    }
}
