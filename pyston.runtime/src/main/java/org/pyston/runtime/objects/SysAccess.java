package org.pyston.runtime.objects;

import java.util.List;
import java.util.Map;

/** Creates a context's {@code sys} module (the entry point for the api package). */
public final class SysAccess {
    private SysAccess() {
    }

    public static PyModule createSys(ExecutionContext ctx, List<String> argv, String executable,
            Map<String, String> xoptions, List<String> path) {
        return SysModule.create(ctx, argv, executable, xoptions, path);
    }
}
