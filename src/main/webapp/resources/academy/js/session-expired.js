/*
 * When an Ajax action finds the session ended, the server answers 401 with "X-Academy-Session: expired" (see
 * AcademyAuthenticationMechanism). Here: what was typed on the page is kept in this tab's sessionStorage, the page
 * says that the session has ended and offers to sign in again, and after the new sign-in (which comes back to this
 * page) the kept texts are filled in again. Texts come from the bundles through #session-texts (SessionExpiryScript).
 */
(function () {
    'use strict';
    var PREFIX = 'academy-kept:';
    var MAX_AGE_MS = 24 * 60 * 60 * 1000;
    var key = PREFIX + location.pathname + location.search;

    function texts() {
        var box = document.getElementById('session-texts');
        return {
            expired: box ? box.getAttribute('data-expired') : '',
            signIn: box ? box.getAttribute('data-sign-in') : '',
            restored: box ? box.getAttribute('data-restored') : ''
        };
    }

    function keepable(e) {
        if (!e.id || e.disabled || e.readOnly) { return false; }
        if (e.tagName === 'TEXTAREA' || e.tagName === 'SELECT') { return true; }
        return /^(text|email|number|date|time|search|url|tel)$/.test(e.type);
    }

    function keep() {
        var values = {};
        document.querySelectorAll('input, textarea, select').forEach(function (e) {
            if (keepable(e) && e.value) { values[e.id] = e.value; }
        });
        try {
            sessionStorage.setItem(key, JSON.stringify({at: Date.now(), values: values}));
        } catch (ignored) { /* no storage: the texts stay in the open page */ }
    }

    function notice(text, withLink) {
        var old = document.getElementById('session-notice');
        if (old) { old.parentNode.removeChild(old); }
        var box = document.createElement('div');
        box.id = 'session-notice';
        box.className = 'notice session-notice';
        box.setAttribute('role', withLink ? 'alert' : 'status');
        var p = document.createElement('p');
        p.textContent = text;
        box.appendChild(p);
        if (withLink) {
            var a = document.createElement('a');
            a.id = 'session-sign-in';
            a.className = 'button-link';
            a.href = location.href;
            a.textContent = texts().signIn;
            box.appendChild(a);
        }
        var main = document.querySelector('main') || document.body;
        main.insertBefore(box, main.firstChild);
        if (withLink) { box.querySelector('a').focus({preventScroll: false}); }
    }

    function expired(xhr) {
        return xhr && xhr.status === 401 && xhr.getResponseHeader('X-Academy-Session') === 'expired';
    }

    function restore() {
        var kept;
        try { kept = JSON.parse(sessionStorage.getItem(key) || 'null'); } catch (e) { kept = null; }
        if (!kept || !kept.values) { return; }
        try { sessionStorage.removeItem(key); } catch (ignored) { /* nothing to clean */ }
        if (Date.now() - kept.at > MAX_AGE_MS) { return; }
        var filled = 0;
        Object.keys(kept.values).forEach(function (id) {
            var e = document.getElementById(id);
            if (e && keepable(e) && e.value !== kept.values[id]) {
                e.value = kept.values[id];
                e.dispatchEvent(new Event('input', {bubbles: true}));
                e.dispatchEvent(new Event('change', {bubbles: true}));
                filled++;
            }
        });
        if (filled > 0) { notice(texts().restored, false); }
    }

    function start() {
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxError', function (event, xhr) {
                if (expired(xhr)) {
                    keep();
                    notice(texts().expired, true);
                }
            });
        }
        if (document.getElementById('session-texts') && !/\/login\.xhtml$/.test(location.pathname)) { restore(); }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
