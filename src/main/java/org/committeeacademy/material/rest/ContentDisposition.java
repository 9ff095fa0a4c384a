package org.committeeacademy.material.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** An attachment header per RFC 6266: an ASCII fallback name and the real name in UTF-8 (filename*). */
public final class ContentDisposition {

    private ContentDisposition() {}

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
