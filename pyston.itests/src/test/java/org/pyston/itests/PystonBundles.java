package org.pyston.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import org.ops4j.pax.exam.Option;

/** The Pax Exam provisioning shared by the integration tests: the real bundles, no Gogo. */
final class PystonBundles {
    private PystonBundles() {
    }

    static Option[] all() {
        String dir = System.getProperty("itests.bundles", "target/itest-bundles");
        String[] names = {"org.osgi.util.function", "org.osgi.util.promise", "org.osgi.service.component",
            "org.apache.felix.scr", "org.apache.felix.configadmin", "pyston.api", "pyston.runtime",
            "pyston.compiler", "pyston.interp", "pyston.ic", "pyston.bjit", "pyston.launcher"};
        Option[] bundles = new Option[names.length];
        for (int i = 0; i < names.length; i++) {
            bundles[i] = bundle(new File(dir, names[i] + ".jar").toURI().toString());
        }
        return options(
                systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"),
                junitBundles(),
                org.ops4j.pax.exam.CoreOptions.composite(bundles));
    }
}
