package org.pyston.runtime.objects;

/** What functools.update_wrapper copies, as classmethod and staticmethod do since Python 3.10. */
final class Wrapping {
    private Wrapping() {
    }

    private static final String[] WRAPPER_ASSIGNMENTS = {"__module__", "__name__", "__qualname__", "__doc__",
        "__annotations__"};

    /** Copies the wrapper attributes {@code wrapped} has into {@code dict} ({@code __wrapped__} is a member). */
    static void copyWrappedAttributes(PyDict dict, Object wrapped) {
        for (String name : WRAPPER_ASSIGNMENTS) {
            Object v;
            try {
                v = Attributes.get(wrapped, name);
            } catch (PyException e) {
                if (!e.matches(Errors.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                v = null;
            }
            if (v != null) {
                dict.put(name, v);
            }
        }
    }
}
