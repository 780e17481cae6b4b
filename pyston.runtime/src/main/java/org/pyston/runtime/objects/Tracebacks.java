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
        printChain(ctx, e, out, new IdentityHashMap<>());
    }

    /** One exception without its cause or context (what sys.unraisablehook prints). */
    public static void printAlone(ExecutionContext ctx, PyBaseException e, StringBuilder out) {
        printOne(ctx, e, out);
    }

    private static void printChain(ExecutionContext ctx, PyBaseException e, StringBuilder out,
            Map<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause instanceof PyBaseException c && !seen.containsKey(c)) {
            printChain(ctx, c, out, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context instanceof PyBaseException c && !e.suppressContext && !seen.containsKey(c)) {
            printChain(ctx, c, out, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        printOne(ctx, e, out);
    }

    private static void printOne(ExecutionContext ctx, PyBaseException e, StringBuilder out) {
        List<PyBaseException.TracebackEntry> tb = e.traceback;
        if (!tb.isEmpty()) {
            out.append("Traceback (most recent call last):\n");
            String lastKey = null;
            int repeats = 0;
            for (PyBaseException.TracebackEntry t : tb) {
                String key = t.filename() + ":" + t.lineno() + ":" + t.name();
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
                out.append("  File \"").append(t.filename()).append("\", line ").append(t.lineno()).append(", in ")
                        .append(t.name()).append('\n');
                String line = sourceLine(t.filename(), t.lineno());
                if (line != null && !line.isBlank()) {
                    out.append("    ").append(line.strip()).append('\n');
                }
            }
            if (repeats >= 3) {
                out.append("  [Previous line repeated ").append(repeats - 2).append(" more time")
                        .append(repeats - 2 == 1 ? "" : "s").append("]\n");
            }
        }
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

    private static String sourceLine(String filename, int lineno) {
        if (filename.startsWith("<")) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(filename));
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
        PyBaseException e = new PyBaseException(type, PyTuple.of(msg, PyTuple.of(filename, (long) lineno,
                (long) offset, textObj, (long) endLineno, (long) endOffset)));
        e.dict.put("msg", msg);
        e.dict.put("filename", filename);
        e.dict.put("lineno", (long) lineno);
        e.dict.put("offset", (long) offset);
        e.dict.put("text", textObj);
        e.dict.put("end_lineno", (long) endLineno);
        e.dict.put("end_offset", (long) endOffset);
        return e.toThrowable();
    }
}
