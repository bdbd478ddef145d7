package de.norderstedt.go.workshops;

import de.norderstedt.go.platform.testing.GoTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What every workshops test runs against: real PostgreSQL and Kafka, and the real participants service
 * (its fast-jar) where ambassadors register; one set for all classes, so the app starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithTestResource(value = GoTestResource.class, initArgs = @ResourceArg(name = GoTestResource.SERVICES, value = "participants"))
@interface WorkshopsTest {
}
