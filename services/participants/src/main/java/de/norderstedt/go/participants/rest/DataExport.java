package de.norderstedt.go.participants.rest;

import java.time.Instant;
import java.util.List;

/** Everything this service holds about one person (GDPR Art. 15/20), as JSON. */
public record DataExport(Instant exportedAt, PrivateProfile profile, List<ConsentEntry> consents, String note) {

    public record ConsentEntry(int codeOfCooperationVersion, Instant acceptedAt, boolean recordedByStaff) {
    }
}
