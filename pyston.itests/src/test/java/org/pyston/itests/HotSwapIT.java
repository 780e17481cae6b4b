package org.pyston.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import org.pyston.api.compile.SourceCompiler;
import org.pyston.api.tier.TierLadder;
import org.pyston.runtime.api.ContextOptions;
import org.pyston.runtime.api.PythonContext;

/**
 * Hot swap of the baseline JIT and the inline caches in a real Felix: the bundle is stopped
 * while a program runs a hot loop in compiled code; the program finishes in the interpreter (or
 * with generic operations) with the same result, and after a restart functions tier up again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotSwapIT {
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

    private static final int ITERATIONS = 2_000_000;
    /** A loop of calls and arithmetic that tiers up (function and loop) within its first iterations. */
    private static final String PROGRAM = "def step(x, i):\n    return (x * 31 + i) % 1000003\n"
            + "def run(n):\n    x = 0\n    for i in range(n):\n        x = step(x, i)\n    return x\n"
            + "print(run(" + ITERATIONS + "))\n";

    private static long expected() {
        long x = 0;
        for (long i = 0; i < ITERATIONS; i++) {
            x = (x * 31 + i) % 1000003;
        }
        return x;
    }

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

    private boolean hasRung(String name) {
        return ladder.rungs().stream().anyMatch(r -> r.name().equals(name));
    }

    private void awaitRung(String name, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hasRung(name) != present) {
            assertTrue("rung " + name + (present ? " never appeared" : " never left"), System.nanoTime() < deadline);
            Thread.sleep(20);
        }
    }

    /** Runs the program on another thread, stops {@code bundleName} while it runs, and checks the result. */
    private void swapDuringRun(String bundleName) throws Exception {
        Bundle bundle = bundle(bundleName);
        CompletableFuture<String> result = CompletableFuture.supplyAsync(() -> run(PROGRAM));
        Thread.sleep(400); // compiled by now: the function after 25 calls, the loop after 25 back-edges
        assertFalse("the program must still be running when the bundle stops", result.isDone());
        bundle.stop();
        try {
            assertEquals(expected() + "\n", result.get(120, TimeUnit.SECONDS));
        } finally {
            bundle.start();
        }
    }

    @Test
    public void stoppingTheBaselineJitDuringALoopContinuesInTheInterpreter() throws Exception {
        awaitRung("bjit", true);
        swapDuringRun("pyston.bjit");
        awaitRung("bjit", true);
        // started again: functions tier up again and give the same result
        assertEquals(expected() + "\n", run(PROGRAM));
    }

    @Test
    public void stoppingTheInlineCachesDuringALoopFallsBackToGenericOperations() throws Exception {
        awaitRung("bjit", true);
        swapDuringRun("pyston.ic");
        assertEquals(expected() + "\n", run(PROGRAM));
    }
}
