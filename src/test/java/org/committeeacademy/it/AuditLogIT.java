package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the audit log records for admins: failed logins (never the password), refused access, role changes. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    private static final String PASSWORD = "demo-password-2027";

    @ArquillianResource
    private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedApplication();
    }

    @BeforeEach
    void client() throws Exception {
        Deployments.awaitAnswering(base);
        http = new Http(base.toURI());
    }

    @Test
    void failedLoginsRefusalsAndRoleChangesAreLoggedWithoutSecrets() throws Exception {
        String probe = "probe-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String secret = "Geheim-" + UUID.randomUUID();
        assertEquals(
                401,
                http.get("/api/v1/me", "Authorization", basic(probe, secret)).statusCode());
        String member = basic("member@example.org", PASSWORD);
        assertEquals(403, http.get("/api/v1/venues", "Authorization", member).statusCode());
        Http memberPages = new Http(base.toURI());
        memberPages.formLogin("member@example.org", PASSWORD);
        assertEquals(403, memberPages.get("/admin/audit.xhtml").statusCode());
        String newcomer = "neu-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> created = http.postJson(
                "/api/v1/accounts", """
                {"email": "%s", "name": "Neu Person", "password": "ein-langes-passwort", "roles": ["MEMBER"], "language": "de"}""".formatted(newcomer), "Authorization", basic("staff@example.org", PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        String newId = String.valueOf(Http.json(created).getJsonNumber("id").longValue());

        Http admin = new Http(base.toURI());
        assertEquals(302, admin.formLogin("admin@example.org", PASSWORD).statusCode());
        HttpResponse<String> page = admin.get("/admin/audit.xhtml");
        assertEquals(200, page.statusCode());
        String log = page.body();

        assertTrue(log.contains(probe), "the failed login names the address tried");
        assertFalse(log.contains(secret), "never the password");
        assertTrue(log.contains("/api/v1/venues"), "the refused API call");
        assertTrue(log.contains("/admin/audit.xhtml"), "the refused page");
        assertTrue(log.contains("Zugriff verweigert"));
        assertTrue(log.contains("Rollen geändert"));
        assertTrue(log.contains("Konto " + newId), "the new account's roles");
        assertTrue(log.contains("Stefan Vogel"), "who gave them");

        assertEquals(403, memberPages.get("/admin/audit.xhtml").statusCode(), "members never see the log");
    }
}
