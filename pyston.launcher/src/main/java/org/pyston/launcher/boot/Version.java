package org.pyston.launcher.boot;

/** What {@code --version} and {@code --help} print. */
final class Version {
    static final String TEXT = "Python 3.11.7 (Pyston for the JVM 0.1.0)";
    static final String HELP = PythonOptions.USAGE.substring(0, PythonOptions.USAGE.indexOf('\n')) + "\n"
            + "Options:\n"
            + "-c cmd : program passed in as string (terminates option list)\n"
            + "-m mod : run library module as a script (terminates option list)\n"
            + "-X opt : implementation-specific options:\n"
            + "         -X tiers=interp[,bjit,...]   which execution tiers may run\n"
            + "         -X threshold=NAME:N[,...]    override the tier ladder's rungs\n"
            + "-u, -B, -E, -s, -S, -I, -O, -q : accepted as in CPython\n"
            + "-V, --version : print the Python version number and exit\n"
            + "--dump-ast FILE... : print ast.dump(ast.parse(src), include_attributes=True) per file\n"
            + "--shell : open the Felix Gogo shell with the Pyston commands (scope pyston)\n"
            + "file   : program read from script file\n"
            + "-      : program read from stdin\n"
            + "arg ...: arguments passed to program in sys.argv[1:]";

    private Version() {
    }
}
