package org.pyston.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.api.tier.NoTierException;
import org.pyston.api.tier.TierLadder;
import org.pyston.runtime.api.ContextOptions;
import org.pyston.runtime.api.PythonContext;

/**
 * The tier ladder in a real Felix: a program runs through the services; stopping the
 * interpreter bundle makes runs fail with a clear message; starting it again brings runs back,
 * all in one framework.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TierLadderIT {
    @Inject
    BundleContext context;

    @Inject
    TierLadder ladder;

    @Inject
    SourceCompiler compiler;

    @Configuration
    public Option[] config() {
        return PystonBundles.all();
    }

    /** Runs {@code code} in a fresh context; returns stdout, or throws what the run threw. */
    private String run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ContextOptions options = new ContextOptions();
        options.ladder = ladder;
        options.compiler = compiler;
        options.stdin = InputStream.nullInputStream();
        options.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        options.stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        options.argv = List.of("-c");
        options.executable = "pyston";
        int status;
        try (PythonContext python = new PythonContext(options)) {
            status = python.runCommand(code);
        }
        assertEquals("exit status; stderr: " + err.toString(StandardCharsets.UTF_8), 0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("bundle " + symbolicName + " is not installed");
    }

    private void awaitRungs(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ladder.rungs().size() != expected) {
            if (System.nanoTime() > deadline) {
                fail("ladder has " + ladder.rungs().size() + " rungs, expected " + expected);
            }
            Thread.sleep(20);
        }
    }

    @Test
    public void runsAProgramThroughTheServices() {
        String out = run("def f(n):\n    return n * 2 + 1\nfor i in range(3):\n    print(f(i), 'x' * i)\n");
        assertEquals("1 \n3 x\n5 xx\n", out);
        assertEquals("interp", ladder.rungs().get(0).name());
        assertEquals(0, ladder.rungs().get(0).threshold());
        assertEquals("pyston.interp", ladder.rungs().get(0).bundle());
    }

    @Test
    public void stoppingTheTiersReportsTheMissingTierAndStartingThemAgainRecovers() throws Exception {
        Bundle interp = bundle("pyston.interp");
        Bundle bjit = bundle("pyston.bjit");
        assertEquals("3\n", run("print(1+2)"));
        bjit.stop();
        interp.stop();
        try {
            awaitRungs(0);
            try {
                run("print(1+2)");
                fail("a run without any tier must fail");
            } catch (NoTierException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("no execution tier is available"));
            }
        } finally {
            interp.start();
            bjit.start();
        }
        awaitRungs(2);
        assertEquals("3\n", run("print(1+2)"));
    }

    @Inject
    org.osgi.service.cm.ConfigurationAdmin configAdmin;

    private void awaitThreshold(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ladder.rungs().isEmpty() || ladder.rungs().get(0).threshold() != expected) {
            if (System.nanoTime() > deadline) {
                fail("interp threshold is " + (ladder.rungs().isEmpty() ? "absent" : ladder.rungs().get(0).threshold())
                        + ", expected " + expected);
            }
            Thread.sleep(20);
        }
    }

    @Test
    public void thresholdsFollowConfigurationAdminWithoutRestartingTheTier() throws Exception {
        org.osgi.service.cm.Configuration config = configAdmin.getConfiguration("pyston.tier.interp", "?");
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put("pyston.tier.threshold", 7);
        config.update(props);
        try {
            awaitThreshold(7);
            assertEquals("3\n", run("print(1+2)"));
        } finally {
            config.delete();
        }
        awaitThreshold(0);
    }

    @Test
    public void commandLineAndShellComponentsAreRegistered() throws Exception {
        ServiceTracker<Object, Object> shell = new ServiceTracker<>(context,
                context.createFilter("(osgi.command.scope=pyston)"), null);
        shell.open();
        try {
            Object commands = shell.waitForService(5000);
            assertNotNull("the Gogo commands component is registered", commands);
            Object tiers = commands.getClass().getMethod("tiers").invoke(commands);
            assertTrue(tiers.toString(), tiers.toString().contains("interp"));
        } finally {
            shell.close();
        }
    }
}
