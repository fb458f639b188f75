package dev.realmforge.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * A login identity. The username keeps the case it was registered with; uniqueness and look-ups use
 * {@link #usernameKey(String)}, so "Alice" and "alice" cannot both exist.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME_KEY,
        query = "SELECT a FROM Account a WHERE a.usernameKey = :key")
public class Account {

    public static final String FIND_BY_USERNAME_KEY = "Account.findByUsernameKey";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String username;

    @Column(name = "username_key", nullable = false, length = 32, unique = true)
    private String usernameKey;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean banned;

    /** UTC; stored as a plain timestamp because EclipseLink 4.0 would serialise an Instant. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Account() {
        // for JPA
    }

    public Account(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = Objects.requireNonNull(username);
        this.usernameKey = usernameKey(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.createdAt = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
    }

    /** The case-folded form used for uniqueness and look-ups. */
    public static String usernameKey(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isBanned() {
        return banned;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole);
    }


    public void ban() {
        this.banned = true;
    }

    public void unban() {
        this.banned = false;
    }
}
