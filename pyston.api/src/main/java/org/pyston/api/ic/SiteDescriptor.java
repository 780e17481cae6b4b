package org.pyston.api.ic;

import java.lang.invoke.MethodType;
import org.pyston.api.profile.Profile;

/**
 * One dynamic-operation site as compiled code sees it.
 *
 * @param operation what the site does, one of the constants below
 * @param name the attribute or global name ({@link #GET_ATTR}, {@link #SET_ATTR},
 *        {@link #CALL_METHOD}, {@link #LOAD_GLOBAL}), else null
 * @param operator the operator number ({@link #BINARY}: BinaryOp ordinal with the in-place flag in
 *        bit 8; {@link #COMPARE}: CompareOp ordinal), else 0
 * @param site the site's index in its code unit (for type feedback in {@code profile})
 * @param profile the code unit's profile, whose {@code SiteFeedback} the cache fills
 * @param type the call site's type (the operands as the code passes them)
 */
public record SiteDescriptor(String operation, String name, int operator, int site, Profile profile,
        MethodType type) {
    /** {@code (Object a, Object b) Object}. */
    public static final String BINARY = "binary";
    /** {@code (Object a, Object b) Object}. */
    public static final String COMPARE = "compare";
    /** {@code (Object obj) Object}. */
    public static final String GET_ATTR = "getattr";
    /** {@code (Object obj, Object value) void}. */
    public static final String SET_ATTR = "setattr";
    /** {@code (Object obj, Object[] regs, int first, int n) Object}: positional arguments in vregs. */
    public static final String CALL_METHOD = "callmethod";
    /** {@code (Object callable, Object[] regs, int first, int n) Object}: positional arguments in vregs. */
    public static final String CALL = "call";
    /** {@code (Object frame) Object}: the runtime's frame, its globals then builtins. */
    public static final String LOAD_GLOBAL = "global";
    /** {@code (Object obj, Object key) Object}. */
    public static final String GET_ITEM = "getitem";
    /** {@code (Object obj, Object key, Object value) void}. */
    public static final String SET_ITEM = "setitem";
}
