package nl.reintsim.simulation.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import nl.reintsim.simulation.TestWorld;
import nl.reintsim.simulation.model.Municipality;
import nl.reintsim.simulation.model.SizeClass;
import nl.reintsim.simulation.model.World;
import nl.reintsim.simulation.policy.RioAllocation;
import nl.reintsim.simulation.random.RandomStreams;
import org.junit.jupiter.api.Test;

class MunicipalitySetupTest {
    private static List<Municipality> table(int... populations) {
        return IntStream.range(0, populations.length).mapToObj(i -> new Municipality(i, "M" + i, "M" + i, populations[i],
                SizeClass.ofPopulation(populations[i]), "R", 4)).toList();
    }

    @Test void rioPlacesAreAllHandedOutProRataAndTinySharesGetNone() {
        List<Municipality> table = table(900_000, 400_000, 150_000, 20_000, 5_000);
        double[] weights = table.stream().mapToDouble(Municipality::population).toArray();
        double total = Arrays.stream(weights).sum();
        int[] slots = MunicipalitySetup.rioSlots(table, weights, 50, RioAllocation.LARGEST_PROBLEMS_FIRST);
        assertEquals(50, IntStream.of(slots).sum());
        for (Municipality m : table) {
            double exact = 50 * weights[m.index()] / total;
            if (exact < 1) assertEquals(0, slots[m.index()], m.name());
            else assertTrue(Math.abs(slots[m.index()] - exact) < 1, m.name() + ": " + slots[m.index()] + " vs " + exact);
        }
    }

    @Test void proRataLetsASmallMunicipalityWinALeftoverPlace() {
        List<Municipality> table = table(900_000, 400_000, 80_000);
        double[] weights = table.stream().mapToDouble(Municipality::population).toArray();
        int[] largestFirst = MunicipalitySetup.rioSlots(table, weights, 10, RioAllocation.LARGEST_PROBLEMS_FIRST);
        int[] proRata = MunicipalitySetup.rioSlots(table, weights, 10, RioAllocation.PRO_RATA);
        assertEquals(10, IntStream.of(proRata).sum());
        assertEquals(0, largestFirst[2], "a share of 0.58 places is below one: none today");
        assertEquals(1, proRata[2], "pro rata its remainder 0.58 beats the largest city's 0.52");
    }

    @Test void allMunicipalitiesGetAPlaceBeforeTheRestIsSharedProRata() {
        List<Municipality> table = table(900_000, 400_000, 150_000, 20_000, 5_000);
        double[] weights = table.stream().mapToDouble(Municipality::population).toArray();
        int[] slots = MunicipalitySetup.rioSlots(table, weights, 20, RioAllocation.ALL_MUNICIPALITIES);
        assertEquals(20, IntStream.of(slots).sum());
        for (int s : slots) assertTrue(s >= 1);
        int[] tooFew = MunicipalitySetup.rioSlots(table, weights, 3, RioAllocation.ALL_MUNICIPALITIES);
        assertTrue(tooFew[0] == 1 && tooFew[1] == 1 && tooFew[2] == 1 && tooFew[3] == 0, "the largest first when places are short");
    }

