package org.pyston.compiler;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.code.Opcode;
import org.pyston.compiler.ast.Mod;
import org.pyston.compiler.codegen.Codegen;
import org.pyston.compiler.parser.ParseMode;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.compiler.parser.PythonSyntaxError;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyCode;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.Singletons;

/**
 * Whole-pipeline measurements on many source files in one process (source bytes to code units:
 * parse, symbol table, code generation), for {@code tools/bench/compile_stdlib.py} and
 * {@code tools/bench/code_size.py}, which run CPython beside it.
 *
 * <pre>
 * CompileBenchMain [--passes=N] FILE... | @LIST     compile throughput (default): time of each pass
 * CompileBenchMain --size FILE... | @LIST           bytes held by the code units of each file
 *                                                  (and its count of UNSUPPORTED instructions)
 * </pre>
 *
 * Output is line oriented and tab separated, for the scripts: {@code KEY\tVALUE...}.
 *
 * <p>Files that fail (any exception, our SyntaxError included) are listed with the exception and
 * the compiler frame that threw; constructs the code generator compiles to {@code UNSUPPORTED}
 * (a NotImplementedError when run) are counted per construct.
 */
public final class CompileBenchMain {
    private CompileBenchMain() {
    }

    public static void main(String[] args) throws IOException {
        int passes = 5;
        boolean size = false;
        List<String> names = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--passes=")) {
                passes = Integer.parseInt(a.substring(9));
            } else if (a.equals("--size")) {
                size = true;
            } else if (a.startsWith("@")) {
                for (String line : Files.readAllLines(Path.of(a.substring(1)))) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
            } else {
                names.add(a);
            }
        }
        List<byte[]> sources = new ArrayList<>();
        long bytes = 0;
        for (String n : names) {
            byte[] b = Files.readAllBytes(Path.of(n));
            sources.add(b);
            bytes += b.length;
        }
        System.out.printf("files\t%d%nbytes\t%d%n", names.size(), bytes);
        if (size) {
            sizes(sources, names);
        } else {
            throughput(sources, names, passes);
        }
        System.out.flush();
    }

    // ------------------------------------------------------------------ throughput

    /** Written by every compilation so the JIT cannot drop the work. */
    private static long sink;

    private static void throughput(List<byte[]> sources, List<String> names, int passes) {
        long t0 = System.nanoTime();
        compileOrNull(sources.get(0), names.get(0));
        System.out.printf("first_file\t%.4f%n", (System.nanoTime() - t0) / 1e9);
        // Wall time and this thread's CPU time (the latter less disturbed by other processes on a
        // busy machine; it leaves out the JIT's and the collector's threads).
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int p = 0; p < passes; p++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            for (int i = 0; i < sources.size(); i++) {
                compileOrNull(sources.get(i), names.get(i));
            }
            double t = (System.nanoTime() - s) / 1e9;
            System.out.printf("pass\t%d\t%.4f\t%.4f%n", p + 1, t, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        // Failures and unsupported constructs, outside the timed passes.
        Map<String, int[]> unsupported = new TreeMap<>();
        Map<String, Set<String>> unsupportedFiles = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            String name = names.get(i);
            try {
                CodeUnit unit = compileUnit(sources.get(i), name);
                forEachUnit(unit, u -> {
                    for (int pc = 0; pc < u.codeLength; pc = u.next(pc)) {
                        if (u.opcode(pc) == Opcode.UNSUPPORTED) {
                            String what = String.valueOf(u.constants[u.operand(pc, 0)]);
                            unsupported.computeIfAbsent(what, k -> new int[1])[0]++;
                            unsupportedFiles.computeIfAbsent(what, k -> new HashSet<>()).add(name);
                        }
                    }
                });
            } catch (PythonSyntaxError e) {
                System.out.printf("fail\t%s\t%s: %s (line %d)\t%s%n", name, e.type, oneLine(e.msg), e.lineno,
                        thrower(e));
            } catch (RuntimeException | StackOverflowError e) {
                System.out.printf("fail\t%s\t%s: %s\t%s%n", name, e.getClass().getSimpleName(),
                        oneLine(String.valueOf(e.getMessage())), thrower(e));
            }
        }
        for (Map.Entry<String, int[]> e : unsupported.entrySet()) {
            Set<String> files = unsupportedFiles.get(e.getKey());
            System.out.printf("unsupported\t%s\t%d\t%d\t%s%n", e.getKey(), e.getValue()[0], files.size(),
                    String.join(" ", new java.util.TreeSet<>(files)));
        }
    }

    /** What {@link Compiler#compile} does, without turning a front-end error into a Python one. */
    private static CodeUnit compileUnit(byte[] source, String name) {
        Mod mod = PythonParser.parse(source, name, ParseMode.EXEC);
        return Codegen.compile(mod, name, false);
    }

    /** How many UNSUPPORTED instructions the unit and its nested units hold. */
    private static int unsupportedSites(CodeUnit unit) {
        int[] count = {0};
        forEachUnit(unit, u -> {
            for (int pc = 0; pc < u.codeLength; pc = u.next(pc)) {
                if (u.opcode(pc) == Opcode.UNSUPPORTED) {
                    count[0]++;
                }
            }
        });
        return count[0];
    }

    private static Object compileOrNull(byte[] source, String name) {
        try {
            CodeUnit u = compileUnit(source, name);
            sink += u.code.length;
            return u;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\t', ' ');
    }

    /** The innermost frame of the compiler's own code in the exception's stack. */
    private static String thrower(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.pyston.compiler")) {
                return f.getClassName().substring("org.pyston.compiler.".length()) + "." + f.getMethodName() + ":"
                        + f.getLineNumber();
            }
        }
        StackTraceElement[] st = e.getStackTrace();
        return st.length > 0 ? st[0].toString() : "?";
    }

    private interface UnitVisitor {
        void visit(CodeUnit unit);
    }

    private static void forEachUnit(CodeUnit unit, UnitVisitor v) {
        v.visit(unit);
        for (Object c : unit.constants) {
            if (c instanceof PyCode pc) {
                forEachUnit(pc.unit, v);
            }
        }
    }

    // ------------------------------------------------------------------ sizes

    /*
     * The size model (a 64-bit HotSpot with compressed class pointers and compressed oops, the
     * default below 32 GB of heap): an object is a 12-byte header plus its instance fields
     * (references 4 bytes, primitives their width), rounded up to 8; an array is a 16-byte header
     * plus its payload (references 4 bytes), rounded up to 8. A String is its object plus its
     * byte[] (Latin-1: 1 byte a char, else 2). Every object is counted once per module however
     * many code units reference it (identity, as marshal's references do); objects the JVM holds
     * anyway (None, Ellipsis, True/False, the boxed longs -128..127 of Long.valueOf) count 0.
     * Interned identifiers (the strings CodeUnit interns: its name, the name arrays, identifier-like
     * string constants) are one object per JVM: besides their per-module bytes, the bytes of the
     * distinct ones over all modules are reported ("shared_identifiers"), which is what one process
     * that loads every module holds; the walker checks that each really is the interned instance.
     * The Profile each nested code object gets at compile time is reported beside the total, not
     * in it: it is execution state, not code.
     */

    /** Byte counts of one module's code, by part. */
    private static final class Sizes {
        final Map<String, Long> parts = new LinkedHashMap<>();
        long profiles;
        /** String bytes that would go if equal strings of the module were one object. */
        long duplicateStrings;
        /** Bytes of the interned identifiers (within "identifiers"), and the identifiers themselves. */
        long interned;
        final List<String> identifiers = new ArrayList<>();
        int units;

        void add(String part, long n) {
            parts.merge(part, n, Long::sum);
        }

        long total() {
            long t = 0;
            for (long n : parts.values()) {
                t += n;
            }
            return t;
        }
    }

    private static void sizes(List<byte[]> sources, List<String> names) {
        Sizes all = new Sizes();
        for (String part : new String[] {"unit objects", "code", "block starts", "line table", "exception table",
                "constants arrays", "name arrays", "identifiers", "strings", "numbers", "tuples and bytes"}) {
            all.parts.put(part, 0L);
        }
        Set<String> sharedAll = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> sharedComplete = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        long[] sharedBytes = new long[2]; // all modules, complete modules
        for (int i = 0; i < sources.size(); i++) {
            String name = names.get(i);
            CodeUnit unit;
            try {
                unit = compileUnit(sources.get(i), name);
            } catch (RuntimeException | StackOverflowError e) {
                System.out.printf("fail\t%s\t%s%n", name, e.getClass().getSimpleName());
                continue;
            }
            Sizes s = new Sizes();
            new SizeWalker(s).unit(unit);
            int unsupported = unsupportedSites(unit);
            System.out.printf("size\t%s\t%d\t%d\t%d\t%d%n", name, s.total(), s.units, unsupported, s.interned);
            for (String id : s.identifiers) {
                if (sharedAll.add(id)) {
                    sharedBytes[0] += stringBytes(id);
                }
                if (unsupported == 0 && sharedComplete.add(id)) {
                    sharedBytes[1] += stringBytes(id);
                }
            }
            if (unsupported > 0) {
                continue; // incomplete code: left out of the breakdown
            }
            s.parts.forEach(all::add);
            all.profiles += s.profiles;
            all.duplicateStrings += s.duplicateStrings;
            all.units += s.units;
        }
        for (Map.Entry<String, Long> e : all.parts.entrySet()) {
            System.out.printf("part\t%s\t%d%n", e.getKey(), e.getValue());
        }
        System.out.printf("units\t%d%nprofiles\t%d%nduplicate_strings\t%d%n", all.units, all.profiles,
                all.duplicateStrings);
        System.out.printf("shared_identifiers\tall\t%d%nshared_identifiers\tcomplete\t%d%n", sharedBytes[0],
                sharedBytes[1]);
    }

    /** Walks one module's code units, counting each object once. */
    private static final class SizeWalker {
        private final Sizes sizes;
        private final Map<Object, Boolean> seen = new IdentityHashMap<>();
        private final Set<String> stringValues = new HashSet<>();

        SizeWalker(Sizes sizes) {
            this.sizes = sizes;
        }

        private boolean first(Object o) {
            return seen.put(o, Boolean.TRUE) == null;
        }

        void unit(CodeUnit u) {
            if (!first(u)) {
                return;
            }
            sizes.units++;
            sizes.add("unit objects", shallow(CodeUnit.class));
            identifier(u.name);
            string(u.qualnamePrefix); // the qualified name is made when read, see CodeUnit.qualname()
            string(u.filename);
            if (first(u.code)) {
                // one byte[]: instructions, then block starts, exception table, line table (the
                // array's header and padding are counted with the instructions)
                int blockWidth = u.codeLength <= 0xFFFF ? 2 : 4;
                int tableWidth = u.codeLength <= 0xFFFF && u.vregCount <= 0xFFFF ? 2 : 4;
                long blocks = (long) blockWidth * u.blockCount(), handlers = 4L * tableWidth * u.handlerCount();
                long lines = u.code.length - u.codeLength - blocks - handlers;
                sizes.add("code", array(u.code.length, 1) - blocks - handlers - lines);
                sizes.add("block starts", blocks);
                sizes.add("exception table", handlers);
                sizes.add("line table", lines);
            }
            for (String[] a : new String[][] {u.localNames, u.cellNames, u.freeNames}) {
                if (a != null && first(a)) {
                    sizes.add("name arrays", array(a.length, 4));
                    for (String s : a) {
                        identifier(s);
                    }
                }
            }
            if (first(u.constants)) {
                sizes.add("constants arrays", array(u.constants.length, 4));
                for (Object c : u.constants) {
                    constant(c);
                }
            }
        }

        private void string(String s) {
            if (s == null || !first(s)) {
                return;
            }
            long n = stringBytes(s);
            sizes.add("strings", n);
            if (!stringValues.add(s)) {
                sizes.duplicateStrings += n;
            }
        }

        /** An interned string: counted per module here, once per process by the caller. */
        private void identifier(String s) {
            if (!first(s)) {
                return;
            }
            if (s.intern() != s) {
                throw new IllegalStateException("size model: identifier not interned: " + s);
            }
            long n = stringBytes(s);
            sizes.add("identifiers", n);
            sizes.interned += n;
            sizes.identifiers.add(s);
            if (!stringValues.add(s)) {
                sizes.duplicateStrings += n;
            }
        }

        private void constant(Object c) {
            if (c == null || c == Singletons.NONE || c == Singletons.ELLIPSIS || c == Boolean.TRUE
                    || c == Boolean.FALSE || c instanceof org.pyston.runtime.objects.PyType) {
                return;
            }
            if (c instanceof String s) {
                if (CodeUnit.internsConstant(s)) {
                    identifier(s);
                } else {
                    string(s);
                }
                return;
            }
            if (!first(c)) {
                return;
            }
            if (c instanceof PyCode code) {
                sizes.add("unit objects", shallow(PyCode.class));
                sizes.profiles += shallow(code.profile.getClass()) + array(code.profile.sites.length, 4);
                unit(code.unit);
            } else if (c instanceof Long l) {
                if (l.longValue() < -128 || l.longValue() > 127 || l != Long.valueOf(l.longValue())) {
                    sizes.add("numbers", shallow(Long.class));
                }
            } else if (c instanceof Integer || c instanceof Double
                    || c instanceof org.pyston.runtime.objects.PyComplex) {
                sizes.add("numbers", shallow(c.getClass()));
            } else if (c instanceof BigInteger b) {
                // BigInteger's magnitude: an int[] of ceil(bitLength / 32) words.
                sizes.add("numbers", shallow(BigInteger.class) + array((b.abs().bitLength() + 31) / 32, 4));
            } else if (c instanceof PyTuple t) {
                sizes.add("tuples and bytes", shallow(PyTuple.class) + array(t.items.length, 4));
                for (Object item : t.items) {
                    constant(item);
                }
            } else if (c instanceof PyBytes b) {
                sizes.add("tuples and bytes", shallow(PyBytes.class) + array(b.bytes.length, 1));
            } else {
                throw new IllegalStateException("size model: constant of unexpected type " + c.getClass().getName());
            }
        }
    }

    /** A String object plus its byte[] (Latin-1: 1 byte a char, else 2). */
    static long stringBytes(String s) {
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) {
            latin1 = s.charAt(i) < 256;
        }
        return shallow(String.class) + array(s.length(), latin1 ? 1 : 2);
    }

    private static final Map<Class<?>, Long> SHALLOW = new HashMap<>();

    /** Header plus instance fields, rounded up to 8 (see the size model above). */
    static long shallow(Class<?> type) {
        Long known = SHALLOW.get(type);
        if (known != null) {
            return known;
        }
        long n = 12;
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    n += fieldWidth(f.getType());
                }
            }
        }
        n = align(n);
        SHALLOW.put(type, n);
        return n;
    }

    private static int fieldWidth(Class<?> t) {
        if (t == long.class || t == double.class) {
            return 8;
        }
        if (t == short.class || t == char.class) {
            return 2;
        }
        if (t == byte.class || t == boolean.class) {
            return 1;
        }
        return 4; // int, float, compressed reference
    }

    static long array(int length, int elementWidth) {
        return align(16 + (long) length * elementWidth);
    }

    private static long align(long n) {
        return (n + 7) & ~7L;
    }
}
