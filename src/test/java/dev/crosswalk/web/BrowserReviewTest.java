package dev.crosswalk.web;

import static dev.crosswalk.support.KajabiPeople.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosswalk.report.NamedConflicts;
import dev.crosswalk.report.NamedConflicts.NamedConflict;
import dev.crosswalk.support.CsvFixture;
import dev.crosswalk.support.KajabiPeople;
import dev.crosswalk.support.TestCrosswalk;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review in a real browser: the system's headless Chromium signs in through the printed link, decides one item
 * (with the mouse, then with the keyboard and undoes it), decides in bulk, merges a duplicate and rolls back a batch;
 * each result is checked in the database and in the {@code conflicts} listing; every control has an accessible name;
 * a queue of every reason is finished in the pages alone. The main pages are saved to
 * docs/images/ for docs/review.md. Skipped, saying why, where Chromium and its driver are not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserReviewTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path IMAGES = Path.of("docs/images");
    private static final Pattern SIGN_IN = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/sign-in\\?token=\\S+");

    Path home;
    TestCrosswalk crosswalk;
    WebDriver browser;
    String base;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no browser: install the chromium and chromium-driver packages (/usr/bin/chromium, /usr/bin/chromedriver)");
        home = Files.createTempDirectory("crosswalk-browser");
        int port = WebSecurityTest.freePort();
        crosswalk = TestCrosswalk.start(home, true, Map.of("crosswalk.web.port", Integer.toString(port)));
        base = "http://127.0.0.1:" + port;
        people();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,800",
                "--user-data-dir=" + Files.createTempDirectory("crosswalk-chromium"));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(IMAGES);
    }

    /**
     * Four people a person locked whose city a newer export changes (four LOCKED items), and two contacts with the same
     * name and phone but different emails (likely duplicates).
     */
    private void people() throws Exception {
        KajabiPeople before = new KajabiPeople();
        KajabiPeople after = new KajabiPeople();
        String[][] people = {{"106604827", "Ann", "ann@example.com"}, {"106604828", "Bob", "bob@example.com"},
            {"106604829", "Cy", "cy@example.com"}, {"106604830", "Dee", "dee@example.com"}};
        for (String[] p : people) {
            Map<String, String> row = person(p[0], p[1], "Lee", p[2]);
            row.put("City (address_city)", "Boulder");
            before.person(row);
            Map<String, String> moved = new HashMap<>(row);
            moved.put("City (address_city)", "Denver");
            after.person(moved);
        }
        for (String[] p : new String[][] {{"106604840", "eve@example.com"}, {"106604841", "eve.work@example.org"}}) {
            Map<String, String> eve = person(p[0], "Eve", "Moss", p[1]);
            eve.put("Phone Number (phone_number)", "+1 (303) 555-0100");
            before.person(eve);
        }
        crosswalk.importFile(before.write(home.resolve("w1.csv")), "kajabi");
        // the four locked by a person (their values held); the newer export contradicts each held city
        for (Map<String, Object> row : crosswalk.rows("select id from contacts where email like '%@example.com' "
                + "and first_name <> 'Eve' order by id")) {
            crosswalk.lockByPerson(((Number) row.get("id")).longValue(), "FULL_LOCK");
        }
        crosswalk.importFile(after.write(home.resolve("w2.csv")), "kajabi");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (crosswalk != null) {
            crosswalk.close();
        }
    }

    @Test
    @Order(1)
    void signsInThroughThePrintedLink() throws Exception {
        Matcher link = SIGN_IN.matcher(crosswalk.runtime().readyLine());
        assertTrue(link.find(), crosswalk.runtime().readyLine());
        browser.get(link.group());
        browser.findElement(By.id("by")).sendKeys("Robin");
        clickAndLoad(By.cssSelector("button[type=submit]"));
        await(By.cssSelector(".who"));
        assertEquals("Deciding as Robin", browser.findElement(By.cssSelector(".who")).getText());
        assertTrue(browser.findElement(By.id("main")).getText().contains("LOCKED"));
        screenshot("review-home.png");
    }

    @Test
    @Order(2)
    void decidesOneItemThenKeepsAndUndoesWithTheKeyboard() throws Exception {
        browser.get(base + "/decisions?reason=LOCKED");
        screenshot("review-decisions.png");
        long ann = item("ann@example.com");
        // the card says where the held value came from and what evidence asked the question
        String card = browser.findElement(By.id("item-" + ann)).getText();
        assertTrue(card.contains("from kajabi (held by person: test"), card);
        NamedConflict asked = listed(ann);
        assertTrue(card.contains("asked 1 time · kajabi · batch " + asked.batch() + " · line " + asked.line()
                + " · latest "), card);
        clickAndLoad(By.cssSelector("#item-" + ann + " button[value=TAKE]"));
        await(By.cssSelector(".notice"));
        assertTrue(notice().contains("1 decisions applied (1 taken)"), notice());
        assertEquals("Denver", crosswalk.rows("select city from contacts where email = 'ann@example.com'").get(0)
                .get("city"));
        NamedConflict taken = listed(ann);
        assertEquals("taken", taken.status());
        assertEquals("Robin", taken.resolvedBy());
        assertTrue(open().stream().noneMatch(k -> k.id() == ann), "no longer listed by conflicts --open");

        // keyboard: the first card has focus; k keeps it, u undoes that decision
        long first = Long.parseLong(browser.findElement(By.cssSelector("article.card")).getAttribute("id")
                .substring("item-".length()));
        // the page after the take has its own undo: each key's decision is awaited as the page it replaces going
        pressAndLoad("k");
        await(By.id("undo"));
        assertEquals("kept", listed(first).status());
        pressAndLoad("u");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> notice().contains("rollback")
                || notice().contains("Undid") || notice().contains("(applied)"));
        assertEquals("open", listed(first).status(), notice());
    }

    @Test
    @Order(3)
    void decidesEveryOpenItemOfAReasonAtOnceAfterSeeingHowMany() throws Exception {
        long batch = open().stream().filter(k -> "LOCKED".equals(k.reason())).findFirst().orElseThrow().batch();
        browser.get(base + "/");
        clickAndLoad(By.linkText("all at once…"));
        await(By.id("bulk-count"));
        assertEquals("3", browser.findElement(By.id("bulk-count")).getText());
        clickAndLoad(By.cssSelector("button[value=KEEP]"));
        await(By.cssSelector(".notice"));
        assertTrue(notice().contains("3 decisions applied (3 kept)"), notice());
        assertEquals(0, open().stream().filter(k -> "LOCKED".equals(k.reason())).count());
        assertEquals(3, crosswalk.count("select count(*) from import_conflicts where batch_id = " + batch
                + " and status = 'kept' and resolved_by = 'Robin'"));
    }

    @Test
    @Order(4)
    void mergesALikelyDuplicate() throws Exception {
        browser.get(base + "/duplicates");
        clickAndLoad(By.xpath("//button[text()='Look for likely duplicates now']"));
        await(By.cssSelector("article.card"));
        screenshot("review-duplicates.png");
        assertTrue(browser.findElement(By.cssSelector("article.card")).getText().contains("eve.work@example.org"));
        clickAndLoad(By.cssSelector("article.card button[value=MERGE]"));
        await(By.cssSelector(".notice"));
        assertTrue(notice().contains("(1 merged)"), notice());
        assertEquals(1, crosswalk.count("select count(*) from contacts where first_name = 'Eve' and deleted_at is null"));
        assertEquals(1, crosswalk.count("select count(*) from contact_merges"));
        assertEquals(0, open().stream().filter(k -> "DUPLICATE".equals(k.reason())).count());
    }

    @Test
    @Order(5)
    void rollsBackABatchAfterShowingWhatItWouldUndo() throws Exception {
        long take = ((Number) crosswalk.rows("select resolution_batch_id from import_conflicts k join contacts c "
                + "on c.id = k.contact_id where c.email = 'ann@example.com'").get(0).get("resolution_batch_id"))
                .longValue();
        browser.get(base + "/batches/" + take + "/rollback");
        await(By.id("undo-count"));
        screenshot("review-rollback.png");
        assertTrue(Long.parseLong(browser.findElement(By.id("undo-count")).getText()) >= 1);
        assertTrue(browser.findElement(By.id("main")).getText().contains("Denver"), "the change it would undo");
        clickAndLoad(By.xpath("//button[text()='Roll back batch " + take + "']"));
        await(By.cssSelector(".notice"));
        assertTrue(notice().contains("(applied)"), notice());
        assertEquals("Boulder", crosswalk.rows("select city from contacts where email = 'ann@example.com'").get(0)
                .get("city"));
        assertTrue(open().stream().anyMatch(k -> k.contactId() != null && "LOCKED".equals(k.reason())
                && "Ann Lee".equals(k.contactName())), "Ann's item is open again in conflicts --open");
    }

    @Test
    @Order(6)
    void fitsAPhoneWidth() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/decisions");
        await(By.cssSelector("article.card"));
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
        assertTrue(((Number) overflow).intValue() <= 390, "no sideways scrolling at 390px: " + overflow);
        screenshot("review-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 800));
    }

    @Test
    @Order(7)
    void everyControlHasANameAScreenReaderReads() throws Exception {
        long batch = crosswalk.count("select max(id) from import_batches where kind = 'import'");
        List<String> unnamed = new ArrayList<>();
        int controls = 0;
        for (String page : List.of("/", "/decisions", "/duplicates", "/batches", "/person",
                "/bulk?reason=LOCKED&batch=" + batch, "/batches/" + batch + "/rollback")) {
            browser.get(base + page);
            await(By.id("main"));
            for (WebElement control : browser.findElements(By.cssSelector(
                    "a[href], button, select, input:not([type=hidden])"))) {
                controls++;
                if (control.getAccessibleName().isBlank()) {
                    unnamed.add(page + ": " + control.getAttribute("outerHTML"));
                }
            }
        }
        assertTrue(controls > 40, "controls checked: " + controls);
        assertEquals(List.of(), unnamed);
    }

    /**
     * A small queue with every reason (a locked value asked by two batches, a protected opt-in, an ambiguous match,
     * a likely duplicate) taken to zero open through the pages alone: a bulk decision narrowed by batch and field,
     * then one item after another from the keyboard.
     */
    @Test
    @Order(8)
    void finishesAQueueOfEveryReasonInThePagesAlone() throws Exception {
        long[] batches = queueOfEveryReason();
        browser.get(base + "/duplicates");
        clickAndLoad(By.xpath("//button[text()='Look for likely duplicates now']"));
        await(By.cssSelector(".notice"));
        assertEquals(Set.of("LOCKED", "PROTECTED_OPT_IN", "AMBIGUOUS", "DUPLICATE"),
                open().stream().map(NamedConflict::reason).collect(Collectors.toSet()));

        // the locked cities the third export asked about again: picked by reason, batch (not the one that opened
        // them) and field, counted, then decided at once
        browser.get(base + "/decisions");
        new Select(browser.findElement(By.id("pick-reason"))).selectByValue("LOCKED");
        new Select(browser.findElement(By.id("pick-batch"))).selectByValue(Long.toString(batches[1]));
        clickAndLoad(By.xpath("//button[text()='Show']"));
        await(By.id("pick-field"));
        new Select(browser.findElement(By.id("pick-field"))).selectByValue("city");
        // the page before already had its own "at once…" link: find the one of the page this submit loads
        clickAndLoad(By.xpath("//button[text()='Show']"));
        clickAndLoad(By.partialLinkText("at once…"));
        await(By.id("bulk-count"));
        screenshot("review-bulk.png");
        assertEquals("2", browser.findElement(By.id("bulk-count")).getText());
        clickAndLoad(By.cssSelector("button[value=TAKE]"));
        await(By.cssSelector(".notice"));
        assertTrue(notice().contains("2 decisions applied (2 taken)"), notice());
        long bulk = crosswalk.count("select max(id) from import_batches where kind = 'review'");
        assertEquals(2, crosswalk.count("select count(*) from import_conflicts where resolution_batch_id = " + bulk),
                "the count shown is what the bulk decision changed");
        assertEquals(0, crosswalk.count("select count(*) from contacts where email in ('gus@example.com', "
                + "'hal@example.com') and city = 'Boulder'"));

        // the rest one at a time, from the keyboard: the first item has focus, its first decision's key decides it
        for (int left = open().size(); left > 0; left--) {
            browser.get(base + "/decisions");
            WebElement card = browser.findElement(By.cssSelector("article.card"));
            String key = card.findElement(By.cssSelector("button[data-key]")).getAttribute("data-key");
            browser.findElement(By.tagName("body")).sendKeys(key);
            awaitGone(card);
            await(By.cssSelector(".notice"));
            assertFalse(notice().contains("Refused"), notice());
            assertEquals(left - 1, open().size(), notice());
        }
        browser.get(base + "/");
        assertTrue(browser.findElement(By.id("main")).getText().contains("Nothing needs a decision."));
        assertEquals(0, crosswalk.count("select count(*) from import_conflicts where status = 'open'"));
        assertEquals(List.of(), open(), "conflicts --open lists nothing");
        assertEquals(false, crosswalk.rows("select email_subscribed from contacts where email = 'pat@example.com'")
                .get(0).get("email_subscribed"), "the opt-out honoured");
        assertEquals(1, crosswalk.count("select count(*) from contacts where first_name = 'Kit' "
                + "and deleted_at is null"), "the likely duplicates merged, a pair naming a merged Kit included");
        assertEquals(1, crosswalk.count("select count(*) from contacts where first_name in ('Ivy', 'Jo') "
                + "and deleted_at is null"), "the ambiguous match merged");
    }

    /**
     * Gus and Hal locked by a person, their city changed by one export and again by the next (batches[0] and
     * batches[1]); Pat's protected opt-in, then an opt-out; a row naming Ivy's Kajabi id with Jo's email (Jo locked
     * by a person, so the row asks); Kit three
     * times with one phone (pairs that name a contact merged by the pair before). Returns the two exports that asked
     * about the locked cities.
     */
    private long[] queueOfEveryReason() throws Exception {
        KajabiPeople first = new KajabiPeople();
        KajabiPeople second = new KajabiPeople();
        KajabiPeople third = new KajabiPeople();
        for (String[] p : new String[][] {{"106604850", "Gus", "gus@example.com"},
            {"106604851", "Hal", "hal@example.com"}}) {
            for (String[] step : new String[][] {{"Boulder"}, {"Denver"}, {"Aurora"}}) {
                Map<String, String> row = person(p[0], p[1], "Ray", p[2]);
                row.put("City (address_city)", step[0]);
                (step[0].equals("Boulder") ? first : step[0].equals("Denver") ? second : third).person(row);
            }
        }
        first.person(person("106604860", "Ivy", "Orr", "ivy@example.com"));
        first.person(person("106604861", "Jo", "Orr", "jo@example.org"));
        second.person(person("106604860", "Ivy", "Orr", "jo@example.org"));
        for (String[] p : new String[][] {{"106604870", "kit@example.com"}, {"106604871", "kit.work@example.org"},
            {"106604872", "kit.home@example.net"}}) {
            Map<String, String> kit = person(p[0], "Kit", "Moss", p[1]);
            kit.put("Phone Number (phone_number)", "+1 (303) 555-0199");
            first.person(kit);
        }
        crosswalk.importFile(first.write(home.resolve("q1.csv")), "kajabi");
        for (String email : List.of("gus@example.com", "hal@example.com")) {
            crosswalk.lockByPerson(crosswalk.count("select id from contacts where email = '" + email + "'"),
                    "FULL_LOCK");
        }
        // Jo's lock is a person's decision: a row naming Ivy's id with Jo's email asks, it does not merge them itself
        crosswalk.lockByPerson(crosswalk.count("select id from contacts where email = 'jo@example.org'"),
                "PARTIAL_LOCK");
        long opened = crosswalk.importFile(second.write(home.resolve("q2.csv")), "kajabi").batch();
        long again = crosswalk.importFile(third.write(home.resolve("q3.csv")), "kajabi").batch();
        segment("sub.csv", "2025-11-01T10:00:00Z", "kajabi-subscribed");
        segment("unsub.csv", "2025-11-10T10:00:00Z", "kajabi-unsubscribed");
        return new long[] {opened, again};
    }

    private void segment(String name, String at, String source) throws Exception {
        CsvFixture csv = new CsvFixture(List.of("Name", "First Name", "Last Name", "Email", "Created At",
                "Member Created At"));
        csv.row(List.of("Pat Doe", "Pat", "Doe", "pat@example.com", "2024-05-06 18:01:32 -0700", ""));
        Path file = csv.write(home.resolve(name));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(at)));
        crosswalk.importFile(file, source);
    }

    private long item(String email) throws Exception {
        return ((Number) crosswalk.rows("select k.id from import_conflicts k join contacts c on c.id = k.contact_id "
                + "where k.status = 'open' and c.email = '" + email + "'").get(0).get("id")).longValue();
    }

    /** What {@code conflicts --open} lists now. */
    private List<NamedConflict> open() throws Exception {
        List<NamedConflict> all = new ArrayList<>();
        NamedConflicts.forEach(crosswalk.dataSource(), null, true, all::add);
        return all;
    }

    /** One item as {@code conflicts} lists it. */
    private NamedConflict listed(long id) throws Exception {
        List<NamedConflict> all = new ArrayList<>();
        NamedConflicts.forEach(crosswalk.dataSource(), null, false, all::add);
        return all.stream().filter(k -> k.id() == id).findFirst().orElseThrow();
    }

    /** The page's notice; read again when the page was replaced between finding it and reading it. */
    private String notice() {
        while (true) {
            List<WebElement> notices = browser.findElements(By.cssSelector(".notice"));
            try {
                return notices.isEmpty() ? "" : notices.get(0).getText();
            } catch (StaleElementReferenceException replaced) {
                // the next page is loading: find its notice
            }
        }
    }

    /** Presses a review key on the page and waits until the page it was on has gone (the key submitted a form). */
    private void pressAndLoad(String key) {
        WebElement page = browser.findElement(By.tagName("body"));
        page.sendKeys(key);
        awaitGone(page);
    }

    /** Clicks what submits a form or follows a link, and waits until the page it was on has gone. */
    private void clickAndLoad(By what) {
        WebElement element = browser.findElement(what);
        element.click();
        awaitGone(element);
    }

    /**
     * Waits until an element of the page before is gone. Chromium's driver reports such an element as stale, or (some
     * versions, while the next page replaces the document) as a node of another document: gone either way.
     */
    private void awaitGone(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException stale) {
                return true;
            } catch (WebDriverException other) {
                if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw other;
            }
        });
    }

    private void await(By what) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path image = IMAGES.resolve(name);
        Files.copy(shot.toPath(), image, StandardCopyOption.REPLACE_EXISTING);
        // part of the docs: readable like every other file in the repository
        Files.setPosixFilePermissions(image, PosixFilePermissions.fromString("rw-r--r--"));
    }
}
