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

    @Override
    public String toString() {
        return unit.toString();
    }
}
