package de.norderstedt.go.platform.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Mail of every service ({@code go.mail}). The SMTP server and the sender are
 * {@code quarkus.mailer.*} ({@code QUARKUS_MAILER_HOST}, {@code _PORT}, {@code _FROM},
 * {@code _USERNAME}, {@code _PASSWORD}, {@code _START_TLS}).
 */
@ConfigMapping(prefix = "go.mail")
public interface MailConfig {

    /** The public website links in mails start with, e.g. {@code https://go.norderstedt.de}. */
    @WithDefault("http://localhost:8080")
    String linkBase();

    /**
     * A directory whose {@code <template>.txt} / {@code .html} replace the built-in templates of
     * the same name (the city's own wording without a new release); unset: built-in only.
     */
    Optional<Path> templatesDir();

    /** Whether this replica sends (any number may: each row is taken by one replica only). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for due mails. */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("10")
    int batchSize();

    /** The wait before the first retry of a failed send; doubles per attempt up to {@link #maxBackoff()}. */
    @WithDefault("5s")
    Duration minBackoff();

    @WithDefault("15m")
    Duration maxBackoff();

    /** The longest one SMTP conversation may take before it counts as failed (and is retried). */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How long sent, bounced and undeliverable mails are kept before they are deleted. */
    @WithDefault("P30D")
    Duration retention();
}
