package nl.reintsim.output.report;

import java.util.List;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.output.table.Table;
import nl.reintsim.simulation.parameters.Quantity;
import nl.reintsim.simulation.scenario.Scenario;

/**
 * What the report and its charts are made of: the replications' KPIs and the run's tables, all of which
 * {@code reintsim report} can read back from an output folder.
 *
 * @param results        per scenario (the first is the reference) its replications' KPIs
 * @param scenarios      the scenarios, in the same order
 * @param parameters     the resolved parameters, for the assumptions table
 * @param costComparison the cost comparison (cost-comparison.json), or null for a single-scenario run
 * @param timeseries     KPIs by month (timeseries.csv)
 * @param costsPerYear   costs per year and payer, levels and differences (costs-per-year.csv), or null
 * @param fit            the fit to calibration targets (fit.csv), or null
 * @param uncertainty    the parameter-uncertainty table (uncertainty.csv), or null
 */
public record ReportData(List<List<ReplicationKpis>> results, List<Scenario> scenarios, List<Quantity> parameters,
                         Table costComparison, Table timeseries, Table costsPerYear, Table fit, Table uncertainty) {
}
