package org.pyston.compiler.pyast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pyston.compiler.ast.AstNode;
import org.pyston.compiler.ast.BytesValue;
import org.pyston.compiler.ast.CodePointsValue;
import org.pyston.compiler.ast.ComplexValue;
import org.pyston.compiler.ast.ConstantSingleton;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.ast.NodeTypes;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyComplex;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.text.CodePoints;

/**
 * Node objects of a context's {@code _ast} module (built or changed by Python code) as the
 * compiler's AST (CPython's {@code obj2ast}), with CPython's TypeErrors and ValueErrors for
 * what does not fit the ASDL: a missing field, a field of the wrong kind, a list that is not a
 * list. What is well-typed but still not a valid tree (contexts, empty bodies, constants) is
 * {@link AstValidator}'s, run after this as CPython does.
 *
 * <p>The order of reads is CPython's, so the first error reported is the same: for a node of a
 * sum type with positions (stmt, expr, excepthandler, pattern) the positions first, then its
 * class, then its fields; for a product type its fields, then its positions.
 */
public final class ObjectsToAst {
    /** The sum types whose constructors carry {@code lineno}, {@code col_offset}, ... (ASDL {@code attributes}). */
    private static final Set<String> SUMS_WITH_POSITIONS = Set.of("stmt", "expr", "excepthandler", "pattern");

    private final PyDict classes;

    private ObjectsToAst(PyModule astModule) {
        this.classes = astModule.dict;
    }

    /**
     * The tree {@code obj}, which must be an instance of {@code _ast.<modName>} (Module, Expression,
     * Interactive or FunctionType as the compile mode asks).
     */
    public static Mod convert(Object obj, PyModule astModule, String modName) {
        ObjectsToAst c = new ObjectsToAst(astModule);
        Object required = astModule.dict.getStr(modName);
        if (!(required instanceof PyType t) || !PyType.of(obj).isSubtypeOf(t)) {
            throw Errors.typeError("expected " + modName + " node, got " + PyType.of(obj).name);
        }
        return (Mod) c.value(obj, "mod");
    }

    /** A value of ASDL type {@code type} (no {@code ?}/{@code *}); null for None where the type allows it. */
    private Object value(Object obj, String type) {
        switch (type) {
            case "identifier":
                if (obj == Singletons.NONE) {
                    return null;
                }
                if (PyType.of(obj) != PyType.STR) {
                    throw Errors.typeError("AST identifier must be of type str");
                }
                return obj;
            case "string":
                if (obj == Singletons.NONE) {
                    return null;
                }
                if (PyType.of(obj) != PyType.STR) {
                    throw Errors.typeError("AST string must be of type str");
                }
                return obj;
            case "int":
                if (!(obj instanceof Long || obj instanceof BigInteger || obj instanceof Boolean
                        || PyType.of(obj).isSubtypeOf(PyType.INT))) {
                    throw Errors.valueError("invalid integer value: " + Abstract.repr(obj));
                }
                return toInt(obj);
            case "constant":
                return constant(obj);
            default:
                break;
        }
        NodeTypes.NodeType product = NodeTypes.get(type);
        if (product != null && product.sum() == null) {
            return node(obj, product, type);
        }
        return sumValue(obj, type);
    }

    private Object sumValue(Object obj, String sum) {
        boolean positions = SUMS_WITH_POSITIONS.contains(sum);
        if (obj == Singletons.NONE && (positions || sum.equals("mod") || sum.equals("type_ignore"))) {
            return null;
        }
        int[] at = positions ? positions(obj, sum) : null;
        NodeTypes.NodeType type = concreteClass(obj, sum);
        if (type == null) {
            throw Errors.typeError("expected some sort of " + sum + ", but got " + Abstract.repr(obj));
        }
        AstNode n = fields(obj, type);
        if (at != null) {
            n.at(at[0], at[1], at[2], at[3]);
        }
        return n;
    }

