package org.pyston.runtime.modules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PyModule;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;

/**
 * The descriptive attributes of {@code sys} that need the native types of this package: the
 * struct sequences ({@code version_info}, {@code float_info}, {@code int_info},
 * {@code hash_info}, {@code flags}, {@code thread_info}) and {@code implementation}.
 */
public final class SysAttributes {
    private SysAttributes() {
    }

    static final PyType VERSION_INFO = StructSeq.newType("sys", "version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5, false);
    static final PyType FLOAT_INFO = StructSeq.newType("sys", "float_info",
            new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                "radix", "rounds"}, 11, false);
    static final PyType INT_INFO = StructSeq.newType("sys", "int_info",
            new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4,
            false);
    static final PyType HASH_INFO = StructSeq.newType("sys", "hash_info",
            new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9,
            false);
    static final PyType FLAGS = StructSeq.newType("sys", "flags",
            new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18, false);
    static final PyType THREAD_INFO = StructSeq.newType("sys", "thread_info", new String[] {"name", "lock", "version"}, 3,
            false);

    /** Adds the attributes to a new context's {@code sys}. */
    public static void install(PyModule sys) {
        StructSeq version = StructSeq.of(VERSION_INFO, 3L, 11L, 7L, "final", 0L);
        sys.set("version_info", version);
        sys.set("float_info", StructSeq.of(FLOAT_INFO, Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L,
                15L, 53L, Math.ulp(1.0), 2L, 1L));
        sys.set("int_info", StructSeq.of(INT_INFO, 30L, 4L, 4300L, 640L));
        // str hashes are Java's 32-bit String hash, not SipHash: said so here rather than claimed otherwise
        sys.set("hash_info", StructSeq.of(HASH_INFO, 64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "java", 32L, 0L, 0L));
        sys.set("flags", StructSeq.of(FLAGS, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 1L, 0L, false,
                -1L));
        sys.set("thread_info", StructSeq.of(THREAD_INFO, "java", Singletons.NONE, Singletons.NONE));
        sys.set("maxunicode", 0x10FFFFL);
        sys.set("float_repr_style", "short");
        Map<String, Object> impl = new LinkedHashMap<>();
        impl.put("name", "pyston");
        // no bytecode cache files: importlib reads a None cache_tag that way
        impl.put("cache_tag", Singletons.NONE);
        impl.put("version", version);
        impl.put("hexversion", 0x030b07f0L);
        sys.set("implementation", SimpleNamespace.of(impl));
        sys.set("dont_write_bytecode", true);
        sys.set("warnoptions", new PyList());
        sys.set("abiflags", "");
        sys.set("platlibdir", "lib");
        sys.set("pycache_prefix", Singletons.NONE);
        sys.set("meta_path", new PyList());
        sys.set("path_hooks", new PyList());
        sys.set("path_importer_cache", new PyDict());
        Ext.function(sys, "getfilesystemencodeerrors", (a, k) -> "surrogateescape");
    }
}
