package org.committeeacademy.dashboard.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.committeeacademy.shared.persistence.TestDatabase;
import org.committeeacademy.survey.domain.SurveyForm;

/**
 * A state-wide data set written with JDBC batches: 120 committees, 3,000 members, 40 venues, 400 cohorts over three
 * years with 3 sessions each (1,200), enrolments with waiting lists, attendance of held sessions, worksheets, goals
 * with check-ins, certificates and anonymous survey answers. Seeded, so every run loads the same. Each table is one {@link Step}: a new feature
 * adds a step to {@link #steps()}.
 */
final class StateWideDataSet {

    private static final List<String> OUTCOME_KEYS = SurveyForm.OUTCOME_KEYS;

    /** How many states' worth of data: {@code -Dbench.scale=10} makes ten times the committees, people and cohorts. */
    static final int SCALE = Math.max(1, Integer.getInteger("bench.scale", 1));

    static final int COMMITTEES = 120 * SCALE;
    static final int MEMBERS = 3_000 * SCALE;
    static final int VENUES = 40 * SCALE;
    static final int COHORTS = 400 * SCALE;
    static final int SESSIONS_PER_COHORT = 3;
    static final int SERIES = 3;

    interface Step {
        void load(Connection db) throws SQLException;
    }

    private record Cohort(long id, int capacity, LocalDateTime start, List<Long> seated, boolean ended) {}

    private final Random random = new Random(20261124);
    private final LocalDateTime now;
    private final List<Cohort> cohorts = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    StateWideDataSet(LocalDateTime now) {
        this.now = now;
    }

    Map<String, Step> steps() {
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("series and modules", this::series);
        steps.put("venues", this::venues);
        steps.put("accounts", this::accounts);
        steps.put("cohorts and sessions", this::cohorts);
        steps.put("enrolments", this::enrolments);
        steps.put("attendance", this::attendance);
        steps.put("worksheets, goals, check-ins", this::worksheets);
        steps.put("certificates", this::certificates);
        steps.put("survey answers", this::surveys);
        return steps;
    }

    /** Rows written per table. */
    Map<String, Integer> counts() {
        return counts;
    }

    void load(Connection db) throws SQLException {
        db.setAutoCommit(false);
        for (Step step : steps().values()) {
            step.load(db);
            db.commit();
        }
    }

    private void series(Connection db) throws SQLException {
        batch(
                db,
                "INSERT INTO series (id, series_key, title_de, title_en, active) VALUES (?, ?, ?, ?, TRUE)",
                SERIES,
                (p, i) -> {
                    p.setLong(1, 1000 + i);
                    p.setString(2, "bench-" + i);
                    p.setString(3, "Reihe " + i);
                    p.setString(4, "Series " + i);
                });
        batch(
                db,
                "INSERT INTO training_module (id, module_key, title_de, title_en, duration_minutes) VALUES (?, ?, ?, ?, 180)",
                SESSIONS_PER_COHORT,
                (p, i) -> {
                    p.setLong(1, 1000 + i);
                    p.setString(2, "bench-module-" + i);
                    p.setString(3, "Modul " + i);
                    p.setString(4, "Module " + i);
                });
    }

    private void venues(Connection db) throws SQLException {
        batch(
                db,
                "INSERT INTO organisation (id, name, city, row_version) VALUES (?, 'VHS Lasttest', 'Köln', 0)",
                1,
                (p, i) -> p.setLong(1, 1000));
        batch(
                db,
                "INSERT INTO venue (id, name, street, postal_code, city, step_free_access, accessible_toilet,"
                        + " hearing_loop, row_version, organisation_id)"
                        + " VALUES (?, ?, 'Hauptstraße 1', '50667', ?, TRUE, TRUE, FALSE, 0, 1000)",
                VENUES,
                (p, i) -> {
                    p.setLong(1, 1000 + i);
                    p.setString(2, "VHS Ort " + i);
                    p.setString(3, "Ort " + i);
                });
    }

