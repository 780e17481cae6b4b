package org.pyston.runtime.api;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.api.tier.TierLadder;

/** What a {@link PythonContext} runs with (a plain holder). */
public final class ContextOptions {
    public TierLadder ladder;
    public SourceCompiler compiler;
    public InputStream stdin;
    public PrintStream stdout;
    public PrintStream stderr;
    /** {@code sys.argv} exactly: argv[0] is the script path, "-c", or the module's path. */
    public List<String> argv;
    /** {@code sys.executable}. */
    public String executable;
    /** Directories put on {@code sys.path} right after its first entry, before PYTHONPATH's (embedders' modules). */
    public List<String> searchPath = List.of();
    /** {@code -X} options ({@code sys._xoptions}). */
    public Map<String, String> xoptions = new HashMap<>();
}
