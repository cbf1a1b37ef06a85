package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * Lever: DJI case-manager capacity and caseload norm (D&amp;R 2.0 aims to lower case-manager pressure
 * [K26, K25]). Replaces the parameter file's values from its start date.
 *
 * @param fte                full-time case managers, &gt; 0
 * @param caseloadNormPerFte detainees per case manager at which the intake deadline is met, &gt; 0
 */
public record CaseManagerCapacity(LocalDate from, double fte, double caseloadNormPerFte) implements Lever {
    @Override public String key() { return "caseManagerCapacity"; }
}
