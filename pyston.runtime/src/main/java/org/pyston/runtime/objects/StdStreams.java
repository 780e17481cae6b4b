package org.pyston.runtime.objects;

import java.io.PrintStream;

/**
 * Where the runtime's own output goes ({@code print}, tracebacks, warnings, hooks).
 *
 * <p>{@code sys.stdout} and {@code sys.stderr} are CPython's objects — TextIOWrappers over
 * BufferedWriters over FileIO(1)/FileIO(2) — but made on the program's first use of them
 * ({@code sys.__getattr__}): building them loads and verifies the {@code _io} classes, which would
 * cost every run. Until then the runtime writes straight to the context's PrintStreams through a
 * {@link TextStream} that Python code never sees; the two are never both in use, so output keeps
 * its order. After that, {@link #stdout}/{@link #stderr} are whatever sys holds (a program may
 * replace them), and null when the program deleted them. Any other object given as {@code file=}
 * is written through its own {@code write} method.
 */
public final class StdStreams {
    private StdStreams() {
    }

    /** A context's standard streams before and after the program first uses them. */
    static final class Standard {
        TextStream out;
        TextStream err;
        boolean exposed;
    }

    /** {@code sys.stdout} as the runtime writes to it (null or None: the program removed it). */
    public static Object stdout(ExecutionContext ctx) {
        return standard(ctx, "stdout");
    }

    /** {@code sys.stderr} as the runtime writes to it (null or None: the program removed it). */
    public static Object stderr(ExecutionContext ctx) {
        return standard(ctx, "stderr");
    }

    private static Object standard(ExecutionContext ctx, String name) {
        Object v = ctx.sys.dict.getStr(name);
        if (v != null || ctx.standard.exposed) {
            return v;
        }
        Standard s = ctx.standard;
        if (name.equals("stdout")) {
            return s.out != null ? s.out : (s.out = new TextStream(ctx.stdout, "<stdout>"));
        }
        return s.err != null ? s.err : (s.err = new TextStream(ctx.stderr, "<stderr>"));
    }

    /**
     * Makes {@code sys.stdout}, {@code sys.stderr} and their {@code __stdout__}/{@code __stderr__}
     * the real stream objects (once; what the program assigned meanwhile stays).
     */
    static void expose(ExecutionContext ctx) {
        Standard s = ctx.standard;
        if (s.exposed) {
            return;
        }
        s.exposed = true;
        if (s.out != null) {
            s.out.out.flush();
        }
        if (s.err != null) {
            s.err.out.flush();
        }
        Object out = org.pyston.runtime.io.IoModule.standardStream(ctx, 1);
        Object err = org.pyston.runtime.io.IoModule.standardStream(ctx, 2);
        Object[] namesAndStreams = {"stdout", out, "__stdout__", out, "stderr", err, "__stderr__", err};
        for (int i = 0; i < namesAndStreams.length; i += 2) {
            if (!ctx.sys.dict.containsKey(namesAndStreams[i])) {
                ctx.sys.dict.put(namesAndStreams[i], namesAndStreams[i + 1]);
            }
        }
    }

    /** Flushes stdout then stderr, whichever objects they are now; errors of a broken stream are ignored. */
    public static void flushAll(ExecutionContext ctx) {
        for (Object stream : new Object[] {stdout(ctx), stderr(ctx)}) {
            if (stream != null && stream != Singletons.NONE) {
                try {
                    flush(ctx, stream);
                } catch (PyException ignored) {
                    // a broken stream: nothing more to do at this point
                }
            }
        }
    }

    /** A text stream over a PrintStream: the runtime's own writer, not visible to Python code. */
    public static final class TextStream extends PyObject {
        public static final PyType TYPE = PyType.builtin("TextIOWrapper", TextStream.class);
        public final PrintStream out;
        public final String name;

        static {
            TYPE.module = "_io";
            TYPE.defineMethod("write", (a, k) -> {
                String s = encodable(Strings.strArg(a[1], "write"));
                ((TextStream) a[0]).out.print(s);
                return (long) org.pyston.runtime.text.CodePoints.length(s);
            });
            TYPE.defineMethod("flush", (a, k) -> {
                ((TextStream) a[0]).out.flush();
                return Singletons.NONE;
            });
            TYPE.defineMethod("isatty", (a, k) -> false);
            TYPE.defineMethod("fileno", (a, k) -> ((TextStream) a[0]).name.equals("<stdout>") ? 1L : 2L);
        }

        public TextStream(PrintStream out, String name) {
            this.out = out;
            this.name = name;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /**
     * The streams write UTF-8: text holding surrogate code points cannot be written and raises
     * UnicodeEncodeError, as in CPython (the check costs nothing for text without surrogates).
     */
    private static String encodable(String text) {
        if (!org.pyston.runtime.text.CodePoints.isPlain(text)) {
            Codecs.encode(text, "utf-8", "strict");
        }
        return text;
    }

    public static void write(ExecutionContext ctx, Object file, String text) {
        if (file instanceof TextStream t) {
            t.out.print(encodable(text));
            return;
        }
        Abstract.call(Abstract.getAttr(file, "write"), new Object[] {text}, null);
    }

    public static void flush(ExecutionContext ctx, Object file) {
        if (file instanceof TextStream t) {
            t.out.flush();
            return;
        }
        Object f = Attributes.get(file, "flush");
        if (f != null) {
            Abstract.call(f, new Object[0], null);
        }
    }
}
