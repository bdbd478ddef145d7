package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.Participant;

import java.time.Instant;
import java.util.List;

/** Everything this service holds about one person (GDPR Art. 15/20). */
public record PersonalDataExport(Instant exportedAt, Participant participant, List<ConsentRecord> consents, String note) {

    /** One accepted version of the code of cooperation, and whether staff recorded it from a paper form. */
    public record ConsentRecord(int codeOfCooperationVersion, Instant acceptedAt, boolean recordedByStaff) {
    }
}
