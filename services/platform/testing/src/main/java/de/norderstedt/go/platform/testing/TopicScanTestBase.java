package de.norderstedt.go.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The personal-data scan as a test: a service module's {@code TopicPersonalDataScanTest} extends
 * this, carries {@code @Order(Integer.MAX_VALUE)} (the parent pom makes Quarkus's class orderer sort
 * classes by it) and so runs after every other test of the module, on the events they produced.
 */
public abstract class TopicScanTestBase {

    /** Topics that this module's tests certainly wrote to: the scan must have read events there. */
    protected abstract List<String> topicsWithEvents();

    @Test
    void noTopicCarriesPersonalData() {
        PersonalDataScan.Result result = PersonalDataScan.scanAllTopics();
        System.out.println("personal-data scan: read " + result.events() + " events " + result.eventsPerTopic()
                + ", found " + result.findings().size());
        for (String topic : topicsWithEvents()) {
            assertTrue(result.eventsPerTopic().getOrDefault(topic, 0) > 0, "the scan read nothing on " + topic);
        }
        assertEquals(List.of(), result.findings().stream().map(PersonalDataScan.Finding::toString).limit(20).toList(),
                "personal data on a topic");
    }

    @Test
    void theScanFindsWhatItLooksFor() throws Exception {
        var planted = new ObjectMapper().readTree("""
                {"id":"5f0c1a1e-2b7e-4a8e-9a51-0c7e3f5b2d11","source":"/norderstedt-go/participants","subject":"5f0c1a1e",
                 "data":{"participant":{"displayName":"Lena","contact":"lena.k@example.org"},"note":"Ruf an: 040 5252-1234",
                 "district":"Garstedt","years":"2022-2023","count":"284"}}""");
        List<PersonalDataScan.Finding> findings = PersonalDataScan.scan("test", 0, planted);
        List<String> what = findings.stream().map(f -> f.path() + " " + f.what()).toList();
        assertEquals(List.of("$.data.participant.contact an e-mail address", "$.data.note a phone-like number",
                "$.data.district a field named like personal data"), what);
        assertFalse(what.stream().anyMatch(w -> w.contains("years") || w.contains("count")), "no false alarms on years or counts");
    }
}
