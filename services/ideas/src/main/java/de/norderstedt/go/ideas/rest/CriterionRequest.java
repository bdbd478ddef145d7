package de.norderstedt.go.ideas.rest;

import de.norderstedt.go.ideas.service.CriterionDefinition;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A criterion of the relevance and benefit check and its weight in the score. */
public record CriterionRequest(
        @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{0,39}$", message = "must be lower-case letters, digits and -") String key,
        @NotBlank @Size(max = 120) String label,
        @NotNull @DecimalMin(value = "0.1") @DecimalMax(value = "100") BigDecimal weight) {

    public CriterionDefinition toDefinition() {
        return new CriterionDefinition(key, label, weight);
    }
}
