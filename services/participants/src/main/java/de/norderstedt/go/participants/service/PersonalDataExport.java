package de.norderstedt.go.participants.service;

import com.fasterxml.jackson.databind.JsonNode;
import de.norderstedt.go.participants.model.Participant;
import de.norderstedt.go.platform.mail.MailRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Norderstedt GO! holds about one person (GDPR Art. 15/20): this service's part (the
 * registration, the consents, the mails to the confirmed address) and, by service name, the part
 * each other service holds ({@code sections}, as they answered).
 */
public record PersonalDataExport(Instant exportedAt, Participant participant, List<ConsentRecord> consents,
                                 List<MailRecord> mails, Map<String, JsonNode> sections, String note) {

    /** One accepted version of the code of cooperation, and whether staff recorded it from a paper form. */
    public record ConsentRecord(int codeOfCooperationVersion, Instant acceptedAt, boolean recordedByStaff) {
    }
}
