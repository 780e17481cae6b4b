package org.pyston.runtime.objects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Prints an uncaught exception as CPython does: chained exceptions, frames with source lines, SyntaxError carets. */
public final class Tracebacks {
    private Tracebacks() {
    }

    public static void print(ExecutionContext ctx, PyBaseException e, StringBuilder out) {
        printChain(ctx, e, new Printer(out), new IdentityHashMap<>());
    }

    /** One exception without its cause or context (what sys.unraisablehook prints). */
    public static void printAlone(ExecutionContext ctx, PyBaseException e, StringBuilder out) {
        printChainless(ctx, e, new Printer(out), new IdentityHashMap<>());
    }

    /**
     * Where traceback text goes: exception groups print their members nested, each line behind
     * the group's margin ("  | "), as CPython's traceback printing does.
     */
    private static final class Printer {
        static final int MAX_GROUP_WIDTH = 15;
        static final int MAX_GROUP_DEPTH = 10;
        final StringBuilder out;
        int groupDepth;
        boolean needClose;

        Printer(StringBuilder out) {
            this.out = out;
        }

        String indent() {
            return " ".repeat(2 * groupDepth);
        }

        void emit(CharSequence text, char margin) {
            if (groupDepth == 0) {
                out.append(text);
                return;
            }
            String prefix = indent() + margin + " ";
            int start = 0;
            while (start < text.length()) {
                int nl = indexOf(text, '\n', start);
                int end = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, start, end);
                start = end;
            }
        }

