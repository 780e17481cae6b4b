package org.pyston.runtime.objects;

import java.util.Map;

/**
 * The doc strings of built-in functions, methods and types, by qualified name ("bin",
 * "int.bit_length", "float.fromhex"). Only the ones that carry examples are here: the
 * {@code >>>} lines are a contract (doctest runs them, as {@code test_builtin} does over the
 * module {@code builtins}), so a built-in that documents its behaviour with an example has it.
 * Everything else answers {@code __doc__} with None.
 */
final class BuiltinDocs {
    private BuiltinDocs() {
    }

    private static final String HEX_PARAMETERS = """
              sep
                An optional single character or byte to separate hex bytes.
              bytes_per_sep
                How many bytes between separators.  Positive values count from the
                right, negative values count from the left.
            """;

    private static String hexDoc(String first, String value) {
        return first + "\n\n" + HEX_PARAMETERS + "\nExample:\n>>> value = " + value + """

                >>> value.hex()
                'b901ef'
                >>> value.hex(':')
                'b9:01:ef'
                >>> value.hex(':', 2)
                'b9:01ef'
                >>> value.hex(':', -2)
                'b901:ef'""";
    }

    private static final Map<String, String> DOCS = Map.ofEntries(
            Map.entry("bin", """
                    Return the binary representation of an integer.

                       >>> bin(2796202)
                       '0b1010101010101010101010'"""),
            Map.entry("oct", """
                    Return the octal representation of an integer.

                       >>> oct(342391)
                       '0o1234567'"""),
            Map.entry("hex", """
                    Return the hexadecimal representation of an integer.

                       >>> hex(12648430)
                       '0xc0ffee'"""),
            Map.entry("zip", """
                    zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.

                       >>> list(zip('abcdefg', range(3), range(4)))
                       [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]

                    The zip object yields n-length tuples, where n is the number of iterables
                    passed as positional arguments to zip().  The i-th element in every tuple
                    comes from the i-th iterable argument to zip().  This continues until the
                    shortest argument is exhausted.

                    If strict is true and one of the arguments is exhausted before the others,
                    raise a ValueError."""),
            Map.entry("int", """
                    int([x]) -> integer
                    int(x, base=10) -> integer

                    Convert a number or string to an integer, or return 0 if no arguments
                    are given.  If x is a number, return x.__int__().  For floating point
                    numbers, this truncates towards zero.

                    If x is not a number or if base is given, then x must be a string,
                    bytes, or bytearray instance representing an integer literal in the
                    given base.  The literal can be preceded by '+' or '-' and be surrounded
                    by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.
                    Base 0 means to interpret the base from the string as an integer literal.
                    >>> int('0b100', base=0)
                    4"""),
            Map.entry("int.as_integer_ratio", """
                    Return integer ratio.

                    Return a pair of integers, whose ratio is exactly equal to the original int
                    and with a positive denominator.

                    >>> (10).as_integer_ratio()
                    (10, 1)
                    >>> (-10).as_integer_ratio()
                    (-10, 1)
                    >>> (0).as_integer_ratio()
                    (0, 1)"""),
            Map.entry("int.bit_count", """
                    Number of ones in the binary representation of the absolute value of self.

                    Also known as the population count.

                    >>> bin(13)
                    '0b1101'
                    >>> (13).bit_count()
                    3"""),
            Map.entry("int.bit_length", """
                    Number of bits necessary to represent self in binary.

                    >>> bin(37)
                    '0b100101'
                    >>> (37).bit_length()
                    6"""),
            Map.entry("float.as_integer_ratio", """
                    Return integer ratio.

                    Return a pair of integers, whose ratio is exactly equal to the original float
                    and with a positive denominator.

                    Raise OverflowError on infinities and a ValueError on NaNs.

                    >>> (10.0).as_integer_ratio()
                    (10, 1)
                    >>> (0.0).as_integer_ratio()
                    (0, 1)
                    >>> (-.25).as_integer_ratio()
                    (-1, 4)"""),
            Map.entry("float.fromhex", """
                    Create a floating-point number from a hexadecimal string.

                    >>> float.fromhex('0x1.ffffp10')
                    2047.984375
                    >>> float.fromhex('-0x1p-1074')
                    -5e-324"""),
            Map.entry("float.hex", """
                    Return a hexadecimal representation of a floating-point number.

                    >>> (-0.1).hex()
                    '-0x1.999999999999ap-4'
                    >>> 3.14159.hex()
                    '0x1.921f9f01b866ep+1'"""),
            Map.entry("bytes.hex", hexDoc("Create a string of hexadecimal numbers from a bytes object.",
                    "b'\\xb9\\x01\\xef'")),
            Map.entry("bytearray.hex", hexDoc("Create a string of hexadecimal numbers from a bytearray object.",
                    "bytearray([0xb9, 0x01, 0xef])")),
            Map.entry("memoryview.hex", hexDoc("Return the data in the buffer as a str of hexadecimal numbers.",
                    "memoryview(b'\\xb9\\x01\\xef')")));

    /** The doc string of the built-in named {@code qualname}, or None. */
    static Object of(String qualname) {
        String doc = DOCS.get(qualname);
        return doc == null ? Singletons.NONE : doc;
    }

    /** The doc string of a built-in function or method. */
    static Object of(PyBuiltinFunction f) {
        return f.module == null ? of(f.qualname()) : Singletons.NONE;
    }

    /** The doc string of a type that has none in its dict: a built-in type's, or None. */
    static Object of(PyType t) {
        return t.isBuiltin && !t.extension ? of(t.name) : Singletons.NONE;
    }
}
