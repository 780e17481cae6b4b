package org.pyston.runtime.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.Ops;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyBoundMethod;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyStaticMethod;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * The {@code _io} module of one context: its types, {@code open}, and what the implementations
 * share (the context's descriptor table, errors, calls of Python-level methods).
 *
 * <p>The types are made per context, as CPython's heap types with module state: a FileIO needs
 * its context's descriptor table and a TextIOWrapper its context's codec registry, and a type
 * is where an object finds them. They are classes in Python's sense (made like a class
 * statement makes one, module {@code _io}), so classes deriving from them (io.py's IOBase and
 * everything users derive) work through the ordinary machinery: each type's {@code __new__} makes
 * an instance of the Java class behind it, with the derived class as its type, and
 * {@code __init__} sets it up, as CPython's tp_new/tp_init.
 */
public final class IoModule {
    public static final int DEFAULT_BUFFER_SIZE = 8192;

    final ExecutionContext ctx;
    final FileDescriptors fds;
    final PyModule module;
    PyType ioBase, rawIOBase, bufferedIOBase, textIOBase;
    PyType fileIO, bytesIO, stringIO, bufferedReader, bufferedWriter, bufferedRandom, bufferedRWPair;
    PyType textIOWrapper, newlineDecoder;
    PyType unsupportedOperation;
    /** The type of the attributes of instances of the other types (CPython's getset_descriptor). */
    PyType attributeType;

    /**
     * Objects holding written data not yet passed on, per context: without reference counting
     * nothing flushes a file object that is dropped unclosed, so the context flushes these at
     * shutdown ({@link #finalizeAll}), as CPython's deallocation and shutdown would.
     */
    private static final Map<ExecutionContext, java.util.Set<IoBase>> UNFLUSHED = new java.util.WeakHashMap<>();

    private IoModule(ExecutionContext ctx) {
        this.ctx = ctx;
        this.fds = FileDescriptors.of(ctx);
        this.module = new PyModule("_io");
    }

    /** A new {@code _io} module for {@code ctx}. */
    public static PyModule create(ExecutionContext ctx) {
        IoModule io = new IoModule(ctx);
        io.define();
        return io.module;
    }

