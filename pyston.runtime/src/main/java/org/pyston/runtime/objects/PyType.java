package org.pyston.runtime.objects;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type: name, bases, MRO (C3), a dict of attributes, and a version that changes
 * whenever the type or one of its bases changes (what inline caches will guard on).
 *
 * <p>Built-in types name the Java class of their instances ({@link #javaClass}); the plain Java
 * value classes ({@code Long}, {@code String}, ...) map to their types in {@link #of}.
 */
public final class PyType extends PyObject {
    public static final PyType TYPE;
    public static final PyType OBJECT;
    public static final PyType INT;
    public static final PyType BOOL;
    public static final PyType FLOAT;
    public static final PyType STR;

    static {
        OBJECT = new PyType("object", Object.class, new PyType[0], null);
        TYPE = new PyType("type", PyType.class, new PyType[] {OBJECT}, null);
        INT = new PyType("int", Long.class, new PyType[] {OBJECT}, null);
        BOOL = new PyType("bool", Boolean.class, new PyType[] {INT}, null);
        FLOAT = new PyType("float", Double.class, new PyType[] {OBJECT}, null);
        STR = new PyType("str", String.class, new PyType[] {OBJECT}, null);
        BOOL.isFinal = true;
    }

    public String name;
    public String qualname;
    public String module = "builtins";
    /** The bases; reassigned only by {@link #setBases} ({@code __bases__ = ...}). */
    public PyType[] bases;
    /** The method resolution order; recomputed when this class's or a base's bases change. */
    public PyType[] mro;
    /**
     * CPython's {@code tp_base}: the base that fixes the instance layout (the first base for a
     * built-in type); null for object. Reassigned with the bases.
     */
    public PyType base;
    /**
     * Set while the metatype's {@code mro()} runs for a class being created (CPython's
     * {@code tp_mro == NULL}): {@code __mro__} is None, the class cannot be extended and super()
     * does not search it.
     */
    boolean incomplete;
    public final Map<String, Object> dict = new LinkedHashMap<>();
    /** Java class of instances for built-in types; for classes made in Python the first built-in base's. */
    public final Class<?> javaClass;
    /** The metatype (type(cls)); {@link #TYPE} unless a metaclass was given. */
    public PyType metatype;
    public final boolean isBuiltin;
    public boolean isFinal;
    private int version;
    /**
     * An extension type: a built-in type of a native module, whose special methods (built-in
     * functions marked {@link PyBuiltinFunction#dispatched}) are its implementation, found by
     * generic dispatch, as a C type's slots in CPython.
     */
    public boolean extension;
    /** Makes instances of an extension type or of a class deriving from it (CPython's tp_new); else null. */
    public Allocator allocator;
    /** CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING: what a match statement's sequence and mapping patterns accept. */
    public static final int SEQUENCE = 1 << 5, MAPPING = 1 << 6;
    /**
     * {@link #SEQUENCE} or {@link #MAPPING} (or 0): set on list, tuple, range, memoryview, deque,
     * array, dict and mappingproxy, by {@code collections.abc}'s {@code __abc_tpflags__} and
     * {@code register}, and inherited by subclasses.
     */
    public int collectionFlags;

    /** {@link #collectionFlags}, for a built-in type without its own those of its base (defaultdict, OrderedDict). */
    public int collectionFlags() {
        if (collectionFlags == 0 && isBuiltin && bases.length > 0 && bases[0] != this) {
            return bases[0].collectionFlags();
        }
        return collectionFlags;
    }

    /**
     * collections.abc.register(): the ABC's collection flag goes to the registered class and its
     * subclasses that have none yet (CPython's set_collection_flag_recursive).
     */
    public void setCollectionFlagRecursive(int flag) {
        if (isBuiltin || collectionFlags != 0) {
            return;
        }
        collectionFlags = flag;
        for (PyType sub : subclasses()) {
            sub.setCollectionFlagRecursive(flag);
        }
    }

    /** Set while {@code __abstractmethods__} is non-empty: object.__new__ refuses (CPython's Py_TPFLAGS_IS_ABSTRACT). */
    public boolean isAbstract;

    /**
     * Gives this built-in type its tp_new: {@code allocator} makes instances of it and of classes
     * deriving from it, and {@code __new__} (for {@code super().__new__(cls, ...)}) calls it.
     */
    public void setAllocator(Allocator allocator) {
        this.allocator = allocator;
        define("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyType sub)) {
                throw Errors.typeError(name + ".__new__(): not enough arguments");
            }
            if (!sub.isSubtypeOf(this)) {
                throw Errors.typeError(name + ".__new__(" + sub.name + "): " + sub.name + " is not a subtype of "
                        + name);
            }
            return allocator.allocate(sub, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        }, false, this)));
    }

    /** CPython's tp_new for an extension type: an instance of {@code cls} (this type or a subclass). */
    @FunctionalInterface
    public interface Allocator {
        Object allocate(PyType cls, Object[] args, String[] kwnames);
    }
    private final List<PyType> subclasses = new ArrayList<>();
    /** Whether instances have a {@code __dict__} (classes made in Python, unless {@code __slots__} leave it out). */
    private boolean hasDict;
    /** Whether instances have (or, for some built-in bases, cannot get) a {@code __weakref__} slot. */
    private boolean hasWeakref;
    /** Slot entries of instances: the {@code __slots__} names of this class and its bases. */
    private int slotCount;
    /** The class that fixed the instance layout (the last to add slots, or a built-in representation). */
    private PyType layoutBase;

    private PyType(String name, Class<?> javaClass, PyType[] bases, PyType metatype) {
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.bases = bases;
        this.metatype = metatype;
        this.isBuiltin = true;
        this.mro = computeMro(this, bases);
        this.base = bases.length > 0 ? bases[0] : null;
        for (PyType b : bases) {
            b.subclasses.add(this);
        }
        this.layoutBase = bases.length > 0 && bases[0].javaClass == javaClass ? bases[0].layoutBase : this;
    }

    /** A class created by a class statement or {@code type(name, bases, dict)}. */
    public PyType(String name, PyType[] bases, Map<String, Object> namespace, PyType metatype) {
        this.name = name;
        this.qualname = name;
        this.bases = bases.length == 0 ? new PyType[] {OBJECT} : bases;
        for (PyType b : this.bases) {
            if (b.isFinal) {
                throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
            }
        }
        this.mro = computeMro(this, this.bases);
        this.metatype = metatype;
        this.isBuiltin = false;
        for (PyType b : this.bases) {
            if (b.collectionFlags() != 0) {
                this.collectionFlags = b.collectionFlags(); // CPython inherits them from the solid base
                break;
            }
        }
        Class<?> jc = Object.class;
        for (PyType t : mro) {
            if (t.isBuiltin && t != OBJECT) {
                jc = t.javaClass;
                break;
            }
        }
        this.javaClass = jc;
        this.dict.putAll(namespace);
        Object qn = this.dict.remove("__qualname__"); // the class's qualname, not a class variable
        if (qn != null) {
            if (!(PyValueInstance.unwrap(qn) instanceof String s)) {
                throw Errors.typeError("type __qualname__ must be a str, not " + Errors.typeName(qn));
            }
            this.qualname = s;
        }
        instanceLayout(namespace.get("__slots__"));
        this.base = bestBase(this.bases, layoutWinner(this.bases));
        Object mod = namespace.get("__module__");
        if (mod instanceof String s) {
            this.module = s;
        }
        for (PyType b : this.bases) {
            b.subclasses.add(this);
        }
    }

    /**
     * Works out the layout of instances from the bases and {@code __slots__} (null when the class
     * has none): whether they have a {@code __dict__}, and a member descriptor per slot name.
     */
    private void instanceLayout(Object slots) {
        PyType winner = layoutWinner(bases);
        boolean baseDict = false, baseWeakref = false;
        for (PyType b : bases) {
            // built-in exceptions and classes have a dict; these built-ins have weak references or cannot get them
            baseDict |= b.isBuiltin ? b.javaClass == PyBaseException.class || b.javaClass == PyType.class : b.hasDict;
            baseWeakref |= b.isBuiltin ? b.javaClass == Long.class || b.javaClass == PyTuple.class
                    || b.javaClass == PyBytes.class || b.javaClass == PySet.class : b.hasWeakref;
            slotCount = Math.max(slotCount, b.slotCount);
        }
        layoutBase = winner;
        hasDict = baseDict;
        hasWeakref = baseWeakref;
        if (slots == null) {
            addDictAndWeakref(!baseDict, !baseWeakref);
            return;
        }
        boolean addDict = false, addWeakref = false;
        List<String> names = new ArrayList<>();
        for (Object item : slots instanceof String ? new Object[] {slots} : Sequences.toArray(slots)) {
            if (!(item instanceof String slot)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + Errors.typeName(item) + "'");
            }
            if (!isIdentifier(slot)) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            if (slot.equals("__dict__")) {
                if (baseDict || addDict) {
                    throw Errors.typeError("__dict__ slot disallowed: we already got one");
                }
                addDict = true;
                continue;
            }
            if (slot.equals("__weakref__")) {
                if (baseWeakref || addWeakref) {
                    throw Errors.typeError("__weakref__ slot disallowed: either we already got one, or the base "
                            + "type does not support weakrefs");
                }
                addWeakref = true; // weak references need no storage here
                continue;
            }
            String mangled = slot.startsWith("__") && !slot.endsWith("__")
                    ? "_" + name.replaceFirst("^_+", "") + slot : slot;
            // __qualname__ and __classcell__ were taken out of the namespace: no conflict (as CPython)
            if (dict.containsKey(mangled) && !names.contains(mangled) && !mangled.equals("__classcell__")) {
                throw Errors.valueError("'" + mangled + "' in __slots__ conflicts with class variable");
            }
            if (!names.contains(mangled)) {
                names.add(mangled);
            }
        }
        if (names.isEmpty()) {
            addDictAndWeakref(addDict, addWeakref);
            return;
        }
        if (winner.isBuiltin && winner != OBJECT) {
            // CPython's rule: variable-size objects (tp_itemsize != 0) keep their items where slots would go
            Class<?> jc = winner.javaClass;
            if (jc == Long.class || jc == PyTuple.class || jc == PyBytes.class || jc == PyType.class) {
                throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + winner.name + "'");
            }
            // str, float and complex subclasses are PyValueInstances, which hold slots
            if (!SlotHolder.class.isAssignableFrom(jc) && jc != String.class && jc != Double.class
                    && jc != PyComplex.class) {
                throw new PyBaseException(Errors.NOT_IMPLEMENTED_ERROR, PyTuple.of(
                        "nonempty __slots__ on a subtype of '" + winner.name + "' are not supported yet")).toThrowable();
            }
        }
        for (String slot : names) {
            dict.put(slot, new PyMemberDescriptor(slot, this, slotCount++));
        }
        layoutBase = this;
        addDictAndWeakref(addDict, addWeakref);
    }

    /** The {@code __dict__} and {@code __weakref__} attributes of a class whose instances get them here. */
    private void addDictAndWeakref(boolean addDict, boolean addWeakref) {
        if (addDict) {
            hasDict = true;
            dict.putIfAbsent("__dict__", new PyGetSetDescriptor("__dict__", this, Attributes::instanceDictObject,
                    Attributes::replaceInstanceDict));
        }
        if (addWeakref) {
            hasWeakref = true;
            dict.putIfAbsent("__weakref__", new PyGetSetDescriptor("__weakref__", this, obj -> Singletons.NONE, null));
        }
        dict.putIfAbsent("__doc__", Singletons.NONE);
    }

    private static boolean isIdentifier(String s) {
        return Strings.isIdentifier(s); // Python's rule (Java's lets control characters in)
    }

    /** Whether instances get a {@code __dict__}. */
    public boolean instancesHaveDict() {
        return hasDict;
    }

    /** Whether instances of this class and {@code other} are laid out alike (so {@code __class__} may change). */
    boolean sameLayout(PyType other) {
        return layoutBase == other.layoutBase && hasDict == other.hasDict && slotCount == other.slotCount
                && javaClass == other.javaClass;
    }

    /** How many slot entries instances have. */
    public int slotCount() {
        return slotCount;
    }

    /** A built-in type whose instances are of Java class {@code cls}, based on object. */
    public static PyType builtin(String name, Class<?> cls) {
        return new PyType(name, cls, new PyType[] {OBJECT}, null);
    }

    public static PyType builtin(String name, Class<?> cls, PyType base) {
        return new PyType(name, cls, new PyType[] {base}, null);
    }

    /** A built-in type with several bases (e.g. ExceptionGroup: BaseExceptionGroup and Exception). */
    public static PyType builtin(String name, Class<?> cls, PyType... bases) {
        return new PyType(name, cls, bases.clone(), null);
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    /** The Python type of any value. */
    public static PyType of(Object o) {
        if (o instanceof PyObject p) {
            return p.type();
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return INT;
        }
        if (o instanceof String) {
            return STR;
        }
        if (o instanceof Double) {
            return FLOAT;
        }
        if (o instanceof Boolean) {
            return BOOL;
        }
        throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass().getName()));
    }

    /** Installs the methods of a built-in type on first use (start-up: no cost for unused types). */
    private volatile Runnable pendingMethods;

    public synchronized void defineLazily(Runnable installer) {
        Runnable earlier = pendingMethods;
        pendingMethods = earlier == null ? installer : () -> {
            earlier.run();
            installer.run();
        };
    }

    /** This type with its built-in methods installed. */
    public PyType ready() {
        if (pendingMethods != null) {
            synchronized (this) {
                Runnable r = pendingMethods;
                if (r != null) {
                    r.run();
                    pendingMethods = null;
                }
            }
        }
        return this;
    }

    /** Looks {@code attr} up along the MRO; null when absent. */
    public Object lookup(String attr) {
        for (PyType t : mro) {
            Object v = t.ready().dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Direct subclasses (CPython's __subclasses__). */
    public List<PyType> subclasses() {
        return List.copyOf(subclasses);
    }

    /** Cached answer of {@link #customGetattribute} and the version it was computed for. */
    private Object getattributeCache;
    private int getattributeVersion = -1;

    /**
     * How calling this class makes an instance, as worked out for one version of it and of its
     * metaclass ({@link TypeCalls#construction}); null until the class is first called.
     */
    TypeCalls.Construction construction;

    /** A {@code __getattribute__} defined in Python on this class or a base (a function or another descriptor), or null. */
    public Object customGetattribute() {
        if (isBuiltin) {
            return null;
        }
        if (getattributeVersion != version) {
            Object m = lookup("__getattribute__");
            getattributeCache = m != null && !(m instanceof PyBuiltinFunction) ? m : null; // a function or another descriptor
            getattributeVersion = version;
        }
        return getattributeCache;
    }

    public int version() {
        return version;
    }

    /** Sets an attribute; bumps the version of this type and every subclass. */
    public void setAttribute(String attr, Object value) {
        if (isBuiltin) {
            throw Errors.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            dict.remove(attr);
        } else {
            dict.put(attr, value);
        }
        if (attr.equals("__abstractmethods__")) {
            isAbstract = value != null && Abstract.isTrue(value);
        }
        changed();
    }

    /**
     * {@code cls.__bases__ = value}, as CPython's type_set_bases: a non-empty tuple of classes
     * without a cycle and with the same instance layout; the MROs of this class and its
     * subclasses are recomputed (and all restored when one fails), and cached lookups invalidated.
     */
    public void setBases(Object value) {
        if (isBuiltin) {
            throw Errors.typeError("cannot set '__bases__' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            throw Errors.typeError("cannot delete '__bases__' attribute of immutable type '" + name + "'");
        }
        if (!(value instanceof PyTuple t)) {
            throw Errors.typeError("can only assign tuple to " + name + ".__bases__, not " + Errors.typeName(value));
        }
        if (t.size() == 0) {
            throw Errors.typeError("can only assign non-empty tuple to " + name + ".__bases__, not ()");
        }
        PyType[] newBases = new PyType[t.size()];
        for (int i = 0; i < newBases.length; i++) {
            if (!(t.get(i) instanceof PyType b)) {
                throw Errors.typeError(name + ".__bases__ must be tuple of classes, not '" + Errors.typeName(t.get(i))
                        + "'");
            }
            // a reentrant assignment (from a custom mro()) has set tp_base before the MROs caught up
            if (b.isSubtypeOf(this) || !b.incomplete && b.baseChainContains(this)) {
                throw Errors.typeError("a __bases__ item causes an inheritance cycle");
            }
            if (b.isFinal) {
                throw Errors.typeError("type '" + b.name + "' is not an acceptable base type");
            }
            newBases[i] = b;
        }
        PyType oldLayout = layoutWinner(bases), newLayout = layoutWinner(newBases);
        if (oldLayout != newLayout && !(oldLayout.javaClass == newLayout.javaClass
                && oldLayout.slotCount == newLayout.slotCount && oldLayout.hasDict == newLayout.hasDict)) {
            throw Errors.typeError("__bases__ assignment: '" + bestBase(newBases, newLayout).name
                    + "' object layout differs from '" + bestBase(bases, oldLayout).name + "'");
        }
        PyType[] oldBases = bases;
        PyType oldBase = base;
        bases = newBases;
        base = bestBase(newBases, newLayout);
        List<Object[]> replaced = new ArrayList<>();
        try {
            mroHierarchy(replaced);
        } catch (PyException failed) {
            // CPython's undo: each MRO replaced goes back, unless a reentrant call replaced it since
            for (int i = replaced.size() - 1; i >= 0; i--) {
                Object[] r = replaced.get(i);
                PyType cls = (PyType) r[0];
                if (cls.mro == r[1]) {
                    cls.mro = (PyType[]) r[2];
                    cls.changed();
                }
            }
            if (bases == newBases) {
                bases = oldBases;
                base = oldBase;
            }
            throw failed;
        }
        if (bases == newBases) { // not replaced again by a reentrant assignment
            for (PyType b : oldBases) {
                b.subclasses.remove(this);
            }
            for (PyType b : newBases) {
                b.addSubclass(this);
            }
        }
        changed();
    }

    private void addSubclass(PyType sub) {
        if (!subclasses.contains(sub)) {
            subclasses.add(sub);
        }
    }

    /** CPython's type_is_subtype_base_chain: whether {@code other} is on this type's {@link #base} chain. */
    private boolean baseChainContains(PyType other) {
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return other == OBJECT;
    }

    /** Whether {@code other} is in this type's MRO (CPython's PyType_IsSubtype, which a custom MRO can make false for the type itself). */
    boolean mroContains(PyType other) {
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * CPython's mro_hierarchy: this class's MRO and then its subclasses', each entry of
     * {@code replaced} being {class, new MRO, old MRO}; a class whose MRO a reentrant call
     * replaced meanwhile is left alone with its subclasses.
     */
    private void mroHierarchy(List<Object[]> replaced) {
        PyType[] old = mro;
        if (!mroInternal()) {
            return;
        }
        replaced.add(new Object[] {this, mro, old});
        for (PyType s : subclasses()) {
            s.mroHierarchy(replaced);
        }
    }

    /**
     * CPython's mro_internal: the MRO from {@link #invokeMro}; false when a reentrant call
     * (through a custom {@code mro()}) replaced it meanwhile, which then stays.
     */
    private boolean mroInternal() {
        PyType[] old = mro;
        PyType[] fresh = invokeMro();
        if (mro != old) {
            return false;
        }
        mro = fresh;
        changed();
        return true;
    }

    /**
     * CPython's mro_invoke: C3 for a class whose metatype is {@code type}, else the metatype's
     * {@code mro()}, whose result must be a non-empty sequence of classes each compatible with
     * this class's instance layout.
     */
    private PyType[] invokeMro() {
        PyType meta = type();
        Object method = meta == TYPE ? null : meta.lookup("mro");
        if (method == null || method == TYPE.ready().dict.get("mro")) {
            return computeMro(this, bases);
        }
        Object result = Abstract.call(Attributes.bind(method, this, meta), new Object[0], null);
        Object[] items = Sequences.toArray(result);
        if (items.length == 0) {
            throw Errors.typeError("type MRO must not be empty");
        }
        PyType[] fresh = new PyType[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyType t)) {
                throw Errors.typeError("mro() returned a non-class ('" + Errors.typeName(items[i]) + "')");
            }
            if (!layoutBase.isSubtypeOf(t.layoutBase)) {
                throw Errors.typeError("mro() returned base with unsuitable layout ('" + t.name + "')");
            }
            fresh[i] = t;
        }
        return fresh;
    }

    /**
     * The end of creating a class (CPython's PyType_Ready, after the namespace and the
     * {@code __class__} cell are set): a metatype's own {@code mro()} gives the MRO. A failure
     * leaves no trace in the bases' subclasses.
     */
    void readyMro() {
        if (type() == TYPE) {
            return;
        }
        incomplete = true;
        try {
            mroInternal();
        } catch (PyException failed) {
            for (PyType b : bases) {
                b.subclasses.remove(this);
            }
            throw failed;
        } finally {
            incomplete = false;
        }
    }

    /** The layout-defining base among {@code bs} (the most derived one), as instanceLayout chooses it. */
    private static PyType layoutWinner(PyType[] bs) {
        PyType winner = null;
        for (PyType b : bs) {
            PyType lb = b.layoutBase;
            if (winner == null || lb.isSubtypeOf(winner)) {
                winner = lb;
            } else if (!winner.isSubtypeOf(lb)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    /** CPython's best_base: the first of {@code bs} with the layout {@code winner}. */
    private static PyType bestBase(PyType[] bs, PyType winner) {
        for (PyType b : bs) {
            if (b.layoutBase == winner) {
                return b;
            }
        }
        return bs[0];
    }

    private void changed() {
        version++;
        for (PyType s : subclasses) {
            s.changed();
        }
    }

    /** Adds a built-in method during start-up (built-in types are otherwise immutable). */
    public void defineMethod(String methodName, NativeFunction f) {
        dict.put(methodName, new PyBuiltinFunction(methodName, f, true, this));
    }

    /** A method with its {@code __doc__}. */
    public void defineMethod(String methodName, String doc, NativeFunction f) {
        PyBuiltinFunction m = new PyBuiltinFunction(methodName, f, true, this);
        m.doc = doc;
        dict.put(methodName, m);
    }

    public void define(String attr, Object value) {
        Object f = value instanceof PyClassMethod c ? c.function : value instanceof PyStaticMethod s ? s.function : null;
        if (f instanceof PyBuiltinFunction b && b.owner == null && b.definingType == null && b.name.equals(attr)) {
            b.definingType = this; // dict.fromkeys, str.maketrans: named after the type
        }
        dict.put(attr, value);
    }

    static PyType[] computeMro(PyType self, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError("duplicate base class " + bases[i].name);
                }
            }
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        for (PyType b : bases) {
            if (b.incomplete) {
                throw Errors.typeError("Cannot extend an incomplete type '" + b.name + "'");
            }
        }
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyType[0]);
            }
            PyType candidate = null;
            for (List<PyType> seq : seqs) {
                PyType head = seq.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                // CPython names the heads left in the lists being merged (its message has a line break)
                List<PyType> heads = new ArrayList<>();
                for (List<PyType> seq : seqs) {
                    if (!heads.contains(seq.get(0))) {
                        heads.add(seq.get(0));
                    }
                }
                StringBuilder names = new StringBuilder();
                for (PyType b : heads) {
                    names.append(names.length() > 0 ? ", " : "").append(b.name);
                }
                throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            result.add(candidate);
            for (List<PyType> seq : seqs) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "<class '" + (module.equals("builtins") ? "" : module + ".") + qualname + "'>";
    }
}
