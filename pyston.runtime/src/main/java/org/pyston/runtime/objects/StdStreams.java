package org.pyston.runtime.objects;

import java.io.PrintStream;

/**
 * {@code sys.stdout}/{@code sys.stderr} until the {@code _io} module arrives: a text stream
 * object over a Java PrintStream with {@code write}, {@code flush}; any other object given as
 * {@code file=} is written through its own {@code write} method.
 */
public final class StdStreams {
    private StdStreams() {
    }

    /** A text stream over a PrintStream. */
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
