package org.committeeacademy.shared.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page's answer held back instead of sent, with the headers set while it was made, so that {@link PublicPageCache}
 * can keep it. Anything that makes it personal or unusual (a cookie, a redirect, an error) marks it as not to be
 * kept; {@link #sendTo} passes it on unchanged either way.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private PrintWriter writer;
    private ServletOutputStream stream;
    private boolean keepable = true;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    boolean keepable() {
        return keepable
                && getStatus() == SC_OK
                && getContentType() != null
                && getContentType().startsWith("text/html");
    }

    /** The headers set while the page was made, in order. */
    List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    String text() {
        flushBuffer();
        return body.toString(StandardCharsets.UTF_8);
    }

    /** Sends what was held back to the real response (whose headers were set as they came). */
    void sendTo(HttpServletResponse response) throws IOException {
        flushBuffer();
        if (!response.isCommitted() && body.size() > 0) {
            response.setContentLength(body.size());
        }
        body.writeTo(response.getOutputStream());
    }

    @Override
    public void setHeader(String name, String value) {
        headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
        headers.add(Map.entry(name, value));
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        headers.add(Map.entry(name, value));
        super.addHeader(name, value);
    }

    @Override
    public void addCookie(Cookie cookie) {
        keepable = false;
        super.addCookie(cookie);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        keepable = false;
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        keepable = false;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        keepable = false;
        super.sendError(status);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called first");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a held-back page is written at once");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called first");
        }
        if (writer == null) {
            setCharacterEncoding(StandardCharsets.UTF_8.name());
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public void resetBuffer() {
        flushBuffer();
        body.reset();
    }

    @Override
    public void reset() {
        super.reset();
        headers.clear();
        resetBuffer();
    }
}
