package org.pyston.bjit.internal;

import static org.objectweb.asm.Opcodes.*;
import static org.pyston.api.code.Opcode.*;

import java.lang.invoke.MethodType;
import java.util.BitSet;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.pyston.api.code.CodeUnit;
import org.pyston.runtime.jit.JitSupport;

/**
 * Emits the JVM class for a set of a code unit's blocks. See the package documentation for the
 * shape of the generated method; this class is the instruction-by-instruction translation.
 *
 * <p>Each instruction becomes the bytecode of what the interpreter does for it: loads of its
 * operand vregs from {@code frame.regs}, one call (an {@code invokedynamic} inline-cache site for
 * the dynamic operations, a static call of the runtime's generic operation for the rest), and a
 * store of the result vreg. Nothing is kept on the JVM stack across instructions.
 *
 * <p>Block-local temporaries (the vreg band {@code [crossBlockVregs, vregCount)}, which the
 * compiler guarantees are dead at every block boundary) live in JVM locals of the method
 * instead of {@code frame.regs}: a value that one instruction makes and the next consumes
 * (a sum's operands, an attribute about to be multiplied, a comparison about to be branched on)
 * never reaches the heap, so HotSpot keeps it in a register and can drop its box altogether.
 * Only what must be in the register array is written there: the consecutive operands of a
 * call or a display ({@code regs, first, n}), and at the end of a chunk method the temporaries
 * the block's next chunk may read. The user-visible and cross-block bands stay in
 * {@code frame.regs}, so at every block start the frame is complete for any tier.
 */
final class BlockCompiler {
    /** JVM locals of the generated method; block-local temporaries follow from {@code FIRST_TEMP}. */
    private static final int FRAME = 0, REGS = 1, PC = 2, TEMP = 3, EXC = 4, FIRST_TEMP = 5;

    private static final String SUPPORT = "org/pyston/runtime/jit/JitSupport";
    private static final String LINKER = "org/pyston/runtime/jit/Linker";
    private static final String OBJ = "java/lang/Object";
    private static final String PYFRAME = "org/pyston/runtime/objects/PyFrame";
    private static final String FRAME_CLASS = "org/pyston/api/frame/Frame";
    private static final String OPS = "org/pyston/runtime/objects/Ops";
    private static final String ABSTRACT = "org/pyston/runtime/objects/Abstract";
    private static final String PROFILE = "org/pyston/api/profile/Profile";
    private static final String D_PROFILE = "L" + PROFILE + ";";
    private static final String D_OBJ = "Ljava/lang/Object;";
    private static final String D_FRAME = "L" + PYFRAME + ";";
    /** Name of the generated class; {@code JitSupport.defineUnit} makes it a hidden class of that package. */
    static final String CLASS_NAME = "org/pyston/runtime/jit/BaselineUnit";
    /** The static dispatcher {@code (PyFrame, int block) Object}; the instance's {@code UnitEntry.run} calls it. */
    static final String METHOD = "dispatch";
    static final MethodType METHOD_TYPE = MethodType.methodType(Object.class,
            org.pyston.runtime.objects.PyFrame.class, int.class);
    private static final String UNIT_ENTRY = "org/pyston/runtime/jit/UnitEntry";

