package org.pyston.compiler.parser;

/**
 * Invalid source: what the front end throws, carrying CPython's {@code SyntaxError} attributes.
 * The compiler service turns it into the runtime's {@code SyntaxError}, {@code IndentationError}
 * or {@code TabError}.
 */
public class PythonSyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * {@code SyntaxError}, {@code IndentationError} or {@code TabError}; {@code NotImplementedError}
     * for valid source the front end cannot read yet (a source encoding the JVM lacks).
     */
    public final String type;
    public final String msg;
    public final String filename;
    public final int lineno;
    /** 1-based column in characters, as CPython's {@code SyntaxError.offset}. */
    public final int offset;
    /** The offending source line, or null. */
    public final String text;
    public final int endLineno;
    /** {@link #NO_END_OFFSET} when CPython gives None. */
    public final int endOffset;

    /** The end offset of an error CPython locates by its start only ({@code end_offset} None). */
    public static final int NO_END_OFFSET = Integer.MIN_VALUE;

    public PythonSyntaxError(String type, String msg, String filename, int lineno, int offset, String text,
            int endLineno, int endOffset) {
        super(msg, null, false, false);
        this.type = type;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
    }
}
