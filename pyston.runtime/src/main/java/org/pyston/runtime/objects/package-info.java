/**
 * The Python object model: types, the built-in value classes, functions, modules, exceptions,
 * and the generic operations every tier calls ({@link org.pyston.runtime.objects.Abstract}).
 *
 * <p>Python values are plain Java objects where a Java type fits exactly: {@code int} is
 * {@code Long} (normalised to {@code BigInteger} only when it does not fit), {@code bool} is
 * {@code Boolean}, {@code float} is {@code Double}, {@code str} is {@code String}. Everything
 * else extends {@link org.pyston.runtime.objects.PyObject}. {@link PyType#of(Object)} gives any
 * value's Python type.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.pyston.runtime.objects;
