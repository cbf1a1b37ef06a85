package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * Lever: housing for ex-detainees. Priority in social housing for people detained longer than three
 * months, as the bill "Versterking regie volkshuisvesting" would introduce [K26]; and shelter beds and
 * supported-housing places added per region on the lever's first day.
 *
 * @param priorityMinimumStayDays     stays at least this long get priority
 * @param priorityWaitRatio           wait for housing with priority relative to without, 0..1 (1: none)
 * @param extraShelterBedsPer10k      shelter beds added per 10,000 inhabitants of a region, &ge; 0
 * @param extraSupportedHousingPer10k supported-housing places added per 10,000 inhabitants, &ge; 0
 */
public record HousingSupply(LocalDate from, double priorityMinimumStayDays, double priorityWaitRatio,
                            double extraShelterBedsPer10k, double extraSupportedHousingPer10k) implements Lever {
    @Override public String key() { return "housing"; }

    /** Whether a stay of this many days gets priority. */
    public boolean givesPriority(int stayDays) { return priorityWaitRatio < 1 && stayDays >= priorityMinimumStayDays; }
}
