package nl.reintsim.output.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.PersonGroup;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.simulation.model.SizeClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** replications.csv holds what {@code reintsim report} needs to draw the report again, and reads older files too. */
class ReplicationsFileTest {
    @Test void theGroupsOfReleasedPeopleAreReadBackAsWritten(@TempDir Path dir) throws Exception {
        Map<PersonGroup, Double> groups = new EnumMap<>(PersonGroup.class);
        for (PersonGroup g : PersonGroup.values()) groups.put(g, 0.01 * (g.ordinal() + 1));
        Map<SizeClass, Double> classes = new EnumMap<>(SizeClass.class);
        for (SizeClass c : SizeClass.values()) classes.put(c, 0.4);
        ReplicationKpis run = new ReplicationKpis("baseline", 0, Map.of(Kpi.RECIDIVISM_2Y, 0.49), Map.of(Kpi.RECIDIVISM_2Y, classes),
                Map.of(Kpi.RECIDIVISM_2Y, groups), Map.of("no_valid_id@at_release", 0.14), new EnumMap<>(Kpi.class), null);
        Path file = dir.resolve(ReplicationsFile.NAME);
        CsvWriter.write(ReplicationsFile.table(List.of(List.of(run))), file);

        ReplicationKpis back = ReplicationsFile.read(file).get(0).get(0);
        for (PersonGroup g : PersonGroup.values()) assertEquals(0.01 * (g.ordinal() + 1), back.value(Kpi.RECIDIVISM_2Y, g), 1e-12, g.key());
        assertEquals(0.49, back.value(Kpi.RECIDIVISM_2Y), 1e-12);
        assertEquals(0.14, back.monitor("no_valid_id", "at_release"), 1e-12);
    }

    @Test void aFileWrittenBeforeTheGroupsReadsWithoutThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ReplicationsFile.NAME);
        Files.writeString(file, "scenario,replication,measure,size_class,value\nbaseline,0,recidivism_2y,all,0.49\n");
        ReplicationKpis back = ReplicationsFile.read(file).get(0).get(0);
        assertEquals(0.49, back.value(Kpi.RECIDIVISM_2Y), 1e-12);
        assertTrue(back.byGroup().isEmpty());
    }
}
