package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.events.Topics;
import de.norderstedt.go.platform.testing.TopicScanTestBase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;

import java.util.List;

/** After every other test of this module: no topic holds personal data (see PersonalDataScan). */
@QuarkusTest
@WorkshopsTest
@Order(Integer.MAX_VALUE)
class TopicPersonalDataScanTest extends TopicScanTestBase {

    @Override
    protected List<String> topicsWithEvents() {
        return List.of(Topics.PARTICIPANTS, Topics.WORKSHOPS);
    }
}
