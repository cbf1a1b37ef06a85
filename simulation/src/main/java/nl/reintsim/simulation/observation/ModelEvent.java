package nl.reintsim.simulation.observation;

/** Something that happened in the model, reported to the {@link Observer}. Days are schedule days. */
public sealed interface ModelEvent permits Detained, Released, Reoffended, MonthEnded, ConditionSnapshot,
        ConditionChanged, CaseOpened, SupportStarted, BudgetYear, RentContinued {
    int day();
}
