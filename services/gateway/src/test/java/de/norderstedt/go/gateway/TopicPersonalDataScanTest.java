package de.norderstedt.go.gateway;

import de.norderstedt.go.platform.infra.KafkaAccess;
import de.norderstedt.go.platform.testing.GoTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import de.norderstedt.go.platform.testing.TopicScanTestBase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;

import java.util.List;

/** After every other test of this module: no topic holds personal data (see PersonalDataScan). */
@QuarkusTest
@WithTestResource(value = GoTestResource.class,
        initArgs = @ResourceArg(name = GoTestResource.SERVICES, value = "participants,ideas,workshops,roadmap"))
@Order(Integer.MAX_VALUE)
class TopicPersonalDataScanTest extends TopicScanTestBase {

    @Override
    protected List<String> topicsWithEvents() {
        return List.of(KafkaAccess.ROADMAP_TOPIC);
    }
}
