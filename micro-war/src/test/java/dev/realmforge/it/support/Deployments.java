package dev.realmforge.it.support;

import dev.realmforge.it.standin.StandinEndpoint;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment under test: the very WAR this module packaged, not a hand-assembled subset, plus
 * the test-only stand-in profile ({@code it.standin}, a second profile beside rpg). The stand-in's
 * classes are added to this copy of the archive only; {@code target/realmforge.war} stays as built.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive realmforgeWar() {
        File war = new File(System.getProperty("realmforge.war", "target/realmforge.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addPackage(StandinEndpoint.class.getPackage());
    }
}
