package org.mutualportal.core.sample;

import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The test modules as JARs, packaged like real module JARs (descriptor, pages, bundle, beans.xml). */
public final class SampleJars {

    private SampleJars() {
    }

    public static JavaArchive sample() {
        return ShrinkWrap.create(JavaArchive.class, "module-sample.jar")
                .addClasses(SampleModule.class, SampleChanges.class, SampleChangeBacking.class,
                        SampleBeneficiaryBacking.class, SharedBodyProbe.class)
                .merge(ShrinkWrap.create(ExplodedImporter.class).importDirectory("src/test/resources/sample-module")
                        .as(GenericArchive.class));
    }

    public static JavaArchive ghost() {
        return ShrinkWrap.create(JavaArchive.class, "module-ghost.jar")
                .addClass(GhostModule.class)
                .addAsManifestResource("sample-module/META-INF/beans.xml", "beans.xml");
    }

    public static JavaArchive twin() {
        return ShrinkWrap.create(JavaArchive.class, "module-twin.jar")
                .addClass(TwinModule.class)
                .addAsManifestResource("sample-module/META-INF/beans.xml", "beans.xml");
    }
}
