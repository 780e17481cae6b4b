package org.pyston.api.code;

/**
 * The register instruction set of {@link CodeUnit#code}: each instruction is its opcode
 * followed by {@link #length}{@code (op) - 1} operands, each of a fixed {@link #operands kind}
 * (one byte each in the narrow form; {@link CodeUnit} describes the wide forms). Every tier decodes the same table, so adding an instruction means adding one row here
 * and one case in each tier (a tier may hand a block with an instruction it does not support back
 * to the interpreter).
 *
 * <p>Operand kinds: {@code R} a vreg, {@code K} an index into {@link CodeUnit#constants},
 * {@code N} an index into {@link CodeUnit#constants} of a name (an interned str: globals, attributes,
 * imports), {@code B} a block index, {@code S} a
 * dynamic-operation site index (inline cache and type feedback), {@code I} a plain integer
 * (operator number, count, flag). A block ends with exactly one terminator (JUMP, BRANCH,
 * FOR_ITER, RETURN, RETURN_CONST, RAISE, RERAISE, YIELD, YIELD_FROM, RAISE_ASSERT, UNSUPPORTED).
 */
public final class Opcode {
    private Opcode() {
    }

    /**
     * The flag in BINARY's operator operand of an augmented assignment ({@code a op= b}): bit 7,
     * so the operand still fits the narrow form's byte.
     */
    public static final int INPLACE = 0x80;

    // operand kinds
    public static final char REG = 'R', CONST = 'K', NAME = 'N', BLOCK = 'B', SITE = 'S', INT = 'I';

    private static final String[] NAMES = new String[128];
    private static final String[] OPERANDS = new String[128];
    /** Opcode plus operand count of each instruction: its narrow length, a table for decoding loops. */
    private static final byte[] LENGTHS = new byte[128];
    private static int count;

    private static int op(String name, String operands) {
        NAMES[count] = name;
        OPERANDS[count] = operands;
        LENGTHS[count] = (byte) (operands.length() + 1);
        return count++;
    }

    // Data movement.
    /** dst = constants[k] */
    public static final int LOAD_CONST = op("LOAD_CONST", "RK");
    /** dst = src */
    public static final int MOVE = op("MOVE", "RR");
    /** raise UnboundLocalError for localNames[i] if reg is unbound */
    public static final int CHECK_BOUND = op("CHECK_BOUND", "RI");
    /** reg = unbound (del of a local: UnboundLocalError if already unbound) */
    public static final int DELETE_FAST = op("DELETE_FAST", "RI");
    /** dst = globals[name] or builtins[name] */
    public static final int LOAD_GLOBAL = op("LOAD_GLOBAL", "RNS");
    public static final int STORE_GLOBAL = op("STORE_GLOBAL", "NR");
    public static final int DELETE_GLOBAL = op("DELETE_GLOBAL", "N");
    /** dst = locals mapping, then globals, then builtins (class bodies, exec) */
    public static final int LOAD_NAME = op("LOAD_NAME", "RN");
    public static final int STORE_NAME = op("STORE_NAME", "NR");
    public static final int DELETE_NAME = op("DELETE_NAME", "N");
    /** dst = cells[i].contents */
    public static final int LOAD_DEREF = op("LOAD_DEREF", "RI");
    public static final int STORE_DEREF = op("STORE_DEREF", "IR");
    /** dst = cells[i] itself (for closures) */
    public static final int LOAD_CELL = op("LOAD_CELL", "RI");
    /** class body: dst = locals[name] if present, else cells[i] contents */
    public static final int LOAD_CLASSDEREF = op("LOAD_CLASSDEREF", "RNI");

    // Operations (every one is a dynamic-operation site).
    /** dst = a OP b; op = BinaryOp number, or'ed with {@link #INPLACE} for an augmented assignment */
    public static final int BINARY = op("BINARY", "RIRRS");
    /** dst = OP a; op = 0 not, 1 -, 2 +, 3 ~ */
    public static final int UNARY = op("UNARY", "RIRS");
    /** dst = a CMP b; cmp = CompareOp number */
    public static final int COMPARE = op("COMPARE", "RIRRS");
    /** dst = getattr(obj, name) */
    public static final int GET_ATTR = op("GET_ATTR", "RRNS");
    /** setattr(obj, name, value) */
    public static final int SET_ATTR = op("SET_ATTR", "RNRS");
    public static final int DEL_ATTR = op("DEL_ATTR", "RN");
    /** dst = obj[key] */
    public static final int GET_ITEM = op("GET_ITEM", "RRRS");
    /** obj[key] = value */
    public static final int SET_ITEM = op("SET_ITEM", "RRRS");
    public static final int DEL_ITEM = op("DEL_ITEM", "RR");
    /** dst = callable(args[first .. first+n)); kwnames constant (a tuple of str) or -1 */
    public static final int CALL = op("CALL", "RRRIKS");
    /** dst = callable(*args_tuple, **kwargs_dict); kwargs reg or -1 */
    public static final int CALL_EX = op("CALL_EX", "RRRRS");
    /** dst = obj.name(args...) — attribute lookup fused with the call (no bound method object) */
    public static final int CALL_METHOD = op("CALL_METHOD", "RRNRIKS");

