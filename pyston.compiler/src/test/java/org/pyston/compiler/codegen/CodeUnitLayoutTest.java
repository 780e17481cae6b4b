package org.pyston.compiler.codegen;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.pyston.api.code.CodeUnit;
import org.pyston.api.code.LineTable;
import org.pyston.api.code.Opcode;
import org.pyston.compiler.parser.ParseMode;
import org.pyston.compiler.parser.PythonParser;
import org.pyston.compiler.parser.PythonSyntaxError;
import org.pyston.runtime.objects.PyCode;

/** The byte code unit layout (narrow and wide forms) as the assembler writes it and CodeUnit's accessors read it back. */
public class CodeUnitLayoutTest {
    private static CodeUnit compile(String source) {
        return Codegen.compile(PythonParser.parse(source, "<t>", ParseMode.EXEC), "<t>", false);
    }

    private static CodeUnit function(CodeUnit module, int i) {
        int seen = 0;
        for (Object c : module.constants) {
            if (c instanceof PyCode p && seen++ == i) {
                return p.unit;
            }
        }
        throw new AssertionError("no code constant " + i);
    }

    @Test
    public void blocksCoverTheInstructionsAndDecodeGenerically() {
        CodeUnit u = function(compile("def f(a):\n    for x in a:\n        if x:\n            return x\n    return None\n"), 0);
        int pc = 0;
        for (int b = 0; b < u.blockCount(); b++) {
            assertEquals(pc, u.blockStart(b));
            for (; pc < u.blockEnd(b); pc = u.next(pc)) {
                String kinds = Opcode.operands(u.opcode(pc));
                for (int k = 0; k < kinds.length(); k++) {
                    int v = u.operand(pc, k);
                    assertTrue(v >= -1 && v <= CodeUnit.MAX_NARROW);
                }
            }
            assertEquals(pc, u.blockEnd(b));
        }
        assertEquals(u.codeLength, pc);
        assertTrue(u.code.length > u.codeLength); // the tables follow
    }

    @Test
    public void returnOfAConstantIsOneInstruction() {
        CodeUnit u = function(compile("def f():\n    return 5\n"), 0);
        assertEquals(Opcode.RETURN_CONST, u.opcode(0));
        assertEquals(5L, u.constants[u.operand(0, 0)]);
        assertEquals(2, u.next(0)); // opcode byte + constant index
    }

    @Test
    public void exceptionTableAndLineTableReadBack() {
        CodeUnit u = function(compile("def f(a):\n    try:\n        a.b\n    except E:\n        pass\n\n\n    return a\n"), 0);
        assertTrue(u.handlerCount() > 0);
        int getAttr = -1;
        for (int pc = 0; pc < u.codeLength; pc = u.next(pc)) {
            if (u.opcode(pc) == Opcode.GET_ATTR) {
                getAttr = pc;
                assertEquals("b", u.constants[u.operand(pc, 2)]); // a name operand indexes the constants
                assertSame("b", u.constants[u.operand(pc, 2)]);   // interned
            }
        }
        int h = u.handlerAt(getAttr);
        assertTrue(h >= 0);
        assertTrue(u.handlerStart(h) <= getAttr && getAttr < u.handlerEnd(h));
        assertTrue(u.handlerBlock(h) < u.blockCount());
        assertEquals(3, LineTable.lineAt(u, getAttr));
        int returns = -1; // `return a`, wherever the layout puts its block
        for (int pc = 0; pc < u.codeLength; pc = u.next(pc)) {
            if (u.opcode(pc) == Opcode.RETURN) {
                returns = pc;
            }
        }
        assertEquals(8, LineTable.lineAt(u, returns));
    }

    @Test
    public void absentOperandsDecodeAsMinusOne() {
        CodeUnit u = function(compile("def f(g):\n    raise g\n"), 0);
        for (int pc = 0; pc < u.codeLength; pc = u.next(pc)) {
            if (u.opcode(pc) == Opcode.RAISE) {
                assertEquals(CodeUnit.ABSENT, u.code[pc + 2] & 0xff);
                assertEquals(-1, u.operand(pc, 1));
                return;
            }
        }
        fail("no RAISE");
    }

    @Test
    public void equalNameArraysAndConstantsAreSharedInAModule() {
        CodeUnit m = compile("class C:\n    def f(self):\n        return 'a long string constant'\n"
                + "    def g(self):\n        return 'a long string constant'\n");
        CodeUnit body = function(m, 0);
        CodeUnit f = function(body, 0), g = function(body, 1);
        assertSame(f.localNames, g.localNames);
        assertSame(f.constants[f.operand(0, 0)], g.constants[g.operand(0, 0)]);
    }

