package org.pyston.launcher.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.api.tier.ExecutionTier;
import org.pyston.api.tier.TierLadder;

/**
 * Felix Gogo commands, scope {@code pyston}. Each run gets a fresh Python context writing to
 * the shell session's streams (Gogo routes {@code System.out} per session); a failing program
 * prints its traceback and the framework keeps running.
 */
@Component(service = ShellCommands.class, property = {
    "osgi.command.scope=pyston",
    "osgi.command.function=run",
    "osgi.command.function=eval",
    "osgi.command.function=tiers",
    "osgi.command.function=threshold",
    "osgi.command.function=stats",
    "osgi.command.function=dis"
})
public final class ShellCommands {
    private final TierLadder ladder;
    private volatile SourceCompiler compiler;
    private volatile ConfigurationAdmin configAdmin;

    @Activate
    public ShellCommands(@Reference TierLadder ladder) {
        this.ladder = ladder;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setCompiler(SourceCompiler compiler) {
        this.compiler = compiler;
    }

    void unsetCompiler(SourceCompiler compiler) {
        if (this.compiler == compiler) {
            this.compiler = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setConfigAdmin(ConfigurationAdmin admin) {
        this.configAdmin = admin;
    }

    void unsetConfigAdmin(ConfigurationAdmin admin) {
        if (this.configAdmin == admin) {
            this.configAdmin = null;
        }
    }

    /** {@code pyston:run FILE [ARGS...]}: runs a program; returns its exit status. */
    public int run(String file, String... args) {
        List<String> argv = new ArrayList<>();
        argv.add(file);
        argv.addAll(List.of(args));
        return runner().run(argv, Map.of(), InputStream.nullInputStream(), System.out, System.err,
                c -> c.runFile(file));
    }

    /** {@code pyston:eval CODE}: the repr of an expression's value, or nothing after statements. */
    public Object eval(String code) {
        String[] result = new String[1];
        runner().run(List.of("-c"), Map.of(), InputStream.nullInputStream(), System.out, System.err, c -> {
            result[0] = c.evalForShell(code);
            return result[0] == null ? 1 : 0;
        });
        return result[0] == null || result[0].isEmpty() ? null : result[0];
    }

    /** {@code pyston:tiers}: the ladder, lowest rung first. */
    public String tiers() {
        StringBuilder sb = new StringBuilder(String.format("%-10s %9s  %-22s %s%n", "NAME", "THRESHOLD", "BUNDLE", "STATE"));
        for (TierLadder.Rung r : ladder.rungs()) {
            sb.append(String.format("%-10s %9d  %-22s %s%n", r.name(), r.threshold(), r.bundle(), r.state()));
        }
        if (ladder.rungs().isEmpty()) {
            sb.append("(no execution tier registered)\n");
        }
        return sb.toString();
    }

    /** {@code pyston:threshold NAME N}: sets a tier's rung through Configuration Admin. */
    public String threshold(String name, int threshold) throws IOException {
        ConfigurationAdmin admin = configAdmin;
        if (admin == null) {
            return "Configuration Admin is not available: cannot change thresholds";
        }
        Configuration config = admin.getConfiguration(ExecutionTier.PID_PREFIX + name, "?");
        Dictionary<String, Object> props = config.getProperties();
        if (props == null) {
            props = new Hashtable<>();
        }
        props.put(ExecutionTier.THRESHOLD_PROPERTY, threshold);
        config.update(props);
        return "threshold of " + name + " set to " + threshold + " (configuration " + config.getPid() + ")";
    }

    /** {@code pyston:stats}: the ladder's counters (the JSON of {@code -X stats}). */
    public String stats() {
        return ladder instanceof TierLadderComponent c ? c.statsJson() : "no statistics from this ladder";
    }

    /** {@code pyston:dis FILE-OR-SOURCE}: compiles a Python file (or source text) and lists its code units. */
    public String dis(String fileOrSource) throws IOException {
        SourceCompiler c = compiler;
        if (c == null) {
            return "no Python compiler is available";
        }
        java.nio.file.Path path = java.nio.file.Path.of(fileOrSource.length() < 4096 ? fileOrSource : ".");
        boolean isFile = fileOrSource.length() < 4096 && java.nio.file.Files.isRegularFile(path);
        try {
            org.pyston.api.code.CodeUnit unit = isFile
                    ? c.compile(java.nio.file.Files.readAllBytes(path), fileOrSource, SourceCompiler.Mode.EXEC, 0)
                    : c.compile(fileOrSource, "<shell>", SourceCompiler.Mode.EXEC, 0);
            return org.pyston.api.code.Disassembly.of(unit,
                    k -> k instanceof org.pyston.runtime.objects.PyCode pc ? pc.unit : null);
        } catch (RuntimeException e) {
            String summary = org.pyston.runtime.api.PythonContext.syntaxErrorSummary(e);
            if (summary == null) {
                throw e;
            }
            return summary;
        }
    }

    private PythonRunner runner() {
        return new PythonRunner(ladder, compiler);
    }
}
