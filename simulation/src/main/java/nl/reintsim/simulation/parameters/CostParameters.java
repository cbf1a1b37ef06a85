package nl.reintsim.simulation.parameters;

/**
 * Unit costs for the cost ledger, each with its price year, brought to one base year by one price
 * index; and the discount rate of the social cost-benefit analysis.
 *
 * @param priceBaseYear        all results are in prices of this year
 * @param priceIndexPerYear    yearly price rise used to bring unit costs to the base year
 * @param discountRate         real discount rate per year for net present values
 * @param detentionDay         one day in a PI (DJI)
 * @param caseManagerFteYear   one DJI case manager for a year
 * @param probationCase        one probation supervision (3RO)
 * @param rioFteYear           one re-integration officer for a year
 * @param coordinatorHour      one hour of municipal aftercare coordination
 * @param shelterNight         one night in a shelter (maatschappelijke opvang)
 * @param supportedHousingDay  one day in supported housing
 * @param rentMonth            one month of rent continued by the municipality
 * @param idCard               one ID card applied for
 * @param socialAssistanceMonth one month of social assistance (a transfer)
 * @param policeJusticeCase    police, prosecution and court per new case
 * @param victimOffence        cost to victims per offence
 */
public record CostParameters(int priceBaseYear, double priceIndexPerYear, double discountRate, Price detentionDay,
                             Price caseManagerFteYear, Price probationCase, Price rioFteYear, Price coordinatorHour,
                             Price shelterNight, Price supportedHousingDay, Price rentMonth, Price idCard,
                             Price socialAssistanceMonth, Price policeJusticeCase, Price victimOffence) {
    /** A unit cost in base-year prices. */
    public double euros(Price price) { return price.in(priceBaseYear, priceIndexPerYear); }

    /** A base-year amount in prices of {@code year}. */
    public double toPricesOf(int year, double baseYearEuros) {
        return baseYearEuros * Math.pow(1 + priceIndexPerYear, year - priceBaseYear);
    }
}
