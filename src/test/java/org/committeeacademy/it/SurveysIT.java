package org.committeeacademy.it;

import static org.committeeacademy.it.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Surveys through the API on an own cohort with five own members: the baseline is open to them, a second answer is
 * refused, results stay hidden at four answers and show at five, free texts reach staff but not the trainer.
 */
class SurveysIT extends BrowserTestBase {

    private static final String PASSWORD = "a long password";
    private static final String STAFF = basic("staff@example.org", DEMO_PASSWORD);
    private static final String TRAINER = basic("trainer@example.org", DEMO_PASSWORD);
    private static final String OUTSIDER = basic("member@example.org", DEMO_PASSWORD);

    private Http http;

    @BeforeEach
    void client() throws Exception {
        http = new Http(url.toURI());
    }

    @Test
    void membersAnswerOnceAndGroupResultsShowFromFiveAnswers() throws Exception {
        long cohortId = cohortWithAFutureSession();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(enrolledMember(cohortId));
        }
        String round = cohortId + ".baseline";

        JsonObject open = Http.parse(http.get("/api/v1/me/surveys", "Authorization", members.get(0))
                        .body())
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getJsonNumber("cohortId").longValue() == cohortId)
                .findFirst()
                .orElseThrow();
        assertEquals(round, open.getString("roundId"));
        assertEquals("BASELINE", open.getString("phase"));

        assertEquals(404, answer(round, OUTSIDER, "{\"scores\": {\"whom\": 3}}").statusCode(), "not enrolled");
        assertEquals(
                400,
                answer(round, members.get(0), "{\"scores\": {\"whom\": 7}}").statusCode());
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> answered =
                    answer(round, members.get(i), "{\"scores\": {\"whom\": %d, \"confident\": 4}}".formatted(i + 1));
            assertEquals(201, answered.statusCode(), answered.body());
        }
        HttpResponse<String> twice = answer(round, members.get(0), "{\"scores\": {\"whom\": 5}}");
        assertEquals(409, twice.statusCode(), twice.body());
        assertFalse(
                http.get("/api/v1/me/surveys", "Authorization", members.get(0))
                        .body()
                        .contains("\"" + round + "\""),
                "an answered survey is no longer listed");

        JsonObject four = baseline(results(cohortId, STAFF));
        assertEquals(4, four.getInt("respondents"));
        assertFalse(four.getBoolean("shown"));
        JsonObject whomAtFour = item(four, "whom");
        assertEquals(4, whomAtFour.getInt("answers"));
        assertTrue(!whomAtFour.containsKey("average") || whomAtFour.isNull("average"), whomAtFour.toString());

        String text = "IT-Freitext " + UUID.randomUUID();
        assertEquals(
                201,
                answer(
                                round,
                                members.get(4),
                                "{\"scores\": {\"whom\": 5}, \"texts\": {\"comments\": \"" + text + "\"}}")
                        .statusCode());

        JsonObject five = baseline(results(cohortId, STAFF));
        assertTrue(five.getBoolean("shown"));
        JsonObject whom = item(five, "whom");
        assertEquals(3.0, whom.getJsonNumber("average").doubleValue(), 1e-9);
        assertEquals("[1,1,1,1,1]", whom.getJsonArray("counts").toString());
        assertEquals(4, item(five, "confident").getInt("answers"), "the fifth person skipped it");
        assertTrue(five.toString().contains(text), "staff read the free text");

        JsonObject forTrainer = baseline(results(cohortId, TRAINER));
        assertTrue(forTrainer.getBoolean("shown"));
        assertFalse(forTrainer.toString().contains(text), "trainers do not read free texts");
        Http staffPages = new Http(url.toURI());
        staffPages.formLogin("staff@example.org", DEMO_PASSWORD);
        String page =
                staffPages.get("/team/survey-results.xhtml?cohort=" + cohortId).body();
        assertTrue(page.contains("class=\"bars\"") && page.contains(text), "the page shows bars and the text");
        Http trainerPages = new Http(url.toURI());
        trainerPages.formLogin("trainer@example.org", DEMO_PASSWORD);
        page = trainerPages.get("/team/survey-results.xhtml?cohort=" + cohortId).body();
        assertTrue(page.contains("class=\"bars\"") && !page.contains(text), "bars but no text for the trainer");
        int forMember = http.get("/api/v1/cohorts/" + cohortId + "/survey-results", "Authorization", members.get(1))
                .statusCode();
        assertTrue(forMember == 403 || forMember == 404, "members do not see results: " + forMember);
    }

    @Test
    void aMemberAnswersOnThePageAndStaffSeeTheGroupWithheld() {
        long cohortId = cohortWithAFutureSession();
        String email = "survey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        enrolledMember(cohortId, email);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        LoginPage.open(driver, base).logIn(email, PASSWORD);
        driver.get(base + "/member/home.xhtml");
        driver.findElement(By.cssSelector("#openSurveys a.survey-link[href$='round=" + cohortId + ".baseline']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("fieldset[data-item='whom']")));
        driver.findElement(By.cssSelector("fieldset[data-item='whom'] input[value='4']"))
                .click();
        driver.findElement(By.cssSelector("fieldset[data-item='confident'] input[value='5']"))
                .click();
        driver.findElement(By.cssSelector("fieldset[data-item='comments'] textarea"))
                .sendKeys("Gut vorbereitet.");
        driver.findElement(By.id("answers:send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thanks")));

        driver.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answeredBefore")));
        assertTrue(driver.findElements(By.id("answers:send")).isEmpty(), "no second answer");

        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        driver.get(base + "/team/survey-results.xhtml?cohort=" + cohortId);
        String results = driver.findElement(By.cssSelector("section[data-round='" + cohortId + ".baseline']"))
                .getText();
        assertTrue(results.contains("(n < 5)"), results);
        assertFalse(results.contains("Gut vorbereitet."), results);

        driver.get(base + "/staff/survey-form.xhtml");
        assertTrue(driver.findElements(By.cssSelector("#items tr[data-item]")).size() >= 9);
        assertTrue(
                driver.findElements(By.cssSelector("tr[data-item='decisions'] button[id$='remove']"))
                        .isEmpty(),
                "outcome items cannot be removed");
    }

    @Test
    void staffAddAQuestionToASeriesSurveyAndRemoveItAfterConfirming() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String question = "Was nehmen Sie mit? " + suffix;
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        LoginPage.open(driver, base).logIn("staff@example.org", DEMO_PASSWORD);
        driver.get(base + "/staff/survey-form.xhtml");
        int before = formRows();

        driver.findElement(By.id("form:addText")).click();
        wait.until(d -> formRows() == before + 1);
        driver.findElement(By.id("form:save")).click();
        String refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("[id='form:messages'] .ui-messages-error")))
                .getText();
        assertTrue(refused.contains("Deutsch und Englisch"), "an empty question is refused: " + refused);
        assertEquals(before + 1, formRows(), "and the new row is kept for the person to fill in");

        driver.findElement(By.cssSelector("#items tbody tr:last-child textarea[id$=':de']"))
                .sendKeys(question);
        driver.findElement(By.cssSelector("#items tbody tr:last-child textarea[id$=':en']"))
                .sendKeys("What do you take along? " + suffix);
        driver.findElement(By.id("form:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='form:messages'] .ui-messages-info")));

        driver.get(base + "/staff/survey-form.xhtml");
        assertEquals(before + 1, formRows(), "saved");
        assertEquals(
                question,
                driver.findElement(By.cssSelector("#items tbody tr:last-child textarea[id$=':de']"))
                        .getAttribute("value"));

        driver.findElement(By.cssSelector("#items tbody tr:last-child button[id$='remove']"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        wait.until(d -> formRows() == before);
        driver.findElement(By.id("form:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='form:messages'] .ui-messages-info")));
        driver.get(base + "/staff/survey-form.xhtml");
        assertEquals(before, formRows(), "removed for good");
        assertFalse(driver.getPageSource().contains(suffix));
    }

    private int formRows() {
        return driver.findElements(By.cssSelector("#items tbody tr")).size();
    }

    private HttpResponse<String> answer(String round, String who, String json) {
        return http.postJson("/api/v1/surveys/" + round + "/responses", json, "Authorization", who);
    }

    private JsonObject results(long cohortId, String who) {
        HttpResponse<String> response =
                http.get("/api/v1/cohorts/" + cohortId + "/survey-results", "Authorization", who);
        assertEquals(200, response.statusCode(), response.body());
        return Http.parse(response.body()).asJsonObject();
    }

    private static JsonObject baseline(JsonObject results) {
        return results.getJsonArray("rounds").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("phase").equals("BASELINE"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(results.toString()));
    }

    private static JsonObject item(JsonObject round, String key) {
        return round.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("key").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(round.toString()));
    }

    /** A cohort of our own taught by trainer@example.org, with one session far enough ahead to keep the baseline open. */
    private long cohortWithAFutureSession() {
        DemoApi demo = new DemoApi(http);
        JsonObject bonn = demo.venue(DemoApi.BONN);
        long cohortId = demo.cohort(
                "Umfrage-Kurs",
                bonn.getJsonNumber("id").longValue(),
                ", \"status\": \"OPEN\", \"trainerIds\": [" + demo.accountId(TRAINER) + "]");
        demo.sessionOnAFreeDay(
                cohortId, demo.module(0), 200, 400, "19:00", "20:30", DemoApi.roomId(bonn, DemoApi.BONN_ROOM));
        return cohortId;
    }

    private String enrolledMember(long cohortId) {
        return enrolledMember(cohortId, "survey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
    }

    /** A new member account, enrolled (confirmed) by staff; returns its Basic credentials. */
    private String enrolledMember(long cohortId, String email) {
        DemoApi demo = new DemoApi(http);
        demo.enrolConfirmed(cohortId, demo.account(email, "Umfrage Person", PASSWORD, "MEMBER"));
        return basic(email, PASSWORD);
    }
}
