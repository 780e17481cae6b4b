package org.pyston.runtime.objects;

import org.pyston.api.code.CodeUnit;
import org.pyston.api.profile.Profile;

/**
 * A code object: a code unit plus the profile that accumulates beside it (one per unit, shared
 * by every function made from it).
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyCode.class);
    public final CodeUnit unit;
    public final Profile profile;

    public PyCode(CodeUnit unit) {
        this.unit = unit;
        this.profile = new Profile(unit);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        // Positions are in CPython's units: instruction k is "at" offset 2k (as f_lasti and
        // tb_lasti report it); columns are not recorded (None).
        TYPE.defineMethod("co_positions", (a, k) -> {
            Args.exact("co_positions", a, k, 1, 1);
            int[] lines = org.pyston.api.code.LineTable.instructionLines(((PyCode) a[0]).unit);
            Object[] items = new Object[lines.length];
            for (int i = 0; i < lines.length; i++) {
                items[i] = PyTuple.of((long) lines[i], (long) lines[i], Singletons.NONE, Singletons.NONE);
            }
            return Abstract.iter(new PyList(items, items.length));
        });
        TYPE.defineMethod("co_lines", (a, k) -> {
            Args.exact("co_lines", a, k, 1, 1);
            int[] lines = org.pyston.api.code.LineTable.instructionLines(((PyCode) a[0]).unit);
            java.util.List<Object> ranges = new java.util.ArrayList<>();
            for (int i = 0; i < lines.length; ) {
                int j = i;
                while (j < lines.length && lines[j] == lines[i]) {
                    j++;
                }
                ranges.add(PyTuple.of(2L * i, 2L * j, (long) lines[i]));
                i = j;
            }
            return Abstract.iter(new PyList(ranges.toArray(), ranges.size()));
        });
        // code.replace(**changes): a new code object with some fields changed (types.coroutine sets a
        // flag this way). The fields that only name the code are supported; the others describe the
        // instructions and would need them recompiled, so they are visibly not done unless unchanged.
        TYPE.defineMethod("replace", (a, k) -> {
            int kw = k == null ? 0 : k.length;
            if (a.length - kw != 1) {
                throw Errors.typeError("replace() takes no positional arguments");
            }
            CodeUnit u = ((PyCode) a[0]).unit;
            String name = u.name, qualname = u.qualname(), filename = u.filename;
            int flags = u.flags;
            for (int i = 0; i < kw; i++) {
                String field = k[i];
                Object v = a[1 + i];
                switch (field) {
                    case "co_name":
                        name = replacementString(field, v);
                        break;
                    case "co_qualname":
                        qualname = replacementString(field, v);
                        break;
                    case "co_filename":
                        filename = replacementString(field, v);
                        break;
                    case "co_flags":
                        flags = (int) Abstract.index(v);
                        break;
                    case "co_argcount": case "co_posonlyargcount": case "co_kwonlyargcount": case "co_nlocals":
                    case "co_stacksize": case "co_firstlineno": case "co_code": case "co_consts": case "co_names":
                    case "co_varnames": case "co_freevars": case "co_cellvars": case "co_linetable":
                    case "co_exceptiontable": {
                        Object current = Attributes.get(a[0], field);
                        if (current == null || !Abstract.eq(current, v)) {
                            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "code.replace(" + field
                                    + "=...): changing the instructions or their tables is not implemented");
                        }
                        break;
                    }
                    default:
                        throw Errors.typeError("'" + field + "' is an invalid keyword argument for replace()");
                }
            }
            if (!qualname.equals(name) && !qualname.endsWith("." + name)) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR,
                        "code.replace(): a co_qualname that does not end with co_name is not implemented");
            }
            if (flags < 0 || flags > 0xFFFF) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "code.replace(): co_flags beyond 16 bits");
            }
            return new PyCode(u.withIdentity(name, qualname, filename, flags));
        });
    }

    private static String replacementString(String field, Object v) {
        if (!(v instanceof String s)) {
            throw Errors.typeError("replace() argument '" + field + "' must be str, not " + PyType.of(v).name);
        }
        return s;
    }

    @Override
    public String toString() {
        return unit.toString();
    }
}