    private void define() {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "io");
        unsupportedOperation = new PyType("UnsupportedOperation", new PyType[] {Errors.OS_ERROR, Errors.VALUE_ERROR},
                ns, null);
        attributeType = IoAttribute.defineType(this);
        IoBase.define(this);
        FileIO.define(this);
        BytesIO.define(this);
        StringIO.define(this);
        Buffered.define(this);
        BufferedRWPair.define(this);
        NewlineDecoder.define(this);
        TextIOWrapper.define(this);
        module.set("DEFAULT_BUFFER_SIZE", (long) DEFAULT_BUFFER_SIZE);
        module.set("UnsupportedOperation", unsupportedOperation);
        module.set("BlockingIOError", Errors.BLOCKING_IO_ERROR);
        for (PyType t : new PyType[] {ioBase, rawIOBase, bufferedIOBase, textIOBase, fileIO, bytesIO, stringIO,
                bufferedReader, bufferedWriter, bufferedRandom, bufferedRWPair, textIOWrapper, newlineDecoder}) {
            module.set(t.name, t);
        }
        PyBuiltinFunction open = new PyBuiltinFunction("open", (a, k) -> Open.open(this, a, k), false);
        module.set("open", open);
        if (ctx.builtinsDict.getStr("open") instanceof PyBuiltinFunction) {
            ctx.builtinsDict.put("open", open); // builtins.open is io.open, as CPython sets it up
        }
        module.set("open_code", new PyBuiltinFunction("open_code", (a, k) -> Open.openCode(this, a, k), false));
        module.set("text_encoding", new PyBuiltinFunction("text_encoding", (a, k) -> Open.textEncoding(a, k), false));
    }

    // ------------------------------------------------------------------ standard streams

    /**
     * A standard stream as CPython's create_stdio makes it, with the context's {@code _io}: a
     * TextIOWrapper (UTF-8, see {@link #standardEncoding}; backslashreplace for stderr; newline
     * '\n'; line buffered on a terminal, and always for stderr) over a BufferedReader (fd 0) or
     * BufferedWriter (fd 1, 2) over {@code FileIO(fd, closefd=False)} named {@code '<stdin>'},
     * {@code '<stdout>'} or {@code '<stderr>'}; with PYTHONUNBUFFERED stdout and stderr sit directly
     * on the FileIO, written through.
     */
    public static Object standardStream(ExecutionContext ctx, int fd) {
        boolean input = fd == 0;
        // PYTHONUNBUFFERED (python -u): the binary layer of stdout and stderr is the raw FileIO
        String unbufferedEnv = System.getenv("PYTHONUNBUFFERED");
        boolean buffered = input || unbufferedEnv == null || unbufferedEnv.isEmpty();
        Object io = org.pyston.runtime.objects.Imports.importModule(ctx, "_io",
                org.pyston.runtime.objects.PyTuple.of("FileIO"), 0, null);
        Object raw = Abstract.call(Abstract.getAttr(io, "FileIO"), new Object[] {(long) fd, input ? "rb" : "wb", false},
                new String[] {"closefd"});
        Abstract.setAttr(raw, "name", fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>");
        Object binary = !buffered ? raw : Abstract.call(Abstract.getAttr(io, input ? "BufferedReader"
                : "BufferedWriter"), new Object[] {raw}, null);
        boolean lineBuffered = buffered && (fd == 2 || Abstract.isTrue(call(raw, "isatty")));
        String[] encoding = standardEncoding();
        Object text = Abstract.call(Abstract.getAttr(io, "TextIOWrapper"), new Object[] {binary, encoding[0],
            fd == 2 ? "backslashreplace" : encoding[1], "\n", lineBuffered, !buffered}, null);
        Abstract.setAttr(text, "mode", input ? "r" : "w");
        return text;
    }

    /**
     * Encoding and error handler of stdin and stdout as CPython 3.11 picks them on Linux: UTF-8;
     * surrogateescape under the C or POSIX locale (which turns on UTF-8 mode) or with
     * PYTHONUTF8=1, else strict; PYTHONIOENCODING ({@code encoding[:errors]}) overrides either.
     */
    private static String[] standardEncoding() {
        String ctype = null;
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = System.getenv(name);
            if (v != null && !v.isEmpty()) {
                ctype = v;
                break;
            }
        }
        boolean utf8Mode = ctype == null || ctype.equals("C") || ctype.equals("POSIX")
                || "1".equals(System.getenv("PYTHONUTF8"));
        String[] result = {"utf-8", utf8Mode ? "surrogateescape" : "strict"};
        String io = System.getenv("PYTHONIOENCODING");
        if (io != null && !io.isEmpty()) {
            int colon = io.indexOf(':');
            String enc = colon < 0 ? io : io.substring(0, colon);
            if (!enc.isEmpty()) {
                result[0] = enc;
                result[1] = "strict";
            }
            if (colon >= 0 && colon + 1 < io.length()) {
                result[1] = io.substring(colon + 1);
            }
        }
        return result;
    }

    // ------------------------------------------------------------------ data not yet written

    /** Notes that {@code o} holds written data that its flush will pass on. */
    void holdsPendingData(IoBase o) {
        if (!o.registeredPending) {
            o.registeredPending = true;
            synchronized (UNFLUSHED) {
                UNFLUSHED.computeIfAbsent(ctx, c -> java.util.Collections.newSetFromMap(
                        new java.util.IdentityHashMap<>())).add(o);
            }
        }
    }

    /** Notes that {@code o} has passed its data on. */
    void passedPendingData(IoBase o) {
        if (o.registeredPending) {
            o.registeredPending = false;
            synchronized (UNFLUSHED) {
                java.util.Set<IoBase> s = UNFLUSHED.get(ctx);
                if (s != null) {
                    s.remove(o);
                }
            }
        }
    }

    /**
     * Context shutdown: writes out what text and buffered objects still hold (text first, as it
     * writes into buffered objects). Failures are ignored, as CPython ignores them in finalizers.
     */
    public static void finalizeAll(ExecutionContext ctx) {
        for (int pass = 0; pass < 2; pass++) {
            java.util.List<IoBase> pending;
            synchronized (UNFLUSHED) {
                java.util.Set<IoBase> s = UNFLUSHED.get(ctx);
                if (s == null) {
                    return;
                }
                pending = new java.util.ArrayList<>(s);
            }
            for (IoBase o : pending) {
                try {
                    if (pass == 0 && o instanceof TextIOWrapper t && t.ok && !t.detached) {
                        t.writeFlush();
                    } else if (pass == 1 && o instanceof Buffered b && b.ok && !b.bufferFreed) {
                        b.flushWrites();
                    }
                } catch (RuntimeException ignored) {
                    // a finalizer's error is not the program's
                }
            }
        }
    }

    // ------------------------------------------------------------------ making the types

    /**
     * A type of this module: a class named {@code name} with {@code bases}, whose {@code __new__}
     * (null: inherited) makes instances of its Java class through {@code allocator}.
     */
    PyType newType(String name, Function<PyType, Object> allocator, String doc, PyType... bases) {
        Map<String, Object> ns = new LinkedHashMap<>();
        ns.put("__module__", "_io");
        ns.put("__qualname__", name);
        ns.put("__doc__", doc == null ? Singletons.NONE : doc);
        PyType t = new PyType(name, bases, ns, null);
        if (allocator != null) {
            // CPython's tp_new: a built-in method bound to the type, taking the class to instantiate
            PyBuiltinFunction tpNew = new PyBuiltinFunction("__new__", (a, k) -> {
                PyType owner = (PyType) a[0];
                String ownerName = "_io." + owner.name;
                if (a.length < 2) {
                    throw Errors.typeError(ownerName + ".__new__(): not enough arguments");
                }
                if (!(a[1] instanceof PyType cls)) {
                    throw Errors.typeError(ownerName + ".__new__(X): X is not a type object ("
                            + Errors.typeName(a[1]) + ")");
                }
                if (!cls.isSubtypeOf(owner)) {
                    throw Errors.typeError(ownerName + ".__new__(" + cls.name + "): " + cls.name
                            + " is not a subtype of " + ownerName);
                }
                return allocator.apply(cls);
            }, false);
            t.dict.put("__new__", new PyStaticMethod(new PyBoundMethod(tpNew, t)));
        }
        return t;
    }

    /** A method of {@code t}; {@code self} is {@code args[0]}. */
    static void method(PyType t, String name, NativeFunction f) {
        t.dict.put(name, new PyBuiltinFunction(name, f, true, t));
    }

    /** A read-only attribute of the instances of {@code t}. */
    void getter(PyType t, String name, Function<Object, Object> get) {
        t.dict.put(name, new IoAttribute(attributeType, name, t, get, null));
    }

    /** A writable attribute of the instances of {@code t}; the setter receives null to delete. */
    void getset(PyType t, String name, Function<Object, Object> get, BiConsumer<Object, Object> set) {
        t.dict.put(name, new IoAttribute(attributeType, name, t, get, set));
    }

    // ------------------------------------------------------------------ errors

    /** {@code io.UnsupportedOperation(message)}. */
    PyException unsupported(String message) {
        return ((PyBaseException) Abstract.call(unsupportedOperation, new Object[] {message}, null)).toThrowable();
    }

    /** ValueError "I/O operation on closed file." */
    static PyException closedFile() {
        return Errors.valueError("I/O operation on closed file.");
    }

    static PyException osError(String message) {
        return Errors.of(Errors.OS_ERROR, message);
    }

    // ------------------------------------------------------------------ calls

    /** {@code obj.name(*args)}: the method found as Python finds it (overrides in derived classes win). */
    static Object call(Object obj, String name, Object... args) {
        return Ops.callMethod(obj, name, args, null);
    }

    /**
     * CPython's close of a wrapping stream: flush {@code self}, then close {@code inner} even when
     * the flush failed; a close error gets the flush error as its context, otherwise the flush
     * error is raised. {@code afterInnerClose} runs once the inner close was attempted.
     */
    static void flushThenClose(Object self, Object inner, Runnable afterInnerClose) {
        PyException flushError = null;
        try {
            call(self, "flush");
        } catch (PyException e) {
            flushError = e;
        }
        try {
            call(inner, "close");
        } catch (PyException e) {
            if (flushError != null) {
                e.exception.context = flushError.exception;
            }
            throw e;
        } finally {
            afterInnerClose.run();
        }
        if (flushError != null) {
            throw flushError;
        }
    }

    static boolean isTrue(Object o) {
        return Abstract.isTrue(o);
    }

    /** An optional size argument: None or absent is -1, else an index ("argument should be integer or None, not 'T'"). */
    static long sizeArg(Object o) {
        if (o == null || o == Singletons.NONE) {
            return -1;
        }
        if (!isIndex(o)) {
            throw Errors.typeError("argument should be integer or None, not '" + Errors.typeName(o) + "'");
        }
        return Abstract.index(o);
    }

    /** Whether {@code o} is an int or has {@code __index__}. */
    static boolean isIndex(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof java.math.BigInteger
                || o instanceof org.pyston.runtime.objects.PyObject && PyType.of(o).lookup("__index__") != null;
    }

    /** A method's positional-only arguments besides self: "read expected at most 1 argument, got 2". */
    static void exactArgs(String name, Object[] args, String[] kwnames, int min, int max) {
        org.pyston.runtime.objects.Args.positionalOnly(name, args, kwnames, min, max, true);
    }

    /** {@code args[i]} or null when absent. */
    static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : null;
    }

    /** The {@code __init__} of an object whose class derives from a type of this module but was not set up. */
    static PyException uninitialized() {
        return Errors.valueError("I/O operation on uninitialized object");
    }

    static final Object NONE = Singletons.NONE;
}
