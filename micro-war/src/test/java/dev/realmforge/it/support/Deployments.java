package dev.realmforge.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment under test: the very WAR this module packaged, not a hand-assembled subset. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive realmforgeWar() {
        File war = new File(System.getProperty("realmforge.war", "target/realmforge.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
