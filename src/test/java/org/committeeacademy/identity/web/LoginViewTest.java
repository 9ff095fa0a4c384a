package org.committeeacademy.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginViewTest {

    @Test
    void returnsOnlyToPagesOfThisApplication() {
        assertTrue(LoginView.isLocalPath("/member/home.xhtml"));
        assertTrue(LoginView.isLocalPath("/staff/home.xhtml?x=1"));
        assertFalse(LoginView.isLocalPath("//evil.example/"));
        assertFalse(LoginView.isLocalPath("https://evil.example/"));
        assertFalse(LoginView.isLocalPath("/\\evil.example"));
    }

    @Test
    void aReturnLinkWinsOverTheProtectedPageAndForeignAddressesAreIgnored() {
        String home = "/member/home.xhtml";
        assertEquals("/cohort.xhtml?id=7", LoginView.target("/cohort.xhtml?id=7", "/staff/home.xhtml", home));
        assertEquals("/staff/home.xhtml", LoginView.target(null, "/staff/home.xhtml", home));
        assertEquals("/staff/home.xhtml", LoginView.target("//evil.example/", "/staff/home.xhtml", home));
        assertEquals(home, LoginView.target("https://evil.example/", null, home));
    }
}
