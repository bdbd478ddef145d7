package de.norderstedt.go.roadmap.model;

import de.norderstedt.go.platform.model.ActionField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where an action field stands in the strategy's priority order (1 = most important). */
@Entity
@Table(name = "action_field_priority")
public class ActionFieldPriority {
    /** The name of the {@link ActionField}. */
    @Id
    @Column(name = "action_field")
    public String actionField;
    public int priority;

    public ActionField field() {
        return ActionField.valueOf(actionField);
    }
}
