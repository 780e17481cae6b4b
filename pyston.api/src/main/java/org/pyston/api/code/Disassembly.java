package org.pyston.api.code;

/**
 * A readable listing of a code unit: its vreg bands, then block by block each instruction with
 * its operands decoded by kind ({@code r3} a vreg, {@code k2=<value>} a constant, {@code n1=name}
 * a name, {@code B4} a block, {@code s0} a site), and the exception table. Nested code units
 * found among the constants are listed after their parent.
 */
public final class Disassembly {
    private Disassembly() {
    }

    /** The listing of {@code unit} and, recursively, of the code units among its constants. */
    public static String of(CodeUnit unit, java.util.function.Function<Object, CodeUnit> nested) {
        StringBuilder sb = new StringBuilder();
        append(unit, nested, sb);
        return sb.toString();
    }

    private static void append(CodeUnit u, java.util.function.Function<Object, CodeUnit> nested, StringBuilder sb) {
        sb.append("code ").append(u.qualname()).append(" (").append(u.filename).append(':').append(u.firstLineNumber())
                .append(") vregs: ").append((int) u.userVregs).append(" user ").append(java.util.Arrays.toString(u.localNames))
                .append(", ").append(u.crossBlockVregs - u.userVregs).append(" cross-block, ")
                .append(u.vregCount - u.crossBlockVregs).append(" block-local; ").append((int) u.siteCount).append(" sites\n");
        for (int b = 0; b < u.blockCount(); b++) {
            int start = u.blockStart(b);
            int end = u.blockEnd(b);
            sb.append("  B").append(b).append(":\n");
            for (int pc = start; pc < end; pc = u.next(pc)) {
                int op = u.opcode(pc);
                String kinds = Opcode.operands(op);
                sb.append(String.format("    %4d  line %-4d %-14s", pc, LineTable.lineAt(u, pc), Opcode.name(op)));
                for (int k = 0; k < kinds.length(); k++) {
                    int v = u.operand(pc, k);
                    sb.append(k == 0 ? " " : ", ");
                    switch (kinds.charAt(k)) {
                        case Opcode.REG:
                            sb.append(v < 0 ? "-" : "r" + v);
                            break;
                        case Opcode.CONST: {
                            String c = v < 0 ? "-" : String.valueOf(u.constants[v]);
                            sb.append("k").append(v).append('=').append(c.length() > 40 ? c.substring(0, 40) + "…" : c);
                            break;
                        }
                        case Opcode.NAME:
                            sb.append("n").append(v).append('=').append(u.constants[v]);
                            break;
                        case Opcode.BLOCK:
                            sb.append('B').append(v);
                            break;
                        case Opcode.SITE:
                            sb.append('s').append(v);
                            break;
                        default:
                            sb.append(v);
                            break;
                    }
                }
                sb.append('\n');
            }
        }
        for (int i = 0; i < u.handlerCount(); i++) {
            sb.append("  handler: ").append(u.handlerStart(i)).append("..").append(u.handlerEnd(i)).append(" -> B")
                    .append(u.handlerBlock(i)).append(" (exception in r").append(u.handlerReg(i)).append(")\n");
        }
        for (Object c : u.constants) {
            CodeUnit inner = nested.apply(c);
            if (inner != null) {
                sb.append('\n');
                append(inner, nested, sb);
            }
        }
    }
}
