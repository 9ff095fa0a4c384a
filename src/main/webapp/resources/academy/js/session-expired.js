/*
 * When an Ajax action finds the session ended, the server answers 401 with "X-Academy-Session: expired" (see
 * AcademyAuthenticationMechanism). Here: what was typed on the page is kept in this tab's sessionStorage, the page
 * says that the session has ended and offers to sign in again, and after the new sign-in (which comes back to this
 * page) the kept texts are filled in again. Texts come from the bundles through #session-texts (SessionExpiryScript).
 *
 * A form sent in full (no Ajax) is kept too, as "sent": if the session had ended, the server sends the browser to the
 * login page with ?ended=post, which turns the last sent form into one to restore after the sign-in; any other page
 * that loads means the form arrived, and its copy is dropped unused.
 */
(function () {
    'use strict';
    var PREFIX = 'academy-kept:';
    var MAX_AGE_MS = 24 * 60 * 60 * 1000;
    var key = PREFIX + location.pathname + location.search;
    var LAST_SENT = 'academy-sent';
    var SENT_MAX_AGE_MS = 10 * 60 * 1000;

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

    function keep(sent) {
        var values = {};
        document.querySelectorAll('input, textarea, select').forEach(function (e) {
            if (keepable(e) && e.value) { values[e.id] = e.value; }
        });
        try {
            sessionStorage.setItem(key, JSON.stringify({at: Date.now(), values: values, sent: sent}));
            if (sent) { sessionStorage.setItem(LAST_SENT, JSON.stringify({at: Date.now(), key: key})); }
        } catch (ignored) { /* no storage: the texts stay in the open page */ }
    }

    /** On the login page after a full submit found the session ended: the last sent form is to be restored. */
    function sentButLost() {
        var last;
        try { last = JSON.parse(sessionStorage.getItem(LAST_SENT) || 'null'); } catch (e) { last = null; }
        if (!last || Date.now() - last.at > SENT_MAX_AGE_MS) { return; }
        try {
            var kept = JSON.parse(sessionStorage.getItem(last.key) || 'null');
            if (kept && kept.sent) {
                kept.sent = false;
                sessionStorage.setItem(last.key, JSON.stringify(kept));
            }
            sessionStorage.removeItem(LAST_SENT);
        } catch (ignored) { /* nothing kept */ }
        notice(texts().expired, false);
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
        if (kept.sent || Date.now() - kept.at > MAX_AGE_MS) { return; } // a sent form that arrived
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
        var onLogin = /\/login\.xhtml$/.test(location.pathname);
        if (!onLogin) {
            // capture: the copy is made before any handler sends the form
            document.addEventListener('submit', function () { keep(true); }, true);
            // links that send a form (h:commandLink) call form.submit(), which fires no submit event
            var send = HTMLFormElement.prototype.submit;
            HTMLFormElement.prototype.submit = function () {
                keep(true);
                return send.apply(this, arguments);
            };
        }
        if (!document.getElementById('session-texts')) { return; }
        if (onLogin && /[?&]ended=post(&|$)/.test(location.search)) {
            sentButLost();
        } else if (!onLogin) {
            restore();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
