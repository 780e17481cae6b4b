package org.pyston.runtime.modules;

import org.pyston.api.frame.Frame;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyFrame;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code faulthandler}: the Python traceback of the running thread on request
 * ({@code dump_traceback}), in CPython's format. {@code enable()}/{@code disable()} keep the state
 * CPython's functions report; the fatal errors CPython hooks (SIGSEGV & co.) are the JVM's own
 * here, which reports them itself (hs_err file), so no traceback is written then. Dumping the
 * other threads' stacks, {@code dump_traceback_later} and {@code register} are not implemented
 * yet (NotImplementedError).
 */
final class FaulthandlerModule {
    private FaulthandlerModule() {
    }

    private static volatile boolean enabled;

    static PyModule create(ExecutionContext ctx) {
        PyModule m = new PyModule("faulthandler");
        m.set("__doc__", "faulthandler module.");
        Ext.function(m, "enable", (a, k) -> {
            Object[] b = Ext.bind("enable", a, k, 0, 2, "file", "all_threads");
            output(ctx, b[0]); // CPython checks the file now
            enabled = true;
            return Singletons.NONE;
        });
        Ext.function(m, "disable", (a, k) -> {
            Ext.positionalOnly("disable", a, k, 0, 0);
            boolean was = enabled;
            enabled = false;
            return was;
        });
        Ext.function(m, "is_enabled", (a, k) -> {
            Ext.positionalOnly("is_enabled", a, k, 0, 0);
            return enabled;
        });
        Ext.function(m, "dump_traceback", (a, k) -> {
            Object[] b = Ext.bind("dump_traceback", a, k, 0, 2, "file", "all_threads");
            boolean allThreads = b[1] == null || Abstract.isTrue(b[1]);
            Object file = output(ctx, b[0]);
            StringBuilder out = new StringBuilder();
            out.append(allThreads ? "Current thread 0x" + String.format("%016x", Thread.currentThread().getId())
                    + " (most recent call first):\n" : "Stack (most recent call first):\n");
            for (Frame f = ctx.topFrame; f != null; f = f.back) {
                if (f instanceof PyFrame pf) {
                    out.append("  File \"").append(pf.code.filename).append("\", line ").append(pf.lineNumber())
                            .append(" in ").append(pf.code.name).append('\n');
                }
            }
            // as CPython: the file's buffer is flushed, then the text goes to its descriptor
            Object fd = file instanceof Long ? file : Abstract.call(Abstract.getAttr(file, "fileno"), new Object[0], null);
            if (!(file instanceof Long)) {
                Abstract.call(Abstract.getAttr(file, "flush"), new Object[0], null);
            }
            Object posix = ctx.modules.get("posix");
            Abstract.call(Abstract.getAttr(posix, "write"), new Object[] {fd,
                new org.pyston.runtime.objects.PyBytes(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))},
                    null);
            return Singletons.NONE;
        });
        for (String name : new String[] {"dump_traceback_later", "cancel_dump_traceback_later", "register",
            "unregister"}) {
            Ext.function(m, name, (a, k) -> {
                throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR,
                        PyTuple.of("faulthandler." + name + " is not implemented yet on Pyston for the JVM"))
                        .toThrowable();
            });
        }
        return m;
    }

    /** The file to write to: the argument, or sys.stderr; CPython's errors for None and a closed one. */
    private static Object output(ExecutionContext ctx, Object file) {
        if (file == null || file == Singletons.NONE) {
            file = ctx.sys.dict.getStr("stderr");
            if (file == null || file == Singletons.NONE) {
                throw Errors.of(Errors.RUNTIME_ERROR, "sys.stderr is None");
            }
        }
        if (file instanceof Long fd && fd < 0) {
            throw Errors.valueError("file is not a valid file descripter");
        }
        return file;
    }
}
