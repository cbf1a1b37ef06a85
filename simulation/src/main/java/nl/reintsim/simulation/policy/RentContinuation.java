package nl.reintsim.simulation.policy;

import java.time.LocalDate;

/**
 * Lever: municipalities paying the rent during short detention (not every municipality is willing
 * [K26]). At least this share of municipalities in every size class continues rent from the start date;
 * those that already did keep doing so.
 *
 * @param minimumShareOfMunicipalities share of municipalities continuing rent, 0..1
 */
public record RentContinuation(LocalDate from, double minimumShareOfMunicipalities) implements Lever {
    @Override public String key() { return "rentContinuation"; }
}
