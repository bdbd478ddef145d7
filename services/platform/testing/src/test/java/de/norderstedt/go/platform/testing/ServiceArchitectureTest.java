package de.norderstedt.go.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape rules themselves: a fixture service in the one shape passes, and a fixture that breaks
 * each rule once fails on every rule (so a rule that cannot fail shows up here).
 */
class ServiceArchitectureTest {

    private static final String GOOD = "de.norderstedt.go.archfixture.good";
    private static final String BAD = "de.norderstedt.go.archfixture.bad";

    private static JavaClasses fixture(String base) {
        return new ClassFileImporter().importPackages(base);
    }

    @Test
    void aServiceInTheShapePasses() {
        assertEquals(List.of(), ServiceArchitecture.violations(fixture(GOOD), GOOD));
    }

    @Test
    void everyRuleFailsOnItsViolation() {
        List<String> failures = ServiceArchitecture.violations(fixture(BAD), BAD);
        List<String> expected = List.of(
                "only rest uses rest types",
                "no persistence in rest",
                "no transactions in rest",
                "all data access in repository",
                "model depends on nothing else of the service",
                "rest holds …Resource, …Request and …Response classes",
                "request and response records are files of their own",
                "no service uses another service's code",
                "the time comes from the platform's clock");
        for (String rule : expected) {
            assertTrue(failures.stream().anyMatch(f -> f.contains(rule)), "rule not broken by the fixture: " + rule
                    + "\nfailures:\n" + String.join("\n", failures));
        }
        String report = String.join("\n", failures);
        for (String culprit : List.of("ThingService.create", "ThingResource$Created", "ThingHelper", "Instant.now()")) {
            assertTrue(report.contains(culprit), "the report names " + culprit + ":\n" + report);
        }
    }
}
