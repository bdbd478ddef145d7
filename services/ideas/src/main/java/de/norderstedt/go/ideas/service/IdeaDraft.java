package de.norderstedt.go.ideas.service;

import de.norderstedt.go.ideas.model.IdeaKind;
import de.norderstedt.go.ideas.model.IdeaOrigin;
import de.norderstedt.go.platform.model.ActionField;

import java.util.List;
import java.util.UUID;

/**
 * What someone writes of an idea, new or edited. The limits below hold for every way an idea comes
 * in: the request (its Bean Validation constraints name them) and the import of workshop cards.
 */
public record IdeaDraft(String title, String description, ActionField actionField, IdeaKind kind, IdeaOrigin origin,
                        UUID workshopId, String workshopGroup, List<String> tags) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;
    public static final int WORKSHOP_GROUP_MAX = 80;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 40;
}
