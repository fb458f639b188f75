package dev.realmforge.persistence.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A named server-wide value. Written once, read at start-up. */
@Entity
@Table(name = "server_setting")
public class ServerSetting {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 1024)
    private String value;

    protected ServerSetting() {
        // for JPA
    }

    public ServerSetting(String name, String value) {
        this.name = Objects.requireNonNull(name);
        this.value = Objects.requireNonNull(value);
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
