package org.pyston.interp.internal;

import static org.pyston.api.code.CodeUnit.ABSENT;
import static org.pyston.api.code.CodeUnit.blockStart;
import static org.pyston.api.code.Opcode.*;

import org.pyston.api.code.CodeUnit;
import org.pyston.api.frame.Frame;
import org.pyston.api.profile.Profile;
import org.pyston.api.tier.CompiledCode;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.AttributeSite;
import org.pyston.runtime.objects.Coroutines;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.GlobalSite;
import org.pyston.runtime.objects.ExceptionGroups;
import org.pyston.runtime.objects.Ops;
import org.pyston.runtime.objects.PyBaseException;
import org.pyston.runtime.objects.PyCell;
import org.pyston.runtime.objects.PyCode;
import org.pyston.runtime.objects.PyDict;
import org.pyston.runtime.objects.PyException;
import org.pyston.runtime.objects.PyFrame;
import org.pyston.runtime.objects.PyFunction;
import org.pyston.runtime.objects.PyIterator;
import org.pyston.runtime.objects.PyList;
import org.pyston.runtime.objects.PySet;
import org.pyston.runtime.objects.PySlice;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.Singletons;
import org.pyston.runtime.objects.TypeCalls;

/**
 * The interpreter: runs a code unit's register bytecode on the shared frame.
 *
 * <p>How it works. {@link #execute} starts at {@code frame.nextBlock} (a function's entry is
 * block 0; a resumed generator or a frame handed over by another tier starts wherever it stopped)
 * and dispatches one {@code switch} per instruction over the unit's bytes: the opcode byte, then
 * its operand bytes (vreg numbers, constant/name indexes, block indexes; {@code CodeUnit.ABSENT}
 * for an absent one). The hottest instructions run inline in their narrow form; every other
 * instruction, and any instruction in a wide form (a prefix byte, which is negative), goes to
 * {@code slow}, which decodes operands through {@code CodeUnit.operand} and so runs every form. Jumps find a block's offset in the table
 * after the instructions ({@code CodeUnit.blockStart(code, codeLength, b)}). Values live only
 * in {@code frame.regs}, so at every block start the frame alone says everything another tier
 * needs to continue.
 *
 * <p>Exceptions: any {@link PyException} thrown while executing is caught around the dispatch
 * loop, recorded in the exception's traceback for this frame, and looked up in the unit's
 * exception table by the failing instruction's offset; a handler gets the exception in its vreg
 * and execution continues at its block, otherwise the exception leaves the frame.
 *
 * <p>Tiering: a jump backwards counts a back-edge in the profile; when the profile's heat reaches
 * its next threshold the frame returns {@link CompiledCode#CONTINUE_ELSEWHERE} with
 * {@code nextBlock} at the loop header, and the runtime asks the tier ladder which code
 * continues it (on-stack replacement at a block boundary).
 *
 * <p>The dispatch loop stays small for HotSpot. C2 compiles {@code execute} as one unit with one
 * inlining budget (about 8,000 bytecodes, {@code execute} itself included) shared by every case,
 * and a case whose call tree takes it leaves the later cases with out-of-line calls down to
 * {@code Long.longValue}. So a case inline holds only a small fast path: exact int/float
 * arithmetic, what a site cache already answers ({@code AttributeSite.getCached},
 * {@code GlobalSite.loadCached}, ...), a Python function whose arguments bind by copying. Anything
 * else, generic operations and cache fills included, runs the instruction in {@code slow()},
 * which is too large for HotSpot to inline and so holds the big call trees out of the loop. C2
 * also parses a switch's cases from the highest key down, spending the budget in that order: the
 * loop switches on the negated opcode so that the hottest, low-numbered instructions come first.
 */
final class Interpreter implements CompiledCode {
    private final CodeUnit unit;
    private final InterpreterTier tier;
    /** The caches of this unit's dynamic-operation sites, by site index (made on a site's first execution). */
    private final Object[] sites;

    Interpreter(CodeUnit unit, InterpreterTier tier) {
        this.unit = unit;
        this.tier = tier;
        this.sites = new Object[unit.siteCount];
    }

    /** The attribute cache of site {@code site}, for attribute {@code name}. */
    private AttributeSite attributeSite(int site, String name) {
        Object s = sites[site];
        if (s == null) {
            s = new AttributeSite(name);
            sites[site] = s;
        }
        return (AttributeSite) s;
    }

    /** The global-name cache of site {@code site}, for name {@code name}. */
    private GlobalSite globalSite(int site, String name) {
        Object s = sites[site];
        if (s == null) {
            s = new GlobalSite(name);
            sites[site] = s;
        }
        return (GlobalSite) s;
    }

    @Override
    public String tierName() {
        return "interp";
    }

    @Override
    public boolean isValid() {
        return tier.isActive();
    }