    @Test void theShippedLandscapeIsTheSameInEveryScenarioOfAReplication() {
        var inputs = TestWorld.shippedInputs();
        World a = MunicipalitySetup.build(inputs.municipalities(), inputs.parameters(), RandomStreams.forReplication(3, 1));
        World b = MunicipalitySetup.build(inputs.municipalities(), inputs.parameters(), RandomStreams.forReplication(3, 1));
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.municipality(i).hasDedicatedTeam(), b.municipality(i).hasDedicatedTeam());
            assertEquals(a.municipality(i).rioPlaces().slots(), b.municipality(i).rioPlaces().slots());
            assertEquals(a.municipality(i).coordinators().slots(), b.municipality(i).coordinators().slots());
        }
    }

    @Test void largerMunicipalitiesAreMoreOftenOrganised() {
        var inputs = TestWorld.shippedInputs();
        long g4 = 0, small = 0, smallCount = 0;
        for (int r = 0; r < 20; r++) {
            World w = MunicipalitySetup.build(inputs.municipalities(), inputs.parameters(), RandomStreams.forReplication(3, r));
            for (int i = 0; i < w.size(); i++) {
                var m = w.municipality(i);
                if (m.sizeClass() == SizeClass.G4 && m.hasDedicatedTeam()) g4++;
                if (m.sizeClass() == SizeClass.UNDER_20K) { smallCount++; if (m.hasDedicatedTeam()) small++; }
            }
        }
        assertTrue(g4 / 80.0 > small / (double) smallCount);
    }

    @Test void coordinatorsFollowTheHoursPerCaseWithAMinimumForTheSmallest() {
        var parameters = TestWorld.shippedParameters();
        var m = parameters.municipalities();
        List<Municipality> table = table(900_000, 60_000, 1_000);
        World world = MunicipalitySetup.build(table, parameters, RandomStreams.forReplication(1, 0));
        for (Municipality municipality : table) {
            double hours = Math.max(m.minimumCoordinatorHoursPerWeek(),
                    m.coordinatorHoursPerWeekPer10k().of(municipality.sizeClass()) * municipality.population() / 10_000.0);
            int expected = Math.max(1, (int) Math.floor(hours / m.hoursPerCasePerWeek()));
            assertEquals(expected, world.municipality(municipality.index()).coordinators().slots(), municipality.name());
        }
        double perCase = m.hoursPerCasePerWeek(), minimum = m.minimumCoordinatorHoursPerWeek();
        assertEquals(Math.max(1, (int) Math.floor(minimum / perCase)), world.municipality(2).coordinators().slots(),
                "a village of 1,000 has the minimum hours");
    }

    @Test void releaseSharesGrowWithPopulationByTheElasticity() {
        var parameters = TestWorld.shippedParameters();
        List<Municipality> table = table(800_000, 50_000);
        World world = MunicipalitySetup.build(table, parameters, RandomStreams.forReplication(1, 0));
        double elasticity = parameters.origin().releaseShareElasticity();
        assertEquals(Math.pow(16, elasticity), world.municipality(0).releaseWeight() / world.municipality(1).releaseWeight(), 1e-9);
    }

    @Test void todaysRioPlacesGoWhereMostAreReleased() {
        var parameters = TestWorld.shippedParameters();
        List<Municipality> table = table(900_000, 400_000, 150_000, 20_000, 5_000);
        World world = MunicipalitySetup.build(table, parameters, RandomStreams.forReplication(1, 0));
        var support = parameters.support();
        int places = (int) Math.floor(support.rioFte() * support.rioCaseloadPerFte());
        double[] weights = new double[table.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = world.municipality(i).releaseWeight();
        int[] expected = MunicipalitySetup.rioSlots(table, weights, places, RioAllocation.LARGEST_PROBLEMS_FIRST);
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], world.municipality(i).rioPlaces().slots());
        assertEquals((int) Math.floor(support.probationCapacityCases()), world.probation().slots());
    }

    @Test void policiesAreDrawnWithTheirSizeClassesChances() {
        var parameters = TestWorld.shippedParameters();
        var m = parameters.municipalities();
        int n = 4000;
        int[] populations = new int[n];
        Arrays.fill(populations, 30_000);
        List<Municipality> table = table(populations);
        SizeClass size = table.get(0).sizeClass();
        World world = MunicipalitySetup.build(table, parameters, RandomStreams.forReplication(1, 0));
        int team = 0, visits = 0, frozen = 0;
        for (int i = 0; i < n; i++) {
            if (world.municipality(i).hasDedicatedTeam()) team++;
            if (world.municipality(i).hasInReachVisits()) visits++;
            if (world.municipality(i).freezesBenefit()) frozen++;
        }
        assertShare(m.probabilityDedicatedTeam().of(size), team, n, "dedicated team");
        assertShare(m.probabilityInReachVisits().of(size), visits, n, "in-reach visits");
        assertShare(m.probabilityBenefitFrozen().of(size), frozen, n, "benefit frozen");
    }

    private static void assertShare(double p, int count, int n, String what) {
        assertEquals(p, count / (double) n, 4 * Math.sqrt(p * (1 - p) / n) + 1e-9, what);
    }
}
