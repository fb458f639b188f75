package dev.realmforge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: web -> engine -> persistence. The transport module's test classpath
 * holds all three layers (engine and persistence as provided dependencies), so the rules live here.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importRealmforge() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.realmforge");
    }

    @Test
    void transportNeverTouchesJpaOrEntities() {
        noClasses().that().resideInAPackage("dev.realmforge.web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "dev.realmforge.persistence..")
                .check(classes);
    }

    @Test
    void engineKnowsNoSocketsHttpOrWireFormats() {
        noClasses().that().resideInAPackage("dev.realmforge.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.realmforge.web..", "jakarta.websocket..",
                        "jakarta.ws.rs..", "jakarta.servlet..", "org.msgpack..")
                .check(classes);
    }

    @Test
    void onlyTheDataReadersParseFilesInTheEngine() {
        noClasses().that().resideInAPackage("dev.realmforge.engine..")
                .and().resideOutsideOfPackages("dev.realmforge.engine.rpg.map.tiled..",
                        "dev.realmforge.engine.rpg.npc.data..", "dev.realmforge.engine.rpg.item.data..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void persistenceKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage("dev.realmforge.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.realmforge.engine..", "dev.realmforge.web..")
                .check(classes);
    }
}
