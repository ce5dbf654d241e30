package de.kim.core.internal.operations;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A platform setting an administrator switches at run time and that must survive a restart. */
@Entity
@Table(name = "KIM_SETTING")
public class SettingEntity {
    @Id
    @Column(length = 60)
    private String name;

    @Column(name = "SETTING_VALUE", length = 500)
    private String value;

    private long changedAt;

    @Column(length = 100)
    private String changedBy;

    protected SettingEntity() {
    }

    public SettingEntity(String name) {
        this.name = name;
    }

    public String value() {
        return value;
    }

    public long changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public void change(String newValue, long at, String by) {
        this.value = newValue;
        this.changedAt = at;
        this.changedBy = by;
    }
}
