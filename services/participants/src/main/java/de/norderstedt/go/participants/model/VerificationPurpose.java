package de.norderstedt.go.participants.model;

/** Why an address is to be confirmed: the first address of a new registration, or a change of it. */
public enum VerificationPurpose {
    REGISTRATION, ADDRESS_CHANGE
}
