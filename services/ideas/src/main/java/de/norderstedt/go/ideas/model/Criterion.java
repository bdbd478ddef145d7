package de.norderstedt.go.ideas.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A criterion of the relevance and benefit check, scored 0–5, and its weight in the score. */
@Entity
@Table(name = "assessment_criterion")
public class Criterion {

    @Id
    @Column(name = "key")
    public String key;

    public String label;

    public BigDecimal weight;

    /** The place in the list, from 1. */
    @Column(name = "sort_order")
    public int sortOrder;
}
