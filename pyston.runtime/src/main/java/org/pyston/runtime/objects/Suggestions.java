package org.pyston.runtime.objects;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pyston.api.code.CodeUnit;

/**
 * The "Did you mean: 'x'?" of a printed AttributeError or NameError, as CPython 3.11 computes
 * it when it prints the exception: the candidate names closest to the missing one by a
 * Levenshtein distance on UTF-8 bytes where a case flip costs 1 and any other edit 2, within a
 * third of the characters involved. Only exact AttributeError/NameError instances get one.
 */
final class Suggestions {
    private Suggestions() {
    }

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The suggested name for {@code e}, or null. */
    static String offer(PyBaseException e) {
        try {
            if (e.type() == Errors.ATTRIBUTE_ERROR) {
                Object name = e.dict.get("name");
                Object obj = e.dict.get("obj");
                if (!(name instanceof String n) || obj == null) {
                    return null;
                }
                return closest(Sequences.toArray(Builtins.dirOf(obj)), n);
            }
            if (e.type() == Errors.NAME_ERROR) {
                Object name = e.dict.get("name");
                if (!(name instanceof String n) || e.traceback == null) {
                    return null;
                }
                PyFrame frame = e.traceback.last().frame;
                if (frame == null) {
                    return null;
                }
                CodeUnit u = frame.code;
                List<Object> locals = new ArrayList<>(List.of(u.localNames));
                locals.addAll(List.of(u.cellNames));
                locals.addAll(List.of(u.freeNames));
                String s = closest(locals.toArray(), n);
                if (s == null) {
                    s = closest(frame.globals.map.keySet().toArray(), n);
                }
                if (s == null) {
                    s = closest(frame.builtins.map.keySet().toArray(), n);
                }
                return s;
            }
        } catch (PyException failed) {
            return null; // as CPython: an error while looking for a suggestion means none
        }
        return null;
    }

    private static String closest(Object[] candidates, String name) {
        if (candidates.length >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (Object candidate : candidates) {
            if (!(candidate instanceof String item) || item.equals(name)) {
                continue;
            }
            byte[] itemBytes = item.getBytes(StandardCharsets.UTF_8);
            // no more than 1/3 of the involved characters should need changing
            int maxDistance = (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, suggestionDistance - 1); // only better matches
            int distance = levenshtein(nameBytes, itemBytes, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (suggestion == null || distance < suggestionDistance) {
                suggestion = item;
                suggestionDistance = distance;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int la = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /** CPython's levenshtein_distance: common prefix and suffix trimmed, one row updated in place. */
    private static int levenshtein(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0, bStart = 0, aEnd = a0.length, bEnd = b0.length;
        while (aStart < aEnd && bStart < bEnd && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] == b0[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart, bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0, b = b0;
        if (bSize < aSize) { // the shorter one is the row
            a = b0;
            b = a0;
            int t = aStart;
            aStart = bStart;
            bStart = t;
            t = aSize;
            aSize = bSize;
            bSize = t;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        for (int i = 0, cost = MOVE_COST; i < aSize; i++, cost += MOVE_COST) {
            buffer[i] = cost;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aSize; ai++) {
                int substitute = distance + substitutionCost(code, a[aStart + ai]);
                distance = buffer[ai];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
