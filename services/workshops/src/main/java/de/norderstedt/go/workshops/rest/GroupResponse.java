package de.norderstedt.go.workshops.rest;

import de.norderstedt.go.platform.model.ActionField;
import de.norderstedt.go.workshops.model.Workshop;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Public view of a group: member ids only for staff; everyone sees how many and the names shown publicly. */
public record GroupResponse(String name, ActionField actionField, String facilitator, int memberCount, List<String> publicNames,
                            List<UUID> members) {

    static GroupResponse of(Workshop.BreakoutGroup g, Map<UUID, String> publicNames, boolean staff) {
        return new GroupResponse(g.name(), g.actionField(), g.facilitator(), g.members().size(),
                g.members().stream().map(publicNames::get).filter(Objects::nonNull).toList(), staff ? g.members() : null);
    }
}