    /** The node class of {@code obj}: the first class of its MRO that is a constructor of {@code sum}. */
    private NodeTypes.NodeType concreteClass(Object obj, String sum) {
        for (PyType t : PyType.of(obj).mro) {
            NodeTypes.NodeType type = NodeTypes.get(t.name);
            if (type != null && sum.equals(type.sum()) && classes.getStr(t.name) == t) {
                return type;
            }
        }
        return null;
    }

    private AstNode node(Object obj, NodeTypes.NodeType type, String name) {
        AstNode n = fields(obj, type);
        if (type.hasAttributes()) {
            int[] at = positions(obj, name);
            n.at(at[0], at[1], at[2], at[3]);
        }
        return n;
    }

    private AstNode fields(Object obj, NodeTypes.NodeType type) {
        String[] names = type.fields();
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            String t = type.types()[i];
            Object v = attribute(obj, names[i]);
            if (t.endsWith("*")) {
                if (v == null) {
                    throw missing(names[i], type.name());
                }
                if (!(v instanceof PyList list)) {
                    throw Errors.typeError(type.name() + " field \"" + names[i] + "\" must be a list, not a "
                            + PyType.of(v).name);
                }
                String item = t.substring(0, t.length() - 1);
                int length = list.size;
                List<Object> items = new ArrayList<>(length);
                for (int j = 0; j < length; j++) {
                    items.add(value(list.items[j], item));
                    if (list.size != length) {
                        throw Errors.of(Errors.RUNTIME_ERROR, type.name() + " field \"" + names[i]
                                + "\" changed size during iteration");
                    }
                }
                values[i] = items;
            } else if (t.endsWith("?")) {
                String base = t.substring(0, t.length() - 1);
                values[i] = v == null || v == Singletons.NONE ? (base.equals("int") ? Integer.valueOf(0) : null)
                        : value(v, base);
            } else {
                if (v == null) {
                    throw missing(names[i], type.name());
                }
                values[i] = value(v, t);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null && !type.types()[i].endsWith("?")) {
                throw Errors.valueError("field '" + names[i] + "' is required for " + type.name());
            }
        }
        return type.factory().apply(values);
    }

    /**
     * lineno, col_offset (required), end_lineno, end_col_offset (optional but for patterns:
     * {@code int?} in the ASDL of every other node; the default is the start).
     */
    private int[] positions(Object obj, String owner) {
        int[] at = new int[4];
        String[] names = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
        boolean endRequired = owner.equals("pattern");
        for (int i = 0; i < 4; i++) {
            Object v = attribute(obj, names[i]);
            if (i >= 2 && !endRequired && (v == null || v == Singletons.NONE)) {
                at[i] = at[i - 2];
                continue;
            }
            if (v == null) {
                throw missing(names[i], owner);
            }
            at[i] = (Integer) value(v, "int");
        }
        return at;
    }

    private static PyException missing(String field, String owner) {
        return Errors.typeError("required field \"" + field + "\" missing from " + owner);
    }

    /** The attribute, or null when the object has none (an AttributeError). */
    private static Object attribute(Object obj, String name) {
        try {
            return Abstract.getAttr(obj, name);
        } catch (PyException e) {
            if (e.matches(Errors.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static Integer toInt(Object obj) {
        long v = Abstract.index(obj);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw Errors.overflow("Python int too large to convert to C int");
        }
        return (int) v;
    }

    /**
     * A constant as the compiler's AST holds it; a runtime value of another type is kept as it
     * is (a tuple or frozenset is compiled as it stands; {@link AstValidator} rejects the rest).
     */
    static Object constant(Object obj) {
        if (obj == Singletons.NONE) {
            return ConstantSingleton.NONE;
        }
        if (obj == Singletons.ELLIPSIS) {
            return ConstantSingleton.ELLIPSIS;
        }
        if (obj instanceof String s) {
            return CodePoints.isPlain(s) ? s : new CodePointsValue(CodePoints.toArray(s));
        }
        if (obj instanceof PyBytes b && PyType.of(b) == PyBytes.TYPE) {
            return new BytesValue(b.bytes.clone());
        }
        if (obj instanceof PyComplex c && PyType.of(c) == PyComplex.TYPE) {
            return new ComplexValue(c.real, c.imag);
        }
        return obj;
    }
}
