package org.pyston.runtime.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Builtins;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.objects.Tracebacks;

/**
 * {@code atexit}: functions a context runs when it shuts down ({@link #runExitFunctions}, called
 * by the context before it finalizes {@code __main__}), last registered first; an exception in
 * one is reported as CPython reports it and the others still run.
 */
final class AtexitModule {
    private AtexitModule() {
    }

    /** A registered call: function, positional arguments, keyword names (null when none). */
    private record Callback(Object function, Object[] args, String[] kwnames) {
    }

    private static final Map<ExecutionContext, List<Callback>> CALLBACKS = new WeakHashMap<>();

    private static List<Callback> of(ExecutionContext ctx) {
        synchronized (CALLBACKS) {
            return CALLBACKS.computeIfAbsent(ctx, c -> new ArrayList<>());
        }
    }

    static PyModule create(ExecutionContext ctx) {
        PyModule m = new PyModule("atexit");
        List<Callback> callbacks = of(ctx);
        Ext.function(m, "register", (a, k) -> {
            if (a.length == 0 || a.length == (k == null ? 0 : k.length)) {
                throw Errors.typeError("register() takes at least 1 argument (0 given)");
            }
            if (!Builtins.isCallable(a[0])) {
                throw Errors.typeError("the first argument must be callable");
            }
            synchronized (callbacks) {
                callbacks.add(new Callback(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k));
            }
            return a[0];
        });
        Ext.function(m, "unregister", (a, k) -> {
            Ext.positionalOnly("unregister", a, k, 1, 1);
            synchronized (callbacks) {
                callbacks.removeIf(c -> c.function == a[0] || Abstract.isTrue(Abstract.compare(
                        Abstract.CompareOp.EQ, c.function, a[0])));
            }
            return Singletons.NONE;
        });
        Ext.function(m, "_clear", (a, k) -> {
            synchronized (callbacks) {
                callbacks.clear();
            }
            return Singletons.NONE;
        });
        Ext.function(m, "_ncallbacks", (a, k) -> {
            synchronized (callbacks) {
                return (long) callbacks.size();
            }
        });
        Ext.function(m, "_run_exitfuncs", (a, k) -> {
            runExitFunctions(ctx);
            return Singletons.NONE;
        });
        return m;
    }

    /** Runs and forgets the context's exit functions, last registered first. */
    static void runExitFunctions(ExecutionContext ctx) {
        List<Callback> callbacks = of(ctx);
        while (true) {
            Callback c;
            synchronized (callbacks) {
                if (callbacks.isEmpty()) {
                    return;
                }
                c = callbacks.remove(callbacks.size() - 1);
            }
            try {
                Abstract.call(c.function, c.args, c.kwnames);
            } catch (PyException e) {
                if (e.exception.type().isSubtypeOf(Errors.SYSTEM_EXIT)) {
                    continue; // CPython ignores SystemExit raised by an exit function
                }
                StringBuilder out = new StringBuilder("Exception ignored in atexit callback: ")
                        .append(Abstract.repr(c.function)).append('\n');
                Tracebacks.print(ctx, e.exception, out);
                ctx.stderr.print(out);
                ctx.stderr.flush();
            }
        }
    }
}
