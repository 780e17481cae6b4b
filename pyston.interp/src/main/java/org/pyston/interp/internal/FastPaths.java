package org.pyston.interp.internal;

/**
 * The interpreter's quickened arithmetic: binary operations on exact {@code int} (a Java
 * {@code Long}) and {@code float} (a {@code Double}) operands whose result is certain without
 * the generic machinery. Each method answers null when it has no fast answer (another type, an
 * overflow into big integers, a division by zero, a case whose rounding needs care), and the
 * caller then takes the generic operation in {@code Abstract}, which stays the one definition of
 * the semantics; these paths only compute the same values sooner. They are small so that HotSpot
 * inlines them into the dispatch loop.
 */
final class FastPaths {
    private FastPaths() {
    }

    /** Integers of at most 53 bits convert to float exactly (int/int and int-float mixing). */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    /**
     * {@code a op b} for {@code Abstract.BinaryOp} ordinal {@code op} (in-place or not: int and
     * float are immutable), or null.
     */
    static Object binary(int op, Object a, Object b) {
        if (a instanceof Long x) {
            if (b instanceof Long y) {
                return longs(op, x, y);
            }
            if (b instanceof Double y && op <= 4) {
                return doubles(op, x, y);
            }
        } else if (a instanceof Double x) {
            if (b instanceof Double y) {
                return doubles(op, x, y);
            }
            if (b instanceof Long y && op <= 4) {
                return doubles(op, x, y);
            }
        }
        return null;
    }

    /** BinaryOp order: + - * @ / // % ** << >> & | ^. */
    private static Object longs(int op, long x, long y) {
        switch (op) {
            case 0: {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? null : (Object) r;
            }
            case 1: {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? null : (Object) r;
            }
            case 2: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Object) lo : null;
            }
            case 4:
                return y != 0 && Math.abs(x) <= EXACT_IN_DOUBLE && Math.abs(y) <= EXACT_IN_DOUBLE
                        ? (Object) ((double) x / (double) y) : null;
            case 5:
                return y == 0 || x == Long.MIN_VALUE && y == -1 ? null : (Object) Math.floorDiv(x, y);
            case 6:
                return y == 0 ? null : (Object) Math.floorMod(x, y);
            case 8:
                return y >= 0 && y < 63 && (x << y) >> y == x ? (Object) (x << y) : null;
            case 9:
                return y < 0 ? null : (Object) (x >> Math.min(y, 63));
            case 10:
                return x & y;
            case 11:
                return x | y;
            case 12:
                return x ^ y;
            default:
                return null;
        }
    }

    /** + - * / on floats (an int operand converts as Python converts it: rounded to nearest). */
    private static Object doubles(int op, double x, double y) {
        switch (op) {
            case 0:
                return x + y;
            case 1:
                return x - y;
            case 2:
                return x * y;
            case 4:
                return y == 0.0 ? null : (Object) (x / y);
            default:
                return null;
        }
    }

    /**
     * The comparison {@code a cmp b} (CompareOp order: < <= == != > >=) of an int and a float,
     * either way round, when the int converts exactly; else null.
     */
    static Object mixedCompare(int cmp, Object a, Object b) {
        double x, y;
        if (a instanceof Long l && b instanceof Double d) {
            if (Math.abs(l) > EXACT_IN_DOUBLE) {
                return null;
            }
            x = l;
            y = d;
        } else if (a instanceof Double d && b instanceof Long l) {
            if (Math.abs(l) > EXACT_IN_DOUBLE) {
                return null;
            }
            x = d;
            y = l;
        } else {
            return null;
        }
        switch (cmp) {
            case 0: return x < y;
            case 1: return x <= y;
            case 2: return x == y;
            case 3: return x != y;
            case 4: return x > y;
            default: return x >= y;
        }
    }
}
