package org.pyston.compiler.codegen;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.code.Opcode;
import org.pyston.compiler.parser.ParseMode;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.runtime.objects.PyCode;

/**
 * Which {@code CHECK_BOUND}s survive the definite-assignment pass: none where every path binds
 * the local, one per read where some path does not (the semantics are tested by the Python
 * corpus, {@code tests/python/locals_definite_assignment.py}).
 */
public class BoundLocalsTest {
    private static CodeUnit firstFunction(String source) {
        CodeUnit module = Codegen.compile(PythonParser.parse(source, "<t>", ParseMode.EXEC), "<t>", false);
        for (Object c : module.constants) {
            if (c instanceof PyCode p) {
                return p.unit;
            }
        }
        throw new AssertionError("no function");
    }

    private static int count(CodeUnit u, int opcode) {
        int n = 0;
        for (int pc = 0; pc < u.codeLength; pc = u.next(pc)) {
            if (u.opcode(pc) == opcode) {
                n++;
            }
        }
        return n;
    }

    @Test
    public void localsAssignedInALoopBodyAreNotCheckedThere() {
        CodeUnit u = firstFunction("def f(pairs):\n    for (a, b) in pairs:\n        dx = a[0] - b[0]\n"
                + "        d2 = dx * dx\n        a[1] -= d2 * dx\n");
        assertEquals(0, count(u, Opcode.CHECK_BOUND));
    }

    @Test
    public void aLocalBoundOnOnePathIsChecked() {
        CodeUnit u = firstFunction("def f(c):\n    if c:\n        x = 1\n    return x\n");
        assertEquals(1, count(u, Opcode.CHECK_BOUND));
    }

    @Test
    public void aLoopVariableReadAfterTheLoopIsChecked() {
        CodeUnit u = firstFunction("def f(a):\n    for x in a:\n        pass\n    return x\n");
        assertEquals(1, count(u, Opcode.CHECK_BOUND));
    }

    @Test
    public void deletionUnbindsAlsoForTheHandler() {
        CodeUnit u = firstFunction("def f():\n    x = 0\n    try:\n        del x\n        g()\n"
                + "    except E:\n        return x\n    return 1\n");
        assertEquals(1, count(u, Opcode.CHECK_BOUND));
    }

    @Test
    public void anAssignmentWritesTheLocalDirectly() {
        CodeUnit u = firstFunction("def f(a, b):\n    x = a + b\n    return x\n");
        assertEquals(Opcode.BINARY, u.opcode(0));
        assertEquals(2, u.operand(0, 0)); // x: the vreg after the two parameters
        assertEquals(0, count(u, Opcode.MOVE));
    }
}
