package de.norderstedt.go.participants.rest;

import de.norderstedt.go.participants.service.PersonalDataExport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Everything this service holds about one person (GDPR Art. 15/20), as JSON. */
@Schema(name = "DataExport")
public record DataExportResponse(Instant exportedAt, PrivateProfileResponse profile, List<ConsentEntry> consents, String note) {

    public record ConsentEntry(int codeOfCooperationVersion, Instant acceptedAt, boolean recordedByStaff) {
    }

    public static DataExportResponse of(PersonalDataExport export) {
        return new DataExportResponse(export.exportedAt(), PrivateProfileResponse.of(export.participant()),
                export.consents().stream()
                        .map(c -> new ConsentEntry(c.codeOfCooperationVersion(), c.acceptedAt(), c.recordedByStaff()))
                        .toList(),
                export.note());
    }
}
