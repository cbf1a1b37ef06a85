package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * Lever: re-integration officers (RIO) [K26]. From its date the RIO places are re-allocated: their
 * number is FTE × caseload, spread by the allocation rule; people already mentored keep their RIO, and
 * a municipality with fewer places than before takes nobody new until it is below its number.
 *
 * @param fte             RIO full-time equivalents, &ge; 0
 * @param caseloadPerFte  people mentored at once per RIO, &gt; 0
 * @param minimumAgeYears youngest eligible age
 * @param maximumAgeYears oldest eligible age, &ge; minimum
 * @param allocation      where the places go
 */
public record RioExpansion(LocalDate from, double fte, double caseloadPerFte, double minimumAgeYears, double maximumAgeYears,
                           RioAllocation allocation) implements Lever {
    @Override public String key() { return "rio"; }

    public int places() { return (int) Math.floor(fte * caseloadPerFte); }
}
