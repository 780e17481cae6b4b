/**
 * The {@code _io} module, CPython's Modules/_io in Java; CPython's {@code Lib/io.py} runs
 * unmodified on top of it, and {@code builtins.open} is its {@code open}.
 *
 * <p><b>Types.</b> The module is made per context ({@link org.pyston.runtime.io.IoModule}) and so
 * are its types, as CPython's heap types with module state: a FileIO needs its context's
 * descriptor table, a TextIOWrapper its context's codec registry. The types are classes made as a
 * class statement makes them, with built-in methods in their dicts, so everything that derives
 * from them (io.py's ABCs, user classes) goes through the ordinary class machinery; each type's
 * {@code __new__} makes an instance of its Java class (a {@code PyInstance} subclass) with the
 * derived class as its type, {@code __init__} sets it up. Attributes of instances are getset
 * descriptors ({@link org.pyston.runtime.io.IoAttribute}). Methods are installed on a type's
 * first lookup, so importing {@code _io} costs little more than class loading.
 *
 * <p><b>Descriptors.</b> {@link org.pyston.runtime.io.FileDescriptors} is the context's descriptor
 * table: 0/1/2 are the context's stdin/stdout/stderr, files opened get the lowest free number
 * from 3. {@code posix} (os.open, os.read, os.write, os.lseek, os.close, os.fstat, os.isatty)
 * works on the same table through its public API, so {@code open(os.open(...))},
 * {@code os.write(f.fileno(), ...)} and friends behave as on POSIX. Failures are IOExceptions
 * that {@link org.pyston.runtime.io.OsErrors} turns into OSError with Linux errno numbers.
 *
 * <p><b>Layers.</b> {@code FileIO} (raw) → {@code Buffered} (one class for BufferedReader, Writer
 * and Random, following CPython's buffering decisions so peek/read1 and the raw calls a program
 * sees are the same) → {@code TextIOWrapper} (incremental codecs of
 * {@link org.pyston.runtime.io.TextCodecs} over the runtime's {@code Codecs}, or Python's codec
 * registry for encodings the runtime lacks; universal newlines through
 * {@link org.pyston.runtime.io.NewlineDecoder}; tell/seek cookies packed as CPython packs them).
 * A layer calls the next one's Java code directly when it is exactly this module's type, and
 * through Python method calls otherwise (derived classes override).
 *
 * <p><b>Finalization.</b> Without reference counting nothing flushes a file object dropped
 * unclosed; objects holding written data register themselves and the context flushes them at
 * shutdown ({@link org.pyston.runtime.io.IoModule#finalizeAll}).
 *
 * <p><b>Standard streams.</b> {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} are
 * CPython's TextIOWrappers over FileIO(0/1/2) ({@link org.pyston.runtime.io.IoModule#standardStream}),
 * made on the program's first use of them: making them at start-up would load and verify the
 * module's classes in every run (about 45 ms of CPU time, 10% of a hello-world run). Until then
 * the runtime's own output goes straight to the context's streams ({@code StdStreams}).
 *
 * <p>Not done: {@code BytesIO.getbuffer()} raises NotImplementedError (it needs memoryview
 * exports whose lifetime is tracked); non-blocking raw streams are handled where CPython handles
 * them but untested; the Windows console type does not exist (as on Linux).
 */
package org.pyston.runtime.io;
