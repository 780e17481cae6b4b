package org.pyston.launcher.internal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.api.tier.TierLadder;
import org.pyston.launcher.boot.PythonOptions;

/**
 * The {@code python3}-like command line: a {@code Callable<Integer>} registered with
 * {@code main.thread=true}, called on the main thread by the boot code of {@code ./pyston} or by
 * bnd's launcher in the exported executable jar, with the command line in the
 * {@code launcher.arguments} property of the launcher's registered object.
 */
@Component(service = Callable.class, property = "main.thread=true")
public final class CommandLineComponent implements Callable<Integer> {
    private final String[] arguments;
    private final TierLadder ladder;
    private volatile SourceCompiler compiler;

    @org.osgi.service.component.annotations.Activate
    public CommandLineComponent(
            @Reference(service = Object.class, target = "(launcher.arguments=*)") Map<String, Object> launcher,
            @Reference TierLadder ladder) {
        Object args = launcher.get("launcher.arguments");
        this.arguments = args instanceof String[] a ? a : new String[0];
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

    @Override
    public Integer call() {
        PythonOptions options = PythonOptions.parse(arguments);
        if (options.error != null) {
            System.err.println(options.error);
            return 2;
        }
        int status = run(options);
        String statsPath = options.xoptions.get("stats");
        if (statsPath != null && ladder instanceof TierLadderComponent component) {
            try {
                Files.writeString(Path.of(statsPath), component.statsJson() + "\n");
            } catch (IOException e) {
                System.err.println("pyston: cannot write -X stats file: " + e.getMessage());
            }
        }
        return status;
    }

    private int run(PythonOptions options) {
        // Python's streams: buffered over the process's descriptors (flushed at exit), not the
        // JVM's autoflushing System.out.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        InputStream in = new FileInputStream(FileDescriptor.in);
        PythonRunner runner = new PythonRunner(ladder, compiler);
        List<String> argv = new ArrayList<>();
        switch (options.mode) {
            case DUMP_AST:
                return DumpAst.run(compiler, options.args, out, err);
            case FILE:
                argv.add(options.target);
                argv.addAll(options.args);
                return runner.run(argv, options.xoptions, options, in, out, err, c -> c.runFile(options.target));
            case COMMAND:
                argv.add("-c");
                argv.addAll(options.args);
                return runner.run(argv, options.xoptions, options, in, out, err, c -> c.runCommand(options.target));
            case MODULE:
                argv.add("-m");
                argv.addAll(options.args);
                return runner.run(argv, options.xoptions, options, in, out, err, c -> c.runModule(options.target));
            case STDIN:
            case REPL:
                if (options.mode == PythonOptions.Mode.REPL && System.console() != null) {
                    err.println("pyston: the interactive REPL is not implemented yet; give a FILE, -c CODE or -m MODULE");
                    return 2;
                }
                argv.add(options.mode == PythonOptions.Mode.STDIN ? "-" : "");
                argv.addAll(options.args);
                String source;
                try {
                    source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println("pyston: cannot read standard input: " + e.getMessage());
                    return 1;
                }
                return runner.run(argv, options.xoptions, options, InputStream.nullInputStream(), out, err,
                        c -> c.runSource(source, "<stdin>"));
            default:
                err.println("pyston: option not supported inside a running framework: " + options.mode);
                return 2;
        }
    }

    static byte[] readFile(Path path) throws IOException {
        return Files.readAllBytes(path);
    }
}
