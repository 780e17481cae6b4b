package org.pyston.runtime.objects;

import java.util.Arrays;

/**
 * {@code memoryview}: a view of the bytes of a {@code bytes} or {@code bytearray} (the objects
 * here that export a buffer), with CPython's structure: a format, an item size, a shape and
 * strides in bytes over the exporter's array, from an offset. Views over a bytearray read and
 * write its current array, so writes go through both ways.
 *
 * <p>While views export a bytearray's buffer, the bytearray refuses to change size, as CPython.
 * CPython ends an export when its last view is released or freed, and reference counting frees
 * a dropped view at once. The JVM cannot tell when a view becomes unreachable (a collection
 * clears it at some later time, and the interpreter's registers keep a temporary's last value),
 * so here an export ends only when its views are released: {@code release()}, or the end of a
 * {@code with} block. A view the program drops without releasing keeps the bytearray's size
 * fixed; a deterministic rule rather than one that depends on when the collector runs.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class);
    static final PyType ITERATOR = PyIterator.iteratorType("memory_iterator");
    private static final int MAX_NDIM = 64;

    /** The exporting object: a PyBytes or a PyByteArray. */
    final Object obj;
    /** The export this view shares with the views derived from it; null for a transient view (comparisons). */
    private final Export export;
    /** The format as given ('B', or as passed to cast, '@' included). */
    final String format;
    private final char code;
    final int itemsize;
    final boolean readonly;
    private final int offset;
    private final int[] shape;
    private final int[] strides;
    private boolean released;
    private long hash;
    private boolean hashed;

    private PyMemoryView(Object obj, Export export, String format, int itemsize, boolean readonly, int offset,
            int[] shape, int[] strides) {
        this.obj = obj;
        this.export = export;
        this.format = format;
        this.code = MemoryFormats.code(format);
        this.itemsize = itemsize;
        this.readonly = readonly;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        if (export != null) {
            export.views++;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * One export of an object's buffer, shared by the view made from the object and all views made
     * from that view (slices, casts, {@code memoryview(view)}, {@code toreadonly()}): CPython's
     * managed buffer. It holds one export of a bytearray (its {@code exports} count) until every
     * one of those views is released.
     */
    static final class Export {
        final Object exporter;
        /** Views of this export not yet released. */
        private int views;

        Export(Object exporter) {
            this.exporter = exporter;
            if (exporter instanceof PyByteArray ba) {
                ba.exports++;
            } else if (exporter instanceof BufferExporter be) {
                be.exportsChanged(1);
            }
        }

        void viewReleased() {
            if (--views == 0) {
                if (exporter instanceof PyByteArray ba) {
                    ba.exports--;
                } else if (exporter instanceof BufferExporter be) {
                    be.exportsChanged(-1);
                }
            }
        }
    }

    // ------------------------------------------------------------------ construction

    /** {@code memoryview(object)}. */
    static Object construct(Object[] a, String[] k) {
        int np = Args.positional(a, k);
        if (np > 1) {
            throw Errors.typeError("memoryview() takes at most 1 argument (" + np + " given)");
        }
        Object o = np == 1 ? a[0] : Args.keyword(a, k, "object");
        if (o == null) {
            throw Errors.typeError("memoryview() missing required argument 'object' (pos 1)");
        }
        Args.onlyKeywords("memoryview", k, "object");
        return of(o);
    }

    /** A new view of a bytes-like object: a new export of bytes or bytearray, or a view sharing a view's export. */
    static PyMemoryView of(Object o) {
        if (o instanceof PyMemoryView m) {
            m.check();
            return m.derive(m.format, m.itemsize, m.readonly, m.offset, m.shape, m.strides);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(b, new Export(b), "B", 1, true, 0, new int[] {b.bytes.length}, new int[] {1});
        }
        if (o instanceof PyByteArray ba) {
            return new PyMemoryView(ba, new Export(ba), "B", 1, false, 0, new int[] {ba.size()}, new int[] {1});
        }
        if (o instanceof BufferExporter be) {
            return export(be);
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + Errors.typeName(o) + "'");
    }

    /** A writable view of the buffer of {@code exporter}, a new export of it. */
    public static PyMemoryView export(BufferExporter exporter) {
        int size = exporter.exportedItemSize();
        return new PyMemoryView(exporter, new Export(exporter), exporter.exportedFormat(), size, false, 0,
                new int[] {exporter.exportedLength() / size}, new int[] {size});
    }

    /** An item of a native struct format at byte {@code pos} of {@code a}, as memoryview reads it (array.array's items). */
    public static Object unpackItem(String format, byte[] a, int pos) {
        return MemoryFormats.unpack(MemoryFormats.code(format), a, pos);
    }

    /**
     * A view to read a bytes-like object through without exporting anything (for comparisons and
     * copies that end before the program runs again): the view itself, or null when {@code o} has
     * no buffer.
     */
    static PyMemoryView transientView(Object o) {
        if (o instanceof PyMemoryView m) {
            return m;
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(b, null, "B", 1, true, 0, new int[] {b.bytes.length}, new int[] {1});
        }
        if (o instanceof PyByteArray ba) {
            return new PyMemoryView(ba, null, "B", 1, false, 0, new int[] {ba.size()}, new int[] {1});
        }
        if (o instanceof BufferExporter be) {
            int size = be.exportedItemSize();
            return new PyMemoryView(be, null, be.exportedFormat(), size, false, 0,
                    new int[] {be.exportedLength() / size}, new int[] {size});
        }
        return null;
    }

    private PyMemoryView derive(String newFormat, int newItemsize, boolean newReadonly, int newOffset, int[] newShape,
            int[] newStrides) {
        return new PyMemoryView(obj, export, newFormat, newItemsize, newReadonly, newOffset, newShape, newStrides);
    }

    // ------------------------------------------------------------------ state

    private boolean isReleased() {
        return released;
    }

    void check() {
        if (isReleased()) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    boolean readonly() {
        return readonly;
    }

    void release() {
        if (released) {
            return;
        }
        released = true;
        if (export != null) {
            export.viewReleased();
        }
    }

    private byte[] array() {
        return obj instanceof PyBytes b ? b.bytes : obj instanceof PyByteArray ba ? ba.data
                : ((BufferExporter) obj).exportedArray();
    }

    private int ndim() {
        return shape.length;
    }

    /** len(): the first dimension, 1 for a 0-dim view (CPython's). */
    long length() {
        check();
        return shape.length == 0 ? 1 : shape[0];
    }

    private int itemCount() {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    private int nbytes() {
        return itemCount() * itemsize;
    }

    private boolean contiguous(boolean fortran) {
        if (itemCount() == 0) {
            return true;
        }
        int expected = itemsize;
        for (int i = 0; i < shape.length; i++) {
            int d = fortran ? i : shape.length - 1 - i;
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** The byte positions of all items in C (row-major) or Fortran (column-major) order. */
    private int[] positions(boolean fortran) {
        int n = itemCount();
        int[] r = new int[n];
        int nd = shape.length;
        int[] index = new int[nd];
        int pos = offset;
        for (int k = 0; k < n; k++) {
            r[k] = pos;
            // advance the odometer: the last dimension fastest in C order, the first in Fortran order
            for (int i = 0; i < nd; i++) {
                int d = fortran ? i : nd - 1 - i;
                index[d]++;
                pos += strides[d];
                if (index[d] < shape[d]) {
                    break;
                }
                pos -= strides[d] * index[d];
                index[d] = 0;
            }
        }
        return r;
    }

    /** A copy of the viewed bytes in C order (what bytes(view) holds). */
    byte[] toBytes() {
        return toBytes(false);
    }

    private byte[] toBytes(boolean fortran) {
        check();
        byte[] a = array();
        int n = nbytes();
        if (n == 0) {
            return new byte[0];
        }
        if (contiguous(fortran)) {
            return Arrays.copyOfRange(a, offset, offset + n); // memory order is the order asked for
        }
        int[] pos = positions(fortran);
        byte[] r = new byte[n];
        for (int k = 0; k < pos.length; k++) {
            System.arraycopy(a, pos[k], r, k * itemsize, itemsize);
        }
        return r;
    }

    /** The number of bytes a writer into this view may write (checked: not released). */
    int writableBytes() {
        check();
        return nbytes();
    }

    /**
     * Writes {@code src[from..from+len)} into the viewed bytes from byte {@code at} (in C order),
     * for writers into a buffer ({@code readinto}, codecs' decoders); the caller checked the length.
     */
    void writeBytes(int at, byte[] src, int from, int len) {
        check();
        byte[] a = array();
        if (contiguous(false)) {
            System.arraycopy(src, from, a, offset + at, len);
            return;
        }
        int[] pos = positions(false);
        for (int i = 0; i < len; i++) {
            int b = at + i;
            a[pos[b / itemsize] + b % itemsize] = src[from + i];
        }
    }

    /**
     * The bytes for a consumer that asks for a simple buffer (bytes concatenation and methods,
     * bytearray slice assignment): the view must be C-contiguous; its format does not matter.
     */
    byte[] simpleBytes() {
        check();
        if (!contiguous(false)) {
            throw Errors.of(Errors.BUFFER_ERROR, "memoryview: underlying buffer is not C-contiguous");
        }
        return toBytes();
    }

    /**
     * Whether a simple-buffer consumer that turns a refused buffer into its own TypeError (bytes
     * concatenation and join) takes this view: C-contiguous, or released (then its ValueError).
     */
    boolean contiguousOrReleased() {
        return isReleased() || contiguous(false);
    }

    /** Whether a simple-buffer request would succeed: not released and C-contiguous. */
    boolean hasSimpleBuffer() {
        return !isReleased() && contiguous(false);
    }

    /** The bytes of a bytes-like object for a simple-buffer consumer, or null when {@code o} has no buffer. */
    static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        if (o instanceof PyMemoryView m) {
            return m.simpleBytes();
        }
        return null;
    }

    // ------------------------------------------------------------------ items

    private static boolean isIndex(Object key) {
        return Abstract.isInt(key) || key instanceof PyObject && !(key instanceof PyTuple)
                && !(key instanceof PySlice) && PyType.of(key).lookup("__index__") != null;
    }

    private static boolean isMultiIndex(Object key) {
        if (!(key instanceof PyTuple t)) {
            return false;
        }
        for (Object x : t.items) {
            if (!isIndex(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMultiSlice(Object key) {
        if (!(key instanceof PyTuple t) || t.items.length == 0) {
            return false;
        }
        for (Object x : t.items) {
            if (!(x instanceof PySlice)) {
                return false;
            }
        }
        return true;
    }

    /** The byte position of index {@code key} along dimension {@code dim} from {@code base}. */
    private int step(int base, int dim, Object key) {
        long i;
        try {
            i = Abstract.index(key);
        } catch (PyException e) {
            if (!e.matches(Errors.OVERFLOW_ERROR)) {
                throw e;
            }
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        int n = shape[dim];
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("index out of bounds on dimension " + (dim + 1));
        }
        return base + (int) i * strides[dim];
    }

    private int tuplePosition(PyTuple key) {
        int n = key.items.length;
        if (n < ndim()) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
        }
        if (n > ndim()) {
            throw Errors.typeError("cannot index " + ndim() + "-dimension view with " + n + "-element tuple");
        }
        int pos = offset;
        for (int d = 0; d < n; d++) {
            pos = step(pos, d, key.items[d]);
        }
        return pos;
    }

    private Object item(int pos) {
        unsupportedFormat();
        return MemoryFormats.unpack(code, array(), pos);
    }

    /** An exporter's format memoryview cannot index (array 'u' exports 'w'): NotImplementedError, as CPython. */
    private void unsupportedFormat() {
        if (code == 0) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "memoryview: format " + format + " not supported");
        }
    }

    Object getItem(Object key) {
        check();
        if (ndim() == 0) {
            if (key instanceof PyTuple t && t.items.length == 0) {
                return item(offset);
            }
            if (key == Singletons.ELLIPSIS) {
                return this;
            }
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (ndim() > 1) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented");
            }
            return item(step(offset, 0, key));
        }
        if (key instanceof PySlice s) {
            return sliced(s, export);
        }
        if (isMultiIndex(key)) {
            return item(tuplePosition((PyTuple) key));
        }
        if (isMultiSlice(key)) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "multi-dimensional slicing is not implemented");
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    /** The view of a slice of the first dimension, sharing {@code sliceExport} (null: a transient view). */
    private PyMemoryView sliced(PySlice s, Export sliceExport) {
        long[] idx = s.indices(shape[0]);
        int[] newShape = shape.clone();
        int[] newStrides = strides.clone();
        newShape[0] = (int) idx[3];
        newStrides[0] = strides[0] * (int) idx[2];
        return new PyMemoryView(obj, sliceExport, format, itemsize, readonly, offset + (int) idx[0] * strides[0],
                newShape, newStrides);
    }

    /** Assignment ({@code value} non-null) or deletion (null) of {@code view[key]}. */
    void setItem(Object key, Object value) {
        check();
        unsupportedFormat();
        if (readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw Errors.typeError("cannot delete memory");
        }
        if (ndim() == 0) {
            if (key == Singletons.ELLIPSIS || key instanceof PyTuple t && t.items.length == 0) {
                MemoryFormats.pack(code, format, array(), offset, value);
                return;
            }
            throw Errors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (ndim() > 1) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "sub-views are not implemented");
            }
            MemoryFormats.pack(code, format, array(), step(offset, 0, key), value);
            return;
        }
        if (key instanceof PySlice s && ndim() == 1) {
            PyMemoryView src = transientView(value);
            if (src == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + Errors.typeName(value) + "'");
            }
            src.check();
            PyMemoryView dest = sliced(s, null);
            if (!dest.format.equals(src.format) || dest.itemsize != src.itemsize || !sameShape(dest, src)) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] from = src.toBytes(); // a copy first: source and destination may overlap
            byte[] a = array();
            int[] pos = dest.positions(false);
            for (int k = 0; k < pos.length; k++) {
                System.arraycopy(from, k * itemsize, a, pos[k], itemsize);
            }
            return;
        }
        if (isMultiIndex(key)) {
            MemoryFormats.pack(code, format, array(), tuplePosition((PyTuple) key), value);
            return;
        }
        if (key instanceof PySlice || isMultiSlice(key)) {
            throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR,
                    "memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    private static boolean sameShape(PyMemoryView v, PyMemoryView w) {
        if (v.shape.length != w.shape.length) {
            return false;
        }
        for (int i = 0; i < v.shape.length; i++) {
            if (v.shape[i] != w.shape[i]) {
                return false;
            }
            if (v.shape[i] == 0) {
                break;
            }
        }
        return true;
    }

    Object toList() {
        check();
        if (ndim() == 0) {
            return item(offset);
        }
        return toList(0, offset);
    }

    private PyList toList(int dim, int base) {
        Object[] items = new Object[shape[dim]];
        for (int i = 0; i < items.length; i++) {
            int pos = base + i * strides[dim];
            items[i] = dim == shape.length - 1 ? item(pos) : toList(dim + 1, pos);
        }
        return PyList.of(items);
    }

    // ------------------------------------------------------------------ comparison and hash

    /**
     * {@code a op b} with a memoryview on one side (null when the operation is not defined, for a
     * TypeError or the other operand's methods). A bytearray on either side compares its bytes
     * with the view's raw bytes, as CPython's bytearray does through a simple buffer, and it
     * answers first when it is the left operand or for an ordering; otherwise the view compares
     * the items' values, shapes included.
     */
    static Object compare(Abstract.CompareOp op, Object a, Object b) {
        boolean equality = op == Abstract.CompareOp.EQ || op == Abstract.CompareOp.NE;
        if (a instanceof PyByteArray && b instanceof PyMemoryView || !equality && b instanceof PyByteArray) {
            byte[] x = rawOrNull(a);
            byte[] y = rawOrNull(b);
            if (x != null && y != null) {
                int c = Arrays.compareUnsigned(x, y);
                switch (op) {
                    case LT: return c < 0;
                    case LE: return c <= 0;
                    case EQ: return c == 0;
                    case NE: return c != 0;
                    case GT: return c > 0;
                    default: return c >= 0;
                }
            }
        }
        if (!equality) {
            return null;
        }
        PyMemoryView v = a instanceof PyMemoryView m ? m : (PyMemoryView) b;
        Object other = v == a ? b : a;
        PyMemoryView w = transientView(other);
        if (w == null) {
            return null;
        }
        boolean equal;
        if (v.isReleased() || w.isReleased()) {
            equal = a == b;
        } else {
            equal = v.sameValues(w);
        }
        return equal == (op == Abstract.CompareOp.EQ);
    }

    /** A bytearray's bytes or a contiguous view's bytes; null when there is no simple buffer. */
    private static byte[] rawOrNull(Object o) {
        if (o instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        if (o instanceof PyMemoryView m && !m.isReleased() && m.contiguous(false)) {
            return m.toBytes();
        }
        return null;
    }

    private boolean sameValues(PyMemoryView w) {
        if (!sameShape(this, w)) {
            return false;
        }
        int[] p = positions(false);
        int[] q = w.positions(false);
        byte[] x = array();
        byte[] y = w.array();
        if (code == w.code && code != '?' && code != 'f' && code != 'd') {
            // equal values have equal bytes in these formats
            for (int k = 0; k < p.length; k++) {
                if (!Arrays.equals(x, p[k], p[k] + itemsize, y, q[k], q[k] + itemsize)) {
                    return false;
                }
            }
            return true;
        }
        for (int k = 0; k < p.length; k++) {
            Object xv = MemoryFormats.unpack(code, x, p[k]);
            Object yv = MemoryFormats.unpack(w.code, y, q[k]);
            if (!Abstract.eq(xv, yv)) {
                return false;
            }
        }
        return true;
    }

    /** hash(): that of the bytes, for read-only views of byte formats; computed once, as CPython caches it. */
    long hash() {
        if (!hashed) {
            check();
            if (!readonly) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            if (!MemoryFormats.isByteFormat(code)) {
                throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            Abstract.hash(obj); // a read-only view of a bytearray is as unhashable as the bytearray
            hash = Abstract.hash(new PyBytes(toBytes()));
            hashed = true;
        }
        return hash;
    }

    // ------------------------------------------------------------------ cast

    private PyMemoryView cast(Object formatArg, Object shapeArg) {
        check();
        if (!(formatArg instanceof String f)) {
            throw Errors.typeError("cast() argument 'format' must be str, not " + Errors.typeName(formatArg));
        }
        if (!contiguous(false)) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ((shapeArg != null || ndim() != 1) && zeroInShape()) {
            throw Errors.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        Object[] dims = null;
        if (shapeArg != null) {
            if (!(shapeArg instanceof PyList || shapeArg instanceof PyTuple)) {
                throw Errors.typeError("shape must be a list or a tuple");
            }
            dims = Sequences.toArray(shapeArg);
            if (dims.length > MAX_NDIM) {
                throw Errors.valueError("memoryview: number of dimensions must not exceed " + MAX_NDIM);
            }
            if (ndim() != 1 && dims.length != 1) {
                throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        char dest = MemoryFormats.code(f);
        if (dest == 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!MemoryFormats.isByteFormat(code) && !MemoryFormats.isByteFormat(dest)) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int size = MemoryFormats.itemsize(dest);
        int nbytes = nbytes();
        if (nbytes % size != 0) {
            throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        }
        int[] newShape = {nbytes / size};
        int[] newStrides = {size};
        if (dims != null) {
            newShape = new int[dims.length];
            long product = 1;
            for (int i = 0; i < dims.length; i++) {
                if (!Abstract.isInt(dims[i])) {
                    throw Errors.typeError("memoryview.cast(): elements of shape must be integers");
                }
                if (!(dims[i] instanceof Long) && !(dims[i] instanceof Boolean)) {
                    throw Errors.overflow("Python int too large to convert to C ssize_t");
                }
                long x = Abstract.index(dims[i]);
                if (x <= 0) {
                    throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
                }
                if (x > Long.MAX_VALUE / product) {
                    throw Errors.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
                }
                product *= x;
                newShape[i] = (int) Math.min(x, Integer.MAX_VALUE);
            }
            if (product * size != nbytes) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
            newStrides = new int[dims.length];
            int stride = size;
            for (int i = dims.length - 1; i >= 0; i--) {
                newStrides[i] = stride;
                stride *= newShape[i];
            }
        }
        return derive(f, size, readonly, offset, newShape, newStrides);
    }

    private boolean zeroInShape() {
        for (int s : shape) {
            if (s == 0) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the type's methods

    private static PyMemoryView self(Object[] a, String method) {
        if (a.length == 0) {
            throw Errors.typeError("unbound method memoryview." + method + "() needs an argument");
        }
        if (a[0] instanceof PyMemoryView m) {
            return m;
        }
        throw Errors.typeError("descriptor '" + method + "' for 'memoryview' objects doesn't apply to a '"
                + Errors.typeName(a[0]) + "' object");
    }

    private static void noArguments(String method, Object[] a, String[] k) {
        if (k != null && k.length > 0) {
            throw Errors.typeError("memoryview." + method + "() takes no keyword arguments");
        }
        if (a.length > 1) {
            throw Errors.typeError("memoryview." + method + "() takes no arguments (" + (a.length - 1) + " given)");
        }
    }

    /** The iterator over a 1-dimensional view: items read as it goes; released view: ValueError. */
    static final class MemoryIterator extends PyIterator {
        private PyMemoryView view;
        private int index;

        MemoryIterator(PyMemoryView view) {
            this.view = view;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }

        @Override
        public Object next() {
            if (view == null) {
                return null;
            }
            if (index < view.shape[0]) {
                view.check();
                return view.item(view.offset + index++ * view.strides[0]);
            }
            view = null;
            return null;
        }
    }

    static {
        PyType t = TYPE;
        t.defineMethod("tobytes", (a, k) -> {
            PyMemoryView m = self(a, "tobytes");
            int np = Args.positional(a, k);
            if (np > 2) {
                throw Errors.typeError("tobytes() takes at most 1 argument (" + (np - 1) + " given)");
            }
            Args.onlyKeywords("tobytes", k, "order");
            Object order = np > 1 ? a[1] : Args.keyword(a, k, "order");
            boolean fortran = false;
            if (order != null && order != Singletons.NONE) {
                if (!(order instanceof String s)) {
                    throw Errors.typeError("tobytes() argument 'order' must be str or None, not "
                            + Errors.typeName(order));
                }
                if (!s.equals("C") && !s.equals("F") && !s.equals("A")) {
                    throw Errors.valueError("order must be 'C', 'F' or 'A'");
                }
                m.check();
                // 'A' keeps the memory order of a Fortran-contiguous view, C order otherwise
                fortran = s.equals("F") || s.equals("A") && m.contiguous(true) && !m.contiguous(false);
            }
            return new PyBytes(m.toBytes(fortran));
        });
        t.defineMethod("tolist", (a, k) -> {
            noArguments("tolist", a, k);
            return self(a, "tolist").toList();
        });
        t.defineMethod("hex", (a, k) -> {
            Object[] args = a.clone();
            args[0] = new PyBytes(self(a, "hex").toBytes());
            return ((PyBuiltinFunction) PyBytes.TYPE.lookup("hex")).call(args, k);
        });
        t.defineMethod("release", (a, k) -> {
            noArguments("release", a, k);
            self(a, "release").release();
            return Singletons.NONE;
        });
        t.defineMethod("toreadonly", (a, k) -> {
            noArguments("toreadonly", a, k);
            PyMemoryView m = self(a, "toreadonly");
            m.check();
            return m.derive(m.format, m.itemsize, true, m.offset, m.shape, m.strides);
        });
        t.defineMethod("cast", (a, k) -> {
            PyMemoryView m = self(a, "cast");
            int np = Args.positional(a, k);
            if (np > 3) {
                throw Errors.typeError("cast() takes at most 2 arguments (" + (np - 1) + " given)");
            }
            Args.onlyKeywords("cast", k, "format", "shape");
            Object format = np > 1 ? a[1] : Args.keyword(a, k, "format");
            Object shape = np > 2 ? a[2] : Args.keyword(a, k, "shape");
            if (format == null) {
                throw Errors.typeError("cast() missing required argument 'format' (pos 1)");
            }
            return m.cast(format, shape);
        });
        t.defineMethod("__enter__", (a, k) -> {
            PyMemoryView m = self(a, "__enter__");
            m.check();
            return m;
        });
        t.defineMethod("__exit__", (a, k) -> {
            self(a, "__exit__").release();
            return Singletons.NONE;
        });
        t.defineMethod("__len__", (a, k) -> self(a, "__len__").length());
        t.defineMethod("__getitem__", (a, k) -> self(a, "__getitem__").getItem(a[1]));
        t.defineMethod("__setitem__", (a, k) -> {
            self(a, "__setitem__").setItem(a[1], a[2]);
            return Singletons.NONE;
        });
        t.defineMethod("__delitem__", (a, k) -> {
            self(a, "__delitem__").setItem(a[1], null);
            return Singletons.NONE;
        });
        t.defineMethod("__iter__", (a, k) -> {
            PyMemoryView m = self(a, "__iter__");
            m.check();
            if (m.ndim() == 0) {
                throw Errors.typeError("invalid indexing of 0-dim memory");
            }
            if (m.ndim() > 1) {
                throw Errors.of(Errors.NOT_IMPLEMENTED_ERROR, "multi-dimensional sub-views are not implemented");
            }
            return new MemoryIterator(m);
        });
        t.defineMethod("__eq__", (a, k) -> {
            Object r = compare(Abstract.CompareOp.EQ, self(a, "__eq__"), a[1]);
            return r == null ? Singletons.NOT_IMPLEMENTED : r;
        });
        t.defineMethod("__ne__", (a, k) -> {
            Object r = compare(Abstract.CompareOp.NE, self(a, "__ne__"), a[1]);
            return r == null ? Singletons.NOT_IMPLEMENTED : r;
        });
        t.defineMethod("__hash__", (a, k) -> self(a, "__hash__").hash());
        t.defineMethod("__repr__", (a, k) -> self(a, "__repr__").toString());
        t.define("obj", property("obj", m -> m.obj));
        t.define("nbytes", property("nbytes", m -> (long) m.nbytes()));
        t.define("readonly", property("readonly", m -> m.readonly));
        t.define("itemsize", property("itemsize", m -> (long) m.itemsize));
        t.define("format", property("format", m -> m.format));
        t.define("ndim", property("ndim", m -> (long) m.ndim()));
        t.define("shape", property("shape", m -> ints(m.shape)));
        t.define("strides", property("strides", m -> ints(m.strides)));
        t.define("suboffsets", property("suboffsets", m -> PyTuple.EMPTY));
        t.define("c_contiguous", property("c_contiguous", m -> m.contiguous(false)));
        t.define("f_contiguous", property("f_contiguous", m -> m.contiguous(true)));
        t.define("contiguous", property("contiguous", m -> m.contiguous(false) || m.contiguous(true)));
    }

    private static PyTuple ints(int[] values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = (long) values[i];
        }
        return new PyTuple(items);
    }

    private static PyProperty property(String name, java.util.function.Function<PyMemoryView, Object> getter) {
        return new PyProperty(new PyBuiltinFunction(name, (a, k) -> {
            PyMemoryView m = self(a, name);
            m.check();
            return getter.apply(m);
        }, true), Singletons.NONE, Singletons.NONE, Singletons.NONE);
    }

    @Override
    public String toString() {
        return "<" + (isReleased() ? "released " : "") + "memory at 0x" + String.format("%012x", System.identityHashCode(this))
                + ">";
    }
}
