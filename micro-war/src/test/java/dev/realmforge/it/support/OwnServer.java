package dev.realmforge.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks an integration test class that starts Payara Micro servers of its own with
 * {@link MicroProcess} (to kill or restart them, or to run them with settings the shared server
 * cannot have) instead of using the one shared Arquillian deployment. Failsafe runs these classes
 * in an execution of their own (micro-war/pom.xml, JUnit tag {@value #TAG}), after the shared
 * server of the stage has stopped, so that two servers never work on the stage's database at once.
 * See docs/testing.md, One server per stage.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(OwnServer.TAG)
public @interface OwnServer {

    /** The JUnit tag that micro-war/pom.xml selects the classes of the own-server execution by. */
    String TAG = "own-server";
}
