package bench.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backing bean of the trivial JSF page: a small constant list. */
@Named
@RequestScoped
public class RowsBean {

    /** A row with getters (Jakarta EL 5 does not read record components as properties). */
    public static final class Row {
        private final int id;
        private final String title;
        private final String place;

        Row(int id, String title, String place) {
            this.id = id;
            this.title = title;
            this.place = place;
        }

        public int getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getPlace() {
            return place;
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row(1, "Introduction", "Town hall"),
            new Row(2, "Rights and duties", "Library"),
            new Row(3, "Budget", "Town hall"),
            new Row(4, "Meetings", "Community centre"),
            new Row(5, "Outreach", "Library"));

    public List<Row> getRows() {
        return ROWS;
    }
}