    private static final Handle OPERATION = new Handle(H_INVOKESTATIC, LINKER, "operation",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/String;II)Ljava/lang/invoke/CallSite;", false);
    private static final Handle VALIDITY = new Handle(H_INVOKESTATIC, LINKER, "validity",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;", false);

    private final CodeUnit unit;
    private final Instructions ins;
    private final BitSet blocks;
    /**
     * Block-local-band vregs (by index above {@code crossBlockVregs}) that some block reads before
     * writing: the compiler promises there are none, and any there are stay in {@code frame.regs}
     * (see {@link #sharedTemporaries}).
     */
    private final BitSet shared;
    private MethodVisitor mv;
    private int currentPc = -1;
    /**
     * Block-local temporaries (by index above {@code crossBlockVregs}) whose current value is in
     * their JVM local, in the method being emitted; the others are read from {@code frame.regs}
     * (a temporary the block's previous chunk made, or one a runtime helper wrote there).
     */
    private final BitSet inLocal = new BitSet();
    /** Of {@link #inLocal}, those whose {@code frame.regs} slot is stale. */
    private final BitSet dirty = new BitSet();
    /** The vreg the pending {@link #into}/{@link #store} pair writes. */
    private int storeTarget = -1;

    BlockCompiler(CodeUnit unit, Instructions ins, BitSet blocks, BitSet shared) {
        this.unit = unit;
        this.ins = ins;
        this.blocks = blocks;
        this.shared = shared;
    }

    /** While {@link #readBeforeWritten} runs: the temporaries written so far, and those read before. */
    private BitSet writtenInBlock, readBeforeWritten;

    /**
     * The vregs of the block-local band that a block of {@code unit} reads without having written
     * them first, by index above {@code crossBlockVregs}. The compiler keeps such values in the
     * cross-block band, so this is empty; the baseline JIT checks rather than trusts it, once per
     * code unit: a temporary in a JVM local that another block needed would be a wrong result.
     * Blocks this tier does not translate count with every vreg they name (unless
     * {@code translatedOnly}, which checks the promise where the JIT can read the instructions).
     */
    static BitSet sharedTemporaries(CodeUnit unit, Instructions ins) {
        return sharedTemporaries(unit, ins, false);
    }

    static BitSet sharedTemporaries(CodeUnit unit, Instructions ins, boolean translatedOnly) {
        BlockCompiler reader = new BlockCompiler(unit, ins, new BitSet(), new BitSet());
        BitSet shared = new BitSet();
        for (int b = 0; b < unit.blockCount(); b++) {
            int start = ins.blockStart(b), count = ins.instructionCount(b);
            boolean translated = true;
            for (int i = 0, pc = start; i < count; i++, pc = ins.next(pc)) {
                translated &= supports(ins.op(pc));
            }
            if (translated) {
                shared.or(reader.readBeforeWritten(start, count));
                continue;
            }
            for (int i = 0, pc = start; i < count && !translatedOnly; i++, pc = ins.next(pc)) {
                String kinds = org.pyston.api.code.Opcode.operands(ins.op(pc));
                for (int k = 0; k < kinds.length(); k++) {
                    int r = ins.operand(pc, k);
                    if (kinds.charAt(k) == org.pyston.api.code.Opcode.REG && r >= unit.crossBlockVregs) {
                        shared.set(r - unit.crossBlockVregs);
                    }
                }
            }
        }
        return shared;
    }

    /**
     * The temporaries (by index above {@code crossBlockVregs}) that the {@code count} instructions
     * from {@code pc} read before writing them (a block, or what a block's later chunks need from
     * the earlier ones): the instructions are translated into a visitor that drops the code.
     */
    private BitSet readBeforeWritten(int pc, int count) {
        BlockCompiler c = new BlockCompiler(unit, ins, new BitSet(), shared);
        c.writtenInBlock = new BitSet();
        c.readBeforeWritten = new BitSet();
        c.mv = new MethodVisitor(org.objectweb.asm.Opcodes.ASM9) {
        };
        for (int i = 0; i < count; i++, pc = ins.next(pc)) {
            c.instruction(pc);
        }
        return c.readBeforeWritten;
    }

    /** Records a read of vregs {@code [first, first + n)} while {@link #readBeforeWritten} runs. */
    private void noteRead(int first, int n) {
        if (readBeforeWritten == null) {
            return;
        }
        for (int r = Math.max(first, unit.crossBlockVregs); r < first + n; r++) {
            if (!writtenInBlock.get(r - unit.crossBlockVregs)) {
                readBeforeWritten.set(r - unit.crossBlockVregs);
            }
        }
    }

    /** Records a write of vregs {@code [first, first + n)} while {@link #readBeforeWritten} runs. */
    private void noteWritten(int first, int n) {
        if (writtenInBlock == null) {
            return;
        }
        for (int r = Math.max(first, unit.crossBlockVregs); r < first + n; r++) {
            writtenInBlock.set(r - unit.crossBlockVregs);
        }
    }

    /** Whether the baseline JIT translates instruction {@code op} (blocks with others go to the interpreter). */
    static boolean supports(int op) {
        return op != YIELD && op != YIELD_FROM && op != GET_AWAITABLE && op != GET_YIELD_FROM_ITER && op != GET_AITER
                && op != GET_ANEXT && op != ASYNC_WITH_ENTER && op != MATCH_SEQ && op != MATCH_MAP
                && op != MATCH_CLASS && op != EXC_STAR_MATCH && op != EXC_STAR_RESULT && op != UNSUPPORTED
                && op != SETUP_ANNOTATIONS; // module and class bodies run once: the interpreter's
    }

    /** A block method's result: the frame returned (value in {@code frame.result}). */
    static final int RETURNED = -1;
    /** A block method's result: leave compiled code, {@code frame.nextBlock} is set. */
    static final int EXIT = -2;

    /** The class file; throws ASM's {@code MethodTooLargeException} when a block does not fit a method. */
    byte[] emit() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return OBJ; // locals keep one type per slot; a merge needs no class loading
            }
        };
        cw.visit(V17, ACC_FINAL | ACC_SUPER, CLASS_NAME, null, OBJ, new String[] {UNIT_ENTRY});
        cw.visitSource(unit.filename, null);
        for (int b = blocks.nextSetBit(0); b >= 0; b = blocks.nextSetBit(b + 1)) {
            int count = ins.instructionCount(b);
            if (count <= CHUNK) {
                blockMethod(cw, "b" + b, ins.blockStart(b), count, true);
                continue;
            }
            // a long block: chunks of CHUNK instructions, each its own method, called in turn
            int pc = ins.blockStart(b);
            int chunks = 0;
            for (int done = 0; done < count; done += CHUNK, chunks++) {
                int n = Math.min(CHUNK, count - done);
                blockMethod(cw, "b" + b + "_" + chunks, pc, n, done + n == count);
                for (int i = 0; i < n; i++) {
                    pc = ins.next(pc);
                }
            }
            MethodVisitor m = cw.visitMethod(ACC_STATIC | ACC_PRIVATE, "b" + b, BLOCK_DESCRIPTOR, null, null);
            m.visitCode();
            for (int c = 0; c < chunks; c++) {
                m.visitVarInsn(ALOAD, FRAME);
                m.visitVarInsn(ALOAD, REGS);
                m.visitMethodInsn(INVOKESTATIC, CLASS_NAME, "b" + b + "_" + c, BLOCK_DESCRIPTOR, false);
                if (c + 1 < chunks) {
                    Label next = new Label();
                    m.visitInsn(DUP);
                    m.visitIntInsn(BIPUSH, NEXT_CHUNK);
                    m.visitJumpInsn(IF_ICMPEQ, next);
                    m.visitInsn(IRETURN);
                    m.visitLabel(next);
                    m.visitInsn(POP);
                }
            }
            m.visitInsn(IRETURN);
            m.visitMaxs(0, 0);
            m.visitEnd();
        }
        dispatcher(cw);
        unitEntry(cw);
        emitConstants(cw);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * Instructions per generated method at most: a long block is split into chunk methods. Each
     * dynamic-operation site inlines its cache's method-handle chain into the method, and C1 gives
     * up on a method with a few dozen of them ("out of virtual registers"); a method it cannot
     * compile runs in the JVM's bytecode interpreter until C2 is done, seconds later.
     */
    static final int CHUNK = 12;
    /** A chunk method's result: continue with the block's next chunk. */
    static final int NEXT_CHUNK = -3;

    /** One method running {@code count} instructions from {@code pc}; the last chunk of a block ends it. */
    private void blockMethod(ClassWriter cw, String name, int pc, int count, boolean endsBlock) {
        mv = cw.visitMethod(ACC_STATIC | ACC_PRIVATE, name, BLOCK_DESCRIPTOR, null, null);
        mv.visitCode();
        Label start = new Label(), end = new Label(), handler = new Label();
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, PC);
        mv.visitLabel(start);
        currentPc = -1;
        inLocal.clear();
        dirty.clear();
        for (int i = 0; i < count; i++) {
            instruction(pc);
            if (i + 1 == count) {
                if (!endsBlock) {
                    // what the block's later chunks read goes to frame.regs, where they find it
                    int rest = 1;
                    for (int p = ins.next(pc); !ins.endsBlock(p); p = ins.next(p)) {
                        rest++;
                    }
                    BitSet live = readBeforeWritten(ins.next(pc), rest);
                    for (int t = live.nextSetBit(0); t >= 0; t = live.nextSetBit(t + 1)) {
                        spillTemporaries(unit.crossBlockVregs + t, 1);
                    }
                    push(NEXT_CHUNK);
                    mv.visitInsn(IRETURN);
                } else if (!isTerminator(ins.op(pc))) {
                    edge(pc, ins.blockAt(ins.next(pc))); // falls through into the next block
                }
            }
            pc = ins.next(pc);
        }
        mv.visitLabel(end);
        mv.visitLabel(handler);
        // a Python exception: the frame's handler block for the failing instruction, or it propagates
        mv.visitVarInsn(ASTORE, EXC);
        mv.visitVarInsn(ALOAD, FRAME);
        mv.visitVarInsn(ALOAD, EXC);
        mv.visitVarInsn(ILOAD, PC);
        mv.visitMethodInsn(INVOKESTATIC, SUPPORT, "handlerBlock",
                "(" + D_FRAME + "Lorg/pyston/runtime/objects/PyException;I)I", false);
        mv.visitInsn(IRETURN);
        mv.visitTryCatchBlock(start, end, handler, "org/pyston/runtime/objects/PyException");
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static final String BLOCK_DESCRIPTOR = "(" + D_FRAME + "[Ljava/lang/Object;)I";

    /**
     * {@code run(frame, block)}: calls block methods while they name a next block this class
     * holds; the loop HotSpot compiles, with the (small) block methods inlined into it.
     */
    private void dispatcher(ClassWriter cw) {
        final int frame = 0, block = 1, regs = 2, result = 3;
        MethodVisitor d = cw.visitMethod(ACC_STATIC, METHOD, METHOD_TYPE.toMethodDescriptorString(), null, null);
        d.visitCode();
        Label loop = new Label(), missing = new Label(), after = new Label(), leave = new Label(),
                valid = new Label();
        // hot swap: code is entered only while the tier's code is valid (a constant true until then)
        d.visitInvokeDynamicInsn("valid", "()Z", VALIDITY);
        d.visitJumpInsn(IFNE, valid);
        d.visitLabel(missing);
        d.visitVarInsn(ALOAD, frame);
        d.visitVarInsn(ILOAD, block);
        d.visitFieldInsn(PUTFIELD, FRAME_CLASS, "nextBlock", "I");
        d.visitLabel(leave);
        d.visitFieldInsn(GETSTATIC, "org/pyston/api/tier/CompiledCode", "CONTINUE_ELSEWHERE", D_OBJ);
        d.visitInsn(ARETURN);
        d.visitLabel(valid);
        d.visitVarInsn(ALOAD, frame);
        d.visitFieldInsn(GETFIELD, FRAME_CLASS, "regs", "[Ljava/lang/Object;");
        d.visitVarInsn(ASTORE, regs);
        d.visitLabel(loop);
        int n = blocks.cardinality();
        int[] keys = new int[n];
        Label[] targets = new Label[n];
        int k = 0;
        for (int b = blocks.nextSetBit(0); b >= 0; b = blocks.nextSetBit(b + 1)) {
            keys[k] = b;
            targets[k++] = new Label();
        }
        d.visitVarInsn(ILOAD, block);
        d.visitLookupSwitchInsn(missing, keys, targets);
        for (int i = 0; i < n; i++) {
            d.visitLabel(targets[i]);
            d.visitVarInsn(ALOAD, frame);
            d.visitVarInsn(ALOAD, regs);
            d.visitMethodInsn(INVOKESTATIC, CLASS_NAME, "b" + keys[i], BLOCK_DESCRIPTOR, false);
            d.visitVarInsn(ISTORE, block);
            d.visitJumpInsn(GOTO, after);
        }
        d.visitLabel(after);
        d.visitVarInsn(ILOAD, block);
        d.visitJumpInsn(IFGE, loop);
        d.visitVarInsn(ILOAD, block);
        d.visitInsn(ICONST_M1);
        d.visitJumpInsn(IF_ICMPNE, leave);
        d.visitVarInsn(ALOAD, frame);
        d.visitFieldInsn(GETFIELD, PYFRAME, "result", D_OBJ);
        d.visitVarInsn(ASTORE, result);
        d.visitVarInsn(ALOAD, frame);
        d.visitInsn(ACONST_NULL);
        d.visitFieldInsn(PUTFIELD, PYFRAME, "result", D_OBJ);
        d.visitVarInsn(ALOAD, result);
        d.visitInsn(ARETURN);
        d.visitMaxs(0, 0);
        d.visitEnd();
    }

    /** The constructor and {@code UnitEntry.run}, which calls the dispatcher. */
    private void unitEntry(ClassWriter cw) {
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, OBJ, "<init>", "()V", false);
        init.visitInsn(org.objectweb.asm.Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        String descriptor = METHOD_TYPE.toMethodDescriptorString();
        MethodVisitor run = cw.visitMethod(ACC_PUBLIC, "run", descriptor, null, null);
        run.visitCode();
        run.visitVarInsn(ALOAD, 1);
        run.visitVarInsn(ILOAD, 2);
        run.visitMethodInsn(INVOKESTATIC, CLASS_NAME, METHOD, descriptor, false);
        run.visitInsn(ARETURN);
        run.visitMaxs(0, 0);
        run.visitEnd();
    }

    /** Leaves compiled code for block {@code block}: {@code frame.nextBlock} set, EXIT returned. */
    private void exitAt(int block) {
        mv.visitVarInsn(ALOAD, FRAME);
        push(block);
        mv.visitFieldInsn(PUTFIELD, FRAME_CLASS, "nextBlock", "I");
        push(EXIT);
        mv.visitInsn(IRETURN);
    }

    /** Control moves from the instruction at {@code pc} to block {@code target}. */
    private void edge(int pc, int target) {
        if (ins.blockStart(target) <= pc) {
            // a back-edge: leave when the tier's code was invalidated (hot swap), and count towards
            // the next rung (and the ladder's periodic re-check)
            Label go = new Label(), valid = new Label();
            mv.visitInvokeDynamicInsn("valid", "()Z", VALIDITY);
            mv.visitJumpInsn(IFNE, valid);
            exitAt(target);
            mv.visitLabel(valid);
            profile();
            mv.visitInsn(DUP);
            mv.visitFieldInsn(GETFIELD, PROFILE, "backEdges", "I");
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IADD);
            mv.visitInsn(DUP_X1);
            mv.visitFieldInsn(PUTFIELD, PROFILE, "backEdges", "I");
            profile();
            mv.visitFieldInsn(GETFIELD, PROFILE, "nextThreshold", "I");
            mv.visitJumpInsn(IF_ICMPLT, go);
            exitAt(target);
            mv.visitLabel(go);
        }
        push(target); // the dispatcher runs it, or leaves when this class does not hold it
        mv.visitInsn(IRETURN);
    }

    private void profile() {
        mv.visitFieldInsn(GETSTATIC, CLASS_NAME, "profile", D_PROFILE);
    }

    private void push(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    private void reg(int r) {
        noteRead(r, 1);
        if (!isTemporary(r)) {
            mv.visitVarInsn(ALOAD, REGS);
            push(r);
            mv.visitInsn(AALOAD);
            return;
        }
        int t = r - unit.crossBlockVregs;
        if (!inLocal.get(t)) {
            // in frame.regs (from an earlier chunk, or written there by a runtime helper): moved
            // into the local, so that the array holds no reference the program no longer has
            mv.visitVarInsn(ALOAD, REGS);
            push(r);
            mv.visitInsn(AALOAD);
            mv.visitVarInsn(ASTORE, FIRST_TEMP + t);
            clearSlot(r);
            inLocal.set(t);
            dirty.set(t);
        }
        mv.visitVarInsn(ALOAD, FIRST_TEMP + t);
    }

    /** {@code frame.regs[r] = null}. */
    private void clearSlot(int r) {
        mv.visitVarInsn(ALOAD, REGS);
        push(r);
        mv.visitInsn(ACONST_NULL);
        mv.visitInsn(AASTORE);
    }

    /**
     * After an instruction read the range {@code [first, first + n)} of {@code frame.regs}: the
     * temporaries there were consumed (their locals keep them), so their slots let go of the values
     * (a weak reference to an argument dies when CPython's would).
     */
    private void consumed(int first, int n) {
        int base = unit.crossBlockVregs;
        for (int r = Math.max(first, base); r < first + n; r++) {
            if (isTemporary(r) && inLocal.get(r - base)) {
                clearSlot(r);
                dirty.set(r - base);
            }
        }
    }

    /** Whether vreg {@code r} is a block-local temporary (kept in a JVM local; see the class comment). */
    private boolean isTemporary(int r) {
        return r >= unit.crossBlockVregs && !shared.get(r - unit.crossBlockVregs);
    }

    /**
     * Writes the temporaries among vregs {@code [first, first + n)} whose {@code frame.regs} slot is
     * stale back to it: before an instruction reads a range of the array (a call's arguments).
     */
    private void spillTemporaries(int first, int n) {
        noteRead(first, n);
        int base = unit.crossBlockVregs;
        int from = Math.max(first, base) - base, to = first + n - base;
        for (int t = dirty.nextSetBit(from); t >= 0 && t < to; t = dirty.nextSetBit(t + 1)) {
            mv.visitVarInsn(ALOAD, REGS);
            push(base + t);
            mv.visitVarInsn(ALOAD, FIRST_TEMP + t);
            mv.visitInsn(AASTORE);
        }
        if (from < to) {
            dirty.clear(from, to);
        }
    }

    /** After a runtime helper wrote vregs {@code [first, first + n)} into {@code frame.regs}: read them from there. */
    private void writtenInRegs(int first, int n) {
        noteWritten(first, n);
        int base = unit.crossBlockVregs;
        int from = Math.max(first, base) - base, to = first + n - base;
        if (from < to) {
            inLocal.clear(from, to);
            dirty.clear(from, to);
        }
    }

    /** A vreg operand that may be absent (-1): its value or null. */
    private void regOrNull(int r) {
        if (r < 0) {
            mv.visitInsn(ACONST_NULL);
        } else {
            reg(r);
        }
    }

    /** First half of a store into vreg {@code r}: the value follows, then {@link #store()}. */
    private void into(int r) {
        storeTarget = r;
        if (!isTemporary(r)) {
            mv.visitVarInsn(ALOAD, REGS);
            push(r);
        }
    }

    private void store() {
        int r = storeTarget;
        storeTarget = -1;
        noteWritten(r, 1);
        if (!isTemporary(r)) {
            mv.visitInsn(AASTORE);
            return;
        }
        int t = r - unit.crossBlockVregs;
        mv.visitVarInsn(ASTORE, FIRST_TEMP + t);
        inLocal.set(t);
        dirty.set(t);
    }

    /**
     * Constant {@code k}: a static final field, set from the class data by the class initializer.
     * (Not an {@code ldc} of a dynamic constant: HotSpot does not compile a method with a dynamic
     * constant that is not resolved yet, i.e. on a path that has not run.)
     */
    private void constant(int k) {
        usedConstants.set(k);
        mv.visitFieldInsn(GETSTATIC, CLASS_NAME, "k" + k, D_OBJ);
    }

    private final BitSet usedConstants = new BitSet();

    /** Fields for the profile and the constants used, and the class initializer that reads them from the class data. */
    private void emitConstants(ClassWriter cw) {
        cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "profile", D_PROFILE, null, null).visitEnd();
        for (int k = usedConstants.nextSetBit(0); k >= 0; k = usedConstants.nextSetBit(k + 1)) {
            cw.visitField(ACC_STATIC | ACC_FINAL | ACC_PRIVATE, "k" + k, D_OBJ, null, null).visitEnd();
        }
        MethodVisitor init = cw.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
        init.visitCode();
        init.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
                "()Ljava/lang/invoke/MethodHandles$Lookup;", false);
        init.visitLdcInsn("_");
        init.visitLdcInsn(org.objectweb.asm.Type.getType("Ljava/util/List;"));
        init.visitMethodInsn(INVOKESTATIC, "java/lang/invoke/MethodHandles", "classData",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;", false);
        init.visitTypeInsn(CHECKCAST, "java/util/List");
        init.visitVarInsn(ASTORE, 0);
        init.visitVarInsn(ALOAD, 0);
        pushTo(init, JitSupport.DATA_PROFILE);
        init.visitMethodInsn(INVOKEINTERFACE, "java/util/List", "get", "(I)" + D_OBJ, true);
        init.visitTypeInsn(CHECKCAST, PROFILE);
        init.visitFieldInsn(PUTSTATIC, CLASS_NAME, "profile", D_PROFILE);
        for (int k = usedConstants.nextSetBit(0); k >= 0; k = usedConstants.nextSetBit(k + 1)) {
            init.visitVarInsn(ALOAD, 0);
            pushTo(init, JitSupport.DATA_CONSTANTS + k);
            init.visitMethodInsn(INVOKEINTERFACE, "java/util/List", "get", "(I)" + D_OBJ, true);
            init.visitFieldInsn(PUTSTATIC, CLASS_NAME, "k" + k, D_OBJ);
        }
        init.visitInsn(org.objectweb.asm.Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
    }

    private static void pushTo(MethodVisitor v, int value) {
        if (value <= Short.MAX_VALUE) {
            v.visitIntInsn(SIPUSH, value);
        } else {
            v.visitLdcInsn(value);
        }
    }

    private void frame() {
        mv.visitVarInsn(ALOAD, FRAME);
    }

    private void regs() {
        mv.visitVarInsn(ALOAD, REGS);
    }

    private void call(String owner, String name, String descriptor) {
        mv.visitMethodInsn(INVOKESTATIC, owner, name, descriptor, false);
    }

    private void boxBoolean() {
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;", false);
    }

    /** Leaves the boolean on the stack xor'ed with the instruction's invert flag. */
    private void invert(int flag) {
        if (flag != 0) {
            mv.visitInsn(ICONST_1);
            mv.visitInsn(IXOR);
        }
    }

    private void site(String operation, String descriptor, String name, int operator, int site) {
        mv.visitInvokeDynamicInsn(operation, descriptor, OPERATION, name == null ? "" : name, operator, site);
    }

    private String ident(int n) {
        return (String) unit.constants[n];
    }

    /** Whether an instruction may run Python code (a call, a special method, a property): all but a few. */
    private static boolean mayRunCode(int op) {
        return op != LOAD_CONST && op != MOVE && op != CHECK_BOUND && op != DELETE_FAST && op != LOAD_GLOBAL
                && op != LOAD_DEREF && op != LOAD_CELL && op != MAKE_CELL && op != JUMP
                && op != org.pyston.api.code.Opcode.RETURN && op != RETURN_CONST && op != IS && op != BUILD_TUPLE;
    }

    private void instruction(int pc) {
        int op = ins.op(pc);
        if (pc != currentPc) {
            currentPc = pc;
            push(pc); // the failing instruction's offset, for the handler lookup and the traceback
            mv.visitVarInsn(ISTORE, PC);
        }
        if (mayRunCode(op)) {
            // the frame's line while it calls out: sys._getframe(1).f_lineno, traceback.extract_stack
            frame();
            push(pc);
            mv.visitFieldInsn(PUTFIELD, FRAME_CLASS, "pc", "I");
        }
        int a = ins.operand(pc, 0);
        if (op == LOAD_CONST) {
            into(a);
            constant(ins.operand(pc, 1));
            store();
            return;
        }
        if (op == MOVE) {
            into(a);
            reg(ins.operand(pc, 1));
            store();
            return;
        }
        if (op == CHECK_BOUND || op == DELETE_FAST) {
            Label ok = new Label();
            reg(a);
            mv.visitJumpInsn(IFNONNULL, ok);
            frame();
            mv.visitFieldInsn(GETFIELD, FRAME_CLASS, "code", "Lorg/pyston/api/code/CodeUnit;");
            push(ins.operand(pc, 1));
            call(OPS, "unboundLocal", "(Lorg/pyston/api/code/CodeUnit;I)Lorg/pyston/runtime/objects/PyException;");
            mv.visitInsn(ATHROW);
            mv.visitLabel(ok);
            if (op == DELETE_FAST) {
                into(a);
                mv.visitInsn(ACONST_NULL);
                store();
            }
            return;
        }
        if (op == LOAD_GLOBAL) {
            into(a);
            frame();
            site("global", "(" + D_FRAME + ")" + D_OBJ, ident(ins.operand(pc, 1)), 0, ins.operand(pc, 2));
            store();
            return;
        }
        if (op == STORE_GLOBAL) {
            frame();
            mv.visitFieldInsn(GETFIELD, PYFRAME, "globals", "Lorg/pyston/runtime/objects/PyDict;");
            mv.visitLdcInsn(ident(a));
            reg(ins.operand(pc, 1));
            mv.visitMethodInsn(INVOKEVIRTUAL, "org/pyston/runtime/objects/PyDict", "put", "(" + D_OBJ + D_OBJ + ")V",
                    false);
            return;
        }
        if (op == DELETE_GLOBAL || op == DELETE_NAME) {
            frame();
            mv.visitLdcInsn(ident(a));
            call(OPS, op == DELETE_GLOBAL ? "deleteGlobal" : "deleteName", "(" + D_FRAME + "Ljava/lang/String;)V");
            return;
        }
        if (op == LOAD_NAME) {
            into(a);
            frame();
            mv.visitLdcInsn(ident(ins.operand(pc, 1)));
            call(OPS, "loadName", "(" + D_FRAME + "Ljava/lang/String;)" + D_OBJ);
            store();
            return;
        }
        if (op == STORE_NAME) {
            frame();
            mv.visitLdcInsn(ident(a));
            reg(ins.operand(pc, 1));
            call(OPS, "storeName", "(" + D_FRAME + "Ljava/lang/String;" + D_OBJ + ")V");
            return;
        }
        if (op == LOAD_DEREF) {
            into(a);
            frame();
            push(ins.operand(pc, 1));
            call(OPS, "loadDeref", "(" + D_FRAME + "I)" + D_OBJ);
            store();
            return;
        }
        if (op == STORE_DEREF) {
            frame();
            mv.visitFieldInsn(GETFIELD, FRAME_CLASS, "cells", "[Ljava/lang/Object;");
            push(a);
            mv.visitInsn(AALOAD);
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PyCell");
            regOrNull(ins.operand(pc, 1));
            mv.visitFieldInsn(PUTFIELD, "org/pyston/runtime/objects/PyCell", "contents", D_OBJ);
            return;
        }
        if (op == LOAD_CELL) {
            into(a);
            frame();
            mv.visitFieldInsn(GETFIELD, FRAME_CLASS, "cells", "[Ljava/lang/Object;");
            push(ins.operand(pc, 1));
            mv.visitInsn(AALOAD);
            store();
            return;
        }
        if (op == LOAD_CLASSDEREF) {
            into(a);
            frame();
            mv.visitLdcInsn(ident(ins.operand(pc, 1)));
            push(ins.operand(pc, 2));
            call(OPS, "loadClassDeref", "(" + D_FRAME + "Ljava/lang/String;I)" + D_OBJ);
            store();
            return;
        }
        if (op == BINARY || op == COMPARE) {
            into(a);
            reg(ins.operand(pc, 2));
            reg(ins.operand(pc, 3));
            site(op == BINARY ? "binary" : "compare", "(" + D_OBJ + D_OBJ + ")" + D_OBJ, null, ins.operand(pc, 1),
                    ins.operand(pc, 4));
            store();
            return;
        }
        if (op == UNARY) {
            into(a);
            push(ins.operand(pc, 1));
            reg(ins.operand(pc, 2));
            call(ABSTRACT, "unaryOp", "(I" + D_OBJ + ")" + D_OBJ);
            store();
            return;
        }
        if (op == GET_ATTR) {
            into(a);
            reg(ins.operand(pc, 1));
            site("getattr", "(" + D_OBJ + ")" + D_OBJ, ident(ins.operand(pc, 2)), 0, ins.operand(pc, 3));
            store();
            return;
        }
        if (op == SET_ATTR) {
            reg(a);
            reg(ins.operand(pc, 2));
            site("setattr", "(" + D_OBJ + D_OBJ + ")V", ident(ins.operand(pc, 1)), 0, ins.operand(pc, 3));
            return;
        }
        if (op == DEL_ATTR) {
            reg(a);
            mv.visitLdcInsn(ident(ins.operand(pc, 1)));
            mv.visitInsn(ACONST_NULL);
            call(ABSTRACT, "setAttr", "(" + D_OBJ + "Ljava/lang/String;" + D_OBJ + ")V");
            return;
        }
        if (op == GET_ITEM) {
            into(a);
            reg(ins.operand(pc, 1));
            reg(ins.operand(pc, 2));
            site("getitem", "(" + D_OBJ + D_OBJ + ")" + D_OBJ, null, 0, ins.operand(pc, 3));
            store();
            return;
        }
        if (op == org.pyston.api.code.Opcode.GET_ITEM_CONST) {
            into(a);
            reg(ins.operand(pc, 1));
            constant(ins.operand(pc, 2));
            site("getitem", "(" + D_OBJ + D_OBJ + ")" + D_OBJ, null, 0, ins.operand(pc, 3));
            store();
            return;
        }
        if (op == SET_ITEM) {
            reg(a);
            reg(ins.operand(pc, 1));
            reg(ins.operand(pc, 2));
            site("setitem", "(" + D_OBJ + D_OBJ + D_OBJ + ")V", null, 0, ins.operand(pc, 3));
            return;
        }
        if (op == DEL_ITEM) {
            reg(a);
            reg(ins.operand(pc, 1));
            call(ABSTRACT, "delItem", "(" + D_OBJ + D_OBJ + ")V");
            return;
        }
        if (op == CALL) {
            int kw = ins.operand(pc, 4);
            spillTemporaries(ins.operand(pc, 2), ins.operand(pc, 3));
            into(a);
            reg(ins.operand(pc, 1));
            regs();
            push(ins.operand(pc, 2));
            push(ins.operand(pc, 3));
            if (kw < 0) {
                site("call", "(" + D_OBJ + "[Ljava/lang/Object;II)" + D_OBJ, null, 0, ins.operand(pc, 5));
            } else {
                constant(kw);
                call(SUPPORT, "callWithKeywords", "(" + D_OBJ + "[Ljava/lang/Object;II" + D_OBJ + ")" + D_OBJ);
            }
            consumed(ins.operand(pc, 2), ins.operand(pc, 3));
            store();
            return;
        }
        if (op == CALL_EX) {
            into(a);
            reg(ins.operand(pc, 1));
            reg(ins.operand(pc, 2));
            regOrNull(ins.operand(pc, 3));
            call(OPS, "callEx", "(" + D_OBJ + D_OBJ + D_OBJ + ")" + D_OBJ);
            store();
            return;
        }
        if (op == CALL_METHOD) {
            int kw = ins.operand(pc, 5);
            String name = ident(ins.operand(pc, 2));
            spillTemporaries(ins.operand(pc, 3), ins.operand(pc, 4));
            into(a);
            reg(ins.operand(pc, 1));
            if (kw < 0) {
                regs();
                push(ins.operand(pc, 3));
                push(ins.operand(pc, 4));
                site("callmethod", "(" + D_OBJ + "[Ljava/lang/Object;II)" + D_OBJ, name, 0, ins.operand(pc, 6));
            } else {
                mv.visitLdcInsn(name);
                regs();
                push(ins.operand(pc, 3));
                push(ins.operand(pc, 4));
                constant(kw);
                call(SUPPORT, "callMethodWithKeywords",
                        "(" + D_OBJ + "Ljava/lang/String;[Ljava/lang/Object;II" + D_OBJ + ")" + D_OBJ);
            }
            consumed(ins.operand(pc, 3), ins.operand(pc, 4));
            store();
            return;
        }
        if (op == BUILD_TUPLE || op == BUILD_LIST || op == BUILD_SET || op == BUILD_MAP || op == BUILD_STRING) {
            int n = ins.operand(pc, 2);
            spillTemporaries(ins.operand(pc, 1), op == BUILD_MAP ? 2 * n : n); // a map's keys and values alternate
            into(a);
            regs();
            push(ins.operand(pc, 1));
            push(ins.operand(pc, 2));
            if (op == BUILD_STRING) {
                call(OPS, "buildString", "([Ljava/lang/Object;II)Ljava/lang/String;");
            } else {
                call(SUPPORT, op == BUILD_TUPLE ? "buildTuple" : op == BUILD_LIST ? "buildList"
                        : op == BUILD_SET ? "buildSet" : "buildMap", "([Ljava/lang/Object;II)" + D_OBJ);
            }
            consumed(ins.operand(pc, 1), op == BUILD_MAP ? 2 * n : n);
            store();
            return;
        }
        if (op == BUILD_SLICE) {
            into(a);
            mv.visitTypeInsn(NEW, "org/pyston/runtime/objects/PySlice");
            mv.visitInsn(DUP);
            reg(ins.operand(pc, 1));
            reg(ins.operand(pc, 2));
            reg(ins.operand(pc, 3));
            mv.visitMethodInsn(INVOKESPECIAL, "org/pyston/runtime/objects/PySlice", "<init>",
                    "(" + D_OBJ + D_OBJ + D_OBJ + ")V", false);
            store();
            return;
        }
        if (op == FORMAT) {
            into(a);
            reg(ins.operand(pc, 1));
            push(ins.operand(pc, 2));
            regOrNull(ins.operand(pc, 3));
            call(OPS, "format", "(" + D_OBJ + "I" + D_OBJ + ")Ljava/lang/String;");
            store();
            return;
        }
        if (op == LIST_APPEND) {
            reg(a);
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PyList");
            reg(ins.operand(pc, 1));
            mv.visitMethodInsn(INVOKEVIRTUAL, "org/pyston/runtime/objects/PyList", "append", "(" + D_OBJ + ")V",
                    false);
            return;
        }
        if (op == LIST_EXTEND) {
            reg(a);
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PyList");
            reg(ins.operand(pc, 1));
            call(OPS, "listExtend", "(Lorg/pyston/runtime/objects/PyList;" + D_OBJ + ")V");
            return;
        }
        if (op == SET_ADD) {
            reg(a);
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PySet");
            reg(ins.operand(pc, 1));
            mv.visitMethodInsn(INVOKEVIRTUAL, "org/pyston/runtime/objects/PySet", "add", "(" + D_OBJ + ")V", false);
            return;
        }
        if (op == SET_UPDATE) {
            reg(a);
            reg(ins.operand(pc, 1));
            call(SUPPORT, "setUpdate", "(" + D_OBJ + D_OBJ + ")V");
            return;
        }
        if (op == MAP_SET) {
            reg(a);
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PyDict");
            reg(ins.operand(pc, 1));
            reg(ins.operand(pc, 2));
            mv.visitMethodInsn(INVOKEVIRTUAL, "org/pyston/runtime/objects/PyDict", "put", "(" + D_OBJ + D_OBJ + ")V",
                    false);
            return;
        }
        if (op == MAP_UPDATE) {
            reg(a);
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PyDict");
            reg(ins.operand(pc, 1));
            call(OPS, "updateMapping", "(Lorg/pyston/runtime/objects/PyDict;" + D_OBJ + ")V");
            return;
        }
        if (op == LIST_TO_TUPLE) {
            into(a);
            reg(ins.operand(pc, 1));
            call(SUPPORT, "listToTuple", "(" + D_OBJ + ")" + D_OBJ);
            store();
            return;
        }
        if (op == UNPACK) {
            regs();
            push(a);
            reg(ins.operand(pc, 1));
            push(ins.operand(pc, 2));
            push(ins.operand(pc, 3));
            call(OPS, "unpack", "([Ljava/lang/Object;I" + D_OBJ + "II)V");
            writtenInRegs(a, ins.operand(pc, 2));
            return;
        }
        if (op == MAKE_FUNCTION) {
            into(a);
            frame();
            constant(ins.operand(pc, 1));
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PyCode");
            regOrNull(ins.operand(pc, 2));
            regOrNull(ins.operand(pc, 3));
            regOrNull(ins.operand(pc, 4));
            call(OPS, "makeFunction", "(" + D_FRAME + "Lorg/pyston/runtime/objects/PyCode;" + D_OBJ + D_OBJ + D_OBJ
                    + ")Lorg/pyston/runtime/objects/PyFunction;");
            int annotations = ins.operand(pc, 5);
            if (annotations >= 0) {
                mv.visitInsn(DUP);
                mv.visitLdcInsn("__annotations__");
                reg(annotations);
                call(ABSTRACT, "setAttr", "(" + D_OBJ + "Ljava/lang/String;" + D_OBJ + ")V");
            }
            store();
            return;
        }
        if (op == BUILD_CLASS) {
            into(a);
            frame();
            reg(ins.operand(pc, 1));
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PyFunction");
            constant(ins.operand(pc, 2));
            mv.visitTypeInsn(CHECKCAST, "java/lang/String");
            reg(ins.operand(pc, 3));
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PyTuple");
            regOrNull(ins.operand(pc, 4));
            mv.visitTypeInsn(CHECKCAST, "org/pyston/runtime/objects/PyDict");
            call(OPS, "buildClass", "(" + D_FRAME + "Lorg/pyston/runtime/objects/PyFunction;Ljava/lang/String;"
                    + "Lorg/pyston/runtime/objects/PyTuple;Lorg/pyston/runtime/objects/PyDict;)" + D_OBJ);
            store();
            return;
        }
        if (op == MAKE_CELL) {
            frame();
            mv.visitFieldInsn(GETFIELD, FRAME_CLASS, "cells", "[Ljava/lang/Object;");
            push(a);
            mv.visitTypeInsn(NEW, "org/pyston/runtime/objects/PyCell");
            mv.visitInsn(DUP);
            regOrNull(ins.operand(pc, 1));
            mv.visitMethodInsn(INVOKESPECIAL, "org/pyston/runtime/objects/PyCell", "<init>", "(" + D_OBJ + ")V", false);
            mv.visitInsn(AASTORE);
            return;
        }
        if (op == JUMP) {
            edge(pc, a);
            return;
        }
        if (op == BRANCH) {
            Label no = new Label();
            reg(a);
            call(SUPPORT, "truth", "(" + D_OBJ + ")Z");
            mv.visitJumpInsn(IFEQ, no);
            edge(pc, ins.operand(pc, 1));
            mv.visitLabel(no);
            edge(pc, ins.operand(pc, 2));
            return;
        }
        if (op == GET_ITER) {
            into(a);
            reg(ins.operand(pc, 1));
            call(ABSTRACT, "iter", "(" + D_OBJ + ")Lorg/pyston/runtime/objects/PyIterator;");
            store();
            return;
        }
        if (op == FOR_ITER) {
            Label exhausted = new Label();
            reg(ins.operand(pc, 1));
            call(SUPPORT, "forNext", "(" + D_OBJ + ")" + D_OBJ);
            mv.visitVarInsn(ASTORE, TEMP);
            mv.visitVarInsn(ALOAD, TEMP);
            mv.visitJumpInsn(IFNULL, exhausted);
            into(a);
            mv.visitVarInsn(ALOAD, TEMP);
            store();
            edge(pc, ins.operand(pc, 2));
            mv.visitLabel(exhausted);
            edge(pc, ins.operand(pc, 3));
            return;
        }
        if (op == org.pyston.api.code.Opcode.RETURN_CONST) {
            frame();
            constant(a);
            mv.visitFieldInsn(PUTFIELD, PYFRAME, "result", D_OBJ);
            push(RETURNED);
            mv.visitInsn(IRETURN);
            return;
        }
        if (op == org.pyston.api.code.Opcode.RETURN) {
            frame();
            reg(a);
            mv.visitFieldInsn(PUTFIELD, PYFRAME, "result", D_OBJ);
            push(RETURNED);
            mv.visitInsn(IRETURN);
            return;
        }
        if (op == RAISE) {
            frame();
            regOrNull(a);
            regOrNull(ins.operand(pc, 1));
            call(OPS, "raise", "(" + D_FRAME + D_OBJ + D_OBJ + ")Lorg/pyston/runtime/objects/PyException;");
            mv.visitInsn(ATHROW);
            return;
        }
        if (op == RERAISE) {
            frame();
            reg(a);
            into(a); // the vreg is consumed, as in the interpreter
            mv.visitInsn(ACONST_NULL);
            store();
            push(ins.operand(pc, 1));
            call(SUPPORT, "reraise", "(" + D_FRAME + D_OBJ + "I)Lorg/pyston/runtime/objects/PyException;");
            mv.visitInsn(ATHROW);
            return;
        }
        if (op == RAISE_ASSERT) {
            regOrNull(a);
            call(SUPPORT, "assertionError", "(" + D_OBJ + ")Lorg/pyston/runtime/objects/PyException;");
            mv.visitInsn(ATHROW);
            return;
        }
        if (op == EXC_MATCH) {
            into(a);
            reg(ins.operand(pc, 1));
            reg(ins.operand(pc, 2));
            call(OPS, "excMatch", "(" + D_OBJ + D_OBJ + ")Z");
            boxBoolean();
            store();
            return;
        }
        if (op == PUSH_EXC) {
            frame();
            reg(a);
            call(SUPPORT, "pushException", "(" + D_FRAME + D_OBJ + ")V");
            return;
        }
        if (op == POP_EXC) {
            frame();
            call(SUPPORT, "popException", "(" + D_FRAME + ")V");
            return;
        }
        if (op == IMPORT_NAME) {
            into(a);
            frame();
            mv.visitLdcInsn(ident(ins.operand(pc, 1)));
            constant(ins.operand(pc, 2));
            push(ins.operand(pc, 3));
            call(OPS, "importName", "(" + D_FRAME + "Ljava/lang/String;" + D_OBJ + "I)" + D_OBJ);
            store();
            return;
        }
        if (op == IMPORT_FROM) {
            into(a);
            frame();
            reg(ins.operand(pc, 1));
            mv.visitLdcInsn(ident(ins.operand(pc, 2)));
            call(OPS, "importFrom", "(" + D_FRAME + D_OBJ + "Ljava/lang/String;)" + D_OBJ);
            store();
            return;
        }
        if (op == IMPORT_STAR) {
            frame();
            reg(a);
            call(OPS, "importStar", "(" + D_FRAME + D_OBJ + ")V");
            return;
        }
        if (op == WITH_ENTER) {
            regs();
            push(a);
            reg(ins.operand(pc, 1));
            push(ins.operand(pc, 2));
            call(SUPPORT, "withEnter", "([Ljava/lang/Object;I" + D_OBJ + "I)V");
            writtenInRegs(a, 1);
            writtenInRegs(ins.operand(pc, 2), 1);
            return;
        }
        if (op == WITH_EXIT) {
            into(a);
            reg(ins.operand(pc, 1));
            regOrNull(ins.operand(pc, 2));
            call(OPS, "withExit", "(" + D_OBJ + D_OBJ + ")" + D_OBJ);
            store();
            return;
        }
        if (op == IS) {
            into(a);
            reg(ins.operand(pc, 1));
            reg(ins.operand(pc, 2));
            call(SUPPORT, "is", "(" + D_OBJ + D_OBJ + ")Z");
            invert(ins.operand(pc, 3));
            boxBoolean();
            store();
            return;
        }
        if (op == CONTAINS) {
            into(a);
            reg(ins.operand(pc, 2));
            reg(ins.operand(pc, 1));
            call(ABSTRACT, "contains", "(" + D_OBJ + D_OBJ + ")Z");
            invert(ins.operand(pc, 3));
            boxBoolean();
            store();
            return;
        }
        if (op == TO_BOOL) {
            into(a);
            reg(ins.operand(pc, 1));
            call(ABSTRACT, "isTrue", "(" + D_OBJ + ")Z");
            invert(ins.operand(pc, 2));
            boxBoolean();
            store();
            return;
        }
        if (op == LOAD_LOCALS) {
            into(a);
            frame();
            call(SUPPORT, "loadLocals", "(" + D_FRAME + ")" + D_OBJ);
            store();
            return;
        }
        if (op == ITER_MARK) {
            into(a);
            frame();
            call(OPS, "iterMark", "(" + D_FRAME + ")" + D_OBJ);
            store();
            return;
        }
        if (op == CLOSE_OWNED_ITER) {
            frame();
            reg(a);
            reg(ins.operand(pc, 1));
            call(OPS, "closeOwnedIterator", "(" + D_FRAME + D_OBJ + D_OBJ + ")V");
            return;
        }
        if (op == GEN_OWNS) {
            frame();
            reg(a);
            reg(ins.operand(pc, 1));
            reg(ins.operand(pc, 2));
            call(OPS, "generatorOwns", "(" + D_FRAME + D_OBJ + D_OBJ + D_OBJ + ")V");
            return;
        }
        throw new IllegalStateException("the baseline JIT does not translate " + org.pyston.api.code.Opcode.name(op));
    }

}
