package dev.realmforge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core serves every profile and names none; a profile builds on the core and never on another
 * profile. Each layer (engine, web, persistence) has its core packages and one package per profile.
 */
class ProfileIndependenceTest {

    static final List<String> PROFILES = List.of("rpg", "mmo", "grid", "space", "realm");
    static final List<String> LAYERS = List.of("engine", "web", "persistence");

    private static JavaClasses classes;

    @BeforeAll
    static void importRealmforge() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.realmforge");
    }

    private static String[] profilePackages(List<String> profiles) {
        return profiles.stream()
                .flatMap(p -> LAYERS.stream().map(layer -> "dev.realmforge." + layer + "." + p + ".."))
                .toArray(String[]::new);
    }

    @Test
    void theCoreDependsOnNoProfile() {
        noClasses().that().resideInAnyPackage("dev.realmforge.engine..", "dev.realmforge.web..",
                        "dev.realmforge.persistence..")
                .and().resideOutsideOfPackages(profilePackages(PROFILES))
                .should().dependOnClassesThat().resideInAnyPackage(profilePackages(PROFILES))
                .check(classes);
    }

    @Test
    void noProfileDependsOnAnother() {
        for (String profile : PROFILES) {
            List<String> others = PROFILES.stream().filter(p -> !p.equals(profile)).toList();
            noClasses().that().resideInAnyPackage(profilePackages(List.of(profile)))
                    .should().dependOnClassesThat().resideInAnyPackage(profilePackages(others))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /** The core's packages, with each profile counted as one: no cycles among them. */
    @Test
    void theEnginesTopLevelPackagesHaveNoCycles() {
        slices().matching("dev.realmforge.engine.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Inside each profile no cycles either. A data reader's subpackage (map.tiled, npc.data,
     * item.data) is part of the package it reads for.
     */
    @Test
    void eachProfilesEnginePackagesHaveNoCycles() {
        for (String profile : PROFILES) {
            slices().matching("dev.realmforge.engine." + profile + ".(*)..").should().beFreeOfCycles()
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theTransportHasNoPackageCycles() {
        slices().matching("dev.realmforge.web.(**)").should().beFreeOfCycles().check(classes);
    }

}
