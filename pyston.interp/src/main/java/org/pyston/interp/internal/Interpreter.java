package org.pyston.interp.internal;

import static org.pyston.api.code.CodeUnit.NONE;
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
import org.pyston.runtime.objects.Singletons;

/**
 * The interpreter: runs a code unit's register bytecode on the shared frame.
 *
 * <p>How it works. {@link #execute} starts at {@code frame.nextBlock} (a function's entry is
 * block 0; a resumed generator or a frame handed over by another tier starts wherever it stopped)
 * and dispatches one {@code switch} per instruction over the unit's 16-bit words (a {@code char[]}
 * read as ints): the opcode word, then its operands (vreg numbers, constant/name indexes, block
 * indexes; {@code CodeUnit.NONE} for an absent one). Jumps find a block's offset in the table
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
 * <p>The dispatch loop stays small for HotSpot: common operations are inline, everything else
 * goes to {@link Ops} and {@link Abstract}.
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
        final char[] code = u.code;
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
                    switch (code[pc]) {
                        case 0: // LOAD_CONST (the hot instructions are inline here; the rest is in slow())
                            regs[code[pc + 1]] = consts[code[pc + 2]];
                            pc += 3;
                            break;
                        case 1: // MOVE
                            regs[code[pc + 1]] = regs[code[pc + 2]];
                            pc += 3;
                            break;
                        case 2: // CHECK_BOUND
                            if (regs[code[pc + 1]] == null) {
                                throw Ops.unboundLocal(u, code[pc + 2]);
                            }
                            pc += 3;
                            break;
                        case 4: // LOAD_GLOBAL
                            regs[code[pc + 1]] = globalSite(code[pc + 3], (String) consts[code[pc + 2]]).load(f);
                            pc += 4;
                            break;
                        case 10: // LOAD_DEREF
                            regs[code[pc + 1]] = Ops.loadDeref(f, code[pc + 2]);
                            pc += 3;
                            break;
                        case 14: { // BINARY
                            int bop = code[pc + 2];
                            Object a = regs[code[pc + 3]], b = regs[code[pc + 4]];
                            Object r;
                            // int and float are immutable, so `a op= b` is `a op b` for them: one fast path for both
                            int base = bop & 0xff;
                            if (a instanceof Long x && b instanceof Long y && base <= 1) {
                                long s = base == 0 ? x + y : x - y;
                                r = (base == 0 ? ((x ^ s) & (y ^ s)) < 0 : ((x ^ y) & (x ^ s)) < 0)
                                        ? Abstract.binaryOp(Abstract.BinaryOp.of(base), a, b) : (Object) s;
                            } else if (a instanceof Double x && b instanceof Double y && base <= 2) {
                                // float +, -, * never raise: the common case of numeric code
                                double dx = x, dy = y;
                                r = base == 0 ? dx + dy : base == 1 ? dx - dy : dx * dy;
                            } else if ((r = FastPaths.binary(base, a, b)) == null) {
                                f.pc = pc;
                                r = base != bop ? Abstract.inplaceOp(Abstract.BinaryOp.of(base), a, b)
                                        : Abstract.binaryOp(Abstract.BinaryOp.of(bop), a, b);
                            }
                            regs[code[pc + 1]] = r;
                            pc += 6;
                            break;
                        }
                        case 15: // UNARY
                            f.pc = pc;
                            regs[code[pc + 1]] = Abstract.unaryOp(code[pc + 2], regs[code[pc + 3]]);
                            pc += 5;
                            break;
                        case 16: { // COMPARE
                            Object a = regs[code[pc + 3]], b = regs[code[pc + 4]];
                            int cmp = code[pc + 2];
                            if (a instanceof Long x && b instanceof Long y) {
                                long l = x, rr = y;
                                regs[code[pc + 1]] = outcome(cmp, l < rr, l == rr, l > rr);
                            } else if (a instanceof Double x && b instanceof Double y) {
                                double l = x, rr = y;
                                regs[code[pc + 1]] = outcome(cmp, l < rr, l == rr, l > rr); // NaN: all false, as Python
                            } else if (a instanceof String x && b instanceof String y && (cmp == 2 || cmp == 3)) {
                                regs[code[pc + 1]] = x.equals(y) == (cmp == 2);
                            } else {
                                Object r = FastPaths.mixedCompare(cmp, a, b);
                                if (r == null) {
                                    f.pc = pc;
                                    r = Abstract.compare(Abstract.CompareOp.of(cmp), a, b);
                                }
                                regs[code[pc + 1]] = r;
                            }
                            pc += 6;
                            break;
                        }
                        case 17: // GET_ATTR
                            f.pc = pc;
                            regs[code[pc + 1]] = attributeSite(code[pc + 4], (String) consts[code[pc + 3]]).get(regs[code[pc + 2]]);
                            pc += 5;
                            break;
                        case 18: // SET_ATTR
                            f.pc = pc;
                            attributeSite(code[pc + 4], (String) consts[code[pc + 2]]).set(regs[code[pc + 1]], regs[code[pc + 3]]);
                            pc += 5;
                            break;
                        case 20: { // GET_ITEM
                            Object obj = regs[code[pc + 2]], key = regs[code[pc + 3]];
                            Object v = null;
                            // exact built-in types only: a subclass may define __getitem__ or __missing__
                            if (key instanceof Long i) {
                                if (obj instanceof PyList l && i >= 0 && i < l.size && l.type() == PyList.TYPE) {
                                    v = l.items[(int) (long) i];
                                } else if (obj instanceof PyTuple t && i >= 0 && i < t.items.length
                                        && t.type() == PyTuple.TYPE) {
                                    v = t.items[(int) (long) i];
                                }
                            } else if (obj instanceof PyDict d && d.type() == PyDict.TYPE) {
                                v = d.get(key);
                            }
                            if (v == null) {
                                f.pc = pc;
                                v = Abstract.getItem(obj, key);
                            }
                            regs[code[pc + 1]] = v;
                            pc += 5;
                            break;
                        }
                        case 21: { // SET_ITEM
                            Object obj = regs[code[pc + 1]], key = regs[code[pc + 2]];
                            if (obj instanceof PyList l && key instanceof Long i && i >= 0 && i < l.size
                                    && l.type() == PyList.TYPE) {
                                l.items[(int) (long) i] = regs[code[pc + 3]];
                            } else {
                                f.pc = pc;
                                Abstract.setItem(obj, key, regs[code[pc + 3]]);
                            }
                            pc += 5;
                            break;
                        }
                        case 23: { // CALL
                            f.pc = pc; // the caller's line, for tracebacks and sys._getframe(1).f_lineno
                            int first = code[pc + 3], n = code[pc + 4], kw = code[pc + 5];
                            Object callee = regs[code[pc + 2]];
                            if (kw == NONE && callee instanceof PyFunction pf) {
                                regs[code[pc + 1]] = pf.callFromRegisters(regs, first, n);
                                pc += 7;
                                break;
                            }
                            Object[] args = new Object[n];
                            System.arraycopy(regs, first, args, 0, n);
                            String[] kwnames = kw == NONE ? null : kwnames(consts[kw]);
                            Object fn = regs[code[pc + 2]];
                            regs[code[pc + 1]] = fn instanceof PyFunction pf ? pf.call(args, kwnames)
                                    : Abstract.call(fn, args, kwnames);
                            pc += 7;
                            break;
                        }
                        case 25: { // CALL_METHOD
                            f.pc = pc;
                            int first = code[pc + 4], n = code[pc + 5], kw = code[pc + 6];
                            if (kw == NONE) {
                                regs[code[pc + 1]] = attributeSite(code[pc + 7], (String) consts[code[pc + 3]])
                                        .callMethod(regs[code[pc + 2]], regs, first, n);
                                pc += 8;
                                break;
                            }
                            Object[] args = new Object[n];
                            System.arraycopy(regs, first, args, 0, n);
                            regs[code[pc + 1]] = attributeSite(code[pc + 7], (String) consts[code[pc + 3]]).callMethod(regs[code[pc + 2]],
                                    args, kwnames(consts[kw]));
                            pc += 8;
                            break;
                        }
                        case 26: { // BUILD_TUPLE
                            int n = code[pc + 3];
                            Object[] items = new Object[n];
                            System.arraycopy(regs, code[pc + 2], items, 0, n);
                            regs[code[pc + 1]] = PyTuple.of(items);
                            pc += 4;
                            break;
                        }
                        case 33: // LIST_APPEND
                            ((PyList) regs[code[pc + 1]]).append(regs[code[pc + 2]]);
                            pc += 3;
                            break;
                        case 44: { // JUMP
                            int target = blockStart(code, blocks, code[pc + 1]);
                            if (target <= pc && ++profile.backEdges >= profile.nextThreshold) {
                                f.nextBlock = code[pc + 1];
                                return CONTINUE_ELSEWHERE;
                            }
                            pc = target;
                            break;
                        }
                        case 45: { // BRANCH
                            Object c = regs[code[pc + 1]];
                            boolean t = c instanceof Boolean b ? b : c instanceof Long l ? l != 0 : isTrue(f, pc, c);
                            pc = blockStart(code, blocks, code[pc + (t ? 2 : 3)]);
                            break;
                        }
                        case 47: { // FOR_ITER
                            f.pc = pc;
                            Object it = regs[code[pc + 2]];
                            Object v = it instanceof PyIterator pi ? pi.next() : Abstract.next(it);
                            if (v == null) {
                                pc = blockStart(code, blocks, code[pc + 4]);
                                break;
                            }
                            regs[code[pc + 1]] = v;
                            pc = blockStart(code, blocks, code[pc + 3]);
                            break;
                        }
                        case 48: // RETURN
                            return regs[code[pc + 1]];
                        case 60: // IS
                            regs[code[pc + 1]] = (regs[code[pc + 2]] == regs[code[pc + 3]]
                                    || identical(regs[code[pc + 2]], regs[code[pc + 3]])) ^ (code[pc + 4] != 0);
                            pc += 5;
                            break;
                        case 62: { // TO_BOOL
                            Object c = regs[code[pc + 2]];
                            boolean t = c instanceof Boolean b ? b : c instanceof Long l ? l != 0 : isTrue(f, pc, c);
                            regs[code[pc + 1]] = t ^ (code[pc + 3] != 0);
                            pc += 4;
                            break;
                        }
                        case 80: // RETURN_CONST
                            return consts[code[pc + 1]];
                        default:
                            f.pc = pc;
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
    private int slow(PyFrame f, char[] code, int pc, Object[] regs, Object[] consts, Profile profile) {
        int op = code[pc];
        switch (op) {
            case 3: // DELETE_FAST
                if (regs[code[pc + 1]] == null) {
                    throw Ops.unboundLocal(unit, code[pc + 2]);
                }
                regs[code[pc + 1]] = null;
                return pc + 3;
            case 5: // STORE_GLOBAL
                f.globals.put((String) consts[code[pc + 1]], regs[code[pc + 2]]);
                return pc + 3;
            case 6: // DELETE_GLOBAL
                Ops.deleteGlobal(f, (String) consts[code[pc + 1]]);
                return pc + 2;
            case 7: // LOAD_NAME
                regs[code[pc + 1]] = Ops.loadName(f, (String) consts[code[pc + 2]]);
                return pc + 3;
            case 8: // STORE_NAME
                Ops.storeName(f, (String) consts[code[pc + 1]], regs[code[pc + 2]]);
                return pc + 3;
            case 9: // DELETE_NAME
                Ops.deleteName(f, (String) consts[code[pc + 1]]);
                return pc + 2;
            case 11: { // STORE_DEREF
                int src = code[pc + 2];
                ((PyCell) f.cells[code[pc + 1]]).contents = src == NONE ? null : regs[src];
                return pc + 3;
            }
            case 12: // LOAD_CELL
                regs[code[pc + 1]] = f.cells[code[pc + 2]];
                return pc + 3;
            case 13: // LOAD_CLASSDEREF
                regs[code[pc + 1]] = Ops.loadClassDeref(f, (String) consts[code[pc + 2]], code[pc + 3]);
                return pc + 4;
            case 19: // DEL_ATTR
                Abstract.setAttr(regs[code[pc + 1]], (String) consts[code[pc + 2]], null);
                return pc + 3;
            case 22: // DEL_ITEM
                Abstract.delItem(regs[code[pc + 1]], regs[code[pc + 2]]);
                return pc + 3;
            case 24: { // CALL_EX
                int kw = code[pc + 4];
                regs[code[pc + 1]] = Ops.callEx(regs[code[pc + 2]], regs[code[pc + 3]], kw == NONE ? null : regs[kw]);
                return pc + 6;
            }
            case 27: { // BUILD_LIST
                int n = code[pc + 3];
                Object[] items = new Object[Math.max(n, 4)];
                System.arraycopy(regs, code[pc + 2], items, 0, n);
                regs[code[pc + 1]] = new PyList(items, n);
                return pc + 4;
            }
            case 28: { // BUILD_SET
                int n = code[pc + 3], first = code[pc + 2];
                PySet s = new PySet(false);
                for (int i = 0; i < n; i++) {
                    s.add(regs[first + i]);
                }
                regs[code[pc + 1]] = s;
                return pc + 4;
            }
            case 29: { // BUILD_MAP
                int n = code[pc + 3], first = code[pc + 2];
                PyDict d = new PyDict(n);
                for (int i = 0; i < n; i++) {
                    d.put(regs[first + 2 * i], regs[first + 2 * i + 1]);
                }
                regs[code[pc + 1]] = d;
                return pc + 4;
            }
            case 30: // BUILD_SLICE
                regs[code[pc + 1]] = new PySlice(regs[code[pc + 2]], regs[code[pc + 3]], regs[code[pc + 4]]);
                return pc + 5;
            case 31: // BUILD_STRING
                regs[code[pc + 1]] = Ops.buildString(regs, code[pc + 2], code[pc + 3]);
                return pc + 4;
            case 32: { // FORMAT
                int spec = code[pc + 4];
                regs[code[pc + 1]] = Ops.format(regs[code[pc + 2]], optional(code[pc + 3]), spec == NONE ? null : regs[spec]);
                return pc + 5;
            }
            case 34: // LIST_EXTEND
                Ops.listExtend((PyList) regs[code[pc + 1]], regs[code[pc + 2]]);
                return pc + 3;
            case 35: // SET_ADD
                ((PySet) regs[code[pc + 1]]).add(regs[code[pc + 2]]);
                return pc + 3;
            case 36: { // SET_UPDATE
                PySet s = (PySet) regs[code[pc + 1]];
                PyIterator it = Abstract.iter(regs[code[pc + 2]]);
                for (Object v = it.next(); v != null; v = it.next()) {
                    s.add(v);
                }
                return pc + 3;
            }
            case 37: // MAP_SET
                ((PyDict) regs[code[pc + 1]]).put(regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case 38: // MAP_UPDATE (dict displays: later keys win)
                Ops.updateMapping((PyDict) regs[code[pc + 1]], regs[code[pc + 2]]);
                return pc + 3;
            case 39: { // LIST_TO_TUPLE
                PyList l = (PyList) regs[code[pc + 2]];
                regs[code[pc + 1]] = PyTuple.of(l.toArray());
                return pc + 3;
            }
            case 40: // UNPACK
                Ops.unpack(regs, code[pc + 1], regs[code[pc + 2]], code[pc + 3], optional(code[pc + 4]));
                return pc + 5;
            case 41: { // MAKE_FUNCTION
                int d = code[pc + 3], kd = code[pc + 4], cl = code[pc + 5], an = code[pc + 6];
                Object fn = Ops.makeFunction(f, (PyCode) consts[code[pc + 2]], d == NONE ? null : regs[d],
                        kd == NONE ? null : regs[kd], cl == NONE ? null : regs[cl]);
                if (an != NONE) {
                    Abstract.setAttr(fn, "__annotations__", regs[an]);
                }
                regs[code[pc + 1]] = fn;
                return pc + 7;
            }
            case 42: { // BUILD_CLASS
                int kw = code[pc + 5];
                regs[code[pc + 1]] = Ops.buildClass(f, (PyFunction) regs[code[pc + 2]], (String) consts[code[pc + 3]],
                        (PyTuple) regs[code[pc + 4]], kw == NONE ? null : (PyDict) regs[kw]);
                return pc + 6;
            }
            case 43: { // MAKE_CELL
                int src = code[pc + 2];
                f.cells[code[pc + 1]] = new PyCell(src == NONE ? null : regs[src]);
                return pc + 3;
            }
            case 46: // GET_ITER
                regs[code[pc + 1]] = Abstract.iter(regs[code[pc + 2]]);
                return pc + 4;
            case 48: // RETURN
                f.result = regs[code[pc + 1]];
                return RETURNED;
            case 49: { // RAISE
                int e = code[pc + 1], c = code[pc + 2];
                throw Ops.raise(f, e == NONE ? null : regs[e], c == NONE ? null : regs[c]);
            }
            case 50: { // RERAISE
                PyBaseException e = (PyBaseException) regs[code[pc + 1]];
                throw e.toThrowable();
            }
            case 51: // EXC_MATCH
                regs[code[pc + 1]] = Ops.excMatch(regs[code[pc + 2]], regs[code[pc + 3]]);
                return pc + 4;
            case 52: // PUSH_EXC
                f.context.handled.add((PyBaseException) regs[code[pc + 1]]);
                return pc + 2;
            case 53: // POP_EXC
                if (!f.context.handled.isEmpty()) {
                    f.context.handled.remove(f.context.handled.size() - 1);
                }
                return pc + 1;
            case 54: // YIELD
                f.resumeReg = optional(code[pc + 1]);
                f.nextBlock = code[pc + 3];
                f.suspended = true;
                f.pc = pc;
                f.result = regs[code[pc + 2]];
                return RETURNED;
            case 55: // IMPORT_NAME
                regs[code[pc + 1]] = Ops.importName(f, (String) consts[code[pc + 2]], consts[code[pc + 3]], code[pc + 4]);
                return pc + 5;
            case 56: // IMPORT_FROM
                regs[code[pc + 1]] = Ops.importFrom(regs[code[pc + 2]], (String) consts[code[pc + 3]]);
                return pc + 4;
            case 57: // IMPORT_STAR
                Ops.importStar(f, regs[code[pc + 1]]);
                return pc + 2;
            case 58: { // WITH_ENTER
                Object[] r = Ops.withEnter(regs[code[pc + 2]]);
                regs[code[pc + 1]] = r[0];
                regs[code[pc + 3]] = r[1];
                return pc + 4;
            }
            case 59: { // WITH_EXIT
                int e = code[pc + 3];
                regs[code[pc + 1]] = Ops.withExit(regs[code[pc + 2]], e == NONE ? null : regs[e]);
                return pc + 4;
            }
            case 61: // CONTAINS
                regs[code[pc + 1]] = Abstract.contains(regs[code[pc + 3]], regs[code[pc + 2]]) ^ (code[pc + 4] != 0);
                return pc + 5;
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

    private int rare(PyFrame f, char[] code, int pc, Object[] regs, Object[] consts) {
        int op = code[pc];
        if (op == RAISE_ASSERT) {
            int m = code[pc + 1];
            throw m == NONE ? Errors.of(Errors.ASSERTION_ERROR, new Object[0]) : Errors.of(Errors.ASSERTION_ERROR, regs[m]);
        }
        if (op == LOAD_LOCALS) {
            regs[code[pc + 1]] = f.locals != null ? f.locals : f.globals;
            return pc + 2;
        }
        if (op == YIELD_FROM) {
            // the generator object drives the delegate; the frame continues when it has finished
            f.delegate = regs[code[pc + 2]];
            f.resumeReg = optional(code[pc + 1]);
            f.nextBlock = code[pc + 3];
            f.suspended = true;
            f.pc = pc;
            f.result = null;
            return RETURNED;
        }
        if (op == GET_AWAITABLE) {
            regs[code[pc + 1]] = Coroutines.awaitable(regs[code[pc + 2]], code[pc + 3]);
            return pc + 4;
        }
        if (op == GET_YIELD_FROM_ITER) {
            regs[code[pc + 1]] = Coroutines.yieldFromIterator(regs[code[pc + 2]], unit.flags);
            return pc + 3;
        }
        if (op == GET_AITER) {
            regs[code[pc + 1]] = Coroutines.asyncIterator(regs[code[pc + 2]]);
            return pc + 3;
        }
        if (op == GET_ANEXT) {
            regs[code[pc + 1]] = Coroutines.asyncNext(regs[code[pc + 2]]);
            return pc + 3;
        }
        if (op == ASYNC_WITH_ENTER) {
            Object[] r = Coroutines.asyncWithEnter(regs[code[pc + 2]]);
            regs[code[pc + 1]] = r[0];
            regs[code[pc + 3]] = r[1];
            return pc + 4;
        }
        if (op == ITER_MARK) {
            regs[code[pc + 1]] = Ops.iterMark(f);
            return pc + 2;
        }
        if (op == CLOSE_OWNED_ITER) {
            Ops.closeOwnedIterator(f, regs[code[pc + 1]], regs[code[pc + 2]]);
            return pc + 3;
        }
        if (op == GEN_OWNS) {
            Ops.generatorOwns(f, regs[code[pc + 1]], regs[code[pc + 2]], regs[code[pc + 3]]);
            return pc + 4;
        }
        if (op == MATCH_SEQ) {
            regs[code[pc + 1]] = Ops.matchSequence(regs[code[pc + 2]], code[pc + 3], optional(code[pc + 4]));
            return pc + 5;
        }
        if (op == MATCH_MAP) {
            regs[code[pc + 1]] = Ops.matchMapping(regs[code[pc + 2]], (PyTuple) regs[code[pc + 3]], code[pc + 4] != 0);
            return pc + 5;
        }
        if (op == MATCH_CLASS) {
            regs[code[pc + 1]] = Ops.matchClass(regs[code[pc + 2]], regs[code[pc + 3]], code[pc + 4],
                    (PyTuple) consts[code[pc + 5]]);
            return pc + 6;
        }
        if (op == EXC_STAR_MATCH) {
            Object[] parts = ExceptionGroups.exceptStarMatch(regs[code[pc + 2]], regs[code[pc + 3]]);
            regs[code[pc + 1]] = parts[0];
            regs[code[pc + 2]] = parts[1];
            return pc + 4;
        }
        if (op == EXC_STAR_RESULT) {
            regs[code[pc + 1]] = ExceptionGroups.exceptStarResult(regs[code[pc + 2]], (PyList) regs[code[pc + 3]],
                    regs[code[pc + 4]]);
            return pc + 5;
        }
        if (op == UNSUPPORTED) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, consts[code[pc + 1]]);
        }
        throw Errors.of(Errors.SYSTEM_ERROR, "unknown opcode " + op + " at " + pc + " in " + unit.qualname);
    }

    /** An operand that may be absent, as the runtime's helpers take it: -1 for {@link CodeUnit#NONE}. */
    private static int optional(int word) {
        return word == NONE ? -1 : word;
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
        if (RETURN_CONST != 80) {
            throw new AssertionError("opcode numbering changed: RETURN_CONST is " + RETURN_CONST);
        }
    }
}
