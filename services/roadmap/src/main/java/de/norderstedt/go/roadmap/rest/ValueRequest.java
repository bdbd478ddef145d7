package de.norderstedt.go.roadmap.rest;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The value of an indicator observed on a date. */
public record ValueRequest(@NotNull LocalDate observedOn, @NotNull @Digits(integer = 11, fraction = 3) BigDecimal value,
                           @Size(max = 500) String note) {
}
