package org.pyston.compiler;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.codegen.Codegen;
import org.pyston.compiler.parser.AstDump;
import org.pyston.compiler.parser.CompileWarnings;
import org.pyston.compiler.parser.ParseMode;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.compiler.parser.PythonSyntaxError;
import org.pyston.compiler.pyast.PyAst;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.PythonWarnings;
import org.pyston.runtime.objects.Tracebacks;

/**
 * The compiler pipeline, without OSGi (the service wraps it; tests and tools call it directly):
 * parse, generate code units; a front-end error becomes the runtime's SyntaxError.
 */
public final class Compiler {
    private Compiler() {
    }

    public static CodeUnit compile(String source, String filename, SourceCompiler.Mode mode) {
        try {
            Mod mod = PythonParser.parse(source, filename, parseMode(mode), WARNINGS);
            return Codegen.compile(mod, filename, mode == SourceCompiler.Mode.EVAL, WARNINGS);
        } catch (PythonSyntaxError e) {
            throw toPython(e);
        }
    }

    public static CodeUnit compile(byte[] source, String filename, SourceCompiler.Mode mode) {
        try {
            Mod mod = PythonParser.parse(source, filename, parseMode(mode), WARNINGS);
            return Codegen.compile(mod, filename, mode == SourceCompiler.Mode.EVAL, WARNINGS);
        } catch (PythonSyntaxError e) {
            throw toPython(e);
        }
    }

    /** {@code compile(source, filename, mode, PyCF_ONLY_AST)}: the AST as node objects of {@code astModule}. */
    public static Object parseToObjects(String source, String filename, SourceCompiler.Mode mode, PyModule astModule) {
        try {
            return PyAst.toObjects(PythonParser.parse(source, filename, parseMode(mode), WARNINGS), astModule);
        } catch (PythonSyntaxError e) {
            throw toPython(e);
        }
    }

    /** As {@link #parseToObjects(String, String, SourceCompiler.Mode, PyModule)}, from source bytes. */
    public static Object parseToObjects(byte[] source, String filename, SourceCompiler.Mode mode, PyModule astModule) {
        try {
            return PyAst.toObjects(PythonParser.parse(source, filename, parseMode(mode), WARNINGS), astModule);
        } catch (PythonSyntaxError e) {
            throw toPython(e);
        }
    }

    /** {@code compile(ast_object, filename, mode)}: a tree of {@code astModule}'s node objects to a code unit. */
    public static CodeUnit compileObjects(Object tree, String filename, SourceCompiler.Mode mode, PyModule astModule) {
        String modName = switch (mode) {
            case EVAL -> "Expression";
            case SINGLE -> "Interactive";
            case FUNC_TYPE -> "FunctionType";
            default -> "Module";
        };
        Mod mod = PyAst.fromObjects(tree, astModule, modName);
        try {
            return Codegen.compile(mod, filename, mode == SourceCompiler.Mode.EVAL, WARNINGS);
        } catch (PythonSyntaxError e) {
            throw toPython(e);
        }
    }

    public static String dumpAst(byte[] source, String filename) {
        try {
            return AstDump.dump(PythonParser.parse(source, filename, ParseMode.EXEC));
        } catch (PythonSyntaxError e) {
            throw toPython(e);
        }
    }

    /**
     * Compile-time warnings go to the running context's {@code warnings} filters, as CPython's
     * PyErr_WarnExplicitObject; one that a filter makes an error is reported as a SyntaxError by
     * the front end or code generator (CompileWarnings.warn returns false).
     */
    private static final CompileWarnings WARNINGS = (category, message, filename, lineno) -> {
        PyType type = category.equals("SyntaxWarning") ? Errors.SYNTAX_WARNING : Errors.DEPRECATION_WARNING;
        try {
            PythonWarnings.warnExplicit(type, message, filename == null ? "<string>" : filename, lineno);
            return true;
        } catch (PyException e) {
            if (e.matches(type)) {
                return false;
            }
            throw e;
        }
    };

    private static ParseMode parseMode(SourceCompiler.Mode mode) {
        switch (mode) {
            case EVAL:
                return ParseMode.EVAL;
            case SINGLE:
                return ParseMode.SINGLE;
            case FUNC_TYPE:
                return ParseMode.FUNC_TYPE;
            default:
                return ParseMode.EXEC;
        }
    }

    private static RuntimeException toPython(PythonSyntaxError e) {
        if (e.type.equals("NotImplementedError")) {
            return Errors.of(Errors.NOT_IMPLEMENTED_ERROR, e.msg);
        }
        String text = e.text != null ? e.text : programText(e.filename, e.lineno);
        return Tracebacks.syntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, text, e.endLineno, e.endOffset);
    }

    /**
     * The source line of an error found after parsing (symbol table, code generator), read from
     * the file as CPython does (PyErr_ProgramTextObject); null for a name that is not a readable file.
     */
    private static String programText(String filename, int lineno) {
        if (filename == null || filename.startsWith("<") || lineno < 1) {
            return null;
        }
        try (BufferedReader r = Files.newBufferedReader(Path.of(filename), StandardCharsets.UTF_8)) {
            String line = null;
            for (int i = 0; i < lineno; i++) {
                line = r.readLine();
                if (line == null) {
                    return null;
                }
            }
            return line + "\n";
        } catch (IOException | RuntimeException notReadable) {
            return null;
        }
    }
}
