package nl.reintsim.simulation.scenario;

/**
 * One thing wrong with an input file: where it is, which field, what was found and what is allowed.
 *
 * @param file   the file as the user named it
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param field  field path such as {@code recidivism.hazardHalfLifeDays.value}, or empty for the whole file
 */
public record InputProblem(String file, int line, int column, String field, String message) {
    @Override public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        if (column > 0) s.append(':').append(column);
        s.append(": ");
        if (!field.isEmpty()) s.append(field).append(": ");
        return s.append(message).toString();
    }
}
