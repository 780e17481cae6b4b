package org.pyston.runtime.objects;

/** The built-in exception types and factories for raising them from Java. */
public final class Errors {
    private Errors() {
    }

    private static PyType ex(String name, PyType base) {
        PyType t = PyType.builtin(name, PyBaseException.class, base);
        return t;
    }

    private static PyType ex(String name, PyType... bases) {
        return PyType.builtin(name, PyBaseException.class, bases);
    }

    public static final PyType BASE_EXCEPTION = ex("BaseException", PyType.OBJECT);
    public static final PyType SYSTEM_EXIT = ex("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = ex("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = ex("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = ex("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = ex("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = ex("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = ex("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = ex("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = ex("OverflowError", ARITHMETIC_ERROR);
    public static final PyType FLOATING_POINT_ERROR = ex("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = ex("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = ex("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = ex("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = ex("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = ex("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = ex("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = ex("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = ex("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = ex("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = ex("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = ex("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = ex("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = ex("OSError", EXCEPTION);
    public static final PyType FILE_NOT_FOUND_ERROR = ex("FileNotFoundError", OS_ERROR);
    public static final PyType BLOCKING_IO_ERROR = ex("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = ex("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = ex("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = ex("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = ex("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = ex("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = ex("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = ex("FileExistsError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = ex("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = ex("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = ex("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = ex("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = ex("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = ex("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = ex("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = ex("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = ex("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = ex("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = ex("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = ex("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = ex("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = ex("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = ex("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = ex("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = ex("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = ex("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = ex("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = ex("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = ex("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = ex("DeprecationWarning", WARNING);
    public static final PyType USER_WARNING = ex("UserWarning", WARNING);
    public static final PyType RUNTIME_WARNING = ex("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = ex("SyntaxWarning", WARNING);
    public static final PyType FUTURE_WARNING = ex("FutureWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = ex("PendingDeprecationWarning", WARNING);
    public static final PyType IMPORT_WARNING = ex("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = ex("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = ex("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = ex("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = ex("EncodingWarning", WARNING);
    public static final PyType BASE_EXCEPTION_GROUP = ex("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = ex("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);

    public static final PyType[] ALL = {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION,
        STOP_ITERATION, STOP_ASYNC_ITERATION, ARITHMETIC_ERROR, ZERO_DIVISION_ERROR, OVERFLOW_ERROR,
        FLOATING_POINT_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR,
        MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR,
        OS_ERROR, FILE_NOT_FOUND_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR,
        SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR,
        UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, WARNING, DEPRECATION_WARNING, USER_WARNING, RUNTIME_WARNING,
        BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR,
        CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR, INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR,
        NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR, PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR, UNICODE_TRANSLATE_ERROR,
        SYNTAX_WARNING, FUTURE_WARNING, PENDING_DEPRECATION_WARNING, IMPORT_WARNING, UNICODE_WARNING, BYTES_WARNING,
        RESOURCE_WARNING, ENCODING_WARNING, BASE_EXCEPTION_GROUP, EXCEPTION_GROUP};

    public static PyException of(PyType type, String message) {
        return new PyBaseException(type, PyTuple.of(message)).toThrowable();
    }

    public static PyException of(PyType type, Object... args) {
        return new PyBaseException(type, PyTuple.of(args)).toThrowable();
    }

    public static PyException typeError(String message) {
        return of(TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return of(VALUE_ERROR, message);
    }

    public static PyException attributeError(String message) {
        return of(ATTRIBUTE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return of(INDEX_ERROR, message);
    }

    public static PyException zeroDivision(String message) {
        return of(ZERO_DIVISION_ERROR, message);
    }

    public static PyException nameError(String name) {
        PyException e = of(NAME_ERROR, "name '" + name + "' is not defined");
        e.exception.dict.put("name", name);
        return e;
    }

    public static PyException overflow(String message) {
        return of(OVERFLOW_ERROR, message);
    }

    /** "'X' object ..." messages use the type name of a value. */
    public static String typeName(Object o) {
        PyType t = PyType.of(o);
        // an extension type's C name (tp_name) carries its module, as "itertools.count"
        return t.extension ? t.module + "." + t.name : t.name;
    }
}
