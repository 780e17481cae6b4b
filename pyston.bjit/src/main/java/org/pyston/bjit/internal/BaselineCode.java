package org.pyston.bjit.internal;

import static org.pyston.api.code.Opcode.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.SwitchPoint;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.objectweb.asm.MethodTooLargeException;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.frame.Frame;
import org.pyston.api.ic.InlineCaches;
import org.pyston.api.profile.Profile;
import org.pyston.api.tier.CompiledCode;
import org.pyston.runtime.jit.JitSupport;
import org.pyston.runtime.jit.UnitEntry;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyFrame;

/**
 * The baseline JIT's code for one code unit: the generated class of the blocks compiled so far,
 * grown as execution reaches new blocks, and the loop that moves a frame between it and the
 * interpreter at block starts. See the package documentation.
 */
final class BaselineCode implements CompiledCode {
    /** Blocks longer than this stay with the interpreter (compile time and the 64 KiB method limit). */
    static final int MAX_BLOCK_INSTRUCTIONS = 400;
    /**
     * After this many class generations a newly reached block brings along the blocks reachable
     * from it: every generation is a new class the JVM compiles from scratch (measured on nbody:
     * 30 generations, 136 KB of class files and 1.6 s of compile time per-block; 5 generations,
     * 27 KB and 0.6 s this way, with the same 30 blocks compiled, all of which ran).
     */
    static final int GENERATIONS_BEFORE_BATCHING = 2;
    /** Blocks one batch adds at most. */
    static final int BATCH_BLOCKS = 64;

    /** One generated class: the blocks it holds and its entry (an instance of the class). */
    private record Generation(BitSet blocks, UnitEntry entry) {
    }

    private final BaselineJitTier tier;
    private final CodeUnit unit;
    private final Profile profile;
    private final Instructions ins;
    private final SwitchPoint validity;
    private volatile Generation generation;
    /** Blocks handed to the interpreter for good (an instruction not translated, too long). Guarded by this. */
    private final BitSet declined = new BitSet();
    /** Blocks asked of the background compiler and not yet settled. Guarded by this. */
    private final BitSet requested = new BitSet();
    /** Whether a background compilation of this unit is queued and has not started. Guarded by this. */
    private boolean queued;
    /** Generations made so far. Guarded by this. */
    private int generations;
    /** {@link BlockCompiler#sharedTemporaries} of the unit, computed with the first generation (never changed after). */
    private volatile BitSet sharedTemporaries;
    private CompiledCode below;
    /** The frame this code last sent to the ladder at a back-edge (its return is not an OSR entry). */
    private Frame ladderExit;

    BaselineCode(BaselineJitTier tier, CodeUnit unit, Profile profile, SwitchPoint validity) {
        this.tier = tier;
        this.unit = unit;
        this.profile = profile;
        this.ins = new Instructions(unit);
        this.validity = validity;
    }

    @Override
    public String tierName() {
        return BaselineJitTier.NAME;
    }

    @Override
    public boolean isValid() {
        return !validity.hasBeenInvalidated();
    }

    @Override
    public Object execute(Frame f0) {
        PyFrame f = (PyFrame) f0;
        if (f.pendingThrow != null) {
            // generator.throw()/close(): the interpreter raises it where the frame suspended
            Object r = runBelow(f);
            if (r != CONTINUE_ELSEWHERE) {
                return r;
            }
        } else if (f.nextBlock != 0 && ladderExit != f && !f.code.hasFlag(RESUMABLE)) {
            tier.stats.osrEntries.increment();
        }
        ladderExit = null;
        while (true) {
            if (validity.hasBeenInvalidated()) {
                return CONTINUE_ELSEWHERE;
            }
            int b = f.nextBlock;
            Generation g = generation;
            UnitEntry entry = g != null && g.blocks.get(b) ? g.entry : entryFor(b);
            Object r;
            if (entry == null) {
                r = runBelow(f);
            } else {
                r = entry.run(f, b);
            }
            if (r != CONTINUE_ELSEWHERE) {
                return r;
            }
            if (profile.heat() >= profile.nextThreshold) {
                ladderExit = f;
                return CONTINUE_ELSEWHERE; // a back-edge reached the ladder's next check (OSR upwards)
            }
        }
    }

