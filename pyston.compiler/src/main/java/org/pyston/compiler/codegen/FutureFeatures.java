package org.pyston.compiler.codegen;

import java.util.List;
import org.pyston.compiler.ast.*;
import org.pyston.compiler.parser.PythonSyntaxError;

/**
 * The {@code from __future__ import ...} statements at the start of a module (CPython's
 * {@code future.c}): which features they turn on, the line of the last one (a later one is
 * refused by the code generator), and CPython's errors for an unknown feature.
 */
final class FutureFeatures {
    /** The line of the last future statement at the start of the module (0: none). */
    final int lastLine;
    /** PEP 563: annotations are kept as strings. */
    final boolean annotations;

    private FutureFeatures(int lastLine, boolean annotations) {
        this.lastLine = lastLine;
        this.annotations = annotations;
    }

    /** Features every Python 3.11 has (accepted, no effect) and the ones that change compilation. */
    private static final List<String> KNOWN = List.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    static FutureFeatures of(Mod mod, String filename) {
        List<Stmt> body;
        if (mod instanceof org.pyston.compiler.ast.Module m) {
            body = m.body;
        } else if (mod instanceof Interactive i) {
            body = i.body;
        } else {
            return new FutureFeatures(0, false);
        }
        int lastLine = 0;
        boolean annotations = false;
        boolean done = false;
        int prevLine = 0;
        int i = 0;
        if (!body.isEmpty() && body.get(0) instanceof Expr_ e && e.value instanceof Constant c
                && (c.value instanceof String || c.value instanceof CodePointsValue)) {
            i++; // the docstring
        }
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (done && s.lineno > prevLine) {
                break;
            }
            prevLine = s.lineno;
            if (s instanceof ImportFrom im && "__future__".equals(im.module)) {
                if (done) {
                    throw error("from __future__ imports must occur at the beginning of the file", s, filename);
                }
                for (Alias a : im.names) {
                    if (a.name.equals("braces")) {
                        throw error("not a chance", s, filename);
                    }
                    if (!KNOWN.contains(a.name)) {
                        throw error("future feature " + a.name + " is not defined", s, filename);
                    }
                    annotations |= a.name.equals("annotations");
                }
                lastLine = s.lineno;
            } else {
                done = true;
            }
        }
        return new FutureFeatures(lastLine, annotations);
    }

    /** CPython gives these errors a start only (its end offset is None). */
    private static PythonSyntaxError error(String msg, Stmt s, String filename) {
        return new PythonSyntaxError("SyntaxError", msg, filename, s.lineno, s.col_offset + 1, null, s.lineno,
                PythonSyntaxError.NO_END_OFFSET);
    }
}
