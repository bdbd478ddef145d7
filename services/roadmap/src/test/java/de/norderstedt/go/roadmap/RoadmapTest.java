package de.norderstedt.go.roadmap;

import de.norderstedt.go.platform.testing.GoTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What every roadmap test runs against: real PostgreSQL and Kafka, and the real participants and
 * ideas services (their fast-jars), so that ideas classified there become candidates here and
 * goals defined here are checked there; one set for all classes, so the app starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = GoTestResource.class, initArgs = @ResourceArg(name = GoTestResource.SERVICES, value = "participants,ideas"))
@interface RoadmapTest {
}
