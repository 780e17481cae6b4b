package org.pyston.launcher.boot;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code ./pyston}: boots an embedded OSGi framework with the Pyston bundles, runs one Python
 * program through the command-line component, and exits with the program's status.
 *
 * <p>This class runs outside the framework, on the JVM's class path next to the framework jar.
 * It shares no types with the bundles except {@code java.*} and the OSGi framework API: it
 * hands over the command line as the {@code launcher.arguments} property of a registered
 * object and calls the {@code Callable<Integer>} service registered with
 * {@code main.thread=true} — the same contract bnd's launcher uses, so the exported executable
 * jar and this boot path run the very same component.
 *
 * <p>Layout: this jar's folder holds {@code pyston/bundles/} (the bundles to start) and
 * {@code pyston/shell/} (Gogo, only for {@code --shell}). Bundles are installed by
 * {@code reference:} URL (no copy into the cache) into a framework storage that later runs
 * with the same bundles reuse ({@link FrameworkStorage}).
 */
public final class Main {
    private static final long SERVICE_WAIT_MS = 30_000;
    /** {@code -Dpyston.trace.boot=true} prints the time of each boot phase to stderr. */
    private static final boolean TRACE = Boolean.getBoolean("pyston.trace.boot");
    private static final long T0 = System.nanoTime();

    private static void trace(String phase) {
        if (TRACE) {
            System.err.printf("[boot %6.1f ms, cpu %5d ms] %s%n", (System.nanoTime() - T0) / 1e6,
                    BootTrace.processCpuMillis(), phase);
        }
    }

    private Main() {
    }

    public static void main(String[] argv) {
        if (TRACE) {
            System.setProperty("pyston.trace.t0", Long.toString(T0)); // the runtime's trace continues ours
        }
        int status;
        try {
            status = run(argv);
        } catch (Throwable t) {
            System.err.println("pyston: internal error: " + t);
            status = 70;
        }
        System.out.flush();
        System.err.flush();
        trace("exiting");
        if (TRACE) {
            BootTrace.printThreadCpu();
        }
        System.exit(status);
    }

