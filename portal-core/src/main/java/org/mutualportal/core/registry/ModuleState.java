package org.mutualportal.core.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An administrator's decision to switch a module on or off at runtime, kept across restarts. */
@Entity
@Table(name = "module_state")
public class ModuleState {

    @Id
    @Column(name = "module_id", length = 40)
    private String moduleId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_by", nullable = false, length = 120)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected ModuleState() {
    }

    public ModuleState(String moduleId) {
        this.moduleId = moduleId;
    }

    public void change(boolean newState, String actor, OffsetDateTime at) {
        this.enabled = newState;
        this.changedBy = actor;
        this.changedAt = at;
    }

    public String getModuleId() {
        return moduleId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
