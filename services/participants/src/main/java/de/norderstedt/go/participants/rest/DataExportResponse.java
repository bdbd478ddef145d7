package de.norderstedt.go.participants.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import de.norderstedt.go.participants.service.PersonalDataExport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Norderstedt GO! holds about one person (GDPR Art. 15/20), as one JSON document: this
 * service's part, and one more member per other service with what it holds ({@code "ideas": {...}},
 * {@code "workshops": {...}}).
 */
@Schema(name = "DataExport", description = "This service's part, plus one object per other service named after it (e.g. ideas, workshops) with what that service holds about the person")
public record DataExportResponse(Instant exportedAt, PrivateProfileResponse profile, List<ConsentEntry> consents,
                                 @Schema(description = "The mails queued or sent to the confirmed address") List<MailEntry> mails,
                                 String note,
                                 @JsonIgnore @Schema(hidden = true) Map<String, JsonNode> sections) {

    public record ConsentEntry(int codeOfCooperationVersion, Instant acceptedAt, boolean recordedByStaff) {
    }

    /** One mail: its template, subject and where it stands (PENDING, SENT, BOUNCED, UNDELIVERABLE). */
    public record MailEntry(String template, String subject, String status, Instant createdAt, Instant sentAt) {
    }

    /** The other services' sections, as members of the document beside this service's part. */
    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, JsonNode> otherServices() {
        return sections;
    }

    public static DataExportResponse of(PersonalDataExport export) {
        return new DataExportResponse(export.exportedAt(), PrivateProfileResponse.of(export.participant()),
                export.consents().stream()
                        .map(c -> new ConsentEntry(c.codeOfCooperationVersion(), c.acceptedAt(), c.recordedByStaff()))
                        .toList(),
                export.mails().stream()
                        .map(m -> new MailEntry(m.template(), m.subject(), m.status(), m.createdAt(), m.sentAt()))
                        .toList(),
                export.note(),
                export.sections());
    }
}
