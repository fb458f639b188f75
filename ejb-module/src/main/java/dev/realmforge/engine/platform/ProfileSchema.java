package dev.realmforge.engine.platform;

/**
 * A profile's declaration that it keeps tables of its own. A profile with tables implements this
 * once, as a CDI bean (bean discovery is {@code annotated}, so give it a scope such as
 * {@code @ApplicationScoped}); {@link SchemaMigrator} finds every such bean and, after the core's
 * migrations, runs the profile's Flyway migrations from {@code classpath:db/profile/<profile>}
 * (persistence-module's {@code src/main/resources/db/profile/<profile>/}, numbered from {@code V1})
 * with the history table {@code flyway_schema_history_<profile>}. Profiles run in the order of
 * their names.
 * <p>
 * The folder and the history table follow from the name and cannot be chosen: the name is the
 * whole declaration.
 */
public interface ProfileSchema {

    /**
     * The profile's name, as in its packages ({@code mmo} for {@code engine.mmo}): a lower-case
     * letter followed by up to 30 lower-case letters and digits, and not {@code core}.
     */
    String profile();
}
