package de.norderstedt.go.workshops.model;

public enum Audience {
    PUBLIC, AMBASSADORS, INVITED
}
