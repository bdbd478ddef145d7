package de.norderstedt.go.platform.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one shape of every service, as rules over its compiled classes (ArchUnit). A service
 * {@code de.norderstedt.go.<name>} has the packages {@code rest} (resources and their
 * {@code …Request}/{@code …Response} records, one file each), {@code service} (transactions and
 * rules), {@code model} (entities), {@code repository} (all data access), {@code messaging}
 * (publishers, projections) and {@code config}. Every service module runs {@link #verify(String)}
 * on its main classes; the rules' own test shows each failing on a fixture.
 */
public final class ServiceArchitecture {

    private static final String PLATFORM = "de.norderstedt.go.platform..";
    private static final String ROOT = "de.norderstedt.go..";

    private ServiceArchitecture() {
    }

    /** Fails with every broken rule of the main (non-test) classes of the service in {@code basePackage}. */
    public static void verify(String basePackage) {
        List<String> failures = violations(mainClasses(basePackage), basePackage);
        if (!failures.isEmpty()) {
            throw new AssertionError("The service does not have the shape of docs/architecture.md:\n\n"
                    + String.join("\n\n", failures));
        }
    }

    public static JavaClasses mainClasses(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    /** The failure report of every broken rule; empty when the classes have the shape. */
    public static List<String> violations(JavaClasses classes, String basePackage) {
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules(basePackage)) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        return failures;
    }

    /** The rules of a service whose classes are in {@code base}. */
    public static List<ArchRule> rules(String base) {
        String rest = base + ".rest..";
        String service = base + ".service..";
        String model = base + ".model..";
        String repository = base + ".repository..";
        String messaging = base + ".messaging..";
        String config = base + ".config..";
        return List.of(
                noClasses().that().resideOutsideOfPackage(rest).should().dependOnClassesThat().resideInAPackage(rest)
                        .as("only rest uses rest types (services take commands or plain values)"),
                noClasses().that().resideInAPackage(rest).should().dependOnClassesThat()
                        .resideInAnyPackage(repository, "jakarta.persistence..", "org.hibernate..",
                                "io.quarkus.hibernate..", "java.sql..", "javax.sql..")
                        .as("no persistence in rest"),
                noMethods().that().areDeclaredInClassesThat().resideInAPackage(rest)
                        .should().beAnnotatedWith("jakarta.transaction.Transactional")
                        .as("no transactions in rest: a resource calls a service"),
                noClasses().that().resideInAPackage(rest)
                        .should().beAnnotatedWith("jakarta.transaction.Transactional")
                        .as("no transactional resources"),
                noClasses().that().resideInAnyPackage(service, messaging, rest, config, model)
                        .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                        .orShould().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.quarkus.hibernate.orm.panache.Panache")
                        .as("all data access in repository"),
                noClasses().that().resideInAPackage(model).should().dependOnClassesThat()
                        .resideInAnyPackage(rest, service, repository, messaging, config)
                        .as("model depends on nothing else of the service"),
                noClasses().that().resideInAPackage(repository).should().dependOnClassesThat()
                        .resideInAnyPackage(rest, service, messaging)
                        .as("repositories depend only on the model"),
                classes().that().resideInAPackage(rest).and().areTopLevelClasses()
                        .should().haveSimpleNameEndingWith("Resource")
                        .orShould().haveSimpleNameEndingWith("Request")
                        .orShould().haveSimpleNameEndingWith("Response")
                        .as("rest holds …Resource, …Request and …Response classes"),
                classes().that().resideInAPackage(rest).and().areMemberClasses()
                        .should(notBeDeclaredInAResource())
                        .as("request and response records are files of their own, not nested in resources"),
                noClasses().that().resideInAPackage(base + "..").should().dependOnClassesThat(anotherService(base))
                        .as("no service uses another service's code"),
                noClasses().should().callMethod(Instant.class, "now")
                        .orShould().callMethod(LocalDate.class, "now")
                        .orShould().callMethod(LocalDateTime.class, "now")
                        .orShould().callMethod(OffsetDateTime.class, "now")
                        .orShould().callMethod(ZonedDateTime.class, "now")
                        .orShould().callMethod(System.class, "currentTimeMillis")
                        .as("the time comes from the platform's clock (Timestamps.now())"))
                .stream().map(rule -> rule.allowEmptyShould(true)).toList();
    }

    /** For the gateway (its build has only platform-api): no service code, packages free of cycles. */
    public static List<ArchRule> gatewayRules(String base) {
        return List.of(
                noClasses().that().resideInAPackage(base + "..").should().dependOnClassesThat(anotherService(base))
                        .as("the gateway uses no service's code"),
                slices().matching(base + ".(*)..").should().beFreeOfCycles()
                        .as("the gateway's packages do not depend on each other in a cycle"))
                .stream().map(rule -> rule.allowEmptyShould(true)).toList();
    }

    public static void verifyGateway(String basePackage) {
        JavaClasses classes = mainClasses(basePackage);
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : gatewayRules(basePackage)) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }

    private static DescribedPredicate<JavaClass> anotherService(String base) {
        return resideInAPackage(ROOT).and(resideOutsideOfPackages(base + "..", PLATFORM))
                .as("classes of another service");
    }

    private static ArchCondition<JavaClass> notBeDeclaredInAResource() {
        return new ArchCondition<>("not be declared in a resource") {
            @Override
            public void check(JavaClass nested, ConditionEvents events) {
                nested.getEnclosingClass().ifPresent(outer -> {
                    if (outer.getSimpleName().endsWith("Resource")) {
                        events.add(SimpleConditionEvent.violated(nested,
                                nested.getName() + " is declared inside " + outer.getSimpleName()));
                    }
                });
            }
        };
    }
}
