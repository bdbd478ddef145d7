package de.norderstedt.go.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import de.norderstedt.go.platform.infra.KafkaAccess;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The build's personal-data scan of every topic: reads each topic from the beginning with the
 * read-only {@code auditor} principal and reports every e-mail-shaped string, phone-like number
 * and field named like personal data. Run last in each service module (see
 * {@code TopicPersonalDataScanTest} there), after its tests have produced their events.
 */
public final class PersonalDataScan {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"<>]+@[^\\s@\"<>]+\\.[A-Za-z]{2,}");
    /** +49 40 1234567, 040/123456-78, 0170 1234567: at least 7 digits with phone punctuation, not a date or an id. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.:-])(\\+|00)?\\d[\\d /()-]{5,}\\d(?![\\w.:-])");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    /** Field names (lower case, without - and _) that hold personal data and must never travel. */
    private static final Set<String> PERSONAL_FIELDS = Set.of("email", "emailaddress", "mail", "phone", "phonenumber",
            "telephone", "mobile", "agegroup", "age", "district", "address", "street", "postcode", "zip", "birthdate",
            "dateofbirth", "subject", "accountid", "meetingurl", "guesttoken");

    /** One thing found: where, and what. */
    public record Finding(String topic, long offset, String path, String what) {
        @Override
        public String toString() {
            return topic + "@" + offset + " " + path + ": " + what;
        }
    }

    /** What the scan read and found. */
    public record Result(Map<String, Integer> eventsPerTopic, List<Finding> findings) {
        public int events() {
            return eventsPerTopic.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private PersonalDataScan() {
    }

    /** Scans every topic of the system. */
    public static Result scanAllTopics() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (String topic : KafkaAccess.TOPICS) {
            List<TopicReader.Event> events = TopicReader.readAll(topic);
            counts.put(topic, events.size());
            for (TopicReader.Event event : events) {
                findings.addAll(scan(topic, event.offset(), event.cloudEvent()));
            }
        }
        return new Result(counts, findings);
    }

    /** The findings in one event (public, so that a test can prove the scan finds what it should). */
    public static List<Finding> scan(String topic, long offset, JsonNode event) {
        List<Finding> findings = new ArrayList<>();
        walk(topic, offset, "$", event, findings);
        return findings;
    }

    private static void walk(String topic, long offset, String path, JsonNode node, List<Finding> findings) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
                // The CloudEvents envelope's own "subject" is the aggregate id, not an account.
                boolean envelopeSubject = path.equals("$") && name.equals("subject");
                if (PERSONAL_FIELDS.contains(name) && !envelopeSubject && !field.getValue().isNull()) {
                    findings.add(new Finding(topic, offset, path + "." + field.getKey(), "a field named like personal data"));
                }
                walk(topic, offset, path + "." + field.getKey(), field.getValue(), findings);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(topic, offset, path + "[" + i + "]", node.get(i), findings);
            }
        } else if (node.isTextual()) {
            String text = node.asText();
            if (EMAIL.matcher(text).find()) {
                findings.add(new Finding(topic, offset, path, "an e-mail address"));
            }
            var phone = PHONE.matcher(text);
            while (phone.find()) {
                String candidate = phone.group();
                long digits = candidate.chars().filter(Character::isDigit).count();
                // German numbers start with 0 (or +49 / 0049): "2022-2023" in a text is a span of years.
                boolean dialled = candidate.startsWith("+") || candidate.startsWith("0");
                if (digits >= 7 && digits <= 15 && dialled && !DATE_LIKE.matcher(candidate.trim()).matches()) {
                    findings.add(new Finding(topic, offset, path, "a phone-like number"));
                    break;
                }
            }
        }
    }
}
