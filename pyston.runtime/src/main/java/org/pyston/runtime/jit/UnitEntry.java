package org.pyston.runtime.jit;

import org.pyston.runtime.objects.PyFrame;

/**
 * The entry of a generated unit class: runs the frame from {@code block} through the blocks the
 * class holds. A tier keeps one instance per generated class and calls it through this interface:
 * a plain interface call, which HotSpot inlines where one unit's class dominates the call site's
 * profile, where calling a method handle held in a field (not a constant) goes through the
 * method-handle invokers each time and is never inlined.
 */
public interface UnitEntry {
    /** The frame's result, or {@code CompiledCode.CONTINUE_ELSEWHERE} with {@code frame.nextBlock} set. */
    Object run(PyFrame frame, int block);
}
