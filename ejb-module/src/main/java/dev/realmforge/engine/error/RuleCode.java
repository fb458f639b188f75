package dev.realmforge.engine.error;

/**
 * One code of a profile's error vocabulary. Each profile has its own enum of codes (rpg:
 * {@code RpgErrorCode}); the core's own few (chat's, say) are enums too, and each profile's
 * transport says how they are spelt on its wire.
 */
public interface RuleCode {

    /** The code's constant name, stable for logs and tests (not a wire spelling). */
    String name();
}
