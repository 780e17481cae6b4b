package org.pyston.compiler.parser;

import java.math.BigInteger;
import java.util.List;
import org.pyston.compiler.ast.AstNode;
import org.pyston.compiler.ast.BytesValue;
import org.pyston.compiler.ast.CodePointsValue;
import org.pyston.compiler.ast.ComplexValue;
import org.pyston.compiler.ast.ConstantSingleton;
import org.pyston.runtime.text.FloatRepr;
import org.pyston.runtime.text.StrRepr;

/**
 * {@code ast.dump(tree, include_attributes=True)} exactly as CPython 3.11 prints it: fields in
 * {@code _fields} order (optional fields that are None omitted), then the position attributes.
 */
public final class AstDump {
    private AstDump() {
    }

    public static String dump(AstNode node) {
        StringBuilder sb = new StringBuilder(4096);
        format(node, sb);
        return sb.toString();
    }

    private static void format(Object value, StringBuilder sb) {
        if (value instanceof AstNode node) {
            sb.append(node.nodeName()).append('(');
            String[] names = node.fieldNames();
            boolean first = true;
            for (int i = 0; i < names.length; i++) {
                Object v = node.field(i);
                if (v == null && node.isOptional(i)) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(names[i]).append('=');
                format(v, sb);
            }
            if (node.hasAttributes()) {
                if (!first) {
                    sb.append(", ");
                }
                sb.append("lineno=").append(node.lineno).append(", col_offset=").append(node.col_offset)
                        .append(", end_lineno=").append(node.end_lineno).append(", end_col_offset=")
                        .append(node.end_col_offset);
            }
            sb.append(')');
        } else if (value instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                format(list.get(i), sb);
            }
            sb.append(']');
        } else {
            sb.append(constantRepr(value));
        }
    }

    /** Python's repr of a neutral constant value. */
    public static String constantRepr(Object v) {
        if (v == null || v == ConstantSingleton.NONE) {
            return "None";
        }
        if (v == ConstantSingleton.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String s) {
            return StrRepr.repr(s);
        }
        if (v instanceof CodePointsValue s) {
            return StrRepr.repr(s.codePoints());
        }
        if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
            return v.toString();
        }
        if (v instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (v instanceof ComplexValue c) {
            return complexRepr(c.real(), c.imag());
        }
        if (v instanceof BytesValue b) {
            return StrRepr.repr(b.bytes());
        }
        return String.valueOf(v);
    }

    static String complexRepr(double real, double imag) {
        String im = FloatRepr.repr(imag);
        if (im.endsWith(".0")) {
            im = im.substring(0, im.length() - 2);
        }
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            return im + "j";
        }
        String re = FloatRepr.repr(real);
        if (re.endsWith(".0")) {
            re = re.substring(0, re.length() - 2);
        }
        return "(" + re + (imag >= 0 || Double.isNaN(imag) ? "+" : "") + im + "j)";
    }
}
