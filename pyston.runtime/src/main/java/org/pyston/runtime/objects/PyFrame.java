package org.pyston.runtime.objects;

import org.pyston.api.frame.Frame;

/** The runtime's view of the shared frame: globals, builtins, the locals mapping, the context. */
public final class PyFrame extends Frame {
    public final PyCode pycode;
    public final PyDict globals;
    public final PyDict builtins;
    /**
     * The locals mapping of class bodies and exec/eval with separate locals (null in functions and
     * module bodies): a dict, or any mapping (a {@code __prepare__} namespace, exec's locals).
     */
    public final Object locals;
    public final ExecutionContext context;
    /** The function being run (null for module and class bodies). */
    public final PyFunction function;
    /** Set by YIELD/YIELD_FROM: the frame is suspended, not finished. */
    public boolean suspended;
    /** The vreg that receives the value sent into a suspended generator (or its delegate's result). */
    public int resumeReg = -1;
    /**
     * Set by YIELD_FROM: the iterator the suspended frame delegates to ({@code yield from},
     * {@code await}); the generator object drives it until it finishes (see {@code Resumable}).
     */
    public Object delegate;
    /** An exception to raise at the resumption point (generator.throw/close). */
    public PyBaseException pendingThrow;
    /** Hand-over slot for a return or yield value inside a tier. */
    public Object result;
    /** This frame as a Python object, once asked for (tracebacks, sys._getframe). */
    FrameObject object;
    /** The generator, coroutine or async generator running this frame, or null. */
    Resumable owner;

    /** The locals mapping when it is exactly a dict (the fast path of the name operations), else null. */
    public PyDict exactLocalsDict() {
        return locals instanceof PyDict d && d.type() == PyDict.TYPE ? d : null;
    }

    /** This frame as a Python {@code frame} object (one per frame, so {@code is} holds). */
    public FrameObject asObject() {
        if (object == null) {
            object = new FrameObject(this);
        }
        return object;
    }

    public PyFrame(ExecutionContext context, PyCode code, PyDict globals, Object locals, Object[] cells,
            PyFunction function) {
        super(code.unit, cells);
        this.pycode = code;
        this.context = context;
        this.globals = globals;
        this.locals = locals;
        this.builtins = context.builtinsDict;
        this.function = function;
    }
}
