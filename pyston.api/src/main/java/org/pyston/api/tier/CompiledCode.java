package org.pyston.api.tier;

import org.osgi.annotation.versioning.ConsumerType;
import org.pyston.api.frame.Frame;

/**
 * A tier's executable form of one code unit.
 *
 * <p>{@link #execute} runs the frame from {@code frame.nextBlock} until the function returns
 * (the return value), yields (the yielded value; the frame records where to resume), or raises
 * (a runtime exception propagates). When the code is invalidated (its tier was stopped, an
 * assumption broke) it leaves at the next block boundary by returning
 * {@link #CONTINUE_ELSEWHERE} with {@code frame.nextBlock} set, and the caller re-selects code
 * from the ladder and continues the same frame there.
 */
@ConsumerType
public interface CompiledCode {
    /** Returned by {@link #execute} when the frame must continue in another tier's code. */
    Object CONTINUE_ELSEWHERE = new Object() {
        @Override
        public String toString() {
            return "<continue elsewhere>";
        }
    };

    String tierName();

    Object execute(Frame frame);

    /** False once this code must not be entered any more. */
    boolean isValid();
}