    private void accounts(Connection db) throws SQLException {
        batch(
                db,
                "INSERT INTO account (id, email, display_name, preferred_language, password_hash, created_at,"
                        + " row_version) VALUES (?, ?, ?, 'de', 'x', ?, 0)",
                MEMBERS,
                (p, i) -> {
                    p.setLong(1, 10_000 + i);
                    p.setString(2, "bench" + i + "@example.org");
                    p.setString(3, "Mitglied " + i);
                    p.setTimestamp(4, Timestamp.valueOf(now.minusYears(3)));
                });
        batch(
                db,
                "INSERT INTO committee (id, name, name_key, municipality, kind) VALUES (?, ?, ?, ?, 'INTEGRATIONSRAT')",
                COMMITTEES,
                (p, i) -> {
                    p.setLong(1, 1000 + i);
                    p.setString(2, "Integrationsrat " + i);
                    p.setString(3, "integrationsrat " + i);
                    p.setString(4, "Ort " + i);
                });
        batch(
                db,
                "INSERT INTO committee_membership (account_id, committee_id, status, changed_at)"
                        + " VALUES (?, ?, 'CONFIRMED', ?)",
                MEMBERS,
                (p, i) -> {
                    p.setLong(1, 10_000 + i);
                    p.setLong(2, 1000 + i % COMMITTEES);
                    p.setTimestamp(3, Timestamp.valueOf(now.minusYears(3)));
                });
        batch(
                db,
                "INSERT INTO account_role (account_id, role_name) VALUES (?, 'MEMBER')",
                MEMBERS,
                (p, i) -> p.setLong(1, 10_000 + i));
    }

    private void cohorts(Connection db) throws SQLException {
        LocalDate first = now.toLocalDate().minusYears(2).withDayOfYear(1);
        for (int i = 0; i < COHORTS; i++) {
            LocalDateTime start = first.plusDays(random.nextInt(3 * 365)).atTime(10, 0);
            int capacity = 10 + random.nextInt(11);
            boolean ended =
                    start.plusWeeks(2 * (SESSIONS_PER_COHORT - 1)).plusHours(3).isBefore(now);
            cohorts.add(new Cohort(1000 + i, capacity, start, new ArrayList<>(), ended));
        }
        // seats are filled in the enrolment step; the cohort rows are written with their final seat count there
    }

