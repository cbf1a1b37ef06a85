package nl.reintsim.simulation.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The levers a scenario switches on; an absent lever leaves the baseline parameter in force.
 *
 * @param idInDetention ID arranged during detention, or null
 */
public record Levers(IdInDetention idInDetention) {
    public static Levers none() { return new Levers(null); }

    public List<Lever> active() {
        List<Lever> all = new ArrayList<>();
        if (idInDetention != null) all.add(idInDetention);
        return all;
    }
}