    // Building values.
    public static final int BUILD_TUPLE = op("BUILD_TUPLE", "RRI");
    public static final int BUILD_LIST = op("BUILD_LIST", "RRI");
    public static final int BUILD_SET = op("BUILD_SET", "RRI");
    /** dst = {k0: v0, ...} from n pairs in consecutive regs */
    public static final int BUILD_MAP = op("BUILD_MAP", "RRI");
    /** dst = slice(a, b, c) */
    public static final int BUILD_SLICE = op("BUILD_SLICE", "RRRR");
    /** dst = "".join of n str regs */
    public static final int BUILD_STRING = op("BUILD_STRING", "RRI");
    /** dst = format(value, spec) after conversion (-1, 's', 'r', 'a'); spec reg or -1 */
    public static final int FORMAT = op("FORMAT", "RRIR");
    /** list.append(dst, value) — comprehensions, displays with unpacking */
    public static final int LIST_APPEND = op("LIST_APPEND", "RR");
    public static final int LIST_EXTEND = op("LIST_EXTEND", "RR");
    public static final int SET_ADD = op("SET_ADD", "RR");
    public static final int SET_UPDATE = op("SET_UPDATE", "RR");
    public static final int MAP_SET = op("MAP_SET", "RRR");
    public static final int MAP_UPDATE = op("MAP_UPDATE", "RR");
    /** dst = tuple(list) */
    public static final int LIST_TO_TUPLE = op("LIST_TO_TUPLE", "RR");
    /** regs[first .. first+n) = unpack(src); with a star: before, star index, after in I */
    public static final int UNPACK = op("UNPACK", "RRII");
    /** dst = function from code constant; defaults tuple, kwdefaults dict, closure tuple regs or -1 */
    public static final int MAKE_FUNCTION = op("MAKE_FUNCTION", "RKRRRR");
    /** dst = __build_class__-style class creation: body function, name const, bases tuple, kwargs dict */
    public static final int BUILD_CLASS = op("BUILD_CLASS", "RRKRR");
    /** dst = a new cell containing src (or empty when src is -1) */
    public static final int MAKE_CELL = op("MAKE_CELL", "IR");

