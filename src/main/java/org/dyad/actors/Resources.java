package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads this package's TSV resources: '#' comments, one header line, tab-separated cells. */
final class Resources {
    private Resources() {
    }

    /** Data rows of a resource, each padded to {@code columns} cells; a missing resource is a set-up error. */
    static List<String[]> rows(String name, int columns) {
        String path = "/org/dyad/actors/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing actor resource " + path + " on the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            boolean header = true;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length > columns)
                    throw new IllegalStateException(path + " line " + n + ": " + cells.length + " cells, expected " + columns);
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) row[i] = i < cells.length ? cells[i].trim() : "";
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read actor resource " + path + ": " + e.getMessage(), e);
        }
    }
}
