package org.pyston.compiler;

import org.pyston.api.code.CodeUnit;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.codegen.Codegen;
import org.pyston.compiler.parser.AstDump;
import org.pyston.compiler.parser.ParseMode;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.compiler.parser.PythonSyntaxError;
import org.pyston.runtime.objects.Errors;
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
            Mod mod = PythonParser.parse(source, filename, parseMode(mode));
            return Codegen.compile(mod, filename, mode == SourceCompiler.Mode.EVAL);
        } catch (PythonSyntaxError e) {
            throw toPython(e);
        }
    }

    public static CodeUnit compile(byte[] source, String filename, SourceCompiler.Mode mode) {
        try {
            Mod mod = PythonParser.parse(source, filename, parseMode(mode));
            return Codegen.compile(mod, filename, mode == SourceCompiler.Mode.EVAL);
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

    private static ParseMode parseMode(SourceCompiler.Mode mode) {
        switch (mode) {
            case EVAL:
                return ParseMode.EVAL;
            case SINGLE:
                return ParseMode.SINGLE;
            default:
                return ParseMode.EXEC;
        }
    }

    private static RuntimeException toPython(PythonSyntaxError e) {
        if (e.type.equals("NotImplementedError")) {
            return Errors.of(Errors.NOT_IMPLEMENTED_ERROR, e.msg);
        }
        return Tracebacks.syntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
    }
}
