/**
 * The AST as Python objects: the compiler's tree as node objects of the runtime's {@code _ast}
 * module ({@code compile(..., PyCF_ONLY_AST)}, so {@code ast.parse}) and back, checked as CPython
 * checks it ({@code compile(ast_object, ...)}). CPython's {@code Python/Python-ast.c} and
 * {@code Python/ast.c} in Java: {@link org.pyston.compiler.pyast.AstToObjects},
 * {@link org.pyston.compiler.pyast.ObjectsToAst}, {@link org.pyston.compiler.pyast.AstValidator};
 * {@link org.pyston.compiler.pyast.PyAst} is the entry point.
 */
package org.pyston.compiler.pyast;
