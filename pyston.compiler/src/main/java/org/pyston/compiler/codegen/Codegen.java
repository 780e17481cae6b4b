package org.pyston.compiler.codegen;

import org.pyston.api.code.CodeUnit;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.parser.CompileWarnings;

/** Entry point of the code generator (the rest of the package is its implementation). */
public final class Codegen {
    private Codegen() {
    }

    /** A constant of the AST ({@code Constant.value}) as the runtime's value, as code units hold it. */
    public static Object constantValue(Object constant) {
        return CodeGenerator.constantValue(constant);
    }

    public static CodeUnit compile(Mod mod, String filename, boolean eval) {
        return CodeGenerator.compile(mod, filename, eval);
    }

    /** As {@link #compile(Mod, String, boolean)}, sending the compiler's SyntaxWarnings to {@code warnings}. */
    public static CodeUnit compile(Mod mod, String filename, boolean eval, CompileWarnings warnings) {
        return CodeGenerator.compile(mod, filename, eval, warnings);
    }
}
