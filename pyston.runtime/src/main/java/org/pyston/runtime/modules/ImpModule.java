package org.pyston.runtime.modules;

import java.util.concurrent.locks.ReentrantLock;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.ExecutionContext;
import org.pyston.runtime.objects.NativeFunction;
import org.pyston.runtime.objects.PyBuiltinFunction;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyCode;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code _imp}: what importlib asks the runtime. Built-in modules are our Java native modules
 * ({@link NativeModules}); there are no frozen modules (importlib's own bootstrap runs from
 * source through the code cache instead) and no extension modules (no suffixes, so no finder
 * ever offers one); the import lock is a reentrant lock per context; {@code source_hash} is
 * CPython's keyed SipHash-1-3, so hash-based pycs agree with CPython's.
 */
final class ImpModule {
    private ImpModule() {
    }

    static PyModule create(ExecutionContext ctx) {
        PyModule m = new PyModule("_imp");
        m.set("__doc__", "(Extremely) low-level import machinery bits as used by importlib.");
        ReentrantLock importLock = new ReentrantLock();
        m.set("check_hash_based_pycs", "default");
        fn(m, "is_builtin", (a, k) -> {
            Args.positionalOnly("is_builtin", a, k, 1, 1, false);
            String name = name(a[0]);
            if (name.equals("sys") || name.equals("builtins")) {
                return -1L; // cannot be initialized again
            }
            return NativeModules.isBuiltin(name) ? 1L : 0L;
        });
        fn(m, "create_builtin", (a, k) -> {
            Args.positionalOnly("create_builtin", a, k, 1, 1, false);
            Object nameObj = Abstract.getAttr(a[0], "name");
            if (!(nameObj instanceof String name)) {
                throw Errors.typeError("name must be string, not " + Errors.typeName(nameObj));
            }
            if (name.equals("sys") || name.equals("builtins")) {
                return name.equals("sys") ? ctx.sys : ctx.builtins;
            }
            PyModule created = NativeModules.create(ctx, name);
            return created == null ? Singletons.NONE : created;
        });
        fn(m, "exec_builtin", (a, k) -> {
            Args.positionalOnly("exec_builtin", a, k, 1, 1, false);
            return 0L; // our native modules are complete when created (single-phase)
        });
        fn(m, "is_frozen", (a, k) -> {
            Args.positionalOnly("is_frozen", a, k, 1, 1, false);
            name(a[0]);
            return Boolean.FALSE;
        });
        fn(m, "is_frozen_package", (a, k) -> {
            Args.positionalOnly("is_frozen_package", a, k, 1, 1, false);
            throw notFrozen(name(a[0]));
        });
        fn(m, "find_frozen", (a, k) -> {
            Object[] p = Args.parse("find_frozen", a, k, 0, 1, 1, "", "withdata");
            name(p[0]);
            return Singletons.NONE;
        });
        fn(m, "get_frozen_object", (a, k) -> {
            Args.positionalOnly("get_frozen_object", a, k, 1, 2, false);
            throw notFrozen(name(a[0]));
        });
        fn(m, "init_frozen", (a, k) -> {
            Args.positionalOnly("init_frozen", a, k, 1, 1, false);
            throw notFrozen(name(a[0]));
        });
        fn(m, "_frozen_module_names", (a, k) -> PyTuple.EMPTY);
        fn(m, "_override_frozen_modules_for_tests", (a, k) -> Singletons.NONE);
        fn(m, "create_dynamic", (a, k) -> {
            Args.positionalOnly("create_dynamic", a, k, 1, 2, false);
            Object nameObj = Abstract.getAttr(a[0], "name");
            throw Errors.of(Errors.IMPORT_ERROR, "extension modules are not supported by Pyston for the JVM: "
                    + Abstract.repr(nameObj));
        });
        fn(m, "exec_dynamic", (a, k) -> {
            Args.positionalOnly("exec_dynamic", a, k, 1, 1, false);
            return 0L;
        });
        fn(m, "extension_suffixes", (a, k) -> new PyList());
        fn(m, "acquire_lock", (a, k) -> {
            importLock.lock();
            return Singletons.NONE;
        });
        fn(m, "release_lock", (a, k) -> {
            if (!importLock.isHeldByCurrentThread()) {
                throw Errors.of(Errors.RUNTIME_ERROR, "not holding the import lock");
            }
            importLock.unlock();
            return Singletons.NONE;
        });
        fn(m, "lock_held", (a, k) -> importLock.isLocked());
        fn(m, "_fix_co_filename", (a, k) -> {
            Args.positionalOnly("_fix_co_filename", a, k, 2, 2, false);
            if (!(a[0] instanceof PyCode code)) {
                throw Errors.typeError("_fix_co_filename() argument 1 must be code, not " + Errors.typeName(a[0]));
            }
            name(a[1]);
            // code units are immutable and the code cache keys entries by the absolute source path, so
            // a unit read for a path was compiled under that path; other file names stay as compiled
            return Singletons.NONE;
        });
        fn(m, "source_hash", (a, k) -> {
            Object[] p = Args.parse("source_hash", a, k, 0, 2, 2, "key", "source");
            long key = Abstract.index(p[0]);
            if (!(p[1] instanceof PyBytes source)) {
                throw Errors.typeError("a bytes-like object is required, not '" + Errors.typeName(p[1]) + "'");
            }
            long h = sipHash13(key, 0, source.bytes);
            byte[] out = new byte[8];
            for (int i = 0; i < 8; i++) {
                out[i] = (byte) (h >>> (8 * i));
            }
            return new PyBytes(out);
        });
        return m;
    }

    private static String name(Object o) {
        if (!(o instanceof String s)) {
            throw Errors.typeError("argument must be str, not " + Errors.typeName(o));
        }
        return s;
    }

    private static PyException notFrozen(String name) {
        PyException e = Errors.of(Errors.IMPORT_ERROR, "No such frozen object named " + Abstract.repr(name));
        e.exception.dict.put("name", name);
        return e;
    }

    /** CPython's {@code _Py_KeyedHash}: SipHash-1-3 with keys (k0, k1), message read little-endian. */
    static long sipHash13(long k0, long k1, byte[] src) {
        long v0 = k0 ^ 0x736f6d6570736575L;
        long v1 = k1 ^ 0x646f72616e646f6dL;
        long v2 = k0 ^ 0x6c7967656e657261L;
        long v3 = k1 ^ 0x7465646279746573L;
        int n = src.length;
        int i = 0;
        for (; n - i >= 8; i += 8) {
            long mi = 0;
            for (int j = 7; j >= 0; j--) {
                mi = (mi << 8) | (src[i + j] & 0xffL);
            }
            v3 ^= mi;
            // one round
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32);
            v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2; v3 = Long.rotateLeft(v3, 21) ^ v0;
            v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int j = n - 1; j >= i; j--) {
            t = (t << 8) | (src[j] & 0xffL);
        }
        long b = ((long) n << 56) | t;
        v3 ^= b;
        long[] v = {v0, v1, v2, v3};
        round(v);
        v[0] ^= b;
        v[2] ^= 0xff;
        round(v);
        round(v);
        round(v);
        return (v[0] ^ v[1]) ^ (v[2] ^ v[3]);
    }

    private static void round(long[] v) {
        v[0] += v[1]; v[2] += v[3];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
        v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[1]; v[0] += v[3];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
        v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] = Long.rotateLeft(v[2], 32);
    }

    private static void fn(PyModule m, String name, NativeFunction f) {
        m.set(name, new PyBuiltinFunction(name, f, false));
    }
}
