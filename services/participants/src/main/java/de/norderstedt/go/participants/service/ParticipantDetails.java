package de.norderstedt.go.participants.service;

import de.norderstedt.go.participants.model.AgeGroup;
import de.norderstedt.go.participants.model.District;
import de.norderstedt.go.participants.model.ParticipantType;
import de.norderstedt.go.participants.model.RegistrationChannel;
import de.norderstedt.go.platform.model.ActionField;

import java.util.Set;

/**
 * What a person tells about themselves when registering or updating their profile (already
 * validated). {@code registrationChannel} is only read on registration; null takes the default.
 */
public record ParticipantDetails(
        String displayName,
        String email,
        String phone,
        ParticipantType type,
        String organisationName,
        District district,
        AgeGroup ageGroup,
        String motivation,
        String background,
        Set<ActionField> interests,
        Boolean displayNamePublic,
        RegistrationChannel registrationChannel) {
}
