package de.norderstedt.go.roadmap.model;

/** draft → submitted to the council → adopted (frozen) → superseded by the next adopted version. */
public enum VersionStatus {
    DRAFT, SUBMITTED, ADOPTED, SUPERSEDED;

    /** Adopted and superseded versions are public and immutable. */
    public boolean resolved() {
        return this == ADOPTED || this == SUPERSEDED;
    }
}
