package org.pyston.runtime.modules;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code select}: {@code select.select} with CPython's argument checks. Waiting on descriptors
 * is not implemented yet (NotImplementedError); with three empty lists it sleeps for the
 * timeout, as POSIX select does. No poll/epoll objects, so {@code selectors} picks
 * SelectSelector and {@code subprocess} and {@code socket} import.
 */
final class SelectModule {
    private SelectModule() {
    }

    static PyModule create() {
        PyModule m = new PyModule("select");
        m.set("error", Errors.OS_ERROR);
        Ext.function(m, "select", (a, k) -> {
            Ext.positionalOnly("select", a, k, 3, 4);
            int waiting = 0;
            for (int i = 0; i < 3; i++) {
                waiting += Abstract.len(Abstract.call(org.pyston.runtime.objects.PyList.TYPE, new Object[] {a[i]}, null));
            }
            Object timeout = a.length > 3 ? a[3] : Singletons.NONE;
            double secs = -1;
            if (timeout != Singletons.NONE) {
                if (!(timeout instanceof Double) && !Abstract.isInt(timeout)) {
                    throw Errors.typeError("timeout must be a float or None");
                }
                secs = timeout instanceof Double d ? d : Abstract.index(timeout);
                if (secs < 0) {
                    throw Errors.valueError("timeout must be non-negative");
                }
            }
            if (waiting > 0) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "select.select() on file descriptors is not supported yet");
            }
            if (secs < 0) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "select.select() with nothing to wait for and no "
                        + "timeout would wait for ever");
            }
            try {
                Thread.sleep((long) (secs * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return PyTuple.of(new PyList(), new PyList(), new PyList());
        });
        return m;
    }
}
