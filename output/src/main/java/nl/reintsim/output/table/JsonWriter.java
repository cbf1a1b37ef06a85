package nl.reintsim.output.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/** Writes a {@link Table} as a JSON array of objects, numbers rounded as in the CSV, NaN as null. */
public final class JsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonWriter() { }

    public static void write(Table table, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), toJson(table));
    }

    public static ArrayNode toJson(Table table) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Object[] row : table.rows()) {
            ObjectNode object = array.addObject();
            for (int i = 0; i < row.length; i++) {
                String column = table.columns().get(i);
                Object cell = row[i];
                if (cell == null) object.putNull(column);
                else if (cell instanceof Double d) {
                    String text = Numbers.format(d);
                    if (text.isEmpty()) object.putNull(column);
                    else object.put(column, new BigDecimal(text));
                } else if (cell instanceof Integer n) object.put(column, n);
                else if (cell instanceof Long n) object.put(column, n);
                else object.put(column, cell.toString());
            }
        }
        return array;
    }

    public static ObjectMapper mapper() { return MAPPER; }
}
