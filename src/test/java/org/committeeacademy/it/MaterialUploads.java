package org.committeeacademy.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Material uploads as a script sends them: raw multipart/form-data over the API, with HTTP Basic. */
final class MaterialUploads {

    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    MaterialUploads(URI base) {
        this.base = base;
    }

    /** POSTs the fields (language "de" unless given) and, if {@code fileName} is set, the file as part "file". */
    HttpResponse<String> send(String path, Map<String, String> fields, String fileName, byte[] content, String auth)
            throws IOException, InterruptedException {
        String boundary = "----materials" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(Map.of("language", "de"));
        all.putAll(fields);
        for (Map.Entry<String, String> field : all.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", auth)
                .header("Accept-Language", "de")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A small valid PDF whose bytes differ with the note, so each test stores its own file. */
    static byte[] pdf(String note) {
        return ("%PDF-1.4\n% " + note + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
