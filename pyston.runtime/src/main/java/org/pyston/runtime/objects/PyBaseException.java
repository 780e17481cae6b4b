package org.pyston.runtime.objects;

import java.util.HashMap;
import java.util.Map;

/** A Python exception object (an instance of BaseException or a subclass). */
public final class PyBaseException extends PyObject implements SlotHolder {
    private final PyType type;
    public PyTuple args;
    /** {@code __traceback__}: the outermost entry of the chain, or null. */
    public PyTraceback traceback;
    public Object cause; // null = unset (None)
    public Object context;
    public boolean suppressContext;
    public final Map<String, Object> dict = new HashMap<>();
    /** The frame whose entry was added to {@link #traceback} last (a re-raise in it adds none). */
    public Object lastFrame;
    /** Where in {@link #lastFrame} it was raised or re-raised last (what a restoring RERAISE goes back to). */
    public int lastPc;
    /** Set by a restoring RERAISE until its frame's handler lookup: {@link #lastPc} stays. */
    public boolean keepLastPc;
    /** The values of a subclass's {@code __slots__}, or null. */
    private Object[] slots;

    /**
     * {@code __traceback__ = tb} (and {@code with_traceback(tb)}): the chain {@code tb} (shared,
     * not copied), or none for None; CPython's TypeError for anything else.
     */
    public void setTraceback(Object tb) {
        if (tb == null) {
            throw Errors.typeError("__traceback__ may not be deleted");
        }
        if (tb != Singletons.NONE && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("__traceback__ must be a traceback or None");
        }
        traceback = tb instanceof PyTraceback t ? t : null;
        lastFrame = null;
    }

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        this.args = args;
    }

    @Override
    public Object[] slotValues() {
        return slots;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The Java throwable that carries this exception through Java frames. */
    public PyException toThrowable() {
        return new PyException(this);
    }

    /** {@code str(exc)}: empty, the single argument's str, or the args tuple's. */
    public String message() {
        if (type.isSubtypeOf(Errors.BASE_EXCEPTION_GROUP) && dict.get("exceptions") != null) {
            return ExceptionGroups.str(this);
        }
        if (type.isSubtypeOf(Errors.SYNTAX_ERROR) && dict.get("msg") != null) {
            Object file = dict.get("filename");
            Object line = dict.get("lineno");
            String msg = Abstract.str(dict.get("msg"));
            if (file instanceof String f && line instanceof Long l) {
                return msg + " (" + f.substring(f.lastIndexOf('/') + 1) + ", line " + l + ")";
            }
            if (line instanceof Long l) {
                return msg + " (line " + l + ")";
            }
            return msg;
        }
        if (type.isSubtypeOf(Errors.UNICODE_ERROR) && type != Errors.UNICODE_ERROR) {
            String m = Codecs.unicodeErrorMessage(this);
            if (m != null) {
                return m;
            }
        }
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1 && type.isSubtypeOf(Errors.KEY_ERROR)) {
            return Abstract.repr(args.get(0));
        }
        if (type.isSubtypeOf(Errors.OS_ERROR) && args.size() >= 2 && args.size() <= 5) {
            String s = "[Errno " + Abstract.str(args.get(0)) + "] " + Abstract.str(args.get(1));
            return args.size() >= 3 ? s + ": " + Abstract.repr(args.get(2)) : s;
        }
        if (args.size() == 1) {
            return Abstract.str(args.get(0));
        }
        return Abstract.repr(args);
    }
}
