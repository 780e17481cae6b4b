package org.pyston.compiler.parser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --dump-ast} without the framework (for the front end's own tools and tests): one line
 * per file, the dump or {@code SyntaxError <lineno> <message>}.
 */
public final class DumpAstMain {
    private DumpAstMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        for (String file : args) {
            out.println(dumpLine(Files.readAllBytes(Path.of(file)), file));
        }
        out.flush();
    }

    /** The {@code --dump-ast} line for one source. */
    public static String dumpLine(byte[] source, String filename) {
        try {
            return AstDump.dump(PythonParser.parse(source, filename, ParseMode.EXEC));
        } catch (PythonSyntaxError e) {
            return "SyntaxError " + e.lineno + " " + e.msg;
        }
    }
}
