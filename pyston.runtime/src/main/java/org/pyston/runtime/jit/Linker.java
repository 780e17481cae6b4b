package org.pyston.runtime.jit;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.SwitchPoint;
import org.pyston.api.ic.InlineCaches;
import org.pyston.api.ic.SiteDescriptor;
import org.pyston.api.profile.Profile;
import org.pyston.runtime.objects.Abstract;
import org.pyston.runtime.objects.Ops;
import org.pyston.runtime.objects.PyFrame;

/**
 * Bootstrap methods of the {@code invokedynamic} instructions in generated code.
 *
 * <p>{@link #operation} links a dynamic-operation site: it builds the generic operation as a
 * method handle (the same {@code Abstract}/{@code Ops} method the interpreter calls) and asks the
 * inline-cache service the generating tier put in the class data for the call site; without one
 * the site calls the generic operation directly. {@link #validity} links the check at block
 * starts that turns false when the generating tier invalidates the class (hot swap).
 */
public final class Linker {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private Linker() {
    }

    public static CallSite operation(MethodHandles.Lookup caller, String operation, MethodType type, String name,
            int operator, int site) throws ReflectiveOperationException {
        MethodHandle generic = generic(operation, name, operator).asType(type);
        InlineCaches caches = MethodHandles.classDataAt(caller, "_", InlineCaches.class, JitSupport.DATA_CACHES);
        if (caches == null) {
            return new ConstantCallSite(generic);
        }
        Profile profile = MethodHandles.classDataAt(caller, "_", Profile.class, JitSupport.DATA_PROFILE);
        return caches.link(new SiteDescriptor(operation, name.isEmpty() ? null : name.intern(), operator, site,
                profile, type), generic);
    }

    /** A constant {@code ()Z}: true until the class's validity switch point is invalidated. */
    public static CallSite validity(MethodHandles.Lookup caller, String name, MethodType type)
            throws ReflectiveOperationException {
        SwitchPoint valid = MethodHandles.classDataAt(caller, "_", SwitchPoint.class, JitSupport.DATA_VALIDITY);
        return new ConstantCallSite(valid.guardWithTest(MethodHandles.constant(boolean.class, true),
                MethodHandles.constant(boolean.class, false)));
    }

    /** The complete operation of a site, as a method handle of the site's shape. */
    public static MethodHandle generic(String operation, String name, int operator)
            throws ReflectiveOperationException {
        MethodType oo = MethodType.methodType(Object.class, Object.class, Object.class);
        switch (operation) {
            case SiteDescriptor.BINARY: {
                int base = operator & ~org.pyston.api.code.Opcode.INPLACE;
                boolean inplace = base != operator;
                MethodHandle h = LOOKUP.findStatic(Abstract.class, inplace ? "inplaceOp" : "binaryOp",
                        MethodType.methodType(Object.class, Abstract.BinaryOp.class, Object.class, Object.class));
                return MethodHandles.insertArguments(h, 0, Abstract.BinaryOp.of(base));
            }
            case SiteDescriptor.COMPARE:
                return MethodHandles.insertArguments(LOOKUP.findStatic(Abstract.class, "compare",
                        oo.insertParameterTypes(0, Abstract.CompareOp.class)), 0, Abstract.CompareOp.of(operator));
            case SiteDescriptor.GET_ATTR:
                return MethodHandles.insertArguments(LOOKUP.findStatic(Abstract.class, "getAttr",
                        MethodType.methodType(Object.class, Object.class, String.class)), 1, name);
            case SiteDescriptor.SET_ATTR:
                return MethodHandles.insertArguments(LOOKUP.findStatic(Abstract.class, "setAttr",
                        MethodType.methodType(void.class, Object.class, String.class, Object.class)), 1, name);
            case SiteDescriptor.CALL_METHOD:
                return MethodHandles.insertArguments(LOOKUP.findStatic(JitSupport.class, "callMethod",
                        MethodType.methodType(Object.class, String.class, Object.class, Object[].class, int.class,
                                int.class)), 0, name);
            case SiteDescriptor.CALL:
                return LOOKUP.findStatic(JitSupport.class, "call",
                        MethodType.methodType(Object.class, Object.class, Object[].class, int.class, int.class));
            case SiteDescriptor.LOAD_GLOBAL:
                return MethodHandles.insertArguments(LOOKUP.findStatic(Ops.class, "loadGlobal",
                        MethodType.methodType(Object.class, PyFrame.class, String.class)), 1, name);
            case SiteDescriptor.GET_ITEM:
                return LOOKUP.findStatic(Abstract.class, "getItem", oo);
            case SiteDescriptor.SET_ITEM:
                return LOOKUP.findStatic(Abstract.class, "setItem",
                        MethodType.methodType(void.class, Object.class, Object.class, Object.class));
            default:
                throw new IllegalArgumentException("no such dynamic operation: " + operation);
        }
    }
}
