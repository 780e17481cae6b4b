package org.pyston.runtime.objects;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.frame.Frame;
import org.pyston.api.profile.Profile;

/**
 * Whether the program still holds a memoryview of some exports: CPython's "the view is alive",
 * asked when a bytearray with exports is about to change size.
 *
 * <p>CPython frees a view the moment nothing refers to it. Neither the collector nor a weak
 * reference can answer that here: the interpreter leaves a temporary's last value in its
 * register until the slot is reused, so a view made and dropped inside an expression
 * ({@code memoryview(b)[0]}) stays reachable from the running frame. So this looks for the
 * views from what the program can name: the variables of the running frames (locals, cells,
 * the locals mapping, globals), {@code sys.modules} and the builtins, and every object reachable
 * from them (containers, instance attributes, functions' closures and defaults, bound methods,
 * iterators, suspended generators' variables, ...), but not the frames' temporaries. A view held
 * only by a temporary that is still in use (an argument being built) is missed; the caller then
 * revokes it, and it reports itself released if used again.
 *
 * <p>This walk runs only when a resize meets an export not released explicitly, so it costs
 * nothing to programs that release their views or never resize while a view exists.
 */
final class HeldViews {
    private HeldViews() {
    }

    /** Reference fields of a runtime class and its superclasses, found once per class. */
    private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (!c.getName().startsWith("org.pyston.")) {
                    break;
                }
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive() || skipped(f)) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        fields.add(f);
                    } catch (RuntimeException inaccessible) {
                        // a field we cannot read holds nothing we could follow
                    }
                }
            }
            return fields.toArray(new Field[0]);
        }
    };

    /** Fields that hold no program state, or state CPython would not keep alive. */
    private static boolean skipped(Field f) {
        Class<?> t = f.getType();
        if (ExecutionContext.class.isAssignableFrom(t) || CodeUnit.class.isAssignableFrom(t)
                || PyCode.class.isAssignableFrom(t) || Profile.class.isAssignableFrom(t)
                || java.lang.ref.Reference.class.isAssignableFrom(t) || t == String.class) {
            return true;
        }
        // the frame that made a generator: bookkeeping for loops, not a reference CPython keeps
        return f.getDeclaringClass() == PyGenerator.class && f.getName().equals("creator");
    }

    /** Whether an unreleased view of one of {@code exports} is reachable from the program's variables. */
    static boolean anyHeld(ExecutionContext ctx, Set<PyMemoryView.Export> exports) {
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<Object> work = new ArrayDeque<>();
        for (Frame f = ctx.topFrame; f != null; f = f.back) {
            work.add(f);
        }
        work.add(ctx.modules);
        work.add(ctx.builtinsDict);
        work.addAll(ctx.handled);
        while (!work.isEmpty()) {
            Object o = work.poll();
            if (o == null || seen.put(o, Boolean.TRUE) != null) {
                continue;
            }
            if (o instanceof PyMemoryView v) {
                if (v.exportsOneOf(exports)) {
                    return true;
                }
                continue;
            }
            follow(o, work);
        }
        return false;
    }

    private static void follow(Object o, ArrayDeque<Object> work) {
        if (o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Singletons.Singleton
                || o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyCode) {
            return;
        }
        if (o instanceof Frame f) {
            // the variables only: temporaries keep stale values (see the class comment)
            int named = f.code.userVregs;
            for (int i = 0; i < named && i < f.regs.length; i++) {
                add(work, f.regs[i]);
            }
            if (f.cells != null) {
                for (Object c : f.cells) {
                    add(work, c);
                }
            }
            if (f instanceof PyFrame pf) {
                add(work, pf.locals);
                add(work, pf.globals);
                add(work, pf.function);
                add(work, pf.delegate);
            }
            return;
        }
        if (o instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                add(work, l.items[i]);
            }
            fields(l, work);
            return;
        }
        if (o instanceof PyDict d) {
            for (Map.Entry<Object, Object> e : d.entries()) {
                add(work, e.getKey());
                add(work, e.getValue());
            }
            fields(d, work); // a subclass instance's attributes
            return;
        }
        if (o instanceof PySet s) {
            for (Object x : s.toArray()) {
                add(work, x);
            }
            return;
        }
        if (o instanceof PyType t) {
            if (!t.isBuiltin) {
                work.addAll(t.dict.values());
            }
            return;
        }
        if (o instanceof Object[] array) {
            for (Object x : array) {
                add(work, x);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                add(work, e.getKey());
                add(work, e.getValue());
            }
            return;
        }
        if (o instanceof Collection<?> c) {
            for (Object x : c) {
                add(work, x);
            }
            return;
        }
        fields(o, work);
    }

    /** The reference fields of a runtime object; a list's items and a dict's table are walked above, in use only. */
    private static void fields(Object o, ArrayDeque<Object> work) {
        if (!o.getClass().getName().startsWith("org.pyston.")) {
            return;
        }
        for (Field f : FIELDS.get(o.getClass())) {
            if (f.getDeclaringClass() == PyDict.class && f.getName().equals("map")
                    || f.getDeclaringClass() == PyList.class && f.getName().equals("items")) {
                continue;
            }
            try {
                add(work, f.get(o));
            } catch (IllegalAccessException e) {
                // unreadable: nothing to follow
            }
        }
    }

    private static void add(ArrayDeque<Object> work, Object o) {
        if (o != null) {
            work.add(o);
        }
    }
}
