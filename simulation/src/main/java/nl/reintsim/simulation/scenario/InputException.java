package nl.reintsim.simulation.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** All problems found in the input files; the command line turns this into exit code 2. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) throw new IllegalArgumentException("an InputException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public static InputException of(String file, String message) {
        return new InputException(List.of(new InputProblem(file, 0, 0, "", message)));
    }

    public List<InputProblem> problems() { return problems; }
}
