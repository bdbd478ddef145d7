package de.norderstedt.go.roadmap.rest;

import de.norderstedt.go.roadmap.service.IndicatorDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an indicator is. */
public record IndicatorRequest(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description,
                               @Size(max = 40) String unit, boolean higherIsBetter, @Size(max = 300) String source) {

    IndicatorDefinition definition() {
        return new IndicatorDefinition(title, description, unit, higherIsBetter, source);
    }
}
