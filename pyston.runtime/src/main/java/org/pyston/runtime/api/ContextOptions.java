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
    /** -S: do not import {@code site} at start-up. */
    public boolean noSite;
    /** -s: no user site-packages folder. */
    public boolean noUserSite;
    /** -E: ignore the PYTHON* environment variables ({@code PYTHONPATH}). */
    public boolean ignoreEnvironment;
    /** -I: isolated mode (implies -E and -s; the script's folder is not put on sys.path). */
    public boolean isolated;
    /** -B: {@code sys.dont_write_bytecode}. */
    public boolean dontWriteBytecode;
    /** -v, -q, -i, -O (counted): shown in {@code sys.flags}. */
    public boolean verbose;
    public boolean quiet;
    public boolean inspect;
    public int optimize;
}