    private void enrolments(Connection db) throws SQLException {
        List<Object[]> enrolments = new ArrayList<>();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(10_000L + i);
        }
        for (Cohort c : cohorts) {
            Collections.shuffle(members, random);
            int seated = Math.min(c.capacity(), (int) Math.round(c.capacity() * (0.55 + random.nextDouble() * 0.5)));
            int waiting = seated == c.capacity() ? random.nextInt(6) : 0;
            for (int k = 0; k < seated + waiting; k++) {
                long member = members.get(k);
                String status;
                Integer ticket = null;
                if (k >= seated) {
                    status = "WAITLISTED";
                    ticket = k - seated + 1;
                } else {
                    c.seated().add(member);
                    status = c.ended() && random.nextInt(10) < 7 ? "COMPLETED" : "CONFIRMED";
                }
                enrolments.add(new Object[] {c.id(), member, status, ticket});
            }
        }
        batch(
                db,
                "INSERT INTO cohort (id, series_id, venue_id, title, capacity, status, course_language,"
                        + " row_version, seats_taken, waitlist_tickets) VALUES (?, ?, ?, ?, ?, ?, 'de', 0, ?, ?)",
                cohorts.size(),
                (p, i) -> {
                    Cohort c = cohorts.get(i);
                    p.setLong(1, c.id());
                    p.setLong(2, 1000 + i % SERIES);
                    p.setLong(3, 1000 + i % VENUES);
                    p.setString(4, "Kurs " + i);
                    p.setInt(5, c.capacity());
                    p.setString(6, c.ended() ? "COMPLETED" : c.start().isBefore(now) ? "RUNNING" : "OPEN");
                    p.setInt(7, c.seated().size());
                    p.setInt(8, 5);
                });
        batch(
                db,
                "INSERT INTO cohort_session (id, cohort_id, module_id, starts_at, ends_at, cancelled)"
                        + " VALUES (?, ?, ?, ?, ?, FALSE)",
                cohorts.size() * SESSIONS_PER_COHORT,
                (p, i) -> {
                    Cohort c = cohorts.get(i / SESSIONS_PER_COHORT);
                    LocalDateTime start = c.start().plusWeeks(2L * (i % SESSIONS_PER_COHORT));
                    p.setLong(1, 1000 + i);
                    p.setLong(2, c.id());
                    p.setLong(3, 1000 + i % SESSIONS_PER_COHORT);
                    p.setTimestamp(4, Timestamp.valueOf(start));
                    p.setTimestamp(5, Timestamp.valueOf(start.plusHours(3)));
                });
        batch(
                db,
                "INSERT INTO enrolment (cohort_id, member_id, status, waitlist_ticket, created_at, row_version)"
                        + " VALUES (?, ?, ?, ?, ?, 0)",
                enrolments.size(),
                (p, i) -> {
                    Object[] e = enrolments.get(i);
                    p.setLong(1, (Long) e[0]);
                    p.setLong(2, (Long) e[1]);
                    p.setString(3, (String) e[2]);
                    p.setObject(4, e[3], java.sql.Types.INTEGER);
                    p.setTimestamp(5, Timestamp.valueOf(now.minusYears(3)));
                });
    }

    private void attendance(Connection db) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        for (int i = 0; i < cohorts.size() * SESSIONS_PER_COHORT; i++) {
            Cohort c = cohorts.get(i / SESSIONS_PER_COHORT);
            if (c.start().plusWeeks(2L * (i % SESSIONS_PER_COHORT)).isBefore(now)) {
                for (long member : c.seated()) {
                    rows.add(new long[] {1000 + i, member});
                }
            }
        }
        String[] statuses = {
            "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "ABSENT", "EXCUSED"
        };
        String[] marked = new String[rows.size()];
        Map<Long, int[]> perSession = new java.util.TreeMap<>(); // present, absent, excused: the sessions keep them
        for (int i = 0; i < marked.length; i++) {
            marked[i] = statuses[random.nextInt(statuses.length)];
            perSession
                    .computeIfAbsent(rows.get(i)[0], s -> new int[3])[
                    marked[i].equals("PRESENT") ? 0 : marked[i].equals("ABSENT") ? 1 : 2]++;
        }
        batch(
                db,
                "INSERT INTO attendance (session_id, member_id, status, row_version) VALUES (?, ?, ?, 0)",
                rows.size(),
                (p, i) -> {
                    p.setLong(1, rows.get(i)[0]);
                    p.setLong(2, rows.get(i)[1]);
                    p.setString(3, marked[i]);
                });
        try (PreparedStatement counts = db.prepareStatement(
                "UPDATE cohort_session SET present_count = ?," + " absent_count = ?, excused_count = ? WHERE id = ?")) {
            for (Map.Entry<Long, int[]> session : perSession.entrySet()) {
                counts.setInt(1, session.getValue()[0]);
                counts.setInt(2, session.getValue()[1]);
                counts.setInt(3, session.getValue()[2]);
                counts.setLong(4, session.getKey());
                counts.addBatch();
            }
            counts.executeBatch();
        }
    }

    private void worksheets(Connection db) throws SQLException {
        List<Object[]> sheets = new ArrayList<>();
        for (Cohort c : cohorts) {
            if (c.start().isBefore(now)) {
                for (long member : c.seated()) {
                    String status =
                            switch (random.nextInt(5)) {
                                case 0 -> "DRAFT";
                                case 1 -> "ACCEPTED";
                                case 2 -> "REVISE";
                                default -> "SUBMITTED";
                            };
                    sheets.add(new Object[] {c, member, status});
                }
            }
        }
        batch(
                db,
                "INSERT INTO worksheet (id, cohort_id, member_id, module_key, template_key, template, answers,"
                        + " status, created_at, row_version) VALUES (?, ?, ?, 'bench-module-0', 'action-plan', '{}', '{}', ?, ?, 0)",
                sheets.size(),
                (p, i) -> {
                    Object[] s = sheets.get(i);
                    p.setLong(1, 100_000 + i);
                    p.setLong(2, ((Cohort) s[0]).id());
                    p.setLong(3, (Long) s[1]);
                    p.setString(4, (String) s[2]);
                    p.setTimestamp(5, Timestamp.valueOf(now.minusYears(1)));
                });
        List<Integer> goals = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (((Cohort) sheets.get(i)[0]).ended()) {
                goals.add(i);
            }
        }
        // two check-ins per goal; the goal keeps their counts by attainment (V57), as the goal feature does
        int[] attainments = new int[goals.size() * 2];
        for (int i = 0; i < attainments.length; i++) {
            attainments[i] = random.nextInt(5) - 2;
        }
        batch(
                db,
                "INSERT INTO goal (id, owner_id, worksheet_id, cohort_id, goal_position, cohort_title, goal_what,"
                        + " course_end, check_ins_minus_2, check_ins_minus_1, check_ins_zero, check_ins_plus_1,"
                        + " check_ins_plus_2) VALUES (?, ?, ?, ?, 1, 'Kurs', 'Ziel', ?, ?, ?, ?, ?, ?)",
                goals.size(),
                (p, i) -> {
                    int sheet = goals.get(i);
                    p.setLong(1, 100_000 + i);
                    p.setLong(2, (Long) sheets.get(sheet)[1]);
                    p.setLong(3, 100_000 + sheet);
                    p.setLong(4, ((Cohort) sheets.get(sheet)[0]).id());
                    p.setDate(
                            5,
                            java.sql.Date.valueOf(
                                    ((Cohort) sheets.get(sheet)[0]).start().toLocalDate()));
                    for (int a = -2; a <= 2; a++) {
                        int n = (attainments[2 * i] == a ? 1 : 0) + (attainments[2 * i + 1] == a ? 1 : 0);
                        p.setInt(8 + a, n);
                    }
                });
        batch(
                db,
                "INSERT INTO goal_check_in (goal_id, account_id, checkpoint_months, attainment, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                goals.size() * 2,
                (p, i) -> {
                    int goal = i / 2;
                    p.setLong(1, 100_000 + goal);
                    p.setLong(2, (Long) sheets.get(goals.get(goal))[1]);
                    p.setInt(3, i % 2 == 0 ? 3 : 6);
                    p.setInt(4, attainments[i]);
                    p.setTimestamp(5, Timestamp.valueOf(now.minusMonths(1)));
                });
    }

    private void certificates(Connection db) throws SQLException {
        List<long[]> earned = new ArrayList<>();
        try (var rows = db.createStatement()
                .executeQuery("SELECT cohort_id, member_id FROM enrolment WHERE status = 'COMPLETED'")) {
            while (rows.next()) {
                earned.add(new long[] {rows.getLong(1), rows.getLong(2)});
            }
        }
        batch(
                db,
                "INSERT INTO certificate (member_id, cohort_id, code, issued_at, revoked_at) VALUES (?, ?, ?, ?, ?)",
                earned.size(),
                (p, i) -> {
                    p.setLong(1, earned.get(i)[1]);
                    p.setLong(2, earned.get(i)[0]);
                    p.setString(3, "B-" + i);
                    p.setTimestamp(4, Timestamp.valueOf(now.minusMonths(2)));
                    p.setTimestamp(5, i % 50 == 0 ? Timestamp.valueOf(now.minusMonths(1)) : null);
                });
        // what the certificate feature keeps on each enrolment as it issues and revokes: the migration's fill (V61)
        runUpdatesOf(db, "V61__enrolment_certified.sql");
    }

    /**
     * Anonymous survey answers as the survey feature stores them: a response per person (no account), one answer per
     * outcome item, and the running tally the dashboard reads. About three in four seated people answer the baseline,
     * two in three after each held module, one in two at the follow-up six months after the course.
     */
    private void surveys(Connection db) throws SQLException {
        List<Object[]> responses = new ArrayList<>();
        Map<String, int[]> tallies = new LinkedHashMap<>();
        for (Cohort c : cohorts) {
            if (!c.start().isBefore(now)) {
                continue;
            }
            answer(c, "BASELINE", null, 0.75, c.start().minusWeeks(1), responses, tallies);
            for (int module = 0; module < SESSIONS_PER_COHORT; module++) {
                LocalDateTime held = c.start().plusWeeks(2L * module).plusHours(3);
                if (held.isBefore(now)) {
                    answer(c, "AFTER_MODULE", "bench-module-" + module, 0.66, held, responses, tallies);
                }
            }
            LocalDateTime followUp =
                    c.start().plusWeeks(2L * (SESSIONS_PER_COHORT - 1)).plusMonths(6);
            if (followUp.isBefore(now)) {
                answer(c, "FOLLOW_UP", null, 0.5, followUp, responses, tallies);
            }
        }
        batch(
                db,
                "INSERT INTO survey_response (id, cohort_id, phase, module_key, answered_month) VALUES (?, ?, ?, ?, ?)",
                responses.size(),
                (p, i) -> {
                    Object[] r = responses.get(i);
                    p.setString(1, (String) r[0]);
                    p.setLong(2, (Long) r[1]);
                    p.setString(3, (String) r[2]);
                    p.setString(4, (String) r[3]);
                    p.setString(5, (String) r[4]);
                });
        batch(
                db,
                "INSERT INTO survey_answer (response_id, item_key, score) VALUES (?, ?, ?)",
                responses.size() * OUTCOME_KEYS.size(),
                (p, i) -> {
                    Object[] r = responses.get(i / OUTCOME_KEYS.size());
                    p.setString(1, (String) r[0]);
                    p.setString(2, OUTCOME_KEYS.get(i % OUTCOME_KEYS.size()));
                    p.setInt(3, ((int[]) r[5])[i % OUTCOME_KEYS.size()]);
                });
        // the responses per round as the survey feature counts them when each is stored (V56)
        Map<String, Integer> perRound = new LinkedHashMap<>();
        responses.forEach(r -> perRound.merge(r[1] + "|" + r[2] + "|" + (r[3] == null ? "" : r[3]), 1, Integer::sum));
        List<Map.Entry<String, Integer>> rounds = new ArrayList<>(perRound.entrySet());
        batch(
                db,
                "INSERT INTO survey_round_count (cohort_id, phase, module_key, responses) VALUES (?, ?, ?, ?)",
                rounds.size(),
                (p, i) -> {
                    String[] key = rounds.get(i).getKey().split("\\|", -1);
                    p.setLong(1, Long.parseLong(key[0]));
                    p.setString(2, key[1]);
                    p.setString(3, key[2]);
                    p.setInt(4, rounds.get(i).getValue());
                });
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(tallies.entrySet());
        batch(
                db,
                "INSERT INTO survey_tally (cohort_id, phase, module_key, item_key, answers_1, answers_2, answers_3,"
                        + " answers_4, answers_5) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.size(),
                (p, i) -> {
                    String[] key = rows.get(i).getKey().split("\\|", -1);
                    int[] counts = rows.get(i).getValue();
                    p.setLong(1, Long.parseLong(key[0]));
                    p.setString(2, key[1]);
                    p.setString(3, key[2]);
                    p.setString(4, key[3]);
                    for (int score = 0; score < 5; score++) {
                        p.setInt(5 + score, counts[score]);
                    }
                });
        // the outcome items' answers per round, as the survey feature keeps them with each response: the migration's
        // fill (V62)
        runUpdatesOf(db, "V62__survey_round_outcomes.sql");
    }

    /** The UPDATE statements of a migration, which fill what it added from the rows already stored. */
    private static void runUpdatesOf(Connection db, String migration) throws SQLException {
        try (var update = db.createStatement()) {
            for (String sql : TestDatabase.updatesOfMigration(migration)) {
                update.executeUpdate(sql);
            }
        }
    }

    private void answer(
            Cohort c,
            String phase,
            String module,
            double share,
            LocalDateTime when,
            List<Object[]> responses,
            Map<String, int[]> tallies) {
        String month = String.format("%04d-%02d", when.getYear(), when.getMonthValue());
        for (int k = 0; k < c.seated().size(); k++) {
            if (random.nextDouble() >= share) {
                continue;
            }
            int[] scores = new int[OUTCOME_KEYS.size()];
            for (int item = 0; item < scores.length; item++) {
                scores[item] = 1 + random.nextInt(5);
                String key = c.id() + "|" + phase + "|" + (module == null ? "" : module) + "|" + OUTCOME_KEYS.get(item);
                tallies.computeIfAbsent(key, x -> new int[5])[scores[item] - 1]++;
            }
            responses.add(new Object[] {
                new UUID(random.nextLong(), random.nextLong()).toString(), c.id(), phase, module, month, scores
            });
        }
    }

    private interface Row {
        void set(PreparedStatement statement, int index) throws SQLException;
    }

    private void batch(Connection db, String sql, int rows, Row row) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < rows; i++) {
                row.set(statement, i);
                statement.addBatch();
                if (i % 1000 == 999) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
        String table = sql.substring("INSERT INTO ".length(), sql.indexOf(' ', "INSERT INTO ".length()));
        counts.merge(table, rows, Integer::sum);
    }
}
