package org.pyston.runtime.io;

import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Args;
import org.pyston.runtime.objects.Errors;
import org.pyston.runtime.objects.PyBytes;
import org.pyston.runtime.objects.PyInstance;
import org.pyston.runtime.objects.PyTuple;
import org.pyston.runtime.objects.PyType;
import org.pyston.runtime.objects.PyValueInstance;
import org.pyston.runtime.objects.Singletons;

/**
 * {@code IncrementalNewlineDecoder}: wraps a decoder (a Python object, a decoder of
 * {@link TextCodecs}, or none for text input), records which newlines it saw and, when
 * translating, turns {@code \r\n} and {@code \r} into {@code \n}. A {@code \r} at the end of a
 * chunk is held back until the next one shows whether {@code \n} follows, so a {@code \r\n} is
 * never split.
 */
final class NewlineDecoder extends PyInstance implements TextCodecs.Decoder {
    private static final int SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;

    /** The wrapped Python decoder, or None; unused when {@link #inner} is set. */
    Object decoder;
    /** A decoder of the runtime's own, or null. */
    TextCodecs.Decoder inner;
    Object errors = "strict";
    boolean translate;
    boolean pendingCR;
    int seen;
    boolean initialized;

    NewlineDecoder(PyType type) {
        super(type);
    }

    /** A decoder for TextIOWrapper's universal newline modes over one of the runtime's decoders. */
    static NewlineDecoder over(IoModule io, TextCodecs.Decoder inner, boolean translate) {
        NewlineDecoder d = new NewlineDecoder(io.newlineDecoder);
        d.inner = inner;
        d.decoder = Singletons.NONE;
        d.translate = translate;
        d.initialized = true;
        return d;
    }

    private static NewlineDecoder self(Object o) {
        NewlineDecoder d = (NewlineDecoder) o;
        if (!d.initialized) {
            throw Errors.valueError("IncrementalNewlineDecoder.__init__() not called");
        }
        return d;
    }

    /** Decodes {@code input} (bytes for a decoder, str without one) and handles the newlines. */
    String decodeObject(Object input, boolean last) {
        String output;
        if (inner != null) {
            output = inner.decode(input instanceof PyBytes b ? b.bytes : org.pyston.runtime.objects.Buffers
                    .bytesLike(input), last);
        } else if (decoder == Singletons.NONE) {
            if (!(PyValueInstance.unwrap(input) instanceof String s)) {
                throw Errors.typeError("decoder should return a string result, not '" + Errors.typeName(input) + "'");
            }
            output = s;
        } else {
            Object r = Abstract.call(Abstract.getAttr(decoder, "decode"), new Object[] {input, last}, null);
            if (!(PyValueInstance.unwrap(r) instanceof String s)) {
                throw Errors.typeError("decoder should return a string result, not '" + Errors.typeName(r) + "'");
            }
            output = s;
        }
        return newlines(output, last);
    }

