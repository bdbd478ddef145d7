package de.norderstedt.go.participants.model;

public enum ParticipantType {
    CITIZEN, COMPANY, ORGANISATION, CITY_ADMINISTRATION, MUNICIPAL_UTILITY, EXTERNAL_ADVISOR
}
