package org.pyston.runtime.objects;

/** A module: a name and a namespace dict. */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class);
    public final String name;
    public final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        dict.put("__name__", name);
    }

    public PyModule(String name) {
        this(name, new PyDict());
        dict.put("__doc__", Singletons.NONE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public void set(String attr, Object value) {
        dict.put(attr, value);
    }
}
