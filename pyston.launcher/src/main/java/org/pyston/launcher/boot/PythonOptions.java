package org.pyston.launcher.boot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code ./pyston}, parsed as CPython 3.11 parses {@code python3}'s:
 * {@code [option] ... [-c cmd | -m mod | file | -] [arg] ...}. Options after the program
 * selector belong to the program ({@code sys.argv}).
 *
 * <p>Used twice: by the boot code, which needs the {@code -X} options and {@code --shell}
 * before the framework starts, and by the command-line component inside the framework, which
 * runs the program. Parsing is pure: errors are reported through {@link #error}, never thrown.
 */
public final class PythonOptions {
    public enum Mode {
        FILE, COMMAND, MODULE, STDIN, DUMP_AST, SHELL, VERSION, HELP, REPL
    }

    public Mode mode;
    /** The file, command text or module name, per {@link #mode}. */
    public String target;
    /** The program's {@code sys.argv[1:]} (or the files of {@code --dump-ast}). */
    public final List<String> args = new ArrayList<>();
    public final Map<String, String> xoptions = new LinkedHashMap<>();
    public final List<String> warnOptions = new ArrayList<>();
    public boolean unbuffered, quiet, inspect, ignoreEnvironment, noUserSite, noSite, isolated,
            dontWriteBytecode, verbose;
    public int optimize;
    /** Non-null when the command line is invalid: CPython's message; exit status 2. */
    public String error;

    public static final String USAGE = "usage: pyston [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
            + "Try `pyston -h' for more information.";

    public static PythonOptions parse(String[] argv) {
        PythonOptions o = new PythonOptions();
        int i = 0;
        while (i < argv.length && o.mode == null && o.error == null) {
            String a = argv[i++];
            if (a.equals("--dump-ast")) {
                o.mode = Mode.DUMP_AST;
            } else if (a.equals("--shell")) {
                o.mode = Mode.SHELL;
            } else if (a.equals("--version")) {
                o.mode = Mode.VERSION;
            } else if (a.equals("--help")) {
                o.mode = Mode.HELP;
            } else if (a.equals("-")) {
                o.mode = Mode.STDIN;
            } else if (a.startsWith("--")) {
                o.error = "unknown option " + a + "\n" + USAGE;
            } else if (a.startsWith("-") && a.length() > 1) {
                // A cluster of one-letter flags; -c, -m, -X and -W take the rest or the next word.
                for (int k = 1; k < a.length() && o.mode == null && o.error == null; k++) {
                    char c = a.charAt(k);
                    switch (c) {
                        case 'c', 'm', 'X', 'W' -> {
                            String value;
                            if (k + 1 < a.length()) {
                                value = a.substring(k + 1);
                            } else if (i < argv.length) {
                                value = argv[i++];
                            } else {
                                o.error = "Argument expected for the -" + c + " option\n" + USAGE;
                                break;
                            }
                            k = a.length();
                            if (c == 'c') {
                                o.mode = Mode.COMMAND;
                                o.target = value;
                            } else if (c == 'm') {
                                o.mode = Mode.MODULE;
                                o.target = value;
                            } else if (c == 'X') {
                                int eq = value.indexOf('=');
                                o.xoptions.put(eq < 0 ? value : value.substring(0, eq),
                                        eq < 0 ? "" : value.substring(eq + 1));
                            } else {
                                o.warnOptions.add(value);
                            }
                        }
                        case 'u' -> o.unbuffered = true;
                        case 'q' -> o.quiet = true;
                        case 'i' -> o.inspect = true;
                        case 'E' -> o.ignoreEnvironment = true;
                        case 's' -> o.noUserSite = true;
                        case 'S' -> o.noSite = true;
                        case 'I' -> {
                            o.isolated = true;
                            o.ignoreEnvironment = true;
                            o.noUserSite = true;
                        }
                        case 'B' -> o.dontWriteBytecode = true;
                        case 'v' -> o.verbose = true;
                        case 'O' -> o.optimize++;
                        case 'b', 'd', 'R', 'P' -> {
                            // accepted for compatibility; no effect yet
                        }
                        case 'V' -> o.mode = Mode.VERSION;
                        case 'h', '?' -> o.mode = Mode.HELP;
                        default -> o.error = "Unknown option: -" + c + "\n" + USAGE;
                    }
                }
            } else {
                o.mode = Mode.FILE;
                o.target = a;
            }
        }
        if (o.mode == null && o.error == null) {
            o.mode = Mode.REPL;
        }
        while (i < argv.length) {
            o.args.add(argv[i++]);
        }
        return o;
    }

    /** {@code -X tiers=…} and {@code -X threshold=…} as framework properties for the ladder. */
    public Map<String, String> frameworkProperties() {
        Map<String, String> props = new LinkedHashMap<>();
        String tiers = xoptions.get("tiers");
        if (tiers != null) {
            props.put("pyston.tiers", tiers);
        }
        String thresholds = xoptions.get("threshold");
        if (thresholds != null) {
            props.put("pyston.thresholds", thresholds);
        }
        return props;
    }
}
