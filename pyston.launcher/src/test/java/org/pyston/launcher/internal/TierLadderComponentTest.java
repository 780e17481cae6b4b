package org.pyston.launcher.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.frame.Frame;
import org.pyston.api.profile.Profile;
import org.pyston.api.tier.CompiledCode;
import org.pyston.api.tier.ExecutionTier;
import org.pyston.api.tier.NoTierException;
import org.pyston.api.tier.TierDeclinedException;

public class TierLadderComponentTest {
    /** A tier that compiles everything (or declines), counting compilations. */
    static final class FakeTier implements ExecutionTier {
        final String name;
        final int threshold;
        boolean decline;
        int compilations;
        boolean valid = true;

        FakeTier(String name, int threshold) {
            this.name = name;
            this.threshold = threshold;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int threshold() {
            return threshold;
        }

        @Override
        public CompiledCode compile(CodeUnit code, Profile profile) throws TierDeclinedException {
            if (decline) {
                throw new TierDeclinedException("declined");
            }
            compilations++;
            return new CompiledCode() {
                @Override
                public String tierName() {
                    return name;
                }

                @Override
                public Object execute(Frame frame) {
                    return null;
                }

                @Override
                public boolean isValid() {
                    return valid;
                }
            };
        }
    }

    /** The few ServiceReference methods the ladder uses. */
    static final class FakeRef implements ServiceReference<ExecutionTier> {
        final Map<String, Object> props = new HashMap<>();

        FakeRef(String name, Integer threshold) {
            props.put(ExecutionTier.NAME_PROPERTY, name);
            if (threshold != null) {
                props.put(ExecutionTier.THRESHOLD_PROPERTY, threshold);
            }
        }

        @Override
        public Object getProperty(String key) {
            return props.get(key);
        }

        @Override
        public String[] getPropertyKeys() {
            return props.keySet().toArray(new String[0]);
        }

        @Override
        public Bundle getBundle() {
            return null;
        }

        @Override
        public Bundle[] getUsingBundles() {
            return null;
        }

        @Override
        public boolean isAssignableTo(Bundle bundle, String className) {
            return true;
        }

        @Override
        public int compareTo(Object reference) {
            return Integer.compare(System.identityHashCode(this), System.identityHashCode(reference));
        }

        @Override
        public Dictionary<String, Object> getProperties() {
            return new Hashtable<>(props);
        }

        @Override
        public <A> A adapt(Class<A> type) {
            return null;
        }
    }

    private TierLadderComponent ladder;
    private Profile profile;

    private static CodeUnit unit() {
        return new CodeUnit("f", "f", "<test>", 1, 0, 0, 0, 0, new byte[0], new int[] {0}, new Object[0],
                new String[0], new String[0], new String[0], 0, 0, 0, new byte[0], new int[0], 0);
    }

    @Before
    public void setUp() {
        ladder = new TierLadderComponent();
        profile = new Profile(unit());
    }

    private FakeTier add(String name, int threshold) {
        FakeTier tier = new FakeTier(name, threshold);
        ladder.addTier(new FakeRef(name, threshold), tier);
        return tier;
    }

    @Test
    public void noTierIsAClearError() {
        try {
            ladder.select(profile);
            fail();
        } catch (NoTierException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("no execution tier is available"));
        }
    }

    @Test
    public void climbsTheLadderWithHeat() {
        add("interp", 0);
        add("bjit", 25);
        CompiledCode code = ladder.select(profile);
        assertEquals("interp", code.tierName());
        assertSame(code, profile.current);
        assertEquals(25, profile.nextThreshold);
        profile.calls = 25;
        assertEquals("bjit", ladder.select(profile).tierName());
        assertEquals(25 + TierLadderComponent.RECHECK_INTERVAL, profile.nextThreshold);
    }

    @Test
    public void keepsValidCodeOfTheSameRungAndRecompilesInvalidCode() {
        FakeTier interp = add("interp", 0);
        CompiledCode first = ladder.select(profile);
        assertSame(first, ladder.select(profile));
        assertEquals(1, interp.compilations);
        interp.valid = false;
        ladder.select(profile);
        assertEquals(2, interp.compilations);
    }

    @Test
    public void aDecliningTierFallsToTheRungBelow() {
        add("interp", 0);
        add("bjit", 25).decline = true;
        profile.calls = 100;
        assertEquals("interp", ladder.select(profile).tierName());
    }

    @Test
    public void removedTierIsNoLongerSelected() {
        add("interp", 0);
        FakeTier bjit = new FakeTier("bjit", 25);
        FakeRef ref = new FakeRef("bjit", 25);
        ladder.addTier(ref, bjit);
        profile.calls = 30;
        assertEquals("bjit", ladder.select(profile).tierName());
        ladder.removeTier(ref, bjit);
        bjit.valid = false;
        assertEquals("interp", ladder.select(profile).tierName());
        assertEquals(1, ladder.rungs().size());
    }

    @Test
    public void thresholdsAndAllowedTiersFromTheCommandLine() {
        assertEquals(Map.of("bjit", 0, "opt", 7), TierLadderComponent.parseThresholds("bjit:0, opt:7"));
        assertEquals(null, TierLadderComponent.parseAllowed(" "));
        assertTrue(TierLadderComponent.parseAllowed("interp,bjit").contains("bjit"));
    }

    @Test
    public void statsCountWhatEachTierCompiled() {
        add("interp", 0);
        add("bjit", 25);
        ladder.select(profile);
        profile.calls = 30;
        ladder.select(profile);
        String json = ladder.statsJson();
        assertTrue(json, json.contains("\"interp\": {\"functions_compiled\": 1,"));
        assertTrue(json, json.contains("\"bjit\": {\"functions_compiled\": 1,"));
        assertTrue(json, json.contains("\"deopts\": 0"));
    }

    @Test
    public void serviceThresholdPropertyWinsOverTheTiersDefault() {
        FakeTier interp = new FakeTier("interp", 0);
        ladder.addTier(new FakeRef("interp", 0), interp);
        FakeTier bjit = new FakeTier("bjit", 25);
        ladder.addTier(new FakeRef("bjit", 3), bjit);
        assertEquals(3, ladder.rungs().get(1).threshold());
    }
}
