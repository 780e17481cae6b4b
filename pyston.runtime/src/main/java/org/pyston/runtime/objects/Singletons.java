package org.pyston.runtime.objects;

/** {@code None}, {@code NotImplemented} and {@code Ellipsis}. */
public final class Singletons {
    private Singletons() {
    }

    /** One of the three singleton values. */
    public static final class Singleton extends PyObject {
        private final PyType type;
        private final String repr;

        Singleton(String typeName, String repr) {
            this.type = PyType.builtin(typeName, Singleton.class);
            this.repr = repr;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String toString() {
            return repr;
        }
    }

    public static final Singleton NONE = new Singleton("NoneType", "None");
    public static final Singleton NOT_IMPLEMENTED = new Singleton("NotImplementedType", "NotImplemented");
    public static final Singleton ELLIPSIS = new Singleton("ellipsis", "Ellipsis");
}