    @Override
    public Object execute(Frame f0) {
        PyFrame f = (PyFrame) f0;
        final CodeUnit u = unit;
        final byte[] code = u.code;
        final int blocks = u.codeLength; // the block-start table follows the instructions
        final Object[] regs = f.regs;
        final Object[] consts = u.constants;
        final Profile profile = f.pycode.profile;
        int pc = blockStart(code, blocks, f.nextBlock);
        if (f.pendingThrow != null) {
            // generator.throw()/close(): raised where the frame suspended (f.pc, its YIELD/YIELD_FROM)
            PyBaseException pending = f.pendingThrow;
            f.pendingThrow = null;
            pc = handle(f, pending.toThrowable(), f.pc);
        }
        while (true) {
            try {
                while (true) {
                    switch (-code[pc]) { // negated: see the class comment; a prefix byte (negative) goes to slow()
                        case 0: // LOAD_CONST (the hot instructions are inline here; the rest is in slow())
                            regs[code[pc + 1] & 0xff] = consts[code[pc + 2] & 0xff];
                            pc += 3;
                            break;
                        case -1: // MOVE
                            regs[code[pc + 1] & 0xff] = regs[code[pc + 2] & 0xff];
                            pc += 3;
                            break;
                        case -2: // CHECK_BOUND
                            if (regs[code[pc + 1] & 0xff] == null) {
                                throw Ops.unboundLocal(u, code[pc + 2] & 0xff);
                            }
                            pc += 3;
                            break;
                        case -4: { // LOAD_GLOBAL
                            Object v = globalSite(code[pc + 3] & 0xff, (String) consts[code[pc + 2] & 0xff]).loadCached(f);
                            if (v == null) {
                                pc = slow(f, code, pc, regs, consts, profile); // fills the site, or NameError
                                break;
                            }
                            regs[code[pc + 1] & 0xff] = v;
                            pc += 4;
                            break;
                        }
                        case -10: // LOAD_DEREF
                            regs[code[pc + 1] & 0xff] = Ops.loadDeref(f, code[pc + 2] & 0xff);
                            pc += 3;
                            break;
                        case -14: { // BINARY
                            int bop = code[pc + 2] & 0xff;
                            Object a = regs[code[pc + 3] & 0xff], b = regs[code[pc + 4] & 0xff];
                            Object r;
                            // int and float are immutable, so `a op= b` is `a op b` for them: one fast path for both
                            int base = bop & ~INPLACE;
                            if (a instanceof Long x && b instanceof Long y && base <= 1) {
                                long s = base == 0 ? x + y : x - y;
                                r = (base == 0 ? ((x ^ s) & (y ^ s)) < 0 : ((x ^ y) & (x ^ s)) < 0)
                                        ? Abstract.binaryOp(Abstract.BinaryOp.of(base), a, b) : (Object) s;
                            } else if (a instanceof Double x && b instanceof Double y && base <= 2) {
                                // float +, -, * never raise: the common case of numeric code
                                double dx = x, dy = y;
                                r = base == 0 ? dx + dy : base == 1 ? dx - dy : dx * dy;
                            } else if ((r = FastPaths.binary(base, a, b)) == null) {
                                pc = slow(f, code, pc, regs, consts, profile); // the generic operation
                                break;
                            }
                            regs[code[pc + 1] & 0xff] = r;
                            pc += 6;
                            break;
                        }
                        case -16: { // COMPARE
                            Object a = regs[code[pc + 3] & 0xff], b = regs[code[pc + 4] & 0xff];
                            int cmp = code[pc + 2] & 0xff;
                            if (a instanceof Long x && b instanceof Long y) {
                                long l = x, rr = y;
                                regs[code[pc + 1] & 0xff] = outcome(cmp, l < rr, l == rr, l > rr);
                            } else if (a instanceof Double x && b instanceof Double y) {
                                double l = x, rr = y;
                                regs[code[pc + 1] & 0xff] = outcome(cmp, l < rr, l == rr, l > rr); // NaN: all false, as Python
                            } else if (a instanceof String x && b instanceof String y && (cmp == 2 || cmp == 3)) {
                                regs[code[pc + 1] & 0xff] = x.equals(y) == (cmp == 2);
                            } else {
                                pc = slow(f, code, pc, regs, consts, profile); // int-float, then the generic comparison
                                break;
                            }
                            pc += 6;
                            break;
                        }
                        case -17: { // GET_ATTR (what the site's cache answers; else the full path, where a property or __getattr__ may run)
                            f.pc = pc;
                            Object v = attributeSite(code[pc + 4] & 0xff, (String) consts[code[pc + 3] & 0xff]).getCached(regs[code[pc + 2] & 0xff]);
                            if (v == null) {
                                pc = slow(f, code, pc, regs, consts, profile);
                                break;
                            }
                            regs[code[pc + 1] & 0xff] = v;
                            pc += 5;
                            break;
                        }
                        case -18: // SET_ATTR
                            f.pc = pc;
                            if (!attributeSite(code[pc + 4] & 0xff, (String) consts[code[pc + 2] & 0xff]).setCached(regs[code[pc + 1] & 0xff], regs[code[pc + 3] & 0xff])) {
                                pc = slow(f, code, pc, regs, consts, profile);
                                break;
                            }
                            pc += 5;
                            break;
                        case -20: { // GET_ITEM
                            Object obj = regs[code[pc + 2] & 0xff], key = regs[code[pc + 3] & 0xff];
                            Object v = null;
                            // exact built-in types only: a subclass may define __getitem__ or __missing__
                            if (key instanceof Long i) {
                                if (obj instanceof PyList l && i >= 0 && i < l.size && l.type() == PyList.TYPE) {
                                    v = l.items[(int) (long) i];
                                } else if (obj instanceof PyTuple t && i >= 0 && i < t.items.length
                                        && t.type() == PyTuple.TYPE) {
                                    v = t.items[(int) (long) i];
                                }
                            } else if (key instanceof String s && obj instanceof PyDict d && d.type() == PyDict.TYPE) {
                                v = d.map.getStr(s);
                            }
                            if (v == null) {
                                pc = slow(f, code, pc, regs, consts, profile);
                                break;
                            }
                            regs[code[pc + 1] & 0xff] = v;
                            pc += 5;
                            break;
                        }
                        case -81: { // GET_ITEM_CONST (an int key)
                            Object obj = regs[code[pc + 2] & 0xff], key = consts[code[pc + 3] & 0xff];
                            Object v = null;
                            long i = (Long) key;
                            if (obj instanceof PyList l && i >= 0 && i < l.size && l.type() == PyList.TYPE) {
                                v = l.items[(int) i];
                            } else if (obj instanceof PyTuple t && i >= 0 && i < t.items.length && t.type() == PyTuple.TYPE) {
                                v = t.items[(int) i];
                            }
                            if (v == null) {
                                pc = slow(f, code, pc, regs, consts, profile);
                                break;
                            }
                            regs[code[pc + 1] & 0xff] = v;
                            pc += 5;
                            break;
                        }
                        case -21: { // SET_ITEM
                            Object obj = regs[code[pc + 1] & 0xff], key = regs[code[pc + 2] & 0xff];
                            if (obj instanceof PyList l && key instanceof Long i && i >= 0 && i < l.size
                                    && l.type() == PyList.TYPE) {
                                l.items[(int) (long) i] = regs[code[pc + 3] & 0xff];
                                pc += 5;
                            } else {
                                pc = slow(f, code, pc, regs, consts, profile);
                            }
                            break;
                        }
                        case -23: { // CALL
                            f.pc = pc; // the caller's line while the callee runs (f_lineno, logging, warnings)
                            int first = code[pc + 3] & 0xff, n = code[pc + 4] & 0xff, kw = code[pc + 5] & 0xff;
                            Object callee = regs[code[pc + 2] & 0xff];
                            if (kw == ABSENT && callee instanceof PyFunction pf && pf.bindsByCopy(n)) {
                                regs[code[pc + 1] & 0xff] = pf.callCopying(regs, first, n);
                                pc += 7;
                                break;
                            }
                            pc = slow(f, code, pc, regs, consts, profile);
                            break;
                        }
                        case -25: { // CALL_METHOD
                            f.pc = pc;
                            int first = code[pc + 4] & 0xff, n = code[pc + 5] & 0xff, kw = code[pc + 6] & 0xff;
                            Object r;
                            if (kw != ABSENT || (r = attributeSite(code[pc + 7] & 0xff, (String) consts[code[pc + 3] & 0xff])
                                    .callMethodCached(regs[code[pc + 2] & 0xff], regs, first, n)) == AttributeSite.NOT_CACHED) {
                                pc = slow(f, code, pc, regs, consts, profile);
                                break;
                            }
                            regs[code[pc + 1] & 0xff] = r;
                            pc += 8;
                            break;
                        }
                        case -26: { // BUILD_TUPLE
                            int n = code[pc + 3] & 0xff;
                            Object[] items = new Object[n];
                            System.arraycopy(regs, code[pc + 2] & 0xff, items, 0, n);
                            regs[code[pc + 1] & 0xff] = PyTuple.of(items);
                            pc += 4;
                            break;
                        }
                        case -33: // LIST_APPEND
                            ((PyList) regs[code[pc + 1] & 0xff]).append(regs[code[pc + 2] & 0xff]);
                            pc += 3;
                            break;
                        case -44: { // JUMP
                            int target = blockStart(code, blocks, code[pc + 1] & 0xff);
                            if (target <= pc && ++profile.backEdges >= profile.nextThreshold) {
                                f.nextBlock = code[pc + 1] & 0xff;
                                return CONTINUE_ELSEWHERE;
                            }
                            pc = target;
                            break;
                        }
                        case -45: { // BRANCH
                            Object c = regs[code[pc + 1] & 0xff];
                            boolean t = c instanceof Boolean b ? b : c instanceof Long l ? l != 0 : isTrue(f, pc, c);
                            pc = blockStart(code, blocks, (code[pc + (t ? 2 : 3)] & 0xff));
                            break;
                        }
                        case -47: { // FOR_ITER (a generator's next runs Python code)
                            f.pc = pc;
                            Object it = regs[code[pc + 2] & 0xff];
                            Object v = it instanceof PyIterator pi ? pi.next() : Abstract.next(it);
                            if (v == null) {
                                pc = blockStart(code, blocks, code[pc + 4] & 0xff);
                                break;
                            }
                            regs[code[pc + 1] & 0xff] = v;
                            pc = blockStart(code, blocks, code[pc + 3] & 0xff);
                            break;
                        }
                        case -48: // RETURN
                            return regs[code[pc + 1] & 0xff];
                        case -60: // IS
                            regs[code[pc + 1] & 0xff] = (regs[code[pc + 2] & 0xff] == regs[code[pc + 3] & 0xff]
                                    || identical(regs[code[pc + 2] & 0xff], regs[code[pc + 3] & 0xff])) ^ ((code[pc + 4] & 0xff) != 0);
                            pc += 5;
                            break;
                        case -62: { // TO_BOOL
                            Object c = regs[code[pc + 2] & 0xff];
                            boolean t = c instanceof Boolean b ? b : c instanceof Long l ? l != 0 : isTrue(f, pc, c);
                            regs[code[pc + 1] & 0xff] = t ^ ((code[pc + 3] & 0xff) != 0);
                            pc += 4;
                            break;
                        }
                        default:
                            pc = slow(f, code, pc, regs, consts, profile);
                            if (pc < 0) {
                                return f.suspended || pc == RETURNED ? result(f) : CONTINUE_ELSEWHERE;
                            }
                            break;
                    }
                }
            } catch (PyException e) {
                pc = handle(f, e, pc);
            }
        }
    }

