package org.pyston.runtime.objects;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.api.deopt.DeoptException;
import org.pyston.api.profile.Profile;
import org.pyston.api.tier.CompiledCode;
import org.pyston.api.tier.NoTierException;
import org.pyston.api.tier.TierLadder;

/**
 * The state of one Python context (CPython's interpreter state): the tier ladder and compiler it
 * runs with, {@code sys.modules}, the builtins namespace, standard streams, the recursion
 * limit, and the stack of exceptions being handled. Nothing of it is global: two contexts in one
 * framework share no mutable state.
 */
public final class ExecutionContext {
    public final TierLadder ladder;
    public final SourceCompiler compiler;
    public final PyDict modules = new PyDict();
    public final PyDict builtinsDict = new PyDict();
    public PyModule builtins;
    public PyModule sys;
    public PrintStream stdout;
    public PrintStream stderr;
    public InputStream stdin;
    /** The standard streams as the runtime writes them until the program looks at sys.stdout/stderr (see StdStreams). */
    final StdStreams.Standard standard = new StdStreams.Standard();
    public int recursionLimit = 1000;
    /** Python-visible nesting of the running thread (per thread: swapped by {@link #gil}). */
    int depth;
    /** Exceptions being handled by the running thread (innermost last): sys.exc_info() and implicit chaining. */
    public List<PyBaseException> handled = new ArrayList<>();
    /** Top frame of the running thread (traceback and sys._getframe). */
    public PyFrame topFrame;
    /** The running thread's current contextvars Context, made on first use (per thread: swapped by {@link #gil}). */
    public Object contextVars;
    /** The global interpreter lock: one thread at a time runs this context's Python code. */
    public final Gil gil = new Gil(this);
    /** Generators created so far: for loops tell the ones made for them (PyGenerator.serial). */
    public long generatorSerial;
    /** sys.set_coroutine_origin_tracking_depth: how many frames a new coroutine's cr_origin records. */
    public int coroutineOriginDepth;
    /** The import system's state (importlib once installed, modules being initialized). */
    public final Imports.State imports = new Imports.State();

    /** The pyc magic number of code this context's compiler makes (importlib's MAGIC_NUMBER, the code cache's). */
    public final int pycMagic;

    public ExecutionContext(TierLadder ladder, SourceCompiler compiler) {
        org.pyston.runtime.modules.CoreSubclasses.load(); // before the interpreter loop is compiled
        this.ladder = ladder;
        this.compiler = compiler;
        this.pycMagic = org.pyston.runtime.codecache.CodeSerializer.pycMagic(compiler == null ? "" : compiler.revision());
    }

    /**
     * Runs a frame to completion through the tier ladder: the profile's published code while it
     * is valid and the frame's unit is below its next threshold, otherwise whatever the ladder
     * selects; a tier that hands the frame back ({@code CONTINUE_ELSEWHERE}) is followed by a new
     * selection, continuing the same frame.
     */
    public Object run(PyFrame frame) {
        return enter(frame, true);
    }

    /** Continues a suspended generator frame (no call counted). */
    public Object resume(PyFrame frame) {
        return enter(frame, false);
    }

    private Object enter(PyFrame frame, boolean call) {
        if (gil.breakRequested) {
            gil.serviceBreak();
        }
        enterNested();
        PyFrame caller = topFrame;
        frame.back = caller;
        topFrame = frame;
        try {
            Profile profile = frame.pycode.profile;
            if (call) {
                profile.calls++;
            }
            CompiledCode code = profile.current;
            if (code == null || profile.heat() >= profile.nextThreshold || !code.isValid()) {
                code = ladder.select(profile);
            }
            Object result = code.execute(frame);
            return result != CompiledCode.CONTINUE_ELSEWHERE ? result : continueElsewhere(frame, profile);
        } catch (StackOverflowError overflow) {
            throw Errors.of(Errors.RECURSION_ERROR, "maximum recursion depth exceeded");
        } catch (PyException | DeoptException | NoTierException expected) {
            throw expected;
        } catch (RuntimeException internal) {
            // A bug of the runtime (a Java exception where a Python one belonged) becomes a
            // SystemError the calling frames can catch, as a failing C function's in CPython:
            // one failing test instead of the end of a test run.
            throw internalError(internal);
        } finally {
            topFrame = caller;
            leaveNested();
        }
    }

    /**
     * A frame handed back by its tier ({@code CONTINUE_ELSEWHERE}): the GIL's check point, then
     * whatever code the ladder selects continues it, as often as it is handed back. Apart from
     * {@link #enter} so that the entry stays small where HotSpot inlines it into a caller.
     */
    private Object continueElsewhere(PyFrame frame, Profile profile) {
        while (true) {
            if (gil.breakRequested) {
                serviceBreakIn(frame);
            }
            Object result = ladder.select(profile).execute(frame);
            if (result != CompiledCode.CONTINUE_ELSEWHERE) {
                return result;
            }
        }
    }

    /** The SystemError for a Java exception that escaped the runtime (PYSTON_DEBUG prints its stack). */
    public static PyException internalError(RuntimeException internal) {
        if (System.getenv("PYSTON_DEBUG") != null) {
            internal.printStackTrace();
        }
        return Errors.of(Errors.SYSTEM_ERROR, "internal error in the Pyston runtime: " + internal);
    }

    /**
     * The GIL's check point where a tier handed the frame back (at least every 1024 back-edges):
     * another thread may run; a signal handler that raises does so inside the frame, at the
     * block it continues with, so the frame's own try statements see it.
     */
    private void serviceBreakIn(PyFrame frame) {
        try {
            gil.serviceBreak();
        } catch (PyException e) {
            frame.pendingThrow = e.exception;
            frame.pc = frame.code.blockStart(frame.nextBlock);
        }
    }

    /**
     * Counts one level of Python-visible nesting that runs no frame of its own: a generator
     * driving its {@code yield from}/{@code await} delegate (in CPython the delegating frame is
     * on the stack meanwhile). Pairs with {@link #leaveNested()}; raises RecursionError past the
     * limit, so deep delegation chains fail as CPython's do instead of overflowing Java's stack.
     */
    public void enterNested() {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.of(Errors.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    public void leaveNested() {
        depth--;
    }

    /** The exception currently being handled, or null. */
    public PyBaseException currentHandled() {
        return handled.isEmpty() ? null : handled.get(handled.size() - 1);
    }
}
