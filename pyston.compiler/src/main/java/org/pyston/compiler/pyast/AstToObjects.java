package org.pyston.compiler.pyast;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.pyston.compiler.ast.AstNode;
import org.pyston.compiler.ast.Constant;
import org.pyston.compiler.codegen.Codegen;
import org.pyston.compiler.ast.ConstantSingleton;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.HasDict;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.Singletons;

/**
 * The compiler's AST as node objects of a context's {@code _ast} module (CPython's
 * {@code ast2obj}): each node an instance of the class of its name with its fields and position
 * attributes in the instance dict, sequences as lists, constants as the runtime's values.
 * Field-less nodes of {@code expr_context}, {@code boolop}, {@code operator}, {@code unaryop} and
 * {@code cmpop} are one instance per class and context, as CPython's singletons.
 */
public final class AstToObjects {
    /** The field-less singleton nodes of each {@code _ast} module (a cache keyed by the module: one per context). */
    private static final Map<PyModule, Map<String, Object>> SINGLETONS = new WeakHashMap<>();

    private final PyDict classes;
    private final Map<String, Object> singletons;

    private AstToObjects(PyModule astModule) {
        this.classes = astModule.dict;
        synchronized (SINGLETONS) {
            this.singletons = SINGLETONS.computeIfAbsent(astModule, m -> new HashMap<>());
        }
    }

    /** The tree as node objects of {@code astModule}. */
    public static Object convert(AstNode tree, PyModule astModule) {
        return new AstToObjects(astModule).node(tree);
    }

    private Object node(AstNode n) {
        String name = n.nodeName();
        String[] fields = n.fieldNames();
        if (fields.length == 0 && !n.hasAttributes()) {
            synchronized (singletons) {
                Object s = singletons.get(name);
                if (s == null) {
                    s = Abstract.call(classes.getStr(name), new Object[0], null);
                    singletons.put(name, s);
                }
                return s;
            }
        }
        Object obj = Abstract.call(classes.getStr(name), new Object[0], null);
        PyDict d = ((HasDict) obj).instanceDict();
        for (int i = 0; i < fields.length; i++) {
            Object v = n.field(i);
            d.put(fields[i], n instanceof Constant c && i == 0 ? constant(c) : value(v));
        }
        if (n.hasAttributes()) {
            d.put("lineno", (long) n.lineno);
            d.put("col_offset", (long) n.col_offset);
            d.put("end_lineno", (long) n.end_lineno);
            d.put("end_col_offset", (long) n.end_col_offset);
        }
        return obj;
    }

    private Object value(Object v) {
        if (v == null) {
            return Singletons.NONE;
        }
        if (v instanceof AstNode n) {
            return node(n);
        }
        if (v instanceof List<?> list) {
            Object[] items = new Object[list.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = value(list.get(i));
            }
            return new PyList(items, items.length);
        }
        if (v instanceof Integer i) {
            return (long) i;
        }
        if (v instanceof ConstantSingleton) {
            return Codegen.constantValue(v);
        }
        return v; // identifiers and strings (no surrogates), Long, BigInteger, Double, Boolean
    }

    private static Object constant(Constant c) {
        if ((c.facts & AstNode.PLAIN_TEXT) != 0 && c.value instanceof String s) {
            return s;
        }
        return Codegen.constantValue(c.value);
    }
}
