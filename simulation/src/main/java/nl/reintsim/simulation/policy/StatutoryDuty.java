package nl.reintsim.simulation.policy;

import java.time.LocalDate;
import nl.reintsim.simulation.parameters.BySizeClass;

/**
 * Lever: a statutory duty for municipalities (the RSJ's advice [K25]): contact during detention with
 * every resident they are told of and a plan, and possibly a fixed contact person. A complying
 * municipality contacts as an organised one does, wherever the person is detained; with a fixed contact
 * person it also keeps its know-how between rare cases. Funded: extra coordinator hours from the date;
 * unfunded: no extra hours, so the extra work queues on existing capacity.
 *
 * @param compliance                     per size class, share of municipalities that comply, 0..1
 * @param extraCoordinatorHoursPerWeekPer10k extra hours per week per 10,000 inhabitants when funded, &ge; 0
 * @param fixedContactPerson             complying municipalities keep their know-how
 */
public record StatutoryDuty(LocalDate from, BySizeClass compliance, double extraCoordinatorHoursPerWeekPer10k,
                            boolean fixedContactPerson)
        implements Lever {
    @Override public String key() { return "statutoryDuty"; }

    public boolean isFunded() { return extraCoordinatorHoursPerWeekPer10k > 0; }
}
