package nl.reintsim.cli;

/** Exit codes of every command. */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int BAD_INPUT = 2;
    /** 128 + SIGINT, the shell convention for an interrupted program. */
    static final int INTERRUPTED = 130;

    private ExitCodes() { }
}
