/**
 * The baseline JIT: JVM bytecode for a code unit's blocks, a block at a time, only for blocks that
 * run, on the shared frame, every dynamic operation through an inline cache.
 *
 * <h2>The shape of the generated code</h2>
 * One hidden class per code unit <em>generation</em>: a static method per compiled block, and a
 * dispatcher {@code Object run(PyFrame frame, int block)}:
 * <pre>
 *   static int b3(PyFrame frame, Object[] regs) {           // block 3
 *     try {
 *       pc = 12; t3 = indy binary(regs[1], regs[2]);        // BINARY through its inline cache
 *       pc = 18; if (!truth(t3)) return 7;                  // BRANCH on a temporary: a JVM local
 *       if (!valid() || ++profile.backEdges >= profile.nextThreshold)   // a back-edge
 *         { frame.nextBlock = 2; return EXIT; }
 *       return 2;
 *     } catch (PyException e) { return JitSupport.handlerBlock(frame, e, pc); }  // or rethrown
 *   }
 *   static Object run(PyFrame frame, int block) {
 *     if (!valid()) ...leave;                                // indy: the tier's SwitchPoint
 *     while (true) {
 *       block = switch (block) { case 3 -> b3(frame, regs); ... default -> leave at block };
 *       if (block < 0) return block == RETURNED ? frame.result : CONTINUE_ELSEWHERE;
 *     }
 *   }
 * </pre>
 * User-visible and cross-block vregs live in {@code frame.regs}, so every block start is a point
 * where the interpreter can take over and from where compiled code can be entered; block-local
 * temporaries live in JVM locals of the block method (written to {@code frame.regs} only where an
 * instruction reads a range of it, such as a call's arguments), so HotSpot keeps them in machine
 * registers and can drop the boxes of intermediate values. A Python loop is the dispatcher's JVM
 * loop, into which HotSpot inlines the (small) block methods.
 *
 * <h2>Why a method per block, and chunks</h2>
 * Each dynamic-operation site inlines its cache's method-handle chain into the method holding it
 * (call-site target dependencies). A first version put all blocks of a unit in one method, so a
 * loop was a JVM loop of {@code goto}s; on nbody that method had ~100 sites, C1 gave up on it
 * ("out of virtual registers") and it ran in the JVM's bytecode interpreter until C2 finished,
 * seconds later: warm-up 3-4x slower than the interpreter. Block methods, and long blocks split
 * into chunk methods of {@link org.pyston.bjit.internal.BlockCompiler#CHUNK} instructions, keep
 * every method small enough for C1.
 *
 * <h2>Generations</h2>
 * When a frame reaches a block the current generation lacks, {@link
 * org.pyston.bjit.internal.BaselineCode} emits a new class holding the old blocks plus the new
 * one. Inline-cache state is kept per site in the unit's profile, so a new generation's sites
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
