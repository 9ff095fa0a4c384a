package org.committeeacademy.shared.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Collection;
import java.util.Map;
import org.committeeacademy.shared.config.AcademySettings;
import org.committeeacademy.shared.domain.ValidationException;

/**
 * Guards every JSON body before it is parsed: larger than ACADEMY_API_MAX_JSON_KB → 413; a body that must be an object
 * (a record or a JSON object) but is {@code null}, a number, a string or an array → 400; JSON nested so deep that the
 * parser runs out of stack → 400. Before, these reached the resources as null or as the wrong type and answered 500.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    private static final int PEEK = 8192;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        long limit = AcademySettings.current().apiMaxJsonBytes();
        InputStream raw = context.getInputStream();
        BufferedInputStream in = new BufferedInputStream(new Limited(raw, limit), PEEK);
        context.setInputStream(in);
        int first = firstNonBlank(in);
        if (first != -1 && first != '{' && expectsObject(context.getType())) {
            RequestBodies.drain(raw, limit);
            // the same answer as a resource gives for a missing body: a field error on "body"
            throw new ValidationException("body", first == 'n' ? "api.body.required" : "api.body.object");
        }
        try {
            return context.proceed();
        } catch (WebApplicationException e) {
            RequestBodies.drain(raw, limit);
            throw e;
        } catch (StackOverflowError | RuntimeException | IOException e) {
            // whatever the parser throws (Parsson: a plain RuntimeException for input nested too deep) is bad input
            boolean tooLarge = isTooLarge(e);
            RequestBodies.drain(raw, tooLarge ? RequestBodies.DRAIN_CAP : limit);
            throw tooLarge ? new WebApplicationException(413) : new BadRequestException(e);
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    /** Records, beans, maps and JSON objects; not strings, numbers, lists, arrays or any JSON value. */
    static boolean expectsObject(Class<?> type) {
        if (JsonObject.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return true;
        }
        return !(type.isPrimitive()
                || type.isArray()
                || type == Object.class
                || JsonValue.class.isAssignableFrom(type)
                || Collection.class.isAssignableFrom(type)
                || CharSequence.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type)
                || Boolean.class == type
                || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type)
                || type.getName().startsWith("jakarta."));
    }

    private static int firstNonBlank(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        try {
            for (int i = 0; i < PEEK; i++) {
                int b = in.read();
                if (b == -1
                        || !(b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Thrown from inside the parser's reads; found again in the cause chain whatever the parser wraps it in. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("the body is larger than the configured limit");
        }
    }

    /** Counts the bytes read and stops at the limit. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }
}
