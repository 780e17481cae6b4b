package org.pyston.compiler.parser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.junit.Test;

/** The front end against CPython 3.11: ast.dump output (recorded from CPython) and SyntaxError lines and messages. */
public class FrontEndTest {
    private static String dump(String source) {
        return AstDump.dump(PythonParser.parse(source, "<t>", ParseMode.EXEC));
    }

    @Test
    public void dumpMatchesCPython0() {
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=BinOp(left=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), op=Mult(), right=Constant(value=3, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=8, end_lineno=1, end_col_offset=13), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])",
                dump("x = 1 + 2 * 3"));
    }

    @Test
    public void dumpMatchesCPython1() {
        assertEquals("Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], vararg=arg(arg='c', lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), kwonlyargs=[arg(arg='d', lineno=1, col_offset=18, end_lineno=1, end_col_offset=19)], kw_defaults=[None], kwarg=arg(arg='e', lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), defaults=[Constant(value=2, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)]), body=[Return(value=Name(id='a', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], type_ignores=[])",
                dump("def f(a, b=2, *c, d, **e):\n    return a\n"));
    }

    @Test
    public void dumpMatchesCPython2() {
        assertEquals("Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=6, end_lineno=1, end_col_offset=28), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), conversion=-1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=28), lineno=1, col_offset=6, end_lineno=1, end_col_offset=28), Constant(value=' and y=', lineno=1, col_offset=6, end_lineno=1, end_col_offset=28), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), conversion=114, lineno=1, col_offset=6, end_lineno=1, end_col_offset=28)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=28)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])",
                dump("print(f'{x!r:>{w}} and {y=}')"));
    }

    @Test
    public void dumpMatchesCPython3() {
        assertEquals("Module(body=[For(target=Name(id='i', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), iter=Call(func=Name(id='range', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=14), args=[Constant(value=3, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], keywords=[], lineno=1, col_offset=9, end_lineno=1, end_col_offset=17), body=[If(test=Name(id='i', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), body=[Continue(lineno=3, col_offset=8, end_lineno=3, end_col_offset=16)], orelse=[], lineno=2, col_offset=4, end_lineno=3, end_col_offset=16)], orelse=[Pass(lineno=5, col_offset=4, end_lineno=5, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=5, end_col_offset=8)], type_ignores=[])",
                dump("for i in range(3):\n    if i:\n        continue\nelse:\n    pass\n"));
    }

    @Test
    public void dumpMatchesCPython4() {
        assertEquals("Module(body=[Assign(targets=[Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=10), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], value=Call(func=Attribute(value=Name(id='b', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), attr='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17), args=[Starred(value=Name(id='d', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=20)], keywords=[keyword(value=Name(id='e', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=22, end_lineno=1, end_col_offset=25)], lineno=1, col_offset=14, end_lineno=1, end_col_offset=26), lineno=1, col_offset=0, end_lineno=1, end_col_offset=26)], type_ignores=[])",
                dump("a[1:2, ::3] = b.c(*d, **e)"));
    }

    @Test
    public void dumpMatchesCPython5() {
        assertEquals("Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='y', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield(lineno=1, col_offset=17, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])",
                dump("lambda x, /, y: (yield)"));
    }

    @Test
    public void dumpMatchesCPython6() {
        assertEquals("Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=BinOp(left=Constant(value='é', lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), op=Add(), right=Constant(value='\\n', lineno=1, col_offset=11, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), op=Add(), right=Call(func=Attribute(value=Constant(value=b'\\x00', lineno=1, col_offset=18, end_lineno=1, end_col_offset=25), attr='decode', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=32), args=[], keywords=[], lineno=1, col_offset=18, end_lineno=1, end_col_offset=34), lineno=1, col_offset=4, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)], type_ignores=[])",
                dump("s = 'é' + \"\\n\" + b'\\x00'.decode()"));
    }

    /** Escaped surrogates are code points of their own, also across implicit concatenation; a real astral character is one. */
    @Test
    public void surrogateEscapesStayCodePointsOfTheirOwn() {
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value='\\ud800\\udc00', lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), Constant(value='\\ud800\\udc00', lineno=1, col_offset=20, end_lineno=1, end_col_offset=37), Constant(value='😀', lineno=1, col_offset=39, end_lineno=1, end_col_offset=51), Constant(value='\\ud800', lineno=1, col_offset=53, end_lineno=1, end_col_offset=61)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=61), lineno=1, col_offset=0, end_lineno=1, end_col_offset=61)], type_ignores=[])",
                dump("x = '\\ud800\\udc00', '\\ud800' '\\udc00', '\\U0001f600', '\\ud800'"));
    }

    /** The same across the literal parts of f-strings. */
    @Test
    public void surrogateEscapesAcrossFStringParts() {
        assertEquals("Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\ud800\\udc00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])",
                dump("f'\\ud800' f'\\udc00{x}'"));
    }

    /** The braces of {@code \\N{...}} in an f-string name a character, they open no field. */
    @Test
    public void namedEscapesInFStringsAreNotFields() {
        assertEquals("Module(body=[Expr(value=JoinedStr(values=[Constant(value='1', lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), Constant(value='2', lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=32), lineno=1, col_offset=0, end_lineno=1, end_col_offset=32)], type_ignores=[])",
                dump("f'\\N{DIGIT ONE}{x}\\N{DIGIT TWO}'"));
    }

    /** Quotes in replacement fields, also in format specs and triple-quoted, hide braces and quotes. */
    @Test
    public void fStringExpressionsHoldQuotedBracesAndTripleQuotes() {
        assertEquals("Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Constant(value='}', lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=34), Constant(value='>10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34), FormattedValue(value=Constant(value='ab\"c', lineno=1, col_offset=19, end_lineno=1, end_col_offset=32), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, end_col_offset=34)], type_ignores=[])",
                dump("f'{x:{\"}\"}>10}' f'{\"a\" \"\"\"b\"c\"\"\"}'"));
    }

    @Test
    public void escapeErrorsHaveCPythonsPositionsAndLine() {
        syntaxError("x = '\\N{XYZ}'", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name");
        syntaxError("x = 'ab\\N{xy'", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-6: malformed \\N character escape");
        syntaxError("x = '\\N{}'", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape");
        syntaxError("x = f'{1}\\N{'", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape");
        syntaxError("x = f'a{{\\x1'", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
        // non-ASCII characters count as the \\UXXXXXXXX escapes the decoder sees
        syntaxError("x = '\u00e9\\\\\u00e9\\x1'", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 22-24: truncated \\xXX escape");
        syntaxError("x = '\\N{ DIGIT ONE}'", 1, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name");
        // reported at the token after the literals
        syntaxError("x = ('\\N{XYZ}'\n)", 2, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name");
        syntaxError("x = (b'\\x1'\n)", 2, "(value error) invalid \\x escape at position 0");
        syntaxError("x = ('a' b'b'\n)", 2, "cannot mix bytes and nonbytes literals");
    }

    private static void bytesVerdict(byte[] source, int line, String message) {
        try {
            PythonParser.parse(source, "<t>", ParseMode.EXEC);
            assertEquals(message, null);
        } catch (PythonSyntaxError e) {
            assertEquals(message, e.msg);
            assertEquals(line, e.lineno);
        }
    }

    private static byte[] latin1(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** As CPython's compile() of bytes: only the literal or name holding bytes that are not UTF-8 fails. */
    @Test
    public void undecodableBytesFailInTheTokenThatHoldsThem() {
        bytesVerdict(latin1("x = 1  # b\u00f6se\n"), 0, null);
        bytesVerdict(latin1("print(\"b\u00f6se\")\n"), 1,
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte");
        bytesVerdict(latin1("x = 1\ny = \"\"\"ab\ncd\u00f6\"\"\"\n"), 3,
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 5: invalid start byte");
        bytesVerdict(latin1("y = \"\\n\u00e4\u00b8\"\n"), 1,
                "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
        bytesVerdict(latin1("y = f\"ab{1}c\u00f6\"\n"), 1,
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte");
        bytesVerdict(latin1("x = 1\ny = ab\u00f6\n"), 2,
                "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 2: invalid start byte");
        bytesVerdict(latin1("y = b\"ab\u00f6\"\n"), 1, "bytes can only contain ASCII literal characters");
    }

    /** Declarations CPython rejects, and declared encodings that do not decode: SyntaxErrors on line 0. */
    @Test
    public void sourceEncodingErrorsAreCPythons() {
        bytesVerdict(latin1("# -*- coding: uft-8 -*-\n"), 0, "unknown encoding: uft-8");
        bytesVerdict(latin1("\u00ef\u00bb\u00bf#coding: utf8\nx = 1\n"), 0, "encoding problem: utf8 with BOM");
        bytesVerdict(latin1("\u00ef\u00bb\u00bf# coding: latin-1\nx = 1\n"), 0, "encoding problem: iso-8859-1 with BOM");
        bytesVerdict(latin1("#!/usr/bin/python\n# coding: latin-1\nx = '\u00f6'\n"), 0, null);
        bytesVerdict(latin1("x = 1\n# coding: foo\n"), 0, null);
        bytesVerdict(latin1("# coding: ascii\r\nx = \"\u00f6\"\n"), 0,
                "'ascii' codec can't decode byte 0xf6 in position 21: ordinal not in range(128)");
        bytesVerdict(latin1("# coding: cp1253\nx=\"\u00aa\"\n"), 0,
                "'charmap' codec can't decode byte 0xaa in position 20: character maps to <undefined>");
        bytesVerdict(latin1("# coding: gbk\nx = 1 #\u0081"), 0,
                "'gbk' codec can't decode byte 0x81 in position 21: illegal multibyte sequence");
        bytesVerdict(latin1("# coding: rot13\nx = 1\n"), 0,
                "'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
    }

    private static void syntaxError(String source, int line, String message) {
        try {
            PythonParser.parse(source, "<t>", ParseMode.EXEC);
            fail("no SyntaxError for " + source);
        } catch (PythonSyntaxError e) {
            assertEquals(message, e.msg);
            assertEquals(line, e.lineno);
        }
    }

    @Test
    public void syntaxErrorsHaveCPythonsLineAndMessage() {
        syntaxError("x = (", 1, "'(' was never closed");
        syntaxError("if x\n    pass\n", 1, "expected ':'");
        syntaxError("  x = 1\n", 1, "unexpected indent");
        syntaxError("def f():\nreturn 1\n", 2, "expected an indented block after function definition on line 1");
        syntaxError("x = 'abc\n", 1, "unterminated string literal (detected at line 1)");
    }

    @Test
    public void deepNestingIsASyntaxErrorNotAJavaStackOverflow() {
        try {
            PythonParser.parse("x = " + "(".repeat(500) + ")".repeat(500), "<t>", ParseMode.EXEC);
            fail();
        } catch (PythonSyntaxError e) {
            assertEquals("too many nested parentheses", e.msg);
        }
    }
}