    private static final int RESUMABLE = CodeUnit.GENERATOR | CodeUnit.COROUTINE | CodeUnit.ASYNC_GENERATOR;

    /**
     * Runs the frame in the rung below (the interpreter) from {@code frame.nextBlock} until its next
     * loop back-edge, where it hands the frame back, or until it returns, yields or raises.
     * The interpreter leaves at a back-edge when the profile's heat reaches {@code nextThreshold}:
     * that is lowered for the hand-over and restored after.
     */
    private Object runBelow(PyFrame f) {
        CompiledCode code = below;
        if (code == null || !code.isValid()) {
            code = tier.codeBelow(profile);
            if (code == null) {
                throw Errors.of(Errors.SYSTEM_ERROR, "block " + f.nextBlock + " of " + unit.qualname()
                        + " needs the interpreter, and no tier below '" + BaselineJitTier.NAME + "' is available");
            }
            below = code;
        }
        tier.stats.blocksInterpreted.increment();
        int saved = profile.nextThreshold;
        profile.nextThreshold = Integer.MIN_VALUE;
        try {
            return code.execute(f);
        } finally {
            if (profile.nextThreshold == Integer.MIN_VALUE) {
                profile.nextThreshold = saved;
            }
        }
    }

    /**
     * The entry of a generation holding block {@code b}, or null while the interpreter is to run
     * it: for good (a block this tier declines) or until the background compiler has added it.
     */
    private UnitEntry entryFor(int b) {
        synchronized (this) {
            if (declined.get(b)) {
                return null; // visited often (a generator's yield blocks): no tier-wide lock for it
            }
        }
        Executor background = tier.backgroundCompiler();
        if (background == null) {
            return prepare(b);
        }
        request(b, background);
        return null;
    }

    /**
     * Asks the background compiler for block {@code b}. Blocks requested while a compilation of
     * this unit is queued join it: one new generation for all of them.
     */
    private synchronized void request(int b, Executor background) {
        if (declined.get(b) || requested.get(b)) {
            return;
        }
        requested.set(b);
        if (queued) {
            return;
        }
        queued = true;
        try {
            background.execute(this::compileRequested);
        } catch (RejectedExecutionException stopping) {
            queued = false; // the tier is being stopped: its code is invalid anyway
            requested.clear(b);
        }
    }

    /** Runs on the background compiler's thread: one generation holding every requested block. */
    private void compileRequested() {
        BitSet wanted;
        synchronized (this) {
            wanted = (BitSet) requested.clone();
            queued = false;
        }
        try {
            Generation before = generation;
            if (prepare(wanted) != before) {
                tier.stats.backgroundGenerations.increment();
            }
        } catch (RuntimeException | Error failed) {
            // the program goes on in the interpreter for these blocks; -X stats counts the failure
            tier.stats.compileFailures.increment();
            synchronized (this) {
                declined.or(wanted);
            }
        } finally {
            synchronized (this) {
                requested.andNot(wanted);
            }
        }
    }

    /** The entry of a generation holding block {@code b}, compiling it in; null when b goes to the interpreter. */
    private UnitEntry prepare(int b) {
        BitSet wanted = new BitSet();
        wanted.set(b);
        Generation g = prepare(wanted);
        return g != null && g.blocks.get(b) ? g.entry : null;
    }

