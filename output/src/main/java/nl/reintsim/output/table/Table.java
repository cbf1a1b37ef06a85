package nl.reintsim.output.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A tidy table: named columns, rows of cells. Cells are text, integers or doubles; writers decide how
 * each looks in CSV or JSON. Statistics, charts and reports are all functions of such tables.
 */
public final class Table {
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public Table(String... columns) { this.columns = List.of(columns); }

    public Table add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + columns.size() + " columns");
        }
        rows.add(cells.clone());
        return this;
    }

    public List<String> columns() { return columns; }
    public List<Object[]> rows() { return rows; }
    public int size() { return rows.size(); }

    /** The index of a named column, so readers do not depend on column order. */
    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column " + name + " in " + columns);
        return i;
    }
}
