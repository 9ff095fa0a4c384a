package org.committeeacademy.shared.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A table ready to be written to a file: a header line and rows of cells. A cell is a String, a Number or null
 * (empty); numbers stay numbers in XLSX.
 */
public record Sheet(String name, List<String> header, List<List<Object>> rows) {

    public Sheet {
        header = List.copyOf(header);
        rows = rows.stream()
                .map(r -> new ArrayList<Object>(r))
                .map(java.util.Collections::unmodifiableList)
                .toList();
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row needs one cell per column");
            }
        }
    }
}