    // Control flow.
    public static final int JUMP = op("JUMP", "B");
    /** if truth(cond) goto a else goto b */
    public static final int BRANCH = op("BRANCH", "RBBS");
    /** dst = iter(src) */
    public static final int GET_ITER = op("GET_ITER", "RRS");
    /** dst = next(iter) and goto body, or goto exit when exhausted */
    public static final int FOR_ITER = op("FOR_ITER", "RRBB");
    public static final int RETURN = op("RETURN", "R");
    /** raise exc [from cause]; -1 for a bare raise */
    public static final int RAISE = op("RAISE", "RR");
    /**
     * re-raise the exception in reg (end of a handler that did not match, finally); I = 1: the
     * frame's position goes back to where the exception was raised in it (a cleanup handler
     * passing it on: CPython's RERAISE with lasti), so f_lineno is that line. The vreg is
     * consumed (cleared), so the frame keeps no reference to the exception.
     */
    public static final int RERAISE = op("RERAISE", "RI");
    /** dst = isinstance-style match of exception reg against type(s) reg */
    public static final int EXC_MATCH = op("EXC_MATCH", "RRR");
    /** the exception in reg becomes the one being handled (sys.exc_info, implicit chaining) */
    public static final int PUSH_EXC = op("PUSH_EXC", "R");
    /** the handled exception of the enclosing handler is restored */
    public static final int POP_EXC = op("POP_EXC", "");
    /** dst = the yield's value sent in; yields value and continues at the next block */
    public static final int YIELD = op("YIELD", "RRB");
    /** dst = import name with fromlist constant and level */
    public static final int IMPORT_NAME = op("IMPORT_NAME", "RNKI");
    /** dst = getattr(module, name) or the submodule, ImportError otherwise */
    public static final int IMPORT_FROM = op("IMPORT_FROM", "RRN");
    /** from module import * into the current namespace */
    public static final int IMPORT_STAR = op("IMPORT_STAR", "R");
    /** with-statement entry: dst = type(mgr).__enter__(mgr), exitDst = bound __exit__ */
    public static final int WITH_ENTER = op("WITH_ENTER", "RRR");
    /** dst = exit(type, value, tb) for exception reg (or None x3 when reg is -1) */
    public static final int WITH_EXIT = op("WITH_EXIT", "RRR");
    /** dst = isinstance(value, type) test for the not-implemented paths: dst = value is None */
    public static final int IS = op("IS", "RRRI");
    /** dst = (a in b) ^ invert */
    public static final int CONTAINS = op("CONTAINS", "RRRI");
    /** dst = truth(src) as bool, inverted when I is 1 */
    public static final int TO_BOOL = op("TO_BOOL", "RRI");
    /** assert failure: raise AssertionError(msg reg or -1) */
    public static final int RAISE_ASSERT = op("RAISE_ASSERT", "R");
    /** dst = locals() mapping of the frame (class bodies, module) */
    public static final int LOAD_LOCALS = op("LOAD_LOCALS", "R");
    /**
     * yield from / await: suspends delegating to the iterator in reg (the frame's delegate); the
     * generator object drives it, and when it finishes the frame continues at the block with
     * dst = its result (an exception it raises is thrown into the frame here)
     */
    public static final int YIELD_FROM = op("YIELD_FROM", "RRB");
    /** dst = the iterator an await drives; I: 0 await, 1 __aenter__'s result, 2 __aexit__'s (messages) */
    public static final int GET_AWAITABLE = op("GET_AWAITABLE", "RRI");
    /**
     * match: dst = tuple of the n items (I star: the starred one's index, a list, or -1) of a
     * sequence subject, or None; last I: how the items are taken - 0 by iteration, 1 by subscripts
     * (the star is a wildcard; its slot None), 2 not at all (all wildcards: an empty tuple)
     */
    public static final int MATCH_SEQ = op("MATCH_SEQ", "RRIII");
    /** MATCH_SEQ's last operand. */
    public static final int MATCH_SEQ_UNPACK = 0, MATCH_SEQ_SUBSCRIPT = 1, MATCH_SEQ_LENGTH_ONLY = 2;
    /** match: dst = tuple of the values at the keys (tuple reg) (+ the rest dict when I is 1), or None */
    public static final int MATCH_MAP = op("MATCH_MAP", "RRRI");
    /** match: dst = tuple of the subject's positional (n) then keyword attributes (names constant), or None */
    public static final int MATCH_CLASS = op("MATCH_CLASS", "RRRIK");
    /** except*: dst = the part of rest (reg, updated to what is left, None when nothing) matching the type reg */
    public static final int EXC_STAR_MATCH = op("EXC_STAR_MATCH", "RRR");
    /** end of try/except*: dst = what propagates (or None) from the original exception, the list of
     *  what handlers raised, and the unmatched rest */
    public static final int EXC_STAR_RESULT = op("EXC_STAR_RESULT", "RRRR");
    /** raise NotImplementedError naming an unsupported construct (visible, never silent) */
    public static final int UNSUPPORTED = op("UNSUPPORTED", "K");
    /** dst = the iterator a yield from delegates to (the object's own, so send/throw reach it) */
    public static final int GET_YIELD_FROM_ITER = op("GET_YIELD_FROM_ITER", "RR");
    /** async for: dst = type(src).__aiter__(src) */
    public static final int GET_AITER = op("GET_AITER", "RR");
    /** async for: dst = the awaitable iterator of the async iterator's __anext__() */
    public static final int GET_ANEXT = op("GET_ANEXT", "RR");
    /** async with entry: dst = type(mgr).__aenter__(mgr) (to be awaited), exitDst = bound __aexit__ */
    public static final int ASYNC_WITH_ENTER = op("ASYNC_WITH_ENTER", "RRR");
    /** dst = a mark of the generators created so far (for CLOSE_OWNED_ITER) */
    public static final int ITER_MARK = op("ITER_MARK", "R");
    /** a for loop left early: close the iterator if it is a generator this frame made for it after the mark */
    public static final int CLOSE_OWNED_ITER = op("CLOSE_OWNED_ITER", "RR");
    /** the generator in reg owns the iterator in reg (finalized with it) if this frame made it after the mark */
    public static final int GEN_OWNS = op("GEN_OWNS", "RRR");

    /** return constants[k] (the assembler's form of LOAD_CONST into a temporary + RETURN of it) */
    public static final int RETURN_CONST = op("RETURN_CONST", "K");
    /** dst = obj[constants[k]]: a subscript by an int constant ({@code p[0]}), one instruction less than LOAD_CONST + GET_ITEM */
    public static final int GET_ITEM_CONST = op("GET_ITEM_CONST", "RRKS");
    /** module and class bodies with annotations: __annotations__ = {} unless the namespace has one (its own lookup) */
    public static final int SETUP_ANNOTATIONS = op("SETUP_ANNOTATIONS", "");

    public static final int COUNT = count;

    /** Opcode and operands of the instruction {@code op} (its bytes in the narrow form). */
    public static int length(int op) {
        return LENGTHS[op];
    }

    /** Operand kinds of {@code op}, one character per operand. */
    public static String operands(int op) {
        return OPERANDS[op];
    }

    public static String name(int op) {
        return NAMES[op];
    }

    /** Whether {@code op} ends a basic block. */
    public static boolean isTerminator(int op) {
        return op == JUMP || op == BRANCH || op == FOR_ITER || op == RETURN || op == RETURN_CONST || op == RAISE
                || op == RERAISE
                || op == YIELD || op == YIELD_FROM || op == RAISE_ASSERT || op == UNSUPPORTED;
    }
}
