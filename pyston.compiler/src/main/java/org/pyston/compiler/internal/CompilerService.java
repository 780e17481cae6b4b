package org.pyston.compiler.internal;

import org.osgi.service.component.annotations.Component;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.compile.SourceCompiler;
import org.pyston.compiler.Compiler;
import org.pyston.runtime.objects.PyModule;

/** The compiler as a service: source → AST → code units, for import, exec, eval, compile(). */
@Component(service = SourceCompiler.class)
public final class CompilerService implements SourceCompiler {
    @Override
    public CodeUnit compile(String source, String filename, Mode mode, int flags) {
        return Compiler.compile(source, filename, mode);
    }

    @Override
    public CodeUnit compile(byte[] source, String filename, Mode mode, int flags) {
        return Compiler.compile(source, filename, mode);
    }

    @Override
    public Object parseToAst(String source, String filename, Mode mode, int flags, Object astModule) {
        return Compiler.parseToObjects(source, filename, mode, (PyModule) astModule);
    }

    @Override
    public Object parseToAst(byte[] source, String filename, Mode mode, int flags, Object astModule) {
        return Compiler.parseToObjects(source, filename, mode, (PyModule) astModule);
    }

    @Override
    public CodeUnit compileAst(Object tree, String filename, Mode mode, int flags, Object astModule) {
        return Compiler.compileObjects(tree, filename, mode, (PyModule) astModule);
    }

    @Override
    public String dumpAst(byte[] source, String filename) {
        return Compiler.dumpAst(source, filename);
    }

    /** The digest of this bundle's sources, written by the build (tools/build/SourceDigest.java). */
    private static final String REVISION = readRevision();

    @Override
    public String revision() {
        return REVISION;
    }

    private static String readRevision() {
        try (java.io.InputStream in = CompilerService.class.getResourceAsStream("source-digest.txt")) {
            if (in != null) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
            }
        } catch (java.io.IOException e) {
            // as when missing
        }
        return "";
    }
}
