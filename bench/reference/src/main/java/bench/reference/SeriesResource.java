package bench.reference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A trivial REST resource: a constant JSON list, serialised by JSON-B like a real resource. */
@Path("series")
public class SeriesResource {

    public record ModuleRef(String key, String title) {}

    public record SeriesView(long id, String title, List<ModuleRef> modules) {}

    private static final List<SeriesView> SERIES =
            List.of(new SeriesView(1, "Series", List.of(new ModuleRef("a", "A"))));

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<SeriesView> list() {
        return SERIES;
    }
}