    /** Every instruction of the unit and of its nested units, decoded: {opcode, operands...}. */
    private static java.util.List<int[]> decode(CodeUnit u) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int pc = 0; pc < u.codeLength; pc = u.next(pc)) {
            String kinds = Opcode.operands(u.opcode(pc));
            int[] ins = new int[kinds.length() + 1];
            ins[0] = u.opcode(pc);
            for (int k = 0; k < kinds.length(); k++) {
                ins[k + 1] = u.operand(pc, k);
            }
            out.add(ins);
        }
        return out;
    }

    @Test
    public void operandsBeyondAByteTakeTheWideForms() {
        // 300 globals: names beyond 254 in the 2-byte form; 70,000: beyond 65,534 in the 4-byte form
        for (int n : new int[] {300, 70_000}) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append("g").append(i).append(" = None\n");
            }
            CodeUnit u = compile(sb.toString());
            byte prefix = n < 65_000 ? CodeUnit.WIDE : CodeUnit.WIDE4;
            int narrow = 0, wide = 0, names = 0;
            for (int pc = 0; pc < u.codeLength; pc = u.next(pc)) {
                if (u.code[pc] == prefix) {
                    wide++;
                } else if (u.code[pc] >= 0) {
                    narrow++;
                }
                if (u.opcode(pc) == Opcode.STORE_NAME) {
                    assertEquals("g" + names++, u.constants[u.operand(pc, 0)]);
                }
            }
            assertEquals(n, names);
            assertTrue(narrow > 0 && wide > 0);
            assertEquals(2 * n + 1, decode(u).size()); // LOAD_CONST and STORE_NAME each, then the return
        }
    }

    @Test
    public void jumpsBeyondSixteenBitOffsets() {
        StringBuilder sb = new StringBuilder("def f(a):\n    if a:\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("        a = a + 1\n");
        }
        sb.append("    return a\n");
        CodeUnit u = function(compile(sb.toString()), 0);
        assertTrue(u.codeLength > 0xFFFF);
        int last = 0;
        for (int b = 0; b < u.blockCount(); b++) {
            assertTrue(u.blockStart(b) >= last);
            last = u.blockStart(b);
        }
        assertTrue(last > 0xFFFF);
        int pc = 0;
        while (u.next(pc) < u.codeLength) {
            pc = u.next(pc);
        }
        assertEquals(20_003, LineTable.lineAt(u, pc));
    }

    @Test
    public void aCountBeyondSixteenBitsIsNotImplemented() {
        StringBuilder sb = new StringBuilder("def f(");
        for (int i = 0; i < 70_000; i++) {
            sb.append("a").append(i).append(", ");
        }
        sb.append("):\n    pass\n");
        try {
            compile(sb.toString());
            fail("compiled");
        } catch (PythonSyntaxError e) {
            assertEquals("NotImplementedError", e.type);
            assertTrue(e.msg, e.msg.contains("65,535"));
        }
    }

    /** Edges to a block that does not start later, as (block of the jump, target) pairs. */
    private static java.util.List<String> backwardEdges(CodeUnit u) {
        java.util.List<String> edges = new java.util.ArrayList<>();
        for (int b = 0; b < u.blockCount(); b++) {
            for (int pc = u.blockStart(b); pc < u.blockEnd(b); pc = u.next(pc)) {
                String kinds = Opcode.operands(u.opcode(pc));
                for (int k = 0; k < kinds.length(); k++) {
                    int t = u.operand(pc, k);
                    if (kinds.charAt(k) == Opcode.BLOCK && t >= 0 && u.blockStart(t) <= pc) {
                        edges.add(Opcode.name(u.opcode(pc)) + " B" + b + "->B" + t);
                    }
                }
            }
        }
        return edges;
    }

    @Test
    public void onlyLoopsJumpBackwards() {
        // the tiers count a jump to a block that does not start later as a loop back-edge
        CodeUnit chains = function(compile("def f(name, a, b):\n"
                + "    x = a if a < b < 3 else b\n"
                + "    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' or x\n"), 0);
        assertEquals(java.util.List.of(), backwardEdges(chains));
        CodeUnit loops = function(compile("def f(a):\n"
                + "    for x in a:\n"
                + "        while x and x > 1:\n"
                + "            if x == 5:\n"
                + "                continue\n"
                + "            x = x - 1 if x > 3 else x - 2\n"
                + "    try:\n"
                + "        return a[0] == a[1] == a[2]\n"
                + "    except IndexError:\n"
                + "        return None\n"), 0);
        java.util.List<String> back = backwardEdges(loops);
        assertEquals(back.toString(), 3, back.size()); // the for's next item, the while's test, the continue
        for (String e : back) {
            assertTrue(e, e.startsWith("JUMP "));
        }
        assertEquals(0, loops.blockStart(0));
    }
}
