package org.committeeacademy.identity.web;

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
}
