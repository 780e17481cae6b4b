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

    /** Attributes the constructor makes again from the arguments: not part of the pickled state. */
    private static final java.util.Set<String> SYNTAX_ERROR_FIELDS = java.util.Set.of("msg", "filename", "lineno",
            "offset", "text", "end_lineno", "end_offset", "print_file_and_line");
    private static final java.util.Set<String> UNICODE_ERROR_FIELDS = java.util.Set.of("encoding", "object", "start",
            "end", "reason");
    private static final java.util.Set<String> OS_ERROR_FIELDS = java.util.Set.of("errno", "strerror", "filename",
            "filename2");

    /**
     * The state {@code __reduce__} gives (CPython's): the instance's own attributes and, for
     * ImportError, its name and path when set; the fields this runtime keeps beside them that the
     * constructor makes from the arguments, and AttributeError's/NameError's name and obj (which
     * CPython does not pickle), are left out. Null when there is nothing.
     */
    PyDict picklableState() {
        PyDict state = new PyDict();
        boolean importError = type.isSubtypeOf(Errors.IMPORT_ERROR);
        for (Map.Entry<String, Object> entry : dict.entrySet()) {
            String key = entry.getKey();
            boolean derived = type.isSubtypeOf(Errors.SYNTAX_ERROR) && SYNTAX_ERROR_FIELDS.contains(key)
                    || type.isSubtypeOf(Errors.UNICODE_ERROR) && UNICODE_ERROR_FIELDS.contains(key)
                    || type.isSubtypeOf(Errors.OS_ERROR) && OS_ERROR_FIELDS.contains(key)
                    || (type.isSubtypeOf(Errors.ATTRIBUTE_ERROR) || type.isSubtypeOf(Errors.NAME_ERROR))
                            && (key.equals("name") || key.equals("obj"))
                    || importError && (key.equals("msg")
                            || (key.equals("name") || key.equals("path")) && entry.getValue() == Singletons.NONE);
            if (!derived) {
                state.put(key, entry.getValue());
            }
        }
        return state.size() == 0 ? null : state;
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
        if (type.isSubtypeOf(Errors.OS_ERROR)) {
            Object errno = dict.get("errno"), strerror = dict.get("strerror");
            Object file = dict.get("filename"), file2 = dict.get("filename2");
            if (file != null && file != Singletons.NONE) {
                String s = "[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror) + ": " + Abstract.repr(file);
                return file2 != null && file2 != Singletons.NONE ? s + " -> " + Abstract.repr(file2) : s;
            }
            if (errno != null && errno != Singletons.NONE && strerror != null && strerror != Singletons.NONE) {
                return "[Errno " + Abstract.str(errno) + "] " + Abstract.str(strerror);
            }
        }
        if (args.size() == 1) {
            return Abstract.str(args.get(0));
        }
        return Abstract.repr(args);
    }
}
