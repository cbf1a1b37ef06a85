package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.reintsim.simulation.model.DetentionType;
import nl.reintsim.simulation.model.Person;
import org.junit.jupiter.api.Test;

class IntakeTest {
    private final Fixture world = new Fixture();

    private double meanWorkingDaysToIntake(int detainees) {
        while (world.population.inDetention() < detainees) world.detained(30, 0, 1000, true);
        double sum = 0;
        int n = 2000;
        for (int i = 0; i < n; i++) {
            Person person = world.population.add(30, 0, 0);
            person.detain(0, DetentionType.SHORT_SENTENCE, 1000, false, false);
            sum += world.mechanisms.intake().workingDaysToIntake(person, 0);
        }
        return sum / n;
    }

    @Test void caseloadAboveTheNormDelaysIntake() {
        var cm = world.parameters.caseManagers();
        int atNorm = (int) (cm.fte() * cm.caseloadNormPerFte());
        double normal = meanWorkingDaysToIntake(atNorm / 2);
        double overloaded = meanWorkingDaysToIntake(2 * atNorm);
        assertTrue(overloaded > 1.8 * normal, overloaded + " vs " + normal);
    }

    @Test void loadIsDetaineesPerCaseManagerOverTheNorm() {
        var cm = world.parameters.caseManagers();
        for (int i = 0; i < 100; i++) world.detained(30, 0, 1000, true);
        assertEquals(100 / (cm.fte() * cm.caseloadNormPerFte()), world.mechanisms.intake().load(0), 1e-12);
    }

    @Test void aShortStayCanEndBeforeIntake() {
        Person person = world.population.add(30, 0, 0);
        person.detain(0, DetentionType.SUBSTITUTE_CUSTODY, 2, false, true);
        world.mechanisms.intake().onAdmission(person, 0);
        for (int day = 0; day < 60; day++) world.mechanisms.intake().onDay(day);
        assertEquals(-1, person.intakeDay());
    }

    @Test void theDeadlineCountsWorkingDays() {
        int monday = world.calendar.day(LocalDate.of(2026, 1, 5));
        assertTrue(world.mechanisms.intake().withinDeadline(monday, monday + 14));
        assertTrue(!world.mechanisms.intake().withinDeadline(monday, monday + 15));
    }

    /** Someone admitted on day 0 for a long stay, with the intake planned by the mechanism. */
    private Person admittedForLong() {
        Person person = world.population.add(30, 0, 0);
        person.setOrigin(0);
        person.detain(0, DetentionType.SHORT_SENTENCE, 1000, false, false);
        world.population.detentionStarted();
        world.mechanisms.intake().onAdmission(person, 0);
        return person;
    }

    @Test void theIntakeIsHeldOnTheWorkingDayItWasPlannedFor() {
        Person person = admittedForLong();
        int planned = world.calendar.plusWorkingDays(0, (int) world.mechanisms.intake().workingDaysToIntake(person, 0));
        for (int day = 0; day < 200; day++) world.mechanisms.intake().onDay(day);
        assertEquals(planned, person.intakeDay());
    }

    @Test void anIntakePlannedForAnEarlierDetentionIsNotHeldInTheNext() {
        Person person = admittedForLong();
        int planned = world.calendar.plusWorkingDays(0, (int) world.mechanisms.intake().workingDaysToIntake(person, 0));
        person.release(planned - 1);
        world.population.detentionEnded();
        person.detain(planned - 1, DetentionType.SHORT_SENTENCE, planned + 1000, false, false);
        world.population.detentionStarted();
        for (int day = 0; day <= planned; day++) world.mechanisms.intake().onDay(day);
        assertEquals(-1, person.intakeDay());
    }

    @Test void aPlanSharedAtIntakeReachesTheMunicipalityAfterTheSharingDelay() {
        int n = 2000;
        for (int i = 0; i < n; i++) admittedForLong();
        for (int day = 0; day < 200; day++) {
            world.mechanisms.intake().onDay(day);
            world.mechanisms.coordination().onDay(day);
        }
        var cm = world.parameters.caseManagers();
        int notified = 0;
        for (int id = 0; id < n; id++) {
            Person person = world.population.get(id);
            assertTrue(person.intakeDay() >= 0);
            if (person.isMunicipalityNotified()) {
                notified++;
                assertEquals(person.intakeDay() + Math.round(cm.planSharingDelayDays()), person.notifiedDay());
            }
        }
        double p = cm.probabilityPlanShared();
        assertEquals(p, notified / (double) n, 4 * Math.sqrt(p * (1 - p) / n));
    }
}
