import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Turns the lambda expressions and method references of compiled classes into ordinary classes,
 * at build time: {@code java LambdaDesugar CLASSES_DIR}.
 *
 * <p>Why: javac compiles a lambda to an {@code invokedynamic} whose first execution has
 * {@code LambdaMetafactory} spin a hidden class (ASM inside the JDK, a method-handle lookup, a
 * class definition). A JVM does that for every lambda the program reaches; our runtime reaches
 * about a thousand at start-up (the built-in methods are lambdas), and the JDK's class spinning
 * code is then also compiled by C1 and C2 — a third of all JIT work of a short run. The JVM's
 * class-data-sharing archive keeps spun lambda classes only for the JVM's own class loaders, not
 * for the OSGi bundles' loaders, so this is paid at every start. The same classes written at
 * build time are plain classes in the bundle: loaded like any other (and archived by CDS).
 *
 * <p>For each {@code invokedynamic} bootstrapped by {@code LambdaMetafactory.metafactory} or
 * {@code altMetafactory} (not serializable lambdas: those keep theirs), a class
 * {@code Host$Lambda$N} is written beside the host: it implements the functional interface (and
 * the marker interfaces, and the bridge methods {@code altMetafactory} asks for), holds the
 * captured values in fields, and its interface method calls the implementation method with the
 * same argument and result adaptations the metafactory makes (casts, boxing, unboxing,
 * primitive widening). A static {@code create} method with the {@code invokedynamic}'s
 * descriptor replaces the instruction (a non-capturing lambda returns one shared instance, as
 * the JDK's do). The generated class joins the host's nest, so it may call the host's private
 * lambda bodies ({@code lambda$name$N}) exactly as the spun class does.
 *
 * <p>What changes for a program: nothing but the names of the lambda classes
 * ({@code getClass()}); the identity of non-capturing lambdas was never specified.
 */
public final class LambdaDesugar {
    private static final String LMF = "java/lang/invoke/LambdaMetafactory";
    private static final int FLAG_SERIALIZABLE = 1, FLAG_MARKERS = 2, FLAG_BRIDGES = 4;

    /** One lambda site to generate a class for. */
    private record Site(String host, String className, String samName, String factoryDesc, Type samType,
            Handle impl, Type instantiated, List<String> markers, List<Type> bridges) {
    }

    private final Path root;
    private final Map<String, byte[]> classes = new LinkedHashMap<>();
    /** Nest host of each class (itself when it has no NestHost attribute). */
    private final Map<String, String> nestHost = new HashMap<>();
    /** Generated classes to add to each nest host's NestMembers. */
    private final Map<String, List<String>> newMembers = new HashMap<>();
    private int rewritten;

    private LambdaDesugar(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java LambdaDesugar CLASSES_DIR");
            System.exit(2);
        }
        LambdaDesugar d = new LambdaDesugar(Path.of(args[0]));
        d.run();
    }

    private void run() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
                byte[] bytes = Files.readAllBytes(p);
                ClassReader r = new ClassReader(bytes);
                if (isGenerated(r)) {
                    continue; // of an earlier run: rewritten below if its host still has the lambda
                }
                classes.put(r.getClassName(), bytes);
                String[] host = {r.getClassName()};
                r.accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitNestHost(String nh) {
                        host[0] = nh;
                    }
                }, ClassReader.SKIP_CODE);
                nestHost.put(r.getClassName(), host[0]);
            }
        }
        // A class compiled again (an incremental build) has its invokedynamics back; a class
        // processed before has none and is left alone, its generated classes still valid.
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            List<Site> sites = new ArrayList<>();
            byte[] rewrittenBytes = rewriteSites(e.getKey(), e.getValue(), sites);
            if (!sites.isEmpty()) {
                deleteGenerated(e.getKey());
                out.put(e.getKey(), rewrittenBytes);
                for (Site s : sites) {
                    out.put(s.className, generate(s));
                    newMembers.computeIfAbsent(nestHost.get(e.getKey()), k -> new ArrayList<>()).add(s.className);
                }
            }
        }
        for (Map.Entry<String, List<String>> e : newMembers.entrySet()) {
            String host = e.getKey();
            byte[] current = out.containsKey(host) ? out.get(host) : classes.get(host);
            if (current == null) {
                throw new IllegalStateException("nest host not among the classes: " + host);
            }
            out.put(host, addNestMembers(current, e.getValue()));
        }
        for (Map.Entry<String, byte[]> e : out.entrySet()) {
            Path p = root.resolve(e.getKey() + ".class");
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
        System.err.println("LambdaDesugar: " + rewritten + " lambda sites in " + root + " became classes");
    }

    /** Whether a class file is one this tool wrote (a synthetic {@code Host$Lambda$N}). */
    private static boolean isGenerated(ClassReader r) {
        return r.getClassName().contains("$Lambda$") && (r.getAccess() & Opcodes.ACC_SYNTHETIC) != 0;
    }

    /** Removes the classes an earlier run generated for {@code host} (its sites are numbered afresh). */
    private void deleteGenerated(String host) throws IOException {
        Path dir = root.resolve(host).getParent();
        String prefix = host.substring(host.lastIndexOf('/') + 1) + "$Lambda$";
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".class")
                        && name.substring(prefix.length(), name.length() - 6).chars().allMatch(Character::isDigit)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The class with its lambda {@code invokedynamic}s replaced by calls of the generated factories. */
    private byte[] rewriteSites(String owner, byte[] bytes, List<Site> sites) {
        ClassReader r = new ClassReader(bytes);
        // a fresh constant pool (no ClassReader given): the metafactory's entries, now unused, go
        ClassWriter w = new ClassWriter(0);
        r.accept(new ClassVisitor(Opcodes.ASM9, w) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                MethodVisitor mv = super.visitMethod(access, name, desc, sig, ex);
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitInvokeDynamicInsn(String samName, String indyDesc, Handle bsm, Object... args) {
                        Site site = lambdaSite(owner, samName, indyDesc, bsm, args, sites.size());
                        if (site == null) {
                            super.visitInvokeDynamicInsn(samName, indyDesc, bsm, args);
                            return;
                        }
                        sites.add(site);
                        rewritten++;
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, site.className, "create", indyDesc, false);
                    }
                };
            }
        }, 0);
        return w.toByteArray();
    }

    private static Site lambdaSite(String owner, String samName, String indyDesc, Handle bsm, Object[] args, int n) {
        if (!bsm.getOwner().equals(LMF)) {
            return null;
        }
        Type samType = (Type) args[0];
        Handle impl = (Handle) args[1];
        Type instantiated = (Type) args[2];
        List<String> markers = new ArrayList<>();
        List<Type> bridges = new ArrayList<>();
        if (bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) args[3];
            if ((flags & FLAG_SERIALIZABLE) != 0) {
                return null;
            }
            int i = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int count = (Integer) args[i++];
                for (int k = 0; k < count; k++) {
                    markers.add(((Type) args[i++]).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int count = (Integer) args[i++];
                for (int k = 0; k < count; k++) {
                    bridges.add((Type) args[i++]);
                }
            }
        } else if (!bsm.getName().equals("metafactory")) {
            return null;
        }
        return new Site(owner, owner + "$Lambda$" + n, samName, indyDesc, samType, impl, instantiated, markers,
                bridges);
    }

    /** The class of one lambda site (see the class comment). */
    private byte[] generate(Site s) {
        Type factory = Type.getMethodType(s.factoryDesc);
        Type[] captured = factory.getArgumentTypes();
        String iface = factory.getReturnType().getInternalName();
        String self = s.className;
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        List<String> interfaces = new ArrayList<>();
        interfaces.add(iface);
        interfaces.addAll(s.markers);
        w.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, self, null,
                "java/lang/Object", interfaces.toArray(new String[0]));
        w.visitNestHost(nestHost.get(s.host));
        for (int i = 0; i < captured.length; i++) {
            w.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "arg$" + i, captured[i].getDescriptor(), null, null)
                    .visitEnd();
        }
        String ctorDesc = Type.getMethodDescriptor(Type.VOID_TYPE, captured);
        MethodVisitor mv = w.visitMethod(Opcodes.ACC_PRIVATE, "<init>", ctorDesc, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
            mv.visitFieldInsn(Opcodes.PUTFIELD, self, "arg$" + i, captured[i].getDescriptor());
            slot += captured[i].getSize();
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        // the factory the host calls instead of the invokedynamic
        mv = w.visitMethod(Opcodes.ACC_STATIC, "create", s.factoryDesc, null, null);
        mv.visitCode();
        if (captured.length == 0) {
            w.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, "INSTANCE", "L" + self + ";",
                    null, null).visitEnd();
            mv.visitFieldInsn(Opcodes.GETSTATIC, self, "INSTANCE", "L" + self + ";");
            MethodVisitor clinit = w.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
            clinit.visitCode();
            clinit.visitTypeInsn(Opcodes.NEW, self);
            clinit.visitInsn(Opcodes.DUP);
            clinit.visitMethodInsn(Opcodes.INVOKESPECIAL, self, "<init>", "()V", false);
            clinit.visitFieldInsn(Opcodes.PUTSTATIC, self, "INSTANCE", "L" + self + ";");
            clinit.visitInsn(Opcodes.RETURN);
            clinit.visitMaxs(0, 0);
            clinit.visitEnd();
        } else {
            mv.visitTypeInsn(Opcodes.NEW, self);
            mv.visitInsn(Opcodes.DUP);
            slot = 0;
            for (Type t : captured) {
                mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
                slot += t.getSize();
            }
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, self, "<init>", ctorDesc, false);
        }
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        forwarder(w, s, captured, s.samType);
        for (Type bridge : s.bridges) {
            if (!bridge.getDescriptor().equals(s.samType.getDescriptor())) {
                forwarder(w, s, captured, bridge);
            }
        }
        w.visitEnd();
        return w.toByteArray();
    }

    /** The interface method {@code samName} with descriptor {@code method}: calls the implementation. */
    private static void forwarder(ClassWriter w, Site s, Type[] captured, Type method) {
        Handle impl = s.impl;
        MethodVisitor mv = w.visitMethod(Opcodes.ACC_PUBLIC, s.samName, method.getDescriptor(), null, null);
        mv.visitCode();
        Type[] implArgs = Type.getArgumentTypes(impl.getDesc());
        boolean hasReceiver = impl.getTag() == Opcodes.H_INVOKEVIRTUAL || impl.getTag() == Opcodes.H_INVOKEINTERFACE
                || impl.getTag() == Opcodes.H_INVOKESPECIAL;
        // what the implementation takes, the receiver first
        List<Type> targets = new ArrayList<>();
        if (hasReceiver) {
            targets.add(Type.getObjectType(impl.getOwner()));
        }
        for (Type t : implArgs) {
            targets.add(t);
        }
        if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
            mv.visitInsn(Opcodes.DUP);
        }
        int k = 0;
        for (int i = 0; i < captured.length; i++, k++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, s.className, "arg$" + i, captured[i].getDescriptor());
            convert(mv, captured[i], targets.get(k));
        }
        Type[] params = method.getArgumentTypes();
        Type[] inst = s.instantiated.getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < params.length; i++, k++) {
            mv.visitVarInsn(params[i].getOpcode(Opcodes.ILOAD), slot);
            slot += params[i].getSize();
            convert(mv, params[i], inst[i]);
            convert(mv, inst[i], targets.get(k));
        }
        if (k != targets.size()) {
            throw new IllegalStateException("argument count mismatch at a lambda site of " + s.host);
        }
        Type implReturn = Type.getReturnType(impl.getDesc());
        switch (impl.getTag()) {
            case Opcodes.H_INVOKESTATIC ->
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(),
                        impl.isInterface());
            case Opcodes.H_INVOKEVIRTUAL ->
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(), false);
            case Opcodes.H_INVOKEINTERFACE ->
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, impl.getOwner(), impl.getName(), impl.getDesc(), true);
            // a private method of the host: a nestmate calls it with invokevirtual/invokeinterface
            case Opcodes.H_INVOKESPECIAL -> mv.visitMethodInsn(impl.isInterface() ? Opcodes.INVOKEINTERFACE
                    : Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
            case Opcodes.H_NEWINVOKESPECIAL -> {
                mv.visitMethodInsn(Opcodes.INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false);
                implReturn = Type.getObjectType(impl.getOwner());
            }
            default -> throw new IllegalStateException("method handle kind " + impl.getTag() + " at " + s.host);
        }
        Type want = method.getReturnType();
        if (want.getSort() == Type.VOID) {
            if (implReturn.getSort() != Type.VOID) {
                mv.visitInsn(implReturn.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
            }
            mv.visitInsn(Opcodes.RETURN);
        } else {
            convert(mv, implReturn, s.instantiated.getReturnType());
            convert(mv, s.instantiated.getReturnType(), want);
            mv.visitInsn(want.getOpcode(Opcodes.IRETURN));
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The metafactory's adaptation of a value of type {@code from} to {@code to}. */
    private static void convert(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to) || to.getSort() == Type.VOID) {
            return;
        }
        boolean fromRef = from.getSort() >= Type.ARRAY, toRef = to.getSort() >= Type.ARRAY;
        if (fromRef && toRef) {
            if (!to.getDescriptor().equals("Ljava/lang/Object;")) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
        } else if (!fromRef && toRef) {
            Type box = boxOf(from);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, box.getInternalName(), "valueOf",
                    Type.getMethodDescriptor(box, from), false);
            if (!to.equals(box) && !to.getDescriptor().equals("Ljava/lang/Object;")) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
        } else if (fromRef) {
            Type primitive = unboxedOf(from);
            if (primitive == null) {
                primitive = to;
                mv.visitTypeInsn(Opcodes.CHECKCAST, boxOf(to).getInternalName());
                from = boxOf(to);
            }
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, from.getInternalName(), primitive.getClassName() + "Value",
                    Type.getMethodDescriptor(primitive), false);
            widen(mv, primitive, to);
        } else {
            widen(mv, from, to);
        }
    }

    private static void widen(MethodVisitor mv, Type from, Type to) {
        int f = stackKind(from), t = stackKind(to);
        if (f == t) {
            return;
        }
        int op = switch (f * 10 + t) {
            case 12 -> Opcodes.I2L;
            case 13 -> Opcodes.I2F;
            case 14 -> Opcodes.I2D;
            case 23 -> Opcodes.L2F;
            case 24 -> Opcodes.L2D;
            case 34 -> Opcodes.F2D;
            default -> throw new IllegalStateException("no widening from " + from + " to " + to);
        };
        mv.visitInsn(op);
    }

    /** 1 int-like, 2 long, 3 float, 4 double. */
    private static int stackKind(Type t) {
        return switch (t.getSort()) {
            case Type.LONG -> 2;
            case Type.FLOAT -> 3;
            case Type.DOUBLE -> 4;
            default -> 1;
        };
    }

    private static Type boxOf(Type primitive) {
        return Type.getObjectType(switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.BYTE -> "java/lang/Byte";
            case Type.CHAR -> "java/lang/Character";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> throw new IllegalStateException("not primitive: " + primitive);
        });
    }

    private static Type unboxedOf(Type box) {
        return switch (box.getInternalName()) {
            case "java/lang/Boolean" -> Type.BOOLEAN_TYPE;
            case "java/lang/Byte" -> Type.BYTE_TYPE;
            case "java/lang/Character" -> Type.CHAR_TYPE;
            case "java/lang/Short" -> Type.SHORT_TYPE;
            case "java/lang/Integer" -> Type.INT_TYPE;
            case "java/lang/Long" -> Type.LONG_TYPE;
            case "java/lang/Float" -> Type.FLOAT_TYPE;
            case "java/lang/Double" -> Type.DOUBLE_TYPE;
            default -> null;
        };
    }

    /** The nest host with the generated classes added to its NestMembers. */
    private static byte[] addNestMembers(byte[] bytes, List<String> members) {
        ClassReader r = new ClassReader(bytes);
        ClassWriter w = new ClassWriter(r, 0);
        r.accept(new ClassVisitor(Opcodes.ASM9, w) {
            @Override
            public void visitEnd() {
                for (String m : members) {
                    super.visitNestMember(m);
                }
                super.visitEnd();
            }
        }, 0);
        return w.toByteArray();
    }
}
