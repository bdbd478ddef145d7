package de.norderstedt.go.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.norderstedt.go.platform.infra.MailServer;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mails the real SMTP server of {@link GoTestResource} received, read as a person would find
 * them in their mailbox: subject, text, HTML, attachments, links.
 */
public final class TestMail {

    /** What links in mails start with in the tests ({@code go.mail.link-base}). */
    public static final String LINK_BASE = "http://localhost";

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestMail() {
    }

    /** A received mail. */
    public record Received(String to, String subject, String text, String html, List<Part> attachments) {

        /** An attached file. */
        public record Part(String name, String contentType, byte[] content) {
            public String contentAsText() {
                return new String(content, StandardCharsets.UTF_8);
            }
        }

        /** Every http(s) link in the text and the HTML, in order. */
        public List<String> links() {
            List<String> links = new ArrayList<>();
            for (String body : new String[] {text, html}) {
                if (body != null) {
                    Matcher m = LINK.matcher(body);
                    while (m.find()) {
                        links.add(m.group().replace("&amp;", "&"));
                    }
                }
            }
            return links;
        }

        /** The first link containing {@code part}; fails the test if there is none. */
        public String link(String part) {
            return links().stream().filter(l -> l.contains(part)).findFirst()
                    .orElseThrow(() -> new AssertionError("no link with '" + part + "' in the mail '" + subject + "': " + links()));
        }

        /** The value of parameter {@code name} (in the query or the fragment) of the first link that has it. */
        public String linkParameter(String name) {
            String link = link(name + "=");
            Matcher m = Pattern.compile("[?&#]" + Pattern.quote(name) + "=([^&#]+)").matcher(link);
            if (!m.find()) {
                throw new AssertionError("no parameter " + name + " in " + link);
            }
            return java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
        }

        /** The attachment named {@code name}; fails the test if there is none. */
        public Part attachment(String name) {
            return attachments.stream().filter(a -> name.equals(a.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no attachment " + name + " in the mail '" + subject + "'"));
        }
    }

    /** The first mail to {@code address} whose subject contains the text, waiting up to 60 s (other tests' mails may be ahead in the outbox). */
    public static Received awaitOne(String address, String subjectContains) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            for (Received mail : all(address)) {
                if (mail.subject() != null && mail.subject().contains(subjectContains)) {
                    return mail;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no mail with '" + subjectContains + "' reached " + address + " within 60 s; it has "
                        + all(address).stream().map(Received::subject).toList());
            }
            pause(250);
        }
    }

    /** Asserts that no mail to {@code address} with that subject arrives within {@code wait}. */
    public static void assertNone(String address, String subjectContains, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        do {
            for (Received mail : all(address)) {
                if (mail.subject() != null && mail.subject().contains(subjectContains)) {
                    throw new AssertionError("unexpected mail '" + mail.subject() + "' to " + address);
                }
            }
            pause(250);
        } while (Instant.now().isBefore(deadline));
    }

    /** Every mail that reached {@code address} so far (since the server last started). */
    public static List<Received> all(String address) {
        MailServer server = server();
        String path = "/api/user/" + URLEncoder.encode(address.toLowerCase(java.util.Locale.ROOT), StandardCharsets.UTF_8) + "/messages/";
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.apiUrl() + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 400 || response.statusCode() == 404) {
                return List.of(); // no mailbox yet: nothing arrived
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("mail server answered " + response.statusCode() + ": " + response.body());
            }
            List<Received> mails = new ArrayList<>();
            for (JsonNode message : JSON.readTree(response.body())) {
                mails.add(parse(address, message.path("mimeMessage").asText()));
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The SMTP server goes away, as an outage would; its mailboxes are gone after {@link #startServer()}. */
    public static void stopServer() {
        server().stop();
    }

    public static void startServer() {
        server().start();
    }

    private static MailServer server() {
        return MailServer.attach(Path.of(TestInfra.required(TestInfra.MAIL_HOME)));
    }

    private static Received parse(String to, String mime) {
        try {
            MimeMessage message = new MimeMessage(Session.getDefaultInstance(new Properties()),
                    new ByteArrayInputStream(mime.getBytes(StandardCharsets.UTF_8)));
            Parts parts = new Parts();
            parts.walk(message);
            return new Received(to, message.getSubject(), parts.text, parts.html, parts.attachments);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail: " + e, e);
        }
    }

    private static final class Parts {
        String text;
        String html;
        final List<Received.Part> attachments = new ArrayList<>();

        void walk(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
                return;
            }
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
            if (!attached && part.isMimeType("text/plain") && text == null) {
                text = part.getContent().toString();
            } else if (!attached && part.isMimeType("text/html") && html == null) {
                html = part.getContent().toString();
            } else {
                try (InputStream in = part.getInputStream()) {
                    attachments.add(new Received.Part(part.getFileName(), part.getContentType(), in.readAllBytes()));
                }
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
