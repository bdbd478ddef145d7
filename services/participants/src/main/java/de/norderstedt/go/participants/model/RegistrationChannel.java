package de.norderstedt.go.participants.model;

/** How the person came to the programme (the kick-off took registrations via website and direct contact). */
public enum RegistrationChannel {
    WEBSITE, DIRECT_CONTACT, EVENT, CAMPAIGN, OTHER
}
