package de.norderstedt.go.gateway;

import de.norderstedt.go.platform.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** The gateway's packages: no service code, no cycles between its packages (docs/architecture.md). */
class ArchitectureTest {

    @Test
    void hasItsShape() {
        ServiceArchitecture.verifyGateway("de.norderstedt.go.gateway");
    }
}