    /** The newline part of {@code decode}: held-back \r, what was seen, translation. */
    String newlines(String output, boolean last) {
        int len = output.length();
        if (pendingCR && (last || len > 0)) {
            output = "\r" + output;
            pendingCR = false;
        }
        if (!last && !output.isEmpty() && output.charAt(output.length() - 1) == '\r') {
            output = output.substring(0, output.length() - 1);
            pendingCR = true;
        }
        if (output.isEmpty()) {
            return output;
        }
        int cr = output.indexOf('\r');
        if (cr < 0) {
            if (output.indexOf('\n') >= 0) {
                seen |= SEEN_LF;
            }
            return output;
        }
        StringBuilder sb = translate ? new StringBuilder(output.length()) : null;
        int n = output.length();
        for (int i = 0; i < n; i++) {
            char c = output.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && output.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
                if (sb != null) {
                    sb.append('\n');
                }
            } else {
                if (c == '\n') {
                    seen |= SEEN_LF;
                }
                if (sb != null) {
                    sb.append(c);
                }
            }
        }
        return sb != null ? sb.toString() : output;
    }

    Object newlinesAttribute() {
        switch (seen) {
            case 0: return Singletons.NONE;
            case SEEN_CR: return "\r";
            case SEEN_LF: return "\n";
            case SEEN_CRLF: return "\r\n";
            case SEEN_CR | SEEN_LF: return PyTuple.of("\r", "\n");
            case SEEN_CR | SEEN_CRLF: return PyTuple.of("\r", "\r\n");
            case SEEN_LF | SEEN_CRLF: return PyTuple.of("\n", "\r\n");
            default: return PyTuple.of("\r", "\n", "\r\n");
        }
    }

    // ------------------------------------------------------------------ as a decoder of TextIOWrapper

    @Override
    public String decode(byte[] input, boolean last) {
        return decodeObject(new PyBytes(input), last);
    }

    @Override
    public byte[] pending() {
        return state()[0] instanceof byte[] b ? b : new byte[0];
    }

    @Override
    public long flags() {
        return (Long) state()[1];
    }

    /** {@code getstate()}: the inner decoder's pending bytes, and its flag shifted left with the pending \r as bit 0. */
    Object[] state() {
        byte[] buffer = new byte[0];
        long flag = 0;
        if (inner != null) {
            buffer = inner.pending();
            flag = inner.flags();
        } else if (decoder != Singletons.NONE) {
            Object st = IoModule.call(decoder, "getstate");
            if (!(st instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("illegal decoder state");
            }
            if (!(t.get(0) instanceof PyBytes b)) {
                throw Errors.typeError("illegal decoder state");
            }
            buffer = b.bytes;
            flag = Abstract.index(t.get(1));
        }
        flag <<= 1;
        if (pendingCR) {
            flag |= 1;
        }
        return new Object[] {buffer, flag};
    }

    @Override
    public void setState(byte[] buffer, long flag) {
        pendingCR = (flag & 1) != 0;
        if (inner != null) {
            inner.setState(buffer, flag >>> 1);
        } else if (decoder != Singletons.NONE) {
            IoModule.call(decoder, "setstate", PyTuple.of(new PyBytes(buffer), flag >>> 1));
        }
    }

    @Override
    public void reset() {
        seen = 0;
        pendingCR = false;
        if (inner != null) {
            inner.reset();
        } else if (decoder != Singletons.NONE) {
            IoModule.call(decoder, "reset");
        }
    }

    // ------------------------------------------------------------------ the type

    static void define(IoModule io) {
        PyType t = io.newlineDecoder = io.newType("IncrementalNewlineDecoder", NewlineDecoder::new,
                "Codec used when reading a file in universal newlines mode.", PyType.OBJECT);
        t.defineLazily(() -> defineMethods(io, t));
    }

    private static void defineMethods(IoModule io, PyType t) {
        IoModule.method(t, "__init__", (a, k) -> {
            Object[] v = Args.parse("IncrementalNewlineDecoder", a, k, 1, 2, 3, "decoder", "translate", "errors");
            NewlineDecoder d = (NewlineDecoder) a[0];
            d.decoder = v[0];
            d.inner = null;
            d.translate = Abstract.index(v[1]) != 0;
            d.errors = v[2] == null ? "strict" : v[2];
            d.seen = 0;
            d.pendingCR = false;
            d.initialized = true;
            return Singletons.NONE;
        });
        IoModule.method(t, "decode", (a, k) -> {
            Object[] v = Args.parse("decode", a, k, 1, 1, 2, "input", "final");
            return self(a[0]).decodeObject(v[0], v[1] != null && Abstract.index(v[1]) != 0);
        });
        IoModule.method(t, "getstate", (a, k) -> {
            Object[] st = self(a[0]).state();
            return PyTuple.of(new PyBytes((byte[]) st[0]), st[1]);
        });
        IoModule.method(t, "setstate", (a, k) -> {
            IoModule.exactArgs("setstate", a, k, 1, 1);
            NewlineDecoder d = self(a[0]);
            if (!(a[1] instanceof PyTuple st)) {
                throw Errors.typeError("state argument must be a tuple");
            }
            if (st.size() != 2) {
                throw Errors.typeError("function takes exactly 2 arguments (" + st.size() + " given)");
            }
            long flag = Abstract.index(st.get(1));
            d.pendingCR = (flag & 1) != 0;
            if (d.inner != null) {
                d.inner.setState(org.pyston.runtime.objects.Buffers.bytesLike(st.get(0)), flag >>> 1);
            } else if (d.decoder != Singletons.NONE) {
                IoModule.call(d.decoder, "setstate", PyTuple.of(st.get(0), flag >>> 1));
            }
            return Singletons.NONE;
        });
        IoModule.method(t, "reset", (a, k) -> {
            self(a[0]).reset();
            return Singletons.NONE;
        });
        io.getter(t, "newlines", o -> self(o).newlinesAttribute());
    }
}
