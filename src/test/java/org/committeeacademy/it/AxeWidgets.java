package org.committeeacademy.it;

import java.util.List;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The states of a page that only appear when a person opens them: PrimeFaces dialogs, confirmations and date pickers,
 * each opened in turn, checked with axe-core inside it and closed again ({@link AxeEveryPageBrowserIT}).
 */
final class AxeWidgets {

    private AxeWidgets() {}

    /** The element a widget {@code w} shows: a dialog's own, a date picker's calendar panel. */
    static final String PANEL = "const panel = () => (W.DatePicker && w instanceof W.DatePicker)"
            + " ? (document.getElementById(w.id + '_panel') || document.querySelector('.p-datepicker-panel')"
            + " || document.querySelector('.ui-datepicker')) : w.jq[0];";

    /** The page's dialogs and date pickers (PrimeFaces widgets), by widget name. */
    static final String STATES = "if (!window.PrimeFaces || !PrimeFaces.widgets) { return []; }"
            + "const W = PrimeFaces.widget;"
            + "return Object.keys(PrimeFaces.widgets).filter(k => { const w = PrimeFaces.widgets[k];"
            + " return (W.Dialog && w instanceof W.Dialog) || (W.ConfirmDialog && w instanceof W.ConfirmDialog)"
            + " || (W.DatePicker && w instanceof W.DatePicker && !w.cfg.inline"
            // a picker whose field is folded away (a closed form section on a phone) cannot open
            + " && w.input && w.input[0].getClientRects().length > 0); });";

    /**
     * Opens the widget as a person would see it: a dialog, a global confirmation with a question (the question of a
     * real button is only in its click handler), a date picker's calendar; answers the element to check.
     */
    static final String OPEN = "const w = PrimeFaces.widgets[arguments[0]]; const W = PrimeFaces.widget;"
            + "const done = arguments[arguments.length - 1];"
            + "if (W.DatePicker && w instanceof W.DatePicker) { const p = w.jq.data('primeDatePicker');"
            + " if (p) { p.showOverlay(); } else { w.input.trigger('focus'); } }"
            + "else if (W.ConfirmDialog && w instanceof W.ConfirmDialog && w.cfg.global) {"
            + " PrimeFaces.confirm({message: 'Wirklich löschen?', header: 'Bitte bestätigen',"
            + " icon: 'pi pi-exclamation-triangle', source: document.body}); }"
            + "else { w.show(); }"
            + PANEL
            // a fixed dialog has no offsetParent; a busy machine may take seconds for the opening transition
            + "const shown = p => p && p.getClientRects().length > 0 && getComputedStyle(p).visibility !== 'hidden';"
            // checked once fully opaque and no transition or jQuery effect runs on it any more (half faded in, its
            // texts' contrast would be measured against what shines through)
            + "const settled = p => getComputedStyle(p).opacity === '1'"
            + " && !(window.jQuery && jQuery(p).is(':animated'))"
            + " && !(p.getAnimations && p.getAnimations({subtree: true}).some(a => a.playState === 'running'));"
            + "const started = Date.now();"
            + "const look = () => { const p = panel(); if (shown(p) && settled(p)) { done(p); }"
            + " else if (Date.now() - started > 10000) { const p = panel(); done(p ? 'not shown: ' + p.id + ' class='"
            + " + p.className + ' display=' + getComputedStyle(p).display + ' visibility='"
            + " + getComputedStyle(p).visibility + ' opacity=' + getComputedStyle(p).opacity + ' rects='"
            + " + p.getClientRects().length : 'no panel'); }"
            + " else { setTimeout(look, 50); } };"
            + "look();";

    /** Closes the widget and answers once it is hidden (its closing transition over), at most after 5 s. */
    static final String CLOSE = "const w = PrimeFaces.widgets[arguments[0]]; const W = PrimeFaces.widget;"
            + "const done = arguments[arguments.length - 1]; w.hide();"
            + "if (window.PrimeFaces.confirmDialog === w) { PrimeFaces.confirmSource = null; }"
            + PANEL
            + "const gone = p => !p || p.getClientRects().length === 0 || getComputedStyle(p).visibility === 'hidden';"
            + "const started = Date.now();"
            + "const look = () => { if (gone(panel()) || Date.now() - started > 5000) { setTimeout(done, 50); }"
            + " else { setTimeout(look, 50); } };"
            + "look();";

    /**
     * Each dialog and date picker of the page opened, checked (inside it) and closed again; the names of those
     * opened go to {@code opened}.
     */
    static void openStates(
            ChromeDriver driver, String axe, String page, int width, List<String> failures, Set<String> opened) {
        for (Object name : (List<?>) driver.executeScript(STATES)) {
            Object panel = driver.executeAsyncScript(OPEN, name);
            String what = page + " with " + name + " open at " + width + " px";
            if (panel == null || panel instanceof String) {
                failures.add(what + ": it did not open (" + panel + ")");
            } else {
                AxeEveryPageBrowserIT.check(driver, axe, what, failures, panel);
                opened.add(name.toString());
            }
            driver.executeAsyncScript(CLOSE, name);
        }
    }
}
