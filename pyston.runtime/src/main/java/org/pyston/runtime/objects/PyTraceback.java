package org.pyston.runtime.objects;

/**
 * A traceback object ({@code types.TracebackType}): one frame an exception passed through, and
 * the next one inward. As CPython's, the chain is built outward: when an exception leaves or is
 * handled in a frame, a new object for that frame is put in front of the exception's chain
 * ({@link Ops#recordTraceback}), so traceback objects keep their identity and a chain taken from
 * an exception (or made with the constructor) can be shared and relinked through {@code tb_next}.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class);
    /** The next entry inward ({@code tb_next}), or null. */
    PyTraceback next;
    public final PyFrame frame;
    /** Byte offset of the instruction in {@link #frame}'s code, or -1 when made by the constructor. */
    public final int pc;
    /** {@code tb_lasti} given to the constructor. */
    private final int lasti;
    public final int lineno;

    /** The entry for {@code frame} at instruction offset {@code pc}. */
    public PyTraceback(PyTraceback next, PyFrame frame, int pc, int lineno) {
        this(next, frame, pc, -1, lineno);
    }

    private PyTraceback(PyTraceback next, PyFrame frame, int pc, int lasti, int lineno) {
        this.next = next;
        this.frame = frame;
        this.pc = pc;
        this.lasti = lasti;
        this.lineno = lineno;
    }

    /** {@code tb_lasti}: in CPython's units, as {@code f_lasti} and {@code co_positions} (instruction k at 2k). */
    long lasti() {
        return pc < 0 ? lasti : 2L * org.pyston.api.code.LineTable.instructionIndex(frame.code, pc);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyTraceback next() {
        return next;
    }

    public String filename() {
        return frame.code.filename;
    }

    public String name() {
        return frame.code.name;
    }

    /** The innermost entry of the chain starting here. */
    public PyTraceback last() {
        PyTraceback t = this;
        while (t.next != null) {
            t = t.next;
        }
        return t;
    }

    /** {@code tb} as a Python value: None for null. */
    public static Object orNone(PyTraceback tb) {
        return tb == null ? Singletons.NONE : tb;
    }

    /** {@code tb.tb_next = value} with CPython's checks (no deletion, a traceback or None, no loop). */
    void setNext(Object value) {
        if (value == null) {
            throw Errors.typeError("can't delete tb_next attribute");
        }
        if (value != Singletons.NONE && !(value instanceof PyTraceback)) {
            throw Errors.typeError("expected traceback object or None, got '" + Errors.typeName(value) + "'");
        }
        PyTraceback n = value instanceof PyTraceback t ? t : null;
        for (PyTraceback cursor = n; cursor != null; cursor = cursor.next) {
            if (cursor == this) {
                throw Errors.valueError("traceback loop detected");
            }
        }
        next = n;
    }

    private static final String[] PARAMETERS = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};

    /** The constructor's four arguments, by position or by name. */
    private static Object[] bindConstructor(Object[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (a.length > 4) {
            throw Errors.typeError("TracebackType() takes at most 4 arguments (" + a.length + " given)");
        }
        Object[] v = new Object[4];
        System.arraycopy(a, 0, v, 0, npos);
        for (int i = npos; i < a.length; i++) {
            int at = java.util.Arrays.asList(PARAMETERS).indexOf(k[i - npos]);
            if (at < 0) {
                throw Errors.typeError("TracebackType() got an unexpected keyword argument '" + k[i - npos] + "'");
            }
            if (v[at] != null) {
                throw Errors.typeError("argument for TracebackType() given by name ('" + PARAMETERS[at]
                        + "') and position (" + (at + 1) + ")");
            }
            v[at] = a[i];
        }
        for (int i = 0; i < 4; i++) {
            if (v[i] == null) {
                throw Errors.typeError("TracebackType() missing required argument '" + PARAMETERS[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return v;
    }

    static {
        // TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
        TYPE.setAllocator((cls, a, k) -> {
            Object[] v = bindConstructor(a, k);
            if (v[0] != Singletons.NONE && !(v[0] instanceof PyTraceback)) {
                throw Errors.typeError("expected traceback object or None, got '" + Errors.typeName(v[0]) + "'");
            }
            if (!(v[1] instanceof FrameObject f)) {
                throw Errors.typeError("TracebackType() argument 'tb_frame' must be frame, not " + Errors.typeName(v[1]));
            }
            int lasti = (int) Abstract.index(v[2]);
            int lineno = (int) Abstract.index(v[3]);
            return new PyTraceback(v[0] instanceof PyTraceback t ? t : null, f.frame, -1, lasti, lineno);
        });
        TYPE.define("tb_next", new PyGetSetDescriptor("tb_next", TYPE, o -> orNone(((PyTraceback) o).next),
                (o, v) -> ((PyTraceback) o).setNext(v)));
        TYPE.define("tb_frame", new PyGetSetDescriptor("tb_frame", TYPE, o -> ((PyTraceback) o).frame.asObject(), null));
        TYPE.define("tb_lasti", new PyGetSetDescriptor("tb_lasti", TYPE, o -> ((PyTraceback) o).lasti(), null));
        TYPE.define("tb_lineno", new PyGetSetDescriptor("tb_lineno", TYPE, o -> (long) ((PyTraceback) o).lineno, null));
    }
}
