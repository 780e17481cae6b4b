package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * CPython's struct sequences ({@code sys.version_info}, {@code time.struct_time}, ...): tuples of
 * the visible fields, with every field (hidden ones too) readable by name and a repr that names
 * them.
 */
public final class StructSeq extends PyTuple {
    private final PyType type;
    /** The fields beyond the tuple's items (None when not given). */
    private final Object[] hidden;

    StructSeq(PyType type, Object[] visible, Object[] hidden) {
        super(visible);
        this.type = type;
        this.hidden = hidden;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The layout of one struct sequence type. */
    static final class Layout {
        final String[] fields;
        final int visible;

        Layout(String[] fields, int visible) {
            this.fields = fields;
            this.visible = visible;
        }
    }

    private static final java.util.Map<PyType, Layout> LAYOUTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A struct sequence type {@code module.name} with {@code fields}, the first {@code visible}
     * of them in the tuple; {@code constructible} types can be called with a sequence (and dict).
     * A null field name is an unnamed field (os.stat_result's integer times): in the tuple only.
     */
    public static PyType newType(String module, String name, String[] fields, int visible, boolean constructible) {
        PyType t = Ext.type(module, name, StructSeq.class, PyTuple.TYPE, constructible ? StructSeq::construct : null);
        t.isFinal = true;
        Layout layout = new Layout(fields, visible);
        LAYOUTS.put(t, layout);
        java.util.List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            if (fields[i] != null) {
                named.add(fields[i]);
                Ext.getter(t, fields[i], self -> ((StructSeq) self).field(index));
            }
        }
        t.define("n_fields", (long) fields.length);
        t.define("n_sequence_fields", (long) visible);
        t.define("n_unnamed_fields", (long) (fields.length - named.size()));
        java.util.List<Object> matchArgs = new java.util.ArrayList<>();
        for (int i = 0; i < visible; i++) {
            if (fields[i] != null) {
                matchArgs.add(fields[i]);
            }
        }
        t.define("__match_args__", new PyTuple(matchArgs.toArray()));
        Ext.method(t, "__repr__", (a, k) -> {
            // CPython names the visible items after the named fields in order (unnamed ones are skipped)
            StructSeq s = (StructSeq) a[0];
            StringBuilder sb = new StringBuilder(Errors.typeName(s)).append('(');
            for (int i = 0; i < s.items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(named.get(i)).append('=').append(Abstract.repr(s.items[i]));
            }
            return sb.append(')').toString();
        });
        Ext.method(t, "__reduce__", (a, k) -> {
            StructSeq s = (StructSeq) a[0];
            PyDict extra = new PyDict();
            for (int i = layout.visible; i < layout.fields.length; i++) {
                if (layout.fields[i] != null) {
                    extra.put(layout.fields[i], s.field(i));
                }
            }
            return PyTuple.of(s.type, PyTuple.of(new PyTuple(s.items.clone()), extra));
        });
        return t;
    }

    /** An instance of struct sequence type {@code t} from all its fields' values. */
    public static StructSeq of(PyType t, Object... values) {
        Layout layout = LAYOUTS.get(t);
        Object[] visible = new Object[layout.visible];
        Object[] hidden = new Object[layout.fields.length - layout.visible];
        for (int i = 0; i < layout.fields.length; i++) {
            Object v = i < values.length ? values[i] : Singletons.NONE;
            if (i < layout.visible) {
                visible[i] = v;
            } else {
                hidden[i - layout.visible] = v;
            }
        }
        return new StructSeq(t, visible, hidden);
    }

    Object field(int i) {
        return i < items.length ? items[i] : hidden[i - items.length];
    }

    /** {@code T(sequence, dict=None)}: between n_sequence_fields and n_fields values, the rest from dict. */
    private static Object construct(PyType cls, Object[] a, String[] k) {
        PyType t = cls;
        while (!LAYOUTS.containsKey(t)) {
            t = t.bases[0];
        }
        Layout layout = LAYOUTS.get(t);
        String tpName = t.module + "." + t.name;
        Object[] b = Ext.bind(tpName, a, k, 1, 2, "sequence", "dict");
        Object[] values = Abstract.iterToList(b[0]).toArray();
        if (values.length < layout.visible) {
            throw Errors.typeError(tpName + "() takes an " + (layout.visible == layout.fields.length ? "a " : "at least ")
                    + layout.visible + "-sequence (" + values.length + "-sequence given)");
        }
        if (values.length > layout.fields.length) {
            throw Errors.typeError(tpName + "() takes an " + (layout.visible == layout.fields.length ? "a " : "at most ")
                    + layout.fields.length + "-sequence (" + values.length + "-sequence given)");
        }
        Object[] all = new Object[layout.fields.length];
        System.arraycopy(values, 0, all, 0, values.length);
        for (int i = values.length; i < all.length; i++) {
            Object v = null;
            if (b[1] != null && b[1] != Singletons.NONE && layout.fields[i] != null) {
                try {
                    v = Abstract.getItem(b[1], layout.fields[i]);
                } catch (org.pyston.runtime.objects.PyException e) {
                    if (!e.matches(Errors.KEY_ERROR)) {
                        throw e;
                    }
                }
            }
            all[i] = v == null ? Singletons.NONE : v;
        }
        StructSeq s = of(t, all);
        return cls == t ? s : new StructSeq(cls, s.items, s.hidden);
    }
}
