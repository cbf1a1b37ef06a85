package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * Lever: small municipalities pool aftercare in a regional coordination point, as RCN Kennemerland
 * does for nine municipalities [H25]. From its date at least this share of municipalities up to the
 * population limit is a member; those already in one stay.
 *
 * @param maximumPopulation            municipalities with at most this many inhabitants take part
 * @param minimumShareOfMunicipalities share of those municipalities in a regional point, 0..1
 */
public record RegionalCoordination(LocalDate from, double maximumPopulation, double minimumShareOfMunicipalities)
        implements Lever {
    @Override public String key() { return "regionalCoordination"; }
}