    static int run(String[] argv) throws Exception {
        PythonOptions options = PythonOptions.parse(argv);
        if (options.error != null) {
            System.err.println(options.error);
            return 2;
        }
        switch (options.mode) {
            case VERSION:
                System.out.println(Version.TEXT);
                return 0;
            case HELP:
                System.out.println(Version.HELP);
                return 0;
            default:
                break;
        }
        String badThreshold = checkThresholds(options.xoptions.get("threshold"));
        if (badThreshold != null) {
            System.err.println("pyston: " + badThreshold);
            return 2;
        }
        Path home = installationDir();
        boolean shell = options.mode == PythonOptions.Mode.SHELL;
        List<Path> bundles = jars(home.resolve("pyston/bundles"));
        bundles.add(0, launcherJar());
        if (shell) {
            bundles.addAll(jars(home.resolve("pyston/shell")));
        }
        Map<String, String> properties = new HashMap<>(options.frameworkProperties());
        if (!shell) {
            String systemPackages = SystemPackages.forBundles(home.resolve("pyston"), bundles);
            if (systemPackages != null) {
                properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES, systemPackages);
            }
        }
        trace("options parsed, bundles listed");
        // --shell: bundles installed and configurations set there must not outlive the session
        FrameworkStorage storage = FrameworkStorage.open(home.resolve("pyston/osgi"), bundles, !shell);
        trace(storage.reused ? "storage reused" : "storage created");
        Framework framework = null;
        try {
            framework = newFramework(storage, properties);
            trace("framework created");
            framework.init();
            trace("framework initialised");
            BundleContext context = framework.getBundleContext();
            List<Bundle> installed = new ArrayList<>();
            for (Path jar : bundles) {
                // in a reused storage the bundle of this location is there already and is returned
                installed.add(context.installBundle("reference:" + jar.toUri()));
            }
            trace("bundles installed");
            framework.start();
            for (Bundle b : installed) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    b.start();
                }
            }
            storage.markInstalled();
            trace("bundles started");
            if (shell) {
                framework.waitForStop(0);
                return 0;
            }
            return runProgram(context, argv);
        } finally {
            if (framework != null) {
                try {
                    framework.stop();
                    framework.waitForStop(5_000);
                    trace("framework stopped");
                } catch (BundleException | InterruptedException ignored) {
                    // exiting anyway
                }
            }
            storage.close();
        }
    }

    private static int runProgram(BundleContext context, String[] argv) throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("launcher.arguments", argv);
        context.registerService(Object.class, new Object(), props);
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + Callable.class.getName() + ")(main.thread=true))"),
                null);
        tracker.open();
        try {
            Object service = tracker.waitForService(SERVICE_WAIT_MS);
            if (service == null) {
                System.err.println("pyston: the command-line service did not start within "
                        + SERVICE_WAIT_MS / 1000 + " s; bundles: " + bundleStates(context));
                return 70;
            }
            trace("command-line service found");
            Object result = ((Callable<?>) service).call();
            trace("program finished");
            return result instanceof Integer i ? i : 0;
        } finally {
            tracker.close();
        }
    }

    private static String bundleStates(BundleContext context) {
        StringBuilder sb = new StringBuilder();
        for (Bundle b : context.getBundles()) {
            sb.append(b.getSymbolicName()).append('=').append(b.getState() == Bundle.ACTIVE ? "active"
                    : b.getState() == Bundle.RESOLVED ? "resolved" : "state " + b.getState()).append(' ');
        }
        return sb.toString().trim();
    }

    private static String checkThresholds(String spec) {
        if (spec == null) {
            return null;
        }
        for (String part : spec.split(",")) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                return "-X threshold: expected NAME:N[,NAME:N...], got '" + spec + "'";
            }
            try {
                Integer.parseInt(part.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                return "-X threshold: not a number in '" + part + "'";
            }
        }
        return null;
    }

    private static Framework newFramework(FrameworkStorage storage, Map<String, String> extra)
            throws ReflectiveOperationException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.dir.toString());
        if (!storage.reused) {
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        }
        config.put("felix.log.level", "1");
        config.put("felix.cache.locking", "false"); // FrameworkStorage locks a kept storage for the run
        config.put("ds.loglevel", "error");
        if (storage.kept) {
            // SCR keeps the parsed component descriptions in the storage: the next run reads no XML
            config.put("ds.cache.metadata", "true");
        }
        config.putAll(extra);
        // Framework settings given as JVM system properties win (-Dfelix.…, -Dorg.osgi.framework.…).
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("felix.") || key.startsWith("org.osgi.framework.") || key.startsWith("ds.")) {
                config.put(key, System.getProperty(key));
            }
        }
        return frameworkFactory().newFramework(config);
    }

    /**
     * Felix's factory by name (it is on our class path), falling back to the standard
     * {@code ServiceLoader} lookup for another framework: the direct way saves the service-file
     * scan at every start.
     */
    private static FrameworkFactory frameworkFactory() throws ReflectiveOperationException {
        try {
            return (FrameworkFactory) Class.forName("org.apache.felix.framework.FrameworkFactory")
                    .getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException notFelix) {
            for (FrameworkFactory f : ServiceLoader.load(FrameworkFactory.class, Main.class.getClassLoader())) {
                return f;
            }
            throw new IllegalStateException("no OSGi framework on the class path");
        }
    }

    private static Path launcherJar() throws URISyntaxException {
        return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path installationDir() throws URISyntaxException {
        String home = System.getProperty("pyston.home");
        return home != null ? Path.of(home) : launcherJar().getParent();
    }

    /** The jars in a folder, by name (plain File API: no stream or lambda bootstrap at start-up). */
    private static List<Path> jars(Path dir) {
        List<Path> result = new ArrayList<>();
        String[] names = dir.toFile().list();
        if (names != null) {
            Arrays.sort(names);
            for (String name : names) {
                if (name.endsWith(".jar")) {
                    result.add(dir.resolve(name));
                }
            }
        }
        return result;
    }
}
