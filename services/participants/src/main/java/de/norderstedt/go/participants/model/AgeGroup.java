package de.norderstedt.go.participants.model;

public enum AgeGroup {
    UNDER_18, AGE_18_TO_29, AGE_30_TO_44, AGE_45_TO_64, AGE_65_AND_OVER, NOT_STATED
}