    /** Truth of a value that is not a bool or an int: may call {@code __bool__}/{@code __len__}. */
    private static boolean isTrue(PyFrame f, int pc, Object c) {
        f.pc = pc;
        return Abstract.isTrue(c);
    }

    private static final int RETURNED = -1;
    private static final int HANDED_OVER = -2;

    /** The frame's return (or yield) value, parked in the frame between slow() and execute(). */
    private static Object result(PyFrame f) {
        Object r = f.result;
        f.result = null;
        return r;
    }

    /** Finds this frame's handler for {@code e} at {@code pc}, or rethrows. */
    private int handle(PyFrame f, PyException e, int pc) {
        Ops.recordTraceback(f, e.exception, pc);
        int i = unit.handlerAt(pc);
        if (i < 0) {
            throw e;
        }
        f.regs[unit.handlerReg(i)] = e.exception;
        return unit.blockStart(unit.handlerBlock(i));
    }

    /**
     * Every instruction but the three hottest. Returns the next pc, or a negative value when the
     * frame stops: {@link #RETURNED} (value in frame.result), {@link #HANDED_OVER}, or a suspension.
     */
    private int slow(PyFrame f, byte[] code, int pc, Object[] regs, Object[] consts, Profile profile) {
        f.pc = pc; // any of these may call Python code, which may look at this frame's line
        int op = CodeUnit.opcode(code, pc);
        switch (-op) { // negated, as in execute: C2 then spends the inlining budget on the common low-numbered instructions first
            // The wide forms of the instructions execute() runs inline (large units only).
            case 0: // LOAD_CONST
                regs[arg(code, pc, 0)] = consts[arg(code, pc, 1)];
                return CodeUnit.next(code, pc);
            case -1: // MOVE
                regs[arg(code, pc, 0)] = regs[arg(code, pc, 1)];
                return CodeUnit.next(code, pc);
            case -2: // CHECK_BOUND
                if (regs[arg(code, pc, 0)] == null) {
                    throw Ops.unboundLocal(unit, arg(code, pc, 1));
                }
                return CodeUnit.next(code, pc);
            case -4: // LOAD_GLOBAL
                regs[arg(code, pc, 0)] = globalSite(arg(code, pc, 2), (String) consts[arg(code, pc, 1)]).load(f);
                return CodeUnit.next(code, pc);
            case -10: // LOAD_DEREF
                regs[arg(code, pc, 0)] = Ops.loadDeref(f, arg(code, pc, 1));
                return CodeUnit.next(code, pc);
            case -14: { // BINARY
                int bop = arg(code, pc, 1), base = bop & ~INPLACE;
                Object a = regs[arg(code, pc, 2)], b = regs[arg(code, pc, 3)];
                regs[arg(code, pc, 0)] = base != bop ? Abstract.inplaceOp(Abstract.BinaryOp.of(base), a, b)
                        : Abstract.binaryOp(Abstract.BinaryOp.of(bop), a, b);
                return CodeUnit.next(code, pc);
            }
            case -16: { // COMPARE
                int cmp = arg(code, pc, 1);
                Object a = regs[arg(code, pc, 2)], b = regs[arg(code, pc, 3)], r = FastPaths.mixedCompare(cmp, a, b);
                regs[arg(code, pc, 0)] = r != null ? r : Abstract.compare(Abstract.CompareOp.of(cmp), a, b);
                return CodeUnit.next(code, pc);
            }
            case -17: // GET_ATTR
                regs[arg(code, pc, 0)] = attributeSite(arg(code, pc, 3), (String) consts[arg(code, pc, 2)])
                        .get(regs[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -18: // SET_ATTR
                attributeSite(arg(code, pc, 3), (String) consts[arg(code, pc, 1)])
                        .set(regs[arg(code, pc, 0)], regs[arg(code, pc, 2)]);
                return CodeUnit.next(code, pc);
            case -20: // GET_ITEM
                regs[arg(code, pc, 0)] = Abstract.getItem(regs[arg(code, pc, 1)], regs[arg(code, pc, 2)]);
                return CodeUnit.next(code, pc);
            case -21: // SET_ITEM
                Abstract.setItem(regs[arg(code, pc, 0)], regs[arg(code, pc, 1)], regs[arg(code, pc, 2)]);
                return CodeUnit.next(code, pc);
            case -23: { // CALL
                int first = arg(code, pc, 2), n = arg(code, pc, 3), kw = arg(code, pc, 4);
                if (kw < 0 && regs[arg(code, pc, 1)] instanceof PyFunction pf) {
                    regs[arg(code, pc, 0)] = pf.callFromRegisters(regs, first, n);
                    return CodeUnit.next(code, pc);
                }
                if (kw < 0 && regs[arg(code, pc, 1)] instanceof PyType t) {
                    // a class: a plain one's __init__ gets the arguments straight from the vregs
                    regs[arg(code, pc, 0)] = TypeCalls.callFromRegisters(t, regs, first, n);
                    return CodeUnit.next(code, pc);
                }
                Object[] args = new Object[n];
                System.arraycopy(regs, first, args, 0, n);
                String[] kwnames = kw < 0 ? null : kwnames(consts[kw]);
                Object fn = regs[arg(code, pc, 1)];
                regs[arg(code, pc, 0)] = fn instanceof PyFunction pf ? pf.call(args, kwnames)
                        : Abstract.call(fn, args, kwnames);
                return CodeUnit.next(code, pc);
            }
            case -25: { // CALL_METHOD
                int first = arg(code, pc, 3), n = arg(code, pc, 4), kw = arg(code, pc, 5);
                if (kw < 0) {
                    regs[arg(code, pc, 0)] = attributeSite(arg(code, pc, 6), (String) consts[arg(code, pc, 2)])
                            .callMethod(regs[arg(code, pc, 1)], regs, first, n);
                    return CodeUnit.next(code, pc);
                }
                Object[] args = new Object[n];
                System.arraycopy(regs, first, args, 0, n);
                regs[arg(code, pc, 0)] = attributeSite(arg(code, pc, 6), (String) consts[arg(code, pc, 2)])
                        .callMethod(regs[arg(code, pc, 1)], args, kw < 0 ? null : kwnames(consts[kw]));
                return CodeUnit.next(code, pc);
            }
            case -26: { // BUILD_TUPLE
                int n = arg(code, pc, 2);
                Object[] items = new Object[n];
                System.arraycopy(regs, arg(code, pc, 1), items, 0, n);
                regs[arg(code, pc, 0)] = PyTuple.of(items);
                return CodeUnit.next(code, pc);
            }
            case -33: // LIST_APPEND
                ((PyList) regs[arg(code, pc, 0)]).append(regs[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -44: { // JUMP
                int b = arg(code, pc, 0), target = CodeUnit.blockStart(code, unit.codeLength, b);
                if (target <= pc && ++profile.backEdges >= profile.nextThreshold) {
                    f.nextBlock = b;
                    return HANDED_OVER;
                }
                return target;
            }
            case -45: { // BRANCH
                Object c = regs[arg(code, pc, 0)];
                return CodeUnit.blockStart(code, unit.codeLength, arg(code, pc, Abstract.isTrue(c) ? 1 : 2));
            }
            case -47: { // FOR_ITER
                Object v = Abstract.next(regs[arg(code, pc, 1)]);
                if (v == null) {
                    return CodeUnit.blockStart(code, unit.codeLength, arg(code, pc, 3));
                }
                regs[arg(code, pc, 0)] = v;
                return CodeUnit.blockStart(code, unit.codeLength, arg(code, pc, 2));
            }
            case -60: { // IS
                Object a = regs[arg(code, pc, 1)], b = regs[arg(code, pc, 2)];
                regs[arg(code, pc, 0)] = (a == b || identical(a, b)) ^ (arg(code, pc, 3) != 0);
                return CodeUnit.next(code, pc);
            }
            case -62: // TO_BOOL
                regs[arg(code, pc, 0)] = Abstract.isTrue(regs[arg(code, pc, 1)]) ^ (arg(code, pc, 2) != 0);
                return CodeUnit.next(code, pc);
            case -3: // DELETE_FAST
                if (regs[arg(code, pc, 0)] == null) {
                    throw Ops.unboundLocal(unit, arg(code, pc, 1));
                }
                regs[arg(code, pc, 0)] = null;
                return CodeUnit.next(code, pc);
            case -5: // STORE_GLOBAL
                f.globals.put((String) consts[arg(code, pc, 0)], regs[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -6: // DELETE_GLOBAL
                Ops.deleteGlobal(f, (String) consts[arg(code, pc, 0)]);
                return CodeUnit.next(code, pc);
            case -7: // LOAD_NAME
                regs[arg(code, pc, 0)] = Ops.loadName(f, (String) consts[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -8: // STORE_NAME
                Ops.storeName(f, (String) consts[arg(code, pc, 0)], regs[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -9: // DELETE_NAME
                Ops.deleteName(f, (String) consts[arg(code, pc, 0)]);
                return CodeUnit.next(code, pc);
            case -11: { // STORE_DEREF
                int src = arg(code, pc, 1);
                ((PyCell) f.cells[arg(code, pc, 0)]).contents = src < 0 ? null : regs[src];
                return CodeUnit.next(code, pc);
            }
            case -12: // LOAD_CELL
                regs[arg(code, pc, 0)] = f.cells[arg(code, pc, 1)];
                return CodeUnit.next(code, pc);
            case -13: // LOAD_CLASSDEREF
                regs[arg(code, pc, 0)] = Ops.loadClassDeref(f, (String) consts[arg(code, pc, 1)], arg(code, pc, 2));
                return CodeUnit.next(code, pc);
            case -15: // UNARY
                regs[arg(code, pc, 0)] = Abstract.unaryOp(arg(code, pc, 1), regs[arg(code, pc, 2)]);
                return CodeUnit.next(code, pc);
            case -19: // DEL_ATTR
                Abstract.setAttr(regs[arg(code, pc, 0)], (String) consts[arg(code, pc, 1)], null);
                return CodeUnit.next(code, pc);
            case -22: // DEL_ITEM
                Abstract.delItem(regs[arg(code, pc, 0)], regs[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -24: { // CALL_EX
                int kw = arg(code, pc, 3);
                regs[arg(code, pc, 0)] = Ops.callEx(regs[arg(code, pc, 1)], regs[arg(code, pc, 2)], kw < 0 ? null : regs[kw]);
                return CodeUnit.next(code, pc);
            }
            case -27: { // BUILD_LIST
                int n = arg(code, pc, 2);
                Object[] items = new Object[Math.max(n, 4)];
                System.arraycopy(regs, arg(code, pc, 1), items, 0, n);
                regs[arg(code, pc, 0)] = new PyList(items, n);
                return CodeUnit.next(code, pc);
            }
            case -28: { // BUILD_SET
                int n = arg(code, pc, 2), first = arg(code, pc, 1);
                PySet s = new PySet(false);
                for (int i = 0; i < n; i++) {
                    s.add(regs[first + i]);
                }
                regs[arg(code, pc, 0)] = s;
                return CodeUnit.next(code, pc);
            }
            case -29: { // BUILD_MAP
                int n = arg(code, pc, 2), first = arg(code, pc, 1);
                PyDict d = new PyDict(n);
                for (int i = 0; i < n; i++) {
                    d.put(regs[first + 2 * i], regs[first + 2 * i + 1]);
                }
                regs[arg(code, pc, 0)] = d;
                return CodeUnit.next(code, pc);
            }
            case -30: // BUILD_SLICE
                regs[arg(code, pc, 0)] = new PySlice(regs[arg(code, pc, 1)], regs[arg(code, pc, 2)], regs[arg(code, pc, 3)]);
                return CodeUnit.next(code, pc);
            case -31: // BUILD_STRING
                regs[arg(code, pc, 0)] = Ops.buildString(regs, arg(code, pc, 1), arg(code, pc, 2));
                return CodeUnit.next(code, pc);
            case -32: { // FORMAT
                int spec = arg(code, pc, 3);
                regs[arg(code, pc, 0)] = Ops.format(regs[arg(code, pc, 1)], arg(code, pc, 2), spec < 0 ? null : regs[spec]);
                return CodeUnit.next(code, pc);
            }
            case -34: // LIST_EXTEND
                Ops.listExtend((PyList) regs[arg(code, pc, 0)], regs[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -35: // SET_ADD
                ((PySet) regs[arg(code, pc, 0)]).add(regs[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -36: { // SET_UPDATE
                PySet s = (PySet) regs[arg(code, pc, 0)];
                PyIterator it = Abstract.iter(regs[arg(code, pc, 1)]);
                for (Object v = it.next(); v != null; v = it.next()) {
                    s.add(v);
                }
                return CodeUnit.next(code, pc);
            }
            case -37: // MAP_SET
                ((PyDict) regs[arg(code, pc, 0)]).put(regs[arg(code, pc, 1)], regs[arg(code, pc, 2)]);
                return CodeUnit.next(code, pc);
            case -38: // MAP_UPDATE (dict displays: later keys win)
                Ops.updateMapping((PyDict) regs[arg(code, pc, 0)], regs[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -39: { // LIST_TO_TUPLE
                PyList l = (PyList) regs[arg(code, pc, 1)];
                regs[arg(code, pc, 0)] = PyTuple.of(l.toArray());
                return CodeUnit.next(code, pc);
            }
            case -40: // UNPACK
                Ops.unpack(regs, arg(code, pc, 0), regs[arg(code, pc, 1)], arg(code, pc, 2), arg(code, pc, 3));
                return CodeUnit.next(code, pc);
            case -41: { // MAKE_FUNCTION
                int d = arg(code, pc, 2), kd = arg(code, pc, 3), cl = arg(code, pc, 4), an = arg(code, pc, 5);
                Object fn = Ops.makeFunction(f, (PyCode) consts[arg(code, pc, 1)], d < 0 ? null : regs[d],
                        kd < 0 ? null : regs[kd], cl < 0 ? null : regs[cl]);
                if (an >= 0) {
                    Abstract.setAttr(fn, "__annotations__", regs[an]);
                }
                regs[arg(code, pc, 0)] = fn;
                return CodeUnit.next(code, pc);
            }
            case -42: { // BUILD_CLASS
                int kw = arg(code, pc, 4);
                regs[arg(code, pc, 0)] = Ops.buildClass(f, (PyFunction) regs[arg(code, pc, 1)], (String) consts[arg(code, pc, 2)],
                        (PyTuple) regs[arg(code, pc, 3)], kw < 0 ? null : (PyDict) regs[kw]);
                return CodeUnit.next(code, pc);
            }
            case -43: { // MAKE_CELL
                int src = arg(code, pc, 1);
                f.cells[arg(code, pc, 0)] = new PyCell(src < 0 ? null : regs[src]);
                return CodeUnit.next(code, pc);
            }
            case -46: // GET_ITER
                regs[arg(code, pc, 0)] = Abstract.iter(regs[arg(code, pc, 1)]);
                return CodeUnit.next(code, pc);
            case -48: // RETURN
                f.result = regs[arg(code, pc, 0)];
                return RETURNED;
            case -80: // RETURN_CONST
                f.result = consts[arg(code, pc, 0)];
                return RETURNED;
            case -81: // GET_ITEM_CONST
                regs[arg(code, pc, 0)] = Abstract.getItem(regs[arg(code, pc, 1)], consts[arg(code, pc, 2)]);
                return CodeUnit.next(code, pc);
            case -49: { // RAISE
                int e = arg(code, pc, 0), c = arg(code, pc, 1);
                throw Ops.raise(f, e < 0 ? null : regs[e], c < 0 ? null : regs[c]);
            }
            case -50: { // RERAISE (it consumes its vreg: the frame keeps no reference to what it raised)
                int r = arg(code, pc, 0);
                Object e = regs[r];
                regs[r] = null;
                throw Ops.reraise(f, e, arg(code, pc, 1) > 0);
            }
            case -51: // EXC_MATCH
                regs[arg(code, pc, 0)] = Ops.excMatch(regs[arg(code, pc, 1)], regs[arg(code, pc, 2)]);
                return CodeUnit.next(code, pc);
            case -52: // PUSH_EXC
                f.context.handled.add((PyBaseException) regs[arg(code, pc, 0)]);
                return CodeUnit.next(code, pc);
            case -53: // POP_EXC
                if (!f.context.handled.isEmpty()) {
                    f.context.handled.remove(f.context.handled.size() - 1);
                }
                return CodeUnit.next(code, pc);
            case -54: // YIELD
                f.resumeReg = arg(code, pc, 0);
                f.nextBlock = arg(code, pc, 2);
                f.suspended = true;
                f.pc = pc;
                f.result = regs[arg(code, pc, 1)];
                return RETURNED;
            case -55: // IMPORT_NAME
                regs[arg(code, pc, 0)] = Ops.importName(f, (String) consts[arg(code, pc, 1)], consts[arg(code, pc, 2)], arg(code, pc, 3));
                return CodeUnit.next(code, pc);
            case -56: // IMPORT_FROM
                regs[arg(code, pc, 0)] = Ops.importFrom(f, regs[arg(code, pc, 1)], (String) consts[arg(code, pc, 2)]);
                return CodeUnit.next(code, pc);
            case -57: // IMPORT_STAR
                Ops.importStar(f, regs[arg(code, pc, 0)]);
                return CodeUnit.next(code, pc);
            case -58: { // WITH_ENTER
                Object[] r = Ops.withEnter(regs[arg(code, pc, 1)]);
                regs[arg(code, pc, 0)] = r[0];
                regs[arg(code, pc, 2)] = r[1];
                return CodeUnit.next(code, pc);
            }
            case -59: { // WITH_EXIT
                int e = arg(code, pc, 2);
                regs[arg(code, pc, 0)] = Ops.withExit(regs[arg(code, pc, 1)], e < 0 ? null : regs[e]);
                return CodeUnit.next(code, pc);
            }
            case -61: // CONTAINS
                regs[arg(code, pc, 0)] = Abstract.contains(regs[arg(code, pc, 2)], regs[arg(code, pc, 1)]) ^ (arg(code, pc, 3) != 0);
                return CodeUnit.next(code, pc);
            default:
                return rare(f, code, pc, regs, consts);
        }
    }

    /** The result of comparison {@code cmp} (CompareOp order: < <= == != > >=) from the three relations. */
    private static boolean outcome(int cmp, boolean lt, boolean eq, boolean gt) {
        switch (cmp) {
            case 0: return lt;
            case 1: return lt || eq;
            case 2: return eq;
            case 3: return !eq;
            case 4: return gt;
            default: return gt || eq;
        }
    }

    /** {@code is} for values the JVM may box twice (small ints, bools, floats compare by value). */
    private static boolean identical(Object a, Object b) {
        return a instanceof Boolean && a.equals(b) || a instanceof Long x && b instanceof Long y && x.longValue() == y
                && x >= -5 && x <= 256;
    }

    private int rare(PyFrame f, byte[] code, int pc, Object[] regs, Object[] consts) {
        int op = CodeUnit.opcode(code, pc);
        if (op == RAISE_ASSERT) {
            int m = arg(code, pc, 0);
            throw m < 0 ? Errors.of(Errors.ASSERTION_ERROR, new Object[0]) : Errors.of(Errors.ASSERTION_ERROR, regs[m]);
        }
        if (op == LOAD_LOCALS) {
            regs[arg(code, pc, 0)] = f.locals != null ? f.locals : f.globals;
            return CodeUnit.next(code, pc);
        }
        if (op == YIELD_FROM) {
            // the generator object drives the delegate; the frame continues when it has finished
            f.delegate = regs[arg(code, pc, 1)];
            f.resumeReg = arg(code, pc, 0);
            f.nextBlock = arg(code, pc, 2);
            f.suspended = true;
            f.pc = pc;
            f.result = null;
            return RETURNED;
        }
        if (op == GET_AWAITABLE) {
            regs[arg(code, pc, 0)] = Coroutines.awaitable(regs[arg(code, pc, 1)], arg(code, pc, 2));
            return CodeUnit.next(code, pc);
        }
        if (op == GET_YIELD_FROM_ITER) {
            regs[arg(code, pc, 0)] = Coroutines.yieldFromIterator(regs[arg(code, pc, 1)], unit.flags);
            return CodeUnit.next(code, pc);
        }
        if (op == GET_AITER) {
            regs[arg(code, pc, 0)] = Coroutines.asyncIterator(regs[arg(code, pc, 1)]);
            return CodeUnit.next(code, pc);
        }
        if (op == GET_ANEXT) {
            regs[arg(code, pc, 0)] = Coroutines.asyncNext(regs[arg(code, pc, 1)]);
            return CodeUnit.next(code, pc);
        }
        if (op == ASYNC_WITH_ENTER) {
            Object[] r = Coroutines.asyncWithEnter(regs[arg(code, pc, 1)]);
            regs[arg(code, pc, 0)] = r[0];
            regs[arg(code, pc, 2)] = r[1];
            return CodeUnit.next(code, pc);
        }
        if (op == ITER_MARK) {
            regs[arg(code, pc, 0)] = Ops.iterMark(f);
            return CodeUnit.next(code, pc);
        }
        if (op == CLOSE_OWNED_ITER) {
            Ops.closeOwnedIterator(f, regs[arg(code, pc, 0)], regs[arg(code, pc, 1)]);
            return CodeUnit.next(code, pc);
        }
        if (op == GEN_OWNS) {
            Ops.generatorOwns(f, regs[arg(code, pc, 0)], regs[arg(code, pc, 1)], regs[arg(code, pc, 2)]);
            return CodeUnit.next(code, pc);
        }
        if (op == SETUP_ANNOTATIONS) {
            Ops.setupAnnotations(f);
            return CodeUnit.next(code, pc);
        }
        if (op == MATCH_SEQ) {
            regs[arg(code, pc, 0)] = Ops.matchSequence(regs[arg(code, pc, 1)], arg(code, pc, 2), arg(code, pc, 3),
                    arg(code, pc, 4));
            return CodeUnit.next(code, pc);
        }
        if (op == MATCH_MAP) {
            regs[arg(code, pc, 0)] = Ops.matchMapping(regs[arg(code, pc, 1)], (PyTuple) regs[arg(code, pc, 2)], arg(code, pc, 3) != 0);
            return CodeUnit.next(code, pc);
        }
        if (op == MATCH_CLASS) {
            regs[arg(code, pc, 0)] = Ops.matchClass(regs[arg(code, pc, 1)], regs[arg(code, pc, 2)], arg(code, pc, 3),
                    (PyTuple) consts[arg(code, pc, 4)]);
            return CodeUnit.next(code, pc);
        }
        if (op == EXC_STAR_MATCH) {
            Object[] parts = ExceptionGroups.exceptStarMatch(regs[arg(code, pc, 1)], regs[arg(code, pc, 2)]);
            regs[arg(code, pc, 0)] = parts[0];
            regs[arg(code, pc, 1)] = parts[1];
            return CodeUnit.next(code, pc);
        }
        if (op == EXC_STAR_RESULT) {
            regs[arg(code, pc, 0)] = ExceptionGroups.exceptStarResult(regs[arg(code, pc, 1)], (PyList) regs[arg(code, pc, 2)],
                    regs[arg(code, pc, 3)]);
            return CodeUnit.next(code, pc);
        }
        if (op == UNSUPPORTED) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, consts[arg(code, pc, 0)]);
        }
        throw Errors.of(Errors.SYSTEM_ERROR, "unknown opcode " + op + " at " + pc + " in " + unit.qualname());
    }

    /** Operand {@code k} of the instruction at {@code pc}, whatever its form; -1 for an absent one. */
    private static int arg(byte[] code, int pc, int k) {
        return CodeUnit.operand(code, pc, k);
    }

    private static String[] kwnames(Object tuple) {
        Object[] items = ((PyTuple) tuple).items;
        String[] names = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            names[i] = (String) items[i];
        }
        return names;
    }

    static {
        // The switch above hard-codes opcode numbers for speed; check them against the table.
        int[] expected = {LOAD_CONST, MOVE, CHECK_BOUND, DELETE_FAST, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
            LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_DEREF, STORE_DEREF, LOAD_CELL, LOAD_CLASSDEREF, BINARY, UNARY,
            COMPARE, GET_ATTR, SET_ATTR, DEL_ATTR, GET_ITEM, SET_ITEM, DEL_ITEM, CALL, CALL_EX, CALL_METHOD,
            BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_SLICE, BUILD_STRING, FORMAT, LIST_APPEND, LIST_EXTEND,
            SET_ADD, SET_UPDATE, MAP_SET, MAP_UPDATE, LIST_TO_TUPLE, UNPACK, MAKE_FUNCTION, BUILD_CLASS, MAKE_CELL,
            JUMP, BRANCH, GET_ITER, FOR_ITER, RETURN, RAISE, RERAISE, EXC_MATCH, PUSH_EXC, POP_EXC, YIELD,
            IMPORT_NAME, IMPORT_FROM, IMPORT_STAR, WITH_ENTER, WITH_EXIT, IS, CONTAINS, TO_BOOL};
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != i) {
                throw new AssertionError("opcode numbering changed at " + i + " (" + name(expected[i]) + ")");
            }
        }
        if (RETURN_CONST != 80 || GET_ITEM_CONST != 81) {
            throw new AssertionError("opcode numbering changed: RETURN_CONST is " + RETURN_CONST);
        }
    }
}
