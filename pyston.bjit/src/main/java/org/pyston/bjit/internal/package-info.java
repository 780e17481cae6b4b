/**
 * The baseline JIT: JVM bytecode for a code unit's blocks, a block at a time, only for blocks that
 * run, on the shared frame, every dynamic operation through an inline cache.
 *
 * <h2>The shape of the generated code</h2>
 * One hidden class per code unit <em>generation</em> with one static method
 * {@code Object run(PyFrame frame, int block)}:
 * <pre>
 *   regs = frame.regs; pc = 0
 * dispatch:
 *   lookupswitch (block) { b1: L1, b2: L2, ... default: missing }
 * missing:                       // a block this generation does not hold
 *   frame.nextBlock = block; return CONTINUE_ELSEWHERE
 * L1:                            // block b1
 *   if (!valid()) { frame.nextBlock = b1; return CONTINUE_ELSEWHERE }   // indy: a SwitchPoint
 *   pc = 12; regs[3] = indy binary(regs[1], regs[2])                     // BINARY through its cache
 *   pc = 18; if (!truth(regs[3])) goto L2 else { frame.nextBlock = b7; return CONTINUE_ELSEWHERE }
 * L2: ...
 *   profile.backEdges++ >= profile.nextThreshold ? exit : goto L1        // a back-edge
 * handler (PyException e, over every block):
 *   block = JitSupport.handlerBlock(frame, e, pc); goto dispatch          // or rethrown
 * </pre>
 * Values live only in {@code frame.regs} between instructions, so every block start is a point
 * where the interpreter can take over and from where compiled code can be entered. Jumps between
 * blocks of the same generation are JVM {@code goto}s: a loop whose blocks are compiled is a JVM
 * loop that HotSpot compiles and optimizes as one piece (with the caches' method handles inlined).
 *
 * <h2>Why one method per unit, regenerated, rather than a class per block</h2>
 * The JVM has no tail calls, so blocks compiled as separate methods would return to a dispatcher
 * at every block transition and HotSpot would see no loop. One method per unit keeps loops intact.
 * The price is regeneration: when a frame reaches a block the current generation lacks,
 * {@link org.pyston.bjit.internal.BaselineCode} emits a new class holding the old blocks plus the
 * new one. Inline-cache state is kept per site in the unit's profile, so a new generation's sites
 * start with the slots the old ones learnt. Each generation is a class the JVM compiles again
 * from scratch, so after two generations a newly reached block brings along the blocks reachable
 * from it along normal control flow (exception handlers and blocks behind them stay lazy).
 *
 * <h2>Hand-over to the interpreter</h2>
 * A block with an instruction this tier does not translate (generator suspension, pattern
 * matching, {@code except*}) or longer than a limit is run by the rung below (the ladder's
 * {@code below}): the interpreter runs the frame from that block until its next loop back-edge,
 * where it returns the frame with {@code nextBlock} at the loop header, and compiled code continues
 * there. The profile's {@code nextThreshold} is lowered for that run, which is how an interpreter
 * frame is asked to leave at its next back-edge (the same mechanism as OSR upwards).
 *
 * <h2>Unloading and hot swap</h2>
 * Classes are hidden classes of {@code org.pyston.runtime.jit} (defined by
 * {@code JitSupport.defineUnit}): they resolve through the runtime bundle's loader and cannot
 * name this bundle's classes; constants, the profile, the validity switch point and the inline
 * cache service come in the class data. A generation that is no longer referenced is unloaded.
 * Stopping the tier invalidates its switch point: every running frame leaves at its next block
 * start and the ladder continues it in the interpreter.
 */
package org.pyston.bjit.internal;
