package org.committeeacademy.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The container tests deploy exactly what the build packaged, under its name ROOT (served at "/"). */
final class Deployments {

    private Deployments() {}

    static WebArchive packagedApplication() {
        File war = new File(System.getProperty("academy.war", "target/ROOT.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
