package nl.reintsim.output.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reintsim.output.kpi.Kpi;
import nl.reintsim.output.kpi.PersonGroup;
import nl.reintsim.output.kpi.ReplicationKpis;
import nl.reintsim.simulation.model.SizeClass;

/**
 * replications.csv: every replication's KPIs (nationally, per size class, per person group and the monitor table),
 * one value per row, always RFC 4180 so that programs, and {@code reintsim report}, can read it back. Rows of
 * the monitor and of the groups have "all" as size class and name what they are in the measure:
 * {@code monitor:no_valid_id@at_release}, {@code group:recidivism_2y@age_18_24}.
 */
public final class ReplicationsFile {
    public static final String NAME = "replications.csv";
    private static final String ALL = "all";
    private static final String MONITOR = "monitor:";
    private static final String GROUP = "group:";

    private ReplicationsFile() { }

    public static Table table(List<List<ReplicationKpis>> byScenario) {
        Table table = new Table("scenario", "replication", "measure", "size_class", "value");
        for (List<ReplicationKpis> runs : byScenario) {
            for (ReplicationKpis r : runs) {
                for (Kpi kpi : Kpi.values()) {
                    table.add(r.scenario(), r.replication(), kpi.key(), ALL, r.value(kpi));
                    if (!r.bySizeClass().containsKey(kpi)) continue;
                    for (SizeClass c : SizeClass.values()) table.add(r.scenario(), r.replication(), kpi.key(), c.key(), r.value(kpi, c));
                }
                for (Kpi kpi : PersonGroup.OUTCOMES) {
                    if (!r.byGroup().containsKey(kpi)) continue;
                    for (PersonGroup g : PersonGroup.values()) {
                        table.add(r.scenario(), r.replication(), GROUP + kpi.key() + "@" + g.key(), ALL, r.value(kpi, g));
                    }
                }
                for (Map.Entry<String, Double> m : new java.util.TreeMap<>(r.monitor()).entrySet()) {
                    table.add(r.scenario(), r.replication(), MONITOR + m.getKey(), ALL, m.getValue());
                }
            }
        }
        return table;
    }

    /** Reads the file back: one list per scenario in file order, replications in file order; no monthly series or costs. */
    public static List<List<ReplicationKpis>> read(Path file) throws IOException {
        Map<String, Map<Integer, Builder>> scenarios = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.equals("scenario,replication,measure,size_class,value")) {
                throw new IOException(file + ": not a replications file (header " + header + ")");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) continue;
                String[] cells = line.split(",", -1);
                if (cells.length != 5) throw new IOException(file + ": expected 5 cells in " + line);
                Builder b = scenarios.computeIfAbsent(cells[0], s -> new LinkedHashMap<>())
                        .computeIfAbsent(Integer.parseInt(cells[1]), r -> new Builder());
                double value = cells[4].isEmpty() ? Double.NaN : Double.parseDouble(cells[4]);
                if (cells[2].startsWith(MONITOR)) {
                    b.monitor.put(cells[2].substring(MONITOR.length()), value);
                    continue;
                }
                if (cells[2].startsWith(GROUP)) {
                    String[] kpiAndGroup = cells[2].substring(GROUP.length()).split("@", 2);
                    Kpi kpi = Kpi.byKey(kpiAndGroup[0]);
                    PersonGroup group = kpiAndGroup.length == 2 ? PersonGroup.byKey(kpiAndGroup[1]) : null;
                    if (kpi != null && group != null) b.byGroup.computeIfAbsent(kpi, k -> new EnumMap<>(PersonGroup.class)).put(group, value);
                    continue;
                }
                Kpi kpi = Kpi.byKey(cells[2]);
                if (kpi == null) continue;   // a KPI of another version: not shown
                if (cells[3].equals(ALL)) b.values.put(kpi, value);
                else b.byClass.computeIfAbsent(kpi, k -> new EnumMap<>(SizeClass.class)).put(SizeClass.byKey(cells[3]), value);
            }
        }
        List<List<ReplicationKpis>> result = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Builder>> s : scenarios.entrySet()) {
            List<ReplicationKpis> runs = new ArrayList<>();
            for (Map.Entry<Integer, Builder> r : s.getValue().entrySet()) {
                Builder b = r.getValue();
                runs.add(new ReplicationKpis(s.getKey(), r.getKey(), b.values, new HashMap<>(b.byClass), new HashMap<>(b.byGroup), b.monitor,
                        new EnumMap<>(Kpi.class), null));
            }
            result.add(runs);
        }
        return result;
    }

    /**
     * A simple table written by {@link CsvWriter} in either dialect (told apart by the header's separator),
     * numbers as doubles and empty cells as NaN; quoted cells (a target's source with commas) come back as written.
     */
    public static Table readCsvTable(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElseThrow(() -> new IOException(file + " is empty"));
        boolean dutch = header.contains(";");
        List<String[]> records;
        try {
            records = CsvReader.records(text, dutch ? ';' : ',');
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage());
        }
        Table table = new Table(records.get(0));
        for (String[] raw : records.subList(1, records.size())) {
            if (raw.length != table.columns().size()) {
                throw new IOException(file + ": a row has " + raw.length + " cells, the header " + table.columns().size());
            }
            Object[] cells = new Object[raw.length];
            for (int i = 0; i < raw.length; i++) {
                String number = dutch ? raw[i].replace(',', '.') : raw[i];
                if (raw[i].isEmpty()) cells[i] = Double.NaN;
                else if (number.matches("-?[0-9.]+(E-?[0-9]+)?")) cells[i] = Double.parseDouble(number);
                else cells[i] = raw[i];
            }
            table.add(cells);
        }
        return table;
    }

    /** A table written by {@link JsonWriter}, read back with numbers as doubles (null as NaN). */
    public static Table readJsonTable(Path file, String... columns) throws IOException {
        JsonNode array = JsonWriter.mapper().readTree(file.toFile());
        Table table = new Table(columns);
        for (JsonNode row : array) {
            Object[] cells = new Object[columns.length];
            for (int i = 0; i < columns.length; i++) {
                JsonNode cell = row.get(columns[i]);
                cells[i] = cell == null || cell.isNull() ? Double.NaN : cell.isNumber() ? (Object) cell.asDouble() : cell.asText();
            }
            table.add(cells);
        }
        return table;
    }

    private static final class Builder {
        final Map<Kpi, Double> values = new EnumMap<>(Kpi.class);
        final Map<Kpi, Map<SizeClass, Double>> byClass = new EnumMap<>(Kpi.class);
        final Map<Kpi, Map<PersonGroup, Double>> byGroup = new EnumMap<>(Kpi.class);
        final Map<String, Double> monitor = new LinkedHashMap<>();
    }
}
