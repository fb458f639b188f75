package dev.realmforge.persistence.account;

/** What an account may do beyond playing. Stored by name; declared from least to most powerful. */
public enum Role {
    PLAYER,
    MODERATOR,
    ADMIN
}
