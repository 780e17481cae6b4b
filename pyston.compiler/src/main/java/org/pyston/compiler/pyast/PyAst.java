package org.pyston.compiler.pyast;

import org.pyston.compiler.ast.Mod;
import org.pyston.runtime.objects.PyModule;

/** Between the compiler's AST and the node objects of a context's {@code _ast} module. */
public final class PyAst {
    private PyAst() {
    }

    /** The tree as node objects of {@code astModule}. */
    public static Object toObjects(Mod tree, PyModule astModule) {
        return AstToObjects.convert(tree, astModule);
    }

    /**
     * Node objects as a tree the code generator can compile: {@code tree} must be an instance of
     * {@code _ast.<modName>} (Module, Expression or Interactive, as the compile mode asks), made
     * of well-typed nodes, and pass CPython's validation; otherwise CPython's TypeError or
     * ValueError.
     */
    public static Mod fromObjects(Object tree, PyModule astModule, String modName) {
        Mod mod = ObjectsToAst.convert(tree, astModule, modName);
        AstValidator.validate(mod);
        return mod;
    }
}
