package org.committeeacademy.identity.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.committeeacademy.identity.application.CurrentUser;
import org.committeeacademy.identity.domain.Account;
import org.committeeacademy.identity.domain.Role;
import org.committeeacademy.shared.domain.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The header keeps each role's 4-6 main destinations in sight and every other link under "More", none twice. */
class MainMenuTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSeesFourToSixMainDestinationsAndTheRestUnderMore(Role role) {
        MainMenu menu = menuFor(EnumSet.of(role));

        int main = menu.getPrimary().size();
        assertTrue(main >= 4 && main <= 6, role + ": " + menu.getPrimary());
        Set<String> ids = new HashSet<>();
        for (MainMenu.Item item : concat(menu.getPrimary(), menu.getMore())) {
            assertTrue(ids.add(item.id()), "twice: " + item);
        }
        assertTrue(ids.containsAll(Set.of("profileLink", "myDataLink", "calendarLink")), role + ": " + ids);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"TRAINER", "STAFF"})
    void anAccountWithSeveralRolesGetsTheMainDestinationsOfTheHighest(Role role) {
        MainMenu menu = menuFor(EnumSet.of(Role.MEMBER, role));

        MainMenu.Item home = menuFor(EnumSet.of(role)).getPrimary().get(0);
        assertTrue(menu.getPrimary().contains(home), "the highest role's home is in sight: " + menu.getPrimary());
        assertTrue(concat(menu.getPrimary(), menu.getMore()).stream().anyMatch(i -> i.id().equals("navMember")));
    }

    private static List<MainMenu.Item> concat(List<MainMenu.Item> a, List<MainMenu.Item> b) {
        List<MainMenu.Item> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static MainMenu menuFor(Set<Role> roles) {
        Account account = new Account("a@example.org", "A", Language.DE, "hash", roles, Instant.EPOCH);
        MainMenu menu = new MainMenu();
        menu.currentUser = new CurrentUser() {
            @Override
            public Optional<Account> account() {
                return Optional.of(account);
            }

            @Override
            public boolean hasRole(Role r) {
                return roles.contains(r);
            }
        };
        return menu;
    }
}
