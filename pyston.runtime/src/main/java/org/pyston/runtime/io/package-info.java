/**
 * The {@code _io} module (CPython's Modules/_io in Java): FileIO over the context's descriptor
 * table ({@link org.pyston.runtime.io.FileDescriptors}, which {@code posix} shares), the buffered
 * readers and writers, TextIOWrapper with CPython's newline handling and tell()/seek() cookies,
 * BytesIO, StringIO, and {@code open()}. CPython's {@code Lib/io.py} runs unmodified on top.
 * Private to the runtime bundle except what other runtime packages call.
 */
package org.pyston.runtime.io;