    /**
     * Compiles a generation holding the current one's blocks and those of {@code wanted} this tier
     * translates; returns the generation in force after (null when there is none). Emitting runs
     * outside the lock: a generation installed meanwhile by another thread wins, and a block it
     * lacks is asked for again at its next visit.
     */
    private Generation prepare(BitSet wanted) {
        BitSet shared = sharedTemporaries;
        if (shared == null) {
            // outside the lock, which frames entering this code take; two threads may both compute it
            shared = BlockCompiler.sharedTemporaries(unit, ins);
            sharedTemporaries = shared;
        }
        Generation base;
        BitSet blocks;
        synchronized (this) {
            base = generation;
            blocks = base == null ? new BitSet() : (BitSet) base.blocks.clone();
            int before = blocks.cardinality();
            for (int b = wanted.nextSetBit(0); b >= 0; b = wanted.nextSetBit(b + 1)) {
                if (blocks.get(b) || declined.get(b)) {
                    continue;
                }
                if (!translatable(b)) {
                    declined.set(b);
                    continue;
                }
                blocks.set(b);
                if (generations >= GENERATIONS_BEFORE_BATCHING) {
                    addReachable(blocks, b);
                }
            }
            if (blocks.cardinality() == before) {
                return base;
            }
        }
        long start = System.nanoTime();
        byte[] bytes;
        try {
            bytes = new BlockCompiler(unit, ins, blocks, shared).emit();
        } catch (MethodTooLargeException tooLarge) {
            synchronized (this) {
                declined.or(wanted);
            }
            return generation;
        }
        UnitEntry entry;
        try {
            List<Object> data = new ArrayList<>(JitSupport.DATA_CONSTANTS + unit.constants.length);
            data.add(validity);
            data.add(tier.caches()); // the service now: it may have come or gone since the last generation
            data.add(profile);
            for (Object k : unit.constants) {
                data.add(k);
            }
            MethodHandles.Lookup lookup = JitSupport.defineUnit(bytes, data);
            entry = (UnitEntry) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("baseline JIT: generated class for " + unit.qualname() + " rejected", e);
        }
        synchronized (this) {
            if (generation != base) {
                return generation;
            }
            int added = blocks.cardinality() - (base == null ? 0 : base.blocks.cardinality());
            generations++;
            tier.stats.recordGeneration(added, bytes.length, System.nanoTime() - start);
            generation = new Generation(blocks, entry);
            return generation;
        }
    }

    /** Whether every instruction of block {@code b} is translated and the block is not too long. */
    private boolean translatable(int b) {
        if (ins.instructionCount(b) > MAX_BLOCK_INSTRUCTIONS) {
            return false;
        }
        for (int pc = ins.blockStart(b); ; pc = ins.next(pc)) {
            if (!BlockCompiler.supports(ins.op(pc))) {
                return false;
            }
            if (ins.endsBlock(pc)) {
                return true;
            }
        }
    }

    /** Adds the translatable blocks reachable from {@code from} along normal control flow (a batch). */
    private void addReachable(BitSet blocks, int from) {
        ArrayDeque<Integer> work = new ArrayDeque<>();
        work.add(from);
        int budget = BATCH_BLOCKS;
        while (!work.isEmpty() && budget > 0) {
            int b = work.poll();
            int last = ins.blockStart(b);
            while (!ins.endsBlock(last)) {
                last = ins.next(last);
            }
            int op = ins.op(last);
            int[] successors;
            if (op == JUMP) {
                successors = new int[] {ins.operand(last, 0)};
            } else if (op == BRANCH) {
                successors = new int[] {ins.operand(last, 1), ins.operand(last, 2)};
            } else if (op == FOR_ITER) {
                successors = new int[] {ins.operand(last, 2), ins.operand(last, 3)};
            } else if (!isTerminator(op)) {
                successors = new int[] {ins.blockAt(ins.next(last))};
            } else {
                successors = new int[0];
            }
            for (int s : successors) {
                if (!blocks.get(s) && !declined.get(s) && translatable(s)) {
                    blocks.set(s);
                    budget--;
                    work.add(s);
                }
            }
        }
    }
}
