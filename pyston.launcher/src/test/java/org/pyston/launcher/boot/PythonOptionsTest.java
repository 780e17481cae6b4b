package org.pyston.launcher.boot;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

public class PythonOptionsTest {
    private static PythonOptions parse(String... argv) {
        return PythonOptions.parse(argv);
    }

    @Test
    public void fileWithArguments() {
        PythonOptions o = parse("prog.py", "a", "-c", "b");
        assertEquals(PythonOptions.Mode.FILE, o.mode);
        assertEquals("prog.py", o.target);
        assertEquals(List.of("a", "-c", "b"), o.args);
        assertNull(o.error);
    }

    @Test
    public void commandTerminatesOptions() {
        PythonOptions o = parse("-u", "-c", "print(1)", "-X", "y");
        assertEquals(PythonOptions.Mode.COMMAND, o.mode);
        assertEquals("print(1)", o.target);
        assertEquals(List.of("-X", "y"), o.args);
        assertTrue(o.unbuffered);
    }

    @Test
    public void clusteredFlagsAndAttachedValues() {
        PythonOptions o = parse("-BSc", "pass");
        assertEquals(PythonOptions.Mode.COMMAND, o.mode);
        assertEquals("pass", o.target);
        assertTrue(o.dontWriteBytecode && o.noSite);
        o = parse("-Xtiers=interp", "-mjson.tool", "x");
        assertEquals(PythonOptions.Mode.MODULE, o.mode);
        assertEquals("json.tool", o.target);
        assertEquals(Map.of("tiers", "interp"), o.xoptions);
    }

    @Test
    public void xOptionsBecomeLadderProperties() {
        PythonOptions o = parse("-X", "tiers=interp,bjit", "-X", "threshold=bjit:0", "-X", "dev", "f.py");
        assertEquals(Map.of("pyston.tiers", "interp,bjit", "pyston.thresholds", "bjit:0"), o.frameworkProperties());
        assertEquals("", o.xoptions.get("dev"));
    }

    @Test
    public void errorsAreCPythonsMessages() {
        assertTrue(parse("-z").error.startsWith("Unknown option: -z\nusage: "));
        assertTrue(parse("-c").error.startsWith("Argument expected for the -c option\n"));
    }

    @Test
    public void modesWithoutProgram() {
        assertEquals(PythonOptions.Mode.REPL, parse().mode);
        assertEquals(PythonOptions.Mode.STDIN, parse("-", "x").mode);
        assertEquals(PythonOptions.Mode.VERSION, parse("-V").mode);
        PythonOptions o = parse("--dump-ast", "a.py", "b.py");
        assertEquals(PythonOptions.Mode.DUMP_AST, o.mode);
        assertEquals(List.of("a.py", "b.py"), o.args);
    }
}
