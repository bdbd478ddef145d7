package de.norderstedt.go.platform.testing;

/**
 * Stops and starts the PostgreSQL of {@link GoTestResource}. The server object lives in the test
 * resource's class loader and the test in another; the JVM's MBean server, which both reach, is
 * how a test gets at it ({@link TestInfra#stopPostgres()}).
 */
public interface PostgresControlMBean {

    String NAME = "de.norderstedt.go.test:type=Postgres";

    void stop();

    void start();
}