        private static int indexOf(CharSequence s, char c, int from) {
            for (int i = from; i < s.length(); i++) {
                if (s.charAt(i) == c) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static void printChain(ExecutionContext ctx, PyBaseException e, Printer p,
            Map<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
            printChain(ctx, c, p, seen);
            p.emit("\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (e.context instanceof PyBaseException c && !e.suppressContext && !seen.containsKey(c)) {
            printChain(ctx, c, p, seen);
            p.emit("\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        printChainless(ctx, e, p, seen);
    }

    /** The exception itself: its frames and message (a group with its members), without cause or context. */
    private static void printChainless(ExecutionContext ctx, PyBaseException e, Printer p,
            Map<PyBaseException, Boolean> seen) {
        if (ExceptionGroups.isGroup(e) && e.dict.get("exceptions") != null) {
            printGroup(ctx, e, p, seen);
        } else {
            StringBuilder text = new StringBuilder();
            if (e.traceback != null) {
                text.append("Traceback (most recent call last):\n");
                printFrames(e, text);
            }
            printExceptionOnly(ctx, e, text);
            p.emit(text, '|');
        }
    }

    /** A group: its frames and message, then each member under a numbered rule. */
    private static void printGroup(ExecutionContext ctx, PyBaseException e, Printer p,
            Map<PyBaseException, Boolean> seen) {
        if (p.groupDepth > Printer.MAX_GROUP_DEPTH) {
            p.emit("... (max_group_depth is " + Printer.MAX_GROUP_DEPTH + ")\n", '|');
            return;
        }
        boolean topLevel = p.groupDepth == 0;
        if (topLevel) {
            p.groupDepth++;
        }
        if (e.traceback != null) {
            p.emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            StringBuilder frames = new StringBuilder();
            printFrames(e, frames);
            p.emit(frames, '|');
        }
        StringBuilder only = new StringBuilder();
        printExceptionOnly(ctx, e, only);
        p.emit(only, '|');
        Object[] members = ExceptionGroups.exceptions(e);
        int shown = members.length <= Printer.MAX_GROUP_WIDTH ? members.length : Printer.MAX_GROUP_WIDTH + 1;
        p.needClose = false;
        for (int i = 0; i < shown; i++) {
            boolean last = i == shown - 1;
            if (last) {
                p.needClose = true;
            }
            boolean truncated = i >= Printer.MAX_GROUP_WIDTH;
            p.out.append(p.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            p.groupDepth++;
            if (!truncated) {
                printChain(ctx, (PyBaseException) members[i], p, seen);
            } else {
                int remaining = members.length - Printer.MAX_GROUP_WIDTH;
                p.emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && p.needClose) {
                p.out.append(p.indent()).append("+------------------------------------\n");
                p.needClose = false;
            }
            p.groupDepth--;
        }
        if (topLevel) {
            p.groupDepth = 0;
        }
    }

    private static void printFrames(PyBaseException e, StringBuilder out) {
        String lastKey = null;
        int repeats = 0;
        for (PyTraceback t = e.traceback; t != null; t = t.next()) {
            String key = t.filename() + ":" + t.lineno + ":" + t.name();
            if (key.equals(lastKey)) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                if (repeats >= 3) {
                    out.append("  [Previous line repeated ").append(repeats - 2).append(" more time")
                            .append(repeats - 2 == 1 ? "" : "s").append("]\n");
                }
                repeats = 0;
                lastKey = key;
            }
            out.append("  File \"").append(t.filename()).append("\", line ").append(t.lineno).append(", in ")
                    .append(t.name()).append('\n');
            String line = sourceLine(t.filename(), t.lineno);
            if (line != null && !line.isBlank()) {
                out.append("    ").append(line.strip()).append('\n');
            }
        }
        if (repeats >= 3) {
            out.append("  [Previous line repeated ").append(repeats - 2).append(" more time")
                    .append(repeats - 2 == 1 ? "" : "s").append("]\n");
        }
    }

    /** The exception's type and message (SyntaxError with its source line and caret), then its notes. */
    private static void printExceptionOnly(ExecutionContext ctx, PyBaseException e, StringBuilder out) {
        PyType type = e.type();
        if (type.isSubtypeOf(Errors.SYNTAX_ERROR)) {
            Object filename = e.dict.get("filename");
            Object lineno = e.dict.get("lineno");
            if (filename != null && lineno instanceof Long ln) {
                out.append("  File \"").append(filename).append("\", line ").append(ln).append('\n');
                Object text = e.dict.get("text");
                Object offset = e.dict.get("offset");
                if (text instanceof String s) {
                    String stripped = s.strip();
                    if (!stripped.isEmpty()) {
                        int lead = s.indexOf(stripped);
                        out.append("    ").append(stripped).append('\n');
                        if (offset instanceof Long off) {
                            int caret = (int) (off - 1 - lead);
                            Object endOff = e.dict.get("end_offset");
                            Object endLine = e.dict.get("end_lineno");
                            int width = 1;
                            if (endOff instanceof Long eo && endLine instanceof Long el && el.longValue() == ln
                                    && eo > off) {
                                width = (int) (eo - off);
                            }
                            if (caret >= 0) {
                                out.append("    ").append(" ".repeat(Math.min(caret, stripped.length())))
                                        .append("^".repeat(Math.max(1, Math.min(width, stripped.length() - caret))))
                                        .append('\n');
                            }
                        }
                    }
                }
            }
            Object msg = e.dict.get("msg");
            out.append(qualifiedName(type)).append(": ").append(msg == null ? e.message() : Abstract.str(msg)).append('\n');
            return;
        }
        String message;
        try {
            message = Abstract.str(e);
        } catch (PyException failed) {
            message = "<exception str() failed>";
        }
        out.append(qualifiedName(type));
        if (!message.isEmpty()) {
            out.append(": ").append(message);
        }
        String suggestion = Suggestions.offer(e);
        if (suggestion != null) {
            out.append(". Did you mean: '").append(suggestion).append("'?");
        }
        out.append('\n');
        Object notes = e.dict.get("__notes__");
        if (notes instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                out.append(Abstract.str(l.items[i])).append('\n');
            }
        }
    }

    private static String qualifiedName(PyType t) {
        return t.module.equals("builtins") || t.module.equals("__main__") ? t.qualname : t.module + "." + t.qualname;
    }

    static String sourceLine(String filename, int lineno) {
        if (filename.startsWith("<")) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(org.pyston.runtime.io.WorkingDirectory.resolve(filename));
            return lineno >= 1 && lineno <= lines.size() ? lines.get(lineno - 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A Python SyntaxError (or subclass) with CPython's attributes. */
    public static PyException syntaxError(String typeName, String msg, String filename, int lineno, int offset,
            String text, int endLineno, int endOffset) {
        PyType type = typeName.equals("IndentationError") ? Errors.INDENTATION_ERROR
                : typeName.equals("TabError") ? Errors.TAB_ERROR : Errors.SYNTAX_ERROR;
        Object textObj = text == null ? Singletons.NONE : text;
        // Integer.MIN_VALUE: no end offset (None), as CPython's errors located by a start only
        Object endOffsetObj = endOffset == Integer.MIN_VALUE ? Singletons.NONE : (Object) (long) endOffset;
        PyBaseException e = new PyBaseException(type, PyTuple.of(msg, PyTuple.of(filename, (long) lineno,
                (long) offset, textObj, (long) endLineno, endOffsetObj)));
        e.dict.put("msg", msg);
        e.dict.put("filename", filename);
        e.dict.put("lineno", (long) lineno);
        e.dict.put("offset", (long) offset);
        e.dict.put("text", textObj);
        e.dict.put("end_lineno", (long) endLineno);
        e.dict.put("end_offset", endOffsetObj);
        return e.toThrowable();
    }
}
