package de.norderstedt.go.platform.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Renders a mail from its Qute templates: {@code templates/mail/<name>.txt}, whose first line is
 * {@code Subject: <subject>} and the rest the plain-text body, and {@code <name>.html} beside it
 * if there is one. A file of the same name in {@code go.mail.templates-dir} replaces the built-in
 * one. Every template also sees {@code linkBase} ({@code go.mail.link-base}).
 */
@ApplicationScoped
public class MailTemplates {

    private static final String SUBJECT = "Subject:";
    private static final Variant HTML = new Variant(Locale.GERMAN, "text/html", StandardCharsets.UTF_8.name());
    private static final Variant TEXT = new Variant(Locale.GERMAN, "text/plain", StandardCharsets.UTF_8.name());

    private final Engine engine;
    private final MailConfig config;

    public MailTemplates(Engine engine, MailConfig config) {
        this.engine = engine;
        this.config = config;
    }

    public MailMessage render(String template, Map<String, Object> data) {
        return render(template, data, List.of());
    }

    public MailMessage render(String template, Map<String, Object> data, List<MailAttachment> attachments) {
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("mail template names are lower-case words with dashes: " + template);
        }
        Map<String, Object> values = new java.util.HashMap<>(data);
        values.putIfAbsent("linkBase", config.linkBase());
        Template text = template(template, ".txt", TEXT)
                .orElseThrow(() -> new IllegalStateException("no mail template templates/mail/" + template + ".txt"));
        String rendered = text.data(values).render().replace("\r\n", "\n");
        int end = rendered.indexOf('\n');
        String first = end < 0 ? rendered : rendered.substring(0, end);
        if (!first.startsWith(SUBJECT)) {
            throw new IllegalStateException("mail template " + template + ".txt does not start with '" + SUBJECT + "'");
        }
        String body = end < 0 ? "" : rendered.substring(end + 1).stripLeading();
        String html = template(template, ".html", HTML).map(t -> t.data(values).render()).orElse(null);
        return new MailMessage(UUID.randomUUID(), template, first.substring(SUBJECT.length()).strip(), body, html, attachments);
    }

    private Optional<Template> template(String name, String suffix, Variant variant) {
        if (config.templatesDir().isPresent()) {
            Path file = config.templatesDir().get().resolve(name + suffix);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(engine.parse(Files.readString(file, StandardCharsets.UTF_8), variant, file.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.ofNullable(engine.getTemplate("mail/" + name + suffix));
    }
}
