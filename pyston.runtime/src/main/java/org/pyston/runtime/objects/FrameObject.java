package org.pyston.runtime.objects;

/**
 * A frame as a Python object ({@code types.FrameType}): a view of a {@link PyFrame}, live while the
 * frame runs, its state when it finished after.
 */
public final class FrameObject extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", FrameObject.class);
    public final PyFrame frame;

    FrameObject(PyFrame frame) {
        this.frame = frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static {
        // frame.clear(): drops the locals of a finished frame (traceback.clear_frames, unittest);
        // a generator's frame finalizes its generator instead, as CPython's
        TYPE.defineMethod("clear", (a, k) -> {
            PyFrame f = ((FrameObject) a[0]).frame;
            for (org.pyston.api.frame.Frame running = f.context.topFrame; running != null; running = running.back) {
                if (running == f) {
                    throw Errors.of(Errors.RUNTIME_ERROR, "cannot clear an executing frame");
                }
            }
            if (f.owner != null) {
                if (f.owner.isRunning()) {
                    throw Errors.of(Errors.RUNTIME_ERROR, "cannot clear an executing frame");
                }
                f.owner.finalizeObject();
            } else if (!f.suspended) {
                java.util.Arrays.fill(f.regs, null);
            }
            return Singletons.NONE;
        });
    }

    Object attribute(String name) {
        switch (name) {
            case "f_back":
                return frame.back instanceof PyFrame b ? b.asObject() : Singletons.NONE;
            case "f_code":
                return frame.pycode;
            case "f_globals":
                return frame.globals;
            case "f_builtins":
                return frame.builtins;
            case "f_locals":
                return Frames.locals(frame);
            case "f_lineno":
                return (long) frame.lineNumber();
            case "f_lasti":
                return 2L * org.pyston.api.code.LineTable.instructionIndex(frame.code, frame.pc); // see co_positions
            case "f_trace":
                return Singletons.NONE;
            case "f_trace_lines":
                return true;
            case "f_trace_opcodes":
                return false;
            default:
                return null;
        }
    }

    @Override
    public String toString() {
        return "<frame at 0x" + String.format("%012x", System.identityHashCode(this)) + ", file '" + frame.code.filename
                + "', line " + frame.lineNumber() + ", code " + frame.code.name + ">";
    }
}
