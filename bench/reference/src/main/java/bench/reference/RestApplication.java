package bench.reference;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS root of the reference application, at the same path as Committee Academy's API. */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
