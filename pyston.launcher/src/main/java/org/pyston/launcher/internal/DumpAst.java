package org.pyston.launcher.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.runtime.api.PythonContext;

/**
 * {@code --dump-ast FILE...}: one line per file, CPython's {@code ast.dump(...,
 * include_attributes=True)} or {@code SyntaxError <lineno> <message>}; one process for all files.
 */
final class DumpAst {
    private DumpAst() {
    }

    static int run(SourceCompiler compiler, List<String> files, PrintStream out, PrintStream err) {
        if (compiler == null) {
            err.println("pyston: no Python compiler is available (is the pyston.compiler bundle started?)");
            return 1;
        }
        int status = 0;
        for (String file : files) {
            byte[] source;
            try {
                source = Files.readAllBytes(Path.of(file));
            } catch (IOException e) {
                err.println("pyston: can't open file '" + file + "': " + e.getMessage());
                status = 1;
                continue;
            }
            String line;
            try {
                line = compiler.dumpAst(source, file);
            } catch (RuntimeException e) {
                line = PythonContext.syntaxErrorSummary(e);
                if (line == null) {
                    throw e;
                }
            }
            out.println(line);
        }
        out.flush();
        return status;
    }
}
