package org.pyston.bjit.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.pyston.api.ic.InlineCaches;

/**
 * Statcheck tests: programs whose point is speed, checked by the counters the tiers and caches
 * keep (tier-up after 25 calls, OSR into a hot loop, cache hits), not by timing.
 */
public class StatCheckTest {
    private record Result(String stdout, BaselineJitTier tier, InlineCaches caches) {
    }

    private static Result run(String source, int threshold) throws IOException {
        Path file = Files.createTempFile("statcheck", ".py");
        Files.writeString(file, source);
        try {
            InlineCaches caches = JitHarness.inlineCaches();
            BaselineJitTier tier = JitHarness.newTier(caches);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            int status = JitHarness.run(file.toString(), List.of(), new JitHarness.TwoRungs(tier, threshold, file.toString()), ps, ps);
            assertEquals(out.toString(StandardCharsets.UTF_8), 0, status);
            return new Result(out.toString(StandardCharsets.UTF_8), tier, caches);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    public void functionsTierUpAfterTwentyFiveCalls() throws IOException {
        Result r = run("def f(x):\n    return x + 1\n"
                + "def g(x):\n    return x - 1\n"
                + "t = 0\nfor i in range(24):\n    t += g(i)\nfor i in range(100):\n    t += f(i)\nprint(t)\n", 25);
        assertEquals("5302\n", r.stdout);
        // f and the module body (its loop, by OSR); g was called 24 times only
        assertEquals(2, r.tier.stats.functions.sum());
        assertTrue(r.tier.stats.osrEntries.sum() >= 1);
    }

    @Test
    public void tieringUpCompilesInTheBackgroundWhileTheInterpreterRuns() throws Exception {
        Result r = run("def f(x):\n    return x + 1\n"
                + "t = 0\nfor i in range(3000):\n    t += f(i)\nprint(t)\n", 25);
        assertEquals("4501500\n", r.stdout);
        r.tier.awaitBackgroundCompiles();
        assertTrue(r.tier.statistics().toString(), r.tier.stats.backgroundGenerations.sum() >= 1);
        assertTrue(r.tier.statistics().toString(), r.tier.stats.blocksInterpreted.sum() >= 1);
        assertEquals(0, r.tier.stats.compileFailures.sum());
    }

    @Test
    public void aForcedTierCompilesBeforeRunning() throws IOException {
        Result r = run("def f(x):\n    return x + 1\n"
                + "t = 0\nfor i in range(30):\n    t += f(i)\nprint(t)\n", 0);
        assertEquals("465\n", r.stdout);
        assertEquals(0, r.tier.stats.backgroundGenerations.sum());
        assertEquals(0, r.tier.stats.blocksInterpreted.sum());
    }

    @Test
    public void hotLoopEntersCompiledCodeAtItsHeader() throws IOException {
        Result r = run("t = 0\nfor i in range(1000):\n    t += i * 2\nprint(t)\n", 25);
        assertEquals("999000\n", r.stdout);
        assertEquals(1, r.tier.stats.functions.sum());
        assertEquals(1, r.tier.stats.osrEntries.sum());
    }

    @Test
    public void monomorphicSitesHit() throws IOException {
        Result r = run("class P:\n    def __init__(self, x):\n        self.x = x\n"
                + "    def get(self):\n        return self.x\n"
                + "def f(n):\n    t = 0\n    for i in range(n):\n        p = P(i)\n        t = t + p.get() * 2\n"
                + "    return t\nprint(f(2000))\n", 0);
        assertEquals("3998000\n", r.stdout);
        InlineCaches.Statistics s = r.caches.statistics();
        assertTrue(s.toString(), s.hits() > 20 * s.misses());
        assertEquals(s.toString(), 0, s.megamorphicSites());
    }

    @Test
    public void containerOperationsAndModuleFunctionsHit() throws IOException {
        Result r = run("import math\n"
                + "def f(n):\n    t = 0.0\n    xs = [1, 2, 3, 4]\n    s = {1}\n    u = (1, 2)\n"
                + "    for i in range(n):\n        ys = xs[1:] + xs[:1]\n        ys[0:2] = [i, i]\n"
                + "        s = s | {i % 7}\n        v = u + u[:1]\n        t += math.sqrt(ys[0]) + len(v)\n"
                + "    return t, sorted(s)\n"
                + "print(f(2000))\n", 0);
        assertEquals("(65605.91176568941, [0, 1, 2, 3, 4, 5, 6])\n", r.stdout);
        InlineCaches.Statistics s = r.caches.statistics();
        assertEquals(s.toString(), 0, s.megamorphicSites());
        assertTrue(s.toString(), s.hitRate() > 0.99);
    }

    @Test
    public void aClassChangeInvalidatesItsSlots() throws IOException {
        Result r = run("class P:\n    def get(self):\n        return 1\n"
                + "def f(p):\n    return p.get()\n"
                + "t = 0\np = P()\nfor i in range(100):\n    t += f(p)\n"
                + "P.get = lambda self: 2\nfor i in range(100):\n    t += f(p)\nprint(t)\n", 0);
        assertEquals("300\n", r.stdout);
        assertTrue(r.caches.statistics().invalidations() >= 1);
    }

    @Test
    public void shadowingABuiltinIsSeen() throws IOException {
        Result r = run("def f():\n    return len('ab')\n"
                + "t = 0\nfor i in range(50):\n    t += f()\n"
                + "def len(x):\n    return 10\n"
                + "for i in range(50):\n    t += f()\nprint(t)\n", 0);
        assertEquals("600\n", r.stdout);
    }
}
