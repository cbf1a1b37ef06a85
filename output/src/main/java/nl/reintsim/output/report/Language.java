package nl.reintsim.output.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.reintsim.output.cost.Payer;
import nl.reintsim.simulation.observation.ConditionSnapshot;

/** The report's language: its words and how it writes numbers (a decimal comma in Dutch). */
public enum Language {
    NL(Locale.forLanguageTag("nl-NL")), EN(Locale.UK);

    private final Locale locale;

    Language(Locale locale) { this.locale = locale; }

    public Locale locale() { return locale; }

    public static Language of(String code) {
        return switch (code) {
            case "nl" -> NL;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("unknown language " + code + ", allowed: nl, en");
        };
    }

    /** A number with the given decimals and thousands separators, in this language's convention. */
    public String number(double value, int decimals) {
        if (Double.isNaN(value)) return "–";
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    /**
     * How many decimals an interval from {@code low} to {@code high} needs to show its width: the fewest, from
     * {@code least} up to {@code most}, at which it spans at least two steps of the last decimal. Rounded to fewer, a
     * narrow interval reads as one value ("-0.02 (-0.02 to -0.02)") or as a step ("-0.01 (-0.01 to -0.00)").
     * {@code least} where there is no interval, or where even {@code most} decimals cannot show it.
     */
    public static int decimalsToShowWidth(double low, double high, int least, int most) {
        if (!(low < high)) return least;
        for (int decimals = least; decimals <= most; decimals++) {
            if ((high - low) * Math.pow(10, decimals) > 1.999_999) return decimals; // 49.3 - 49.1 is 0.19999...
        }
        return least;
    }

    /** A mean and its interval's ends, in as many decimals as {@link #decimalsToShowWidth} gives them all. */
    public String[] withInterval(double mean, double low, double high, int least, int most) {
        int decimals = decimalsToShowWidth(low, high, least, most);
        return new String[] {number(mean, decimals), number(low, decimals), number(high, decimals)};
    }

    /**
     * A number as a table of inputs shows it: no more decimals than it has, and at most what its size warrants
     * (none from 100, two from 1, four below), so 0.95 reads 0,95 and 150 reads 150.
     */
    public String number(double value) {
        if (Double.isNaN(value)) return "–";
        double a = Math.abs(value);
        int most = a >= 100 ? 0 : a >= 1 ? 2 : 4;
        return new DecimalFormat(most == 0 ? "#,##0" : "#,##0." + "#".repeat(most), DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    public String text(String key) {
        String word = words().get(key);
        if (word == null) throw new IllegalArgumentException("no text for " + key);
        return word;
    }

    /**
     * A KPI's name for readers, where the report has one; else its key, as in the CSV files (a target file may name
     * any KPI).
     */
    public String kpiName(String kpi) {
        return words().getOrDefault(kpi, kpi);
    }

    /** Who pays, for readers; {@code key} is a {@link Payer} key or "society" (all payers together). */
    public String payerName(String key) { return text("payer_" + key); }

    /** A policy lever, by its key under {@code levers:} in scenario files, for readers. */
    public String leverName(String key) { return text("lever_" + key); }

    /** A group of released people ({@code PersonGroup} key), for readers. */
    public String groupName(String key) { return text("group_" + key); }

    /** A condition of the monitor's table ({@code KpiAccumulator.MONITOR_CONDITIONS}), for readers. */
    public String monitorConditionName(String condition) { return text("monitor_" + condition); }

    /** A moment of the monitor's table, for readers. */
    public String momentName(ConditionSnapshot.Moment moment) { return text("moment_" + moment.key()); }

    /** Every key this language has a text for (both languages must have the same). */
    Set<String> keys() { return words().keySet(); }

    private Map<String, String> words() { return this == NL ? NL_WORDS : EN_WORDS; }

    private static final Map<String, String> NL_WORDS = Map.ofEntries(
            Map.entry("title", "Re-integratie van ex-gedetineerden: uitkomsten van het simulatiemodel"),
            Map.entry("compared", "Wat is vergeleken"),
            Map.entry("findings", "Belangrijkste uitkomsten"),
            Map.entry("charts", "Grafieken"),
            Map.entry("tables", "Tabellen"),
            Map.entry("who_pays", "Wie betaalt en wie bespaart"),
            Map.entry("assumptions", "Aannames en bronnen"),
            Map.entry("methods", "Methode"),
            Map.entry("manifest", "Verantwoording van deze run"),
            Map.entry("scenario", "Scenario"),
            Map.entry("kpi", "Indicator"),
            Map.entry("difference", "Verschil met de referentie (95%-interval)"),
            Map.entry("runs_better", "Runs beter"),
            Map.entry("payer", "Betaler"),
            Map.entry("npv", "Extra kosten, contante waarde over de looptijd (mln euro, 95%-interval)"),
            Map.entry("lever", "Maatregel"),
            Map.entry("lever_idInDetention", "ID regelen tijdens detentie"),
            Map.entry("lever_caseManagerCapacity", "Capaciteit van de casemanagers (DJI)"),
            Map.entry("lever_informationSharing", "Informatie-uitwisseling tussen PI en gemeente"),
            Map.entry("lever_rentContinuation", "Huur doorbetalen tijdens een kort verblijf"),
            Map.entry("lever_bijdrageregeling", "Bijdrageregeling (subsidie voor wonen en werk)"),
            Map.entry("lever_regionalCoordination", "Regionaal coördinatiepunt voor kleine gemeenten"),
            Map.entry("lever_statutoryDuty", "Wettelijke taak voor gemeenten"),
            Map.entry("lever_rio", "Re-integratieofficiers (RIO)"),
            Map.entry("lever_housing", "Voorrang op een woning, opvang en beschermd wonen"),
            Map.entry("value", "Waarde"),
            Map.entry("source", "Bron"),
            Map.entry("parameter", "Parameter"),
            Map.entry("recidivism_2y", "tweejaarsrecidive"),
            Map.entry("falls", "daalt"),
            Map.entry("rises", "stijgt"),
            Map.entry("in_runs", "In %s van de %s runs %s de %s; gemiddeld %s procentpunt (%s tot %s)."),
            Map.entry("in_runs_unmeasured", "De tweejaarsrecidive is niet gemeten: geen vrijlating ligt twee jaar voor het einde van de gemeten jaren (meet minstens drie jaar)."),
            Map.entry("in_runs_identical", "De tweejaarsrecidive is in alle %s runs gelijk aan die van de referentie."),
            Map.entry("costs_sentence", "De maatschappelijke kosten veranderen met %s miljoen euro (contante waarde, %s tot %s); de baten zijn in %s van de %s runs groter dan de kosten."),
            Map.entry("chart_differences", "%s verlaagt de tweejaarsrecidive het meest: %s procentpunt (%s tot %s)"),
            Map.entry("chart_differences_none", "Geen alternatief verlaagt de tweejaarsrecidive gemiddeld"),
            Map.entry("chart_differences_by_kpi", "het grootste verschil met de referentie: %s, %s procentpunt bij %s"),
            Map.entry("chart_differences_by_kpi_none", "Geen verschillen met de referentie"),
            Map.entry("chart_differences_by_size_class", "%s daalt het meest bij %s in gemeenten %s: %s procentpunt"),
            Map.entry("chart_differences_by_size_class_none", "Geen alternatief verlaagt de %s in een gemeentegrootte"),
            Map.entry("chart_differences_by_group", "%s daalt het meest bij %s voor %s: %s procentpunt"),
            Map.entry("chart_differences_by_group_none", "Geen alternatief verlaagt de %s in een groep"),
            Map.entry("group_age_18_24", "18–24 jaar"),
            Map.entry("group_age_25_35", "25–35 jaar"),
            Map.entry("group_age_36_49", "36–49 jaar"),
            Map.entry("group_age_50_plus", "50 jaar en ouder"),
            Map.entry("group_pre_trial", "voorlopige hechtenis"),
            Map.entry("group_short_sentence", "korte gevangenisstraf"),
            Map.entry("group_long_sentence", "lange gevangenisstraf"),
            Map.entry("group_substitute_custody", "vervangende hechtenis (boete)"),
            Map.entry("group_probation", "met reclasseringstoezicht"),
            Map.entry("group_no_framework", "zonder juridisch kader"),
            Map.entry("group_men", "mannen"),
            Map.entry("group_women", "vrouwen"),
            Map.entry("group", "Groep"),
            Map.entry("by_group", "Voor wie: tweejaarsrecidive per groep vrijgelatenen, het niveau in de referentie en het verschil bij elk alternatief (95%-interval). Alle uitkomsten per groep staan in groups.csv en comparison-groups.csv."),
            Map.entry("chart_size_class", "%s in de referentie: het hoogst bij %s (%s%%), het laagst bij %s (%s%%)"),
            Map.entry("chart_not_measured", "%s: niet gemeten (te korte looptijd)"),
            Map.entry("lever_after_horizon", "Let op: de maatregel ‘%s’ begint op %s, na het einde van de gemeten jaren (%s), en verandert in deze resultaten dus niets."),
            Map.entry("lever_after_horizon_short", "begint na de gemeten jaren: verandert niets in deze resultaten"),
            Map.entry("chart_monitor", "Een maand na ontslag is %s%% zonder inkomen, %s%% zonder adres, %s%% zonder geldig ID (referentie)"),
            Map.entry("chart_costs", "Extra kosten per betaler (contante waarde); de grootste maatschappelijke nettobaat heeft %s: %s mln euro"),
            Map.entry("chart_costs_none", "Extra kosten per betaler (contante waarde); bij geen alternatief zijn de baten gemiddeld groter dan de kosten"),
            Map.entry("chart_costs_per_year", "Maatschappelijke kosten per jaar: gemiddeld %s mln euro"),
            Map.entry("chart_costs_per_year_difference", "Extra maatschappelijke kosten per jaar: het meest bij %s, gemiddeld %s mln euro per jaar"),
            Map.entry("chart_over_time", "%1$s: gemiddeld %2$s in de referentie, %4$s bij %3$s"),
            Map.entry("chart_over_time_one", "%s: gemiddeld %s"),
            Map.entry("axis_release_month", "maand van ontslag"),
            Map.entry("axis_month", "maand"),
            Map.entry("axis_band", " (gestippeld: 95%-interval)"),
            Map.entry("axis_year", "jaar"),
            Map.entry("axis_days", "dagen"),
            Map.entry("axis_persons", "personen"),
            Map.entry("axis_pp_difference", "verschil (procentpunt, 95%-interval)"),
            Map.entry("axis_meur_difference", "verschil (mln euro per jaar)"),
            Map.entry("chart_fit", "Kalibratie: %s van de %s doelen binnen tolerantie (afwijking in toleranties, binnen ±1 is goed)"),
            Map.entry("axis_tolerances", "(model − doel) / tolerantie"),
            Map.entry("no_id_at_release", "zonder geldig ID bij ontslag"),
            Map.entry("no_id_6m_before", "zonder geldig ID zes maanden voor detentie"),
            Map.entry("no_id_year_after", "zonder geldig ID een jaar na ontslag"),
            Map.entry("no_address_after_release", "zonder adres een maand na ontslag"),
            Map.entry("no_income_month_after", "zonder inkomen een maand na ontslag"),
            Map.entry("coordinator_wait_days", "wachttijd op een gemeentelijke coördinator"),
            Map.entry("shelter_wait_days", "wachttijd op een opvangbed"),
            Map.entry("municipal_contact_during_detention", "contact met de gemeente tijdens detentie"),
            Map.entry("fit", "Aansluiting bij de kalibratiedoelen"),
            Map.entry("uncertainty", "Onzekerheid door wat we niet weten"),
            Map.entry("uncertainty_intro", "Het model is ook doorgerekend met %s parametersets (Latin hypercube over de bandbreedtes van de "
                    + "aannames die niet gekalibreerd zijn), elk met %s herhalingen. Het interval loopt van 2,5%% tot 97,5%% van de "
                    + "gemiddelden per parameterset; het aandeel parameters zegt hoeveel van de spreiding tussen losse runs door de "
                    + "aannames komt en niet door toeval. Details in uncertainty.csv."),
            Map.entry("uncertainty_interval", "Gemiddelde (interval over parametersets)"),
            Map.entry("uncertainty_share", "Aandeel parameters in de variantie"),
            Map.entry("uncertainty_better", "Beter in (aandeel parametersets)"),
            Map.entry("million_eur", "mln euro"),
            Map.entry("difference_short", "verschil"),
            Map.entry("target", "Doel"),
            Map.entry("simulated", "Model (95%-interval)"),
            Map.entry("within", "Binnen tolerantie"),
            Map.entry("yes", "ja"),
            Map.entry("no", "nee"),
            Map.entry("redetention_2y", "terugkeer in detentie binnen twee jaar"),
            Map.entry("npv_net_benefit_eur", "maatschappelijke nettobaat (contante waarde)"),
            Map.entry("releases_per_year", "ontslagen per jaar"),
            Map.entry("share_stays_under_4_weeks", "aandeel verblijven van hooguit vier weken"),
            Map.entry("share_stays_under_3_months", "aandeel verblijven korter dan drie maanden"),
            Map.entry("mean_stay_days", "gemiddelde verblijfsduur (dagen)"),
            Map.entry("large_city_share_of_releases", "aandeel ontslagen naar de drie grootste gemeenten"),
            Map.entry("insurance_default_year_after", "wanbetaler zorgverzekering een jaar na ontslag"),
            Map.entry("no_work_or_education_month_after", "geen werk of opleiding een maand na ontslag"),
            Map.entry("work_6m_before", "werk zes maanden voor detentie"),
            Map.entry("work_after_release", "werk direct na ontslag"),
            Map.entry("work_within_2y", "ooit werk binnen twee jaar na ontslag"),
            Map.entry("benefit_after_release", "uitkering een maand na ontslag"),
            Map.entry("no_income_at_release", "zonder inkomen bij ontslag"),
            Map.entry("reintegration_cost_per_release_2016eur", "kosten van re-integratie per ontslag (euro, prijzen 2016)"),
            Map.entry("payer_state_dji", "Rijk: DJI (gevangeniswezen)"),
            Map.entry("payer_state_probation", "Rijk: reclassering"),
            Map.entry("payer_state_police_justice", "Rijk: politie, OM en rechtspraak"),
            Map.entry("payer_state_subsidy_rio", "Rijk: subsidie en RIO's"),
            Map.entry("payer_municipalities", "Gemeenten"),
            Map.entry("payer_victims_society", "Slachtoffers en samenleving"),
            Map.entry("payer_persons", "De (ex-)gedetineerden zelf"),
            Map.entry("payer_society", "Samenleving, alle betalers samen"),
            Map.entry("monitor_no_valid_id", "geen geldig ID"),
            Map.entry("monitor_no_registered_address", "geen ingeschreven adres"),
            Map.entry("monitor_no_shelter", "geen dak, ook geen opvang"),
            Map.entry("monitor_no_income", "geen inkomen"),
            Map.entry("monitor_no_work", "geen werk"),
            Map.entry("monitor_benefit", "uitkering"),
            Map.entry("monitor_insurance_default", "wanbetaler zorgverzekering"),
            Map.entry("monitor_debts_without_approach", "schulden zonder aanpak"),
            Map.entry("monitor_care_need_unmet", "zorgbehoefte zonder zorg"),
            Map.entry("moment_6m_before", "6 mnd voor detentie"),
            Map.entry("moment_1m_before", "1 mnd voor detentie"),
            Map.entry("moment_at_release", "bij ontslag"),
            Map.entry("moment_1m_after", "1 mnd na ontslag"),
            Map.entry("moment_6m_after", "6 mnd na ontslag"),
            Map.entry("moment_12m_after", "12 mnd na ontslag"),
            Map.entry("moment_24m_after", "24 mnd na ontslag"),
            Map.entry("axis_pp", "procentpunt"),
            Map.entry("axis_percent", "%"),
            Map.entry("axis_meur", "mln euro"),
            Map.entry("methods_text", "Agent-gebaseerd model van Nederlandse ex-gedetineerden, gemeenten, casemanagers, reclassering en RIO's (zie docs/ODD.md). "
                    + "Elk scenario is met dezelfde toevalsgetallen gedraaid als de referentie (common random numbers), zodat verschillen per paar runs worden berekend. "
                    + "Intervallen zijn 95%-betrouwbaarheidsintervallen over de runs; ze geven de toevalsvariatie weer, niet de onzekerheid in de aannames. "
                    + "Bedragen in prijzen van het basisjaar; alleen contante waarden zijn verdisconteerd. Uitkeringen zijn overdrachten en tellen niet mee in de maatschappelijke kosten."));

    private static final Map<String, String> EN_WORDS = Map.ofEntries(
            Map.entry("title", "Reintegration of ex-prisoners: results of the simulation model"),
            Map.entry("compared", "What was compared"),
            Map.entry("findings", "Main findings"),
            Map.entry("charts", "Charts"),
            Map.entry("tables", "Tables"),
            Map.entry("who_pays", "Who pays and who saves"),
            Map.entry("assumptions", "Assumptions and sources"),
            Map.entry("methods", "Method"),
            Map.entry("manifest", "Record of this run"),
            Map.entry("scenario", "Scenario"),
            Map.entry("kpi", "Indicator"),
            Map.entry("difference", "Difference from the reference (95% interval)"),
            Map.entry("runs_better", "Runs better"),
            Map.entry("payer", "Payer"),
            Map.entry("npv", "Extra cost, present value over the horizon (EUR million, 95% interval)"),
            Map.entry("lever", "Measure"),
            Map.entry("lever_idInDetention", "ID arranged during detention"),
            Map.entry("lever_caseManagerCapacity", "Capacity of the case managers (DJI)"),
            Map.entry("lever_informationSharing", "Information sharing between prison and municipality"),
            Map.entry("lever_rentContinuation", "Rent continued during a short stay"),
            Map.entry("lever_bijdrageregeling", "Bijdrageregeling (subsidy for housing and work)"),
            Map.entry("lever_regionalCoordination", "Regional coordination point for small municipalities"),
            Map.entry("lever_statutoryDuty", "Statutory duty for municipalities"),
            Map.entry("lever_rio", "Re-integration officers (RIO)"),
            Map.entry("lever_housing", "Housing priority, shelter and supported housing"),
            Map.entry("value", "Value"),
            Map.entry("source", "Source"),
            Map.entry("parameter", "Parameter"),
            Map.entry("recidivism_2y", "two-year recidivism"),
            Map.entry("falls", "falls"),
            Map.entry("rises", "rises"),
            Map.entry("in_runs", "In %1$s of %2$s runs %4$s %3$s; on average %5$s percentage points (%6$s to %7$s)."),
            Map.entry("in_runs_unmeasured", "Two-year recidivism was not measured: no release lies two years before the end of the measured years (measure at least three years)."),
            Map.entry("in_runs_identical", "Two-year recidivism is the reference's in all %s runs."),
            Map.entry("costs_sentence", "Societal costs change by EUR %s million (present value, %s to %s); benefits exceed costs in %s of %s runs."),
            Map.entry("chart_differences", "%s lowers two-year recidivism most: %s percentage points (%s to %s)"),
            Map.entry("chart_differences_none", "No alternative lowers two-year recidivism on average"),
            Map.entry("chart_differences_by_kpi", "the largest difference from the reference: %s, %s percentage points in %s"),
            Map.entry("chart_differences_by_kpi_none", "No differences from the reference"),
            Map.entry("chart_differences_by_size_class", "%s falls most in %s in municipalities %s: %s percentage points"),
            Map.entry("chart_differences_by_size_class_none", "No alternative lowers %s in any size of municipality"),
            Map.entry("chart_differences_by_group", "%s falls most in %s, in the group “%s”: %s percentage points"),
            Map.entry("chart_differences_by_group_none", "No alternative lowers %s in any group"),
            Map.entry("group_age_18_24", "aged 18–24"),
            Map.entry("group_age_25_35", "aged 25–35"),
            Map.entry("group_age_36_49", "aged 36–49"),
            Map.entry("group_age_50_plus", "aged 50 and over"),
            Map.entry("group_pre_trial", "pre-trial detention"),
            Map.entry("group_short_sentence", "short prison sentence"),
            Map.entry("group_long_sentence", "long prison sentence"),
            Map.entry("group_substitute_custody", "substitute custody (unpaid fine)"),
            Map.entry("group_probation", "under probation supervision"),
            Map.entry("group_no_framework", "no legal framework"),
            Map.entry("group_men", "men"),
            Map.entry("group_women", "women"),
            Map.entry("group", "Group"),
            Map.entry("by_group", "For whom: two-year recidivism per group of released people, the level in the reference and the difference in each alternative (95% interval). All outcomes per group are in groups.csv and comparison-groups.csv."),
            Map.entry("chart_size_class", "%s in the reference: highest in %s (%s%%), lowest in %s (%s%%)"),
            Map.entry("chart_not_measured", "%s: not measured (horizon too short)"),
            Map.entry("lever_after_horizon", "Note: the measure ‘%s’ starts on %s, after the measured years end (%s), so it changes nothing in these results."),
            Map.entry("lever_after_horizon_short", "starts after the measured years: changes nothing in these results"),
            Map.entry("chart_monitor", "A month after release %s%% have no income, %s%% no address, %s%% no valid ID (reference)"),
            Map.entry("chart_costs", "Extra cost per payer (present value); the largest societal net benefit is %s's: EUR %s million"),
            Map.entry("chart_costs_none", "Extra cost per payer (present value); in no alternative do benefits exceed costs on average"),
            Map.entry("chart_costs_per_year", "Societal cost per year: EUR %s million on average"),
            Map.entry("chart_costs_per_year_difference", "Extra societal cost per year: most in %s, EUR %s million a year on average"),
            Map.entry("chart_over_time", "%1$s: %2$s on average in the reference, %4$s in %3$s"),
            Map.entry("chart_over_time_one", "%s: %s on average"),
            Map.entry("axis_release_month", "month of release"),
            Map.entry("axis_month", "month"),
            Map.entry("axis_band", " (dashed: 95% interval)"),
            Map.entry("axis_year", "year"),
            Map.entry("axis_days", "days"),
            Map.entry("axis_persons", "persons"),
            Map.entry("axis_pp_difference", "difference (percentage points, 95% CI)"),
            Map.entry("axis_meur_difference", "difference (EUR million a year)"),
            Map.entry("chart_fit", "Calibration: %s of %s targets within tolerance (deviation in tolerances, within ±1 is good)"),
            Map.entry("axis_tolerances", "(model − target) / tolerance"),
            Map.entry("no_id_at_release", "no valid ID at release"),
            Map.entry("no_id_6m_before", "no valid ID six months before detention"),
            Map.entry("no_id_year_after", "no valid ID a year after release"),
            Map.entry("no_address_after_release", "no address a month after release"),
            Map.entry("no_income_month_after", "no income a month after release"),
            Map.entry("coordinator_wait_days", "wait for a municipal coordinator"),
            Map.entry("shelter_wait_days", "wait for a shelter bed"),
            Map.entry("municipal_contact_during_detention", "municipal contact during detention"),
            Map.entry("fit", "Fit to the calibration targets"),
            Map.entry("uncertainty", "Uncertainty from what we do not know"),
            Map.entry("uncertainty_intro", "The model was also run with %s parameter sets (Latin hypercube over the ranges of the "
                    + "assumptions that are not calibrated), each with %s replications. The interval runs from 2.5%% to 97.5%% of the "
                    + "means per parameter set; the parameters' share says how much of the spread between single runs comes from the "
                    + "assumptions rather than chance. Details in uncertainty.csv."),
            Map.entry("uncertainty_interval", "Mean (interval over parameter sets)"),
            Map.entry("uncertainty_share", "Parameters' share of the variance"),
            Map.entry("uncertainty_better", "Better in (share of parameter sets)"),
            Map.entry("million_eur", "EUR million"),
            Map.entry("difference_short", "difference"),
            Map.entry("target", "Target"),
            Map.entry("simulated", "Model (95% interval)"),
            Map.entry("within", "Within tolerance"),
            Map.entry("yes", "yes"),
            Map.entry("no", "no"),
            Map.entry("redetention_2y", "back in detention within two years"),
            Map.entry("npv_net_benefit_eur", "societal net benefit (present value)"),
            Map.entry("releases_per_year", "releases per year"),
            Map.entry("share_stays_under_4_weeks", "share of stays of at most four weeks"),
            Map.entry("share_stays_under_3_months", "share of stays under three months"),
            Map.entry("mean_stay_days", "mean stay (days)"),
            Map.entry("large_city_share_of_releases", "share of releases to the three largest municipalities"),
            Map.entry("insurance_default_year_after", "health-insurance defaulter a year after release"),
            Map.entry("no_work_or_education_month_after", "no work or education a month after release"),
            Map.entry("work_6m_before", "in work six months before detention"),
            Map.entry("work_after_release", "in work right after release"),
            Map.entry("work_within_2y", "in work at some time within two years of release"),
            Map.entry("benefit_after_release", "on a benefit a month after release"),
            Map.entry("no_income_at_release", "no income at release"),
            Map.entry("reintegration_cost_per_release_2016eur", "reintegration cost per release (EUR, 2016 prices)"),
            Map.entry("payer_state_dji", "State: DJI (prisons)"),
            Map.entry("payer_state_probation", "State: probation"),
            Map.entry("payer_state_police_justice", "State: police, prosecution and courts"),
            Map.entry("payer_state_subsidy_rio", "State: subsidy and RIOs"),
            Map.entry("payer_municipalities", "Municipalities"),
            Map.entry("payer_victims_society", "Victims and society"),
            Map.entry("payer_persons", "The (ex-)prisoners themselves"),
            Map.entry("payer_society", "Society, all payers together"),
            Map.entry("monitor_no_valid_id", "no valid ID"),
            Map.entry("monitor_no_registered_address", "no registered address"),
            Map.entry("monitor_no_shelter", "no roof, not even a shelter"),
            Map.entry("monitor_no_income", "no income"),
            Map.entry("monitor_no_work", "no work"),
            Map.entry("monitor_benefit", "receiving a benefit"),
            Map.entry("monitor_insurance_default", "health-insurance defaulter"),
            Map.entry("monitor_debts_without_approach", "debts without an approach"),
            Map.entry("monitor_care_need_unmet", "care need unmet"),
            Map.entry("moment_6m_before", "6 months before detention"),
            Map.entry("moment_1m_before", "1 month before detention"),
            Map.entry("moment_at_release", "at release"),
            Map.entry("moment_1m_after", "1 month after release"),
            Map.entry("moment_6m_after", "6 months after release"),
            Map.entry("moment_12m_after", "12 months after release"),
            Map.entry("moment_24m_after", "24 months after release"),
            Map.entry("axis_pp", "percentage points"),
            Map.entry("axis_percent", "%"),
            Map.entry("axis_meur", "EUR million"),
            Map.entry("methods_text", "Agent-based model of Dutch ex-prisoners, municipalities, case managers, probation and re-integration officers (see docs/ODD.md). "
                    + "Every scenario ran with the same random numbers as the reference (common random numbers), so differences are taken pair by pair. "
                    + "Intervals are 95% confidence intervals over the runs; they show chance variation, not uncertainty in the assumptions. "
                    + "Amounts in base-year prices; only present values are discounted. Benefits are transfers and do not count in societal costs."));
}
