/*
 * Worksheet form: renders the template's fields (text, long text, date, list, table, goals), saves what is typed
 * a few seconds after typing stops, when a field is left and when the page is left (fetch keepalive), and keeps a
 * copy in this browser until the server has it, so an expired session or a closed tab loses nothing.
 * Also shows trainers' comments beside their sections and compares two submitted versions.
 */
(function () {
    'use strict';
    var root = document.getElementById('worksheet');
    if (!root) {
        return;
    }
    var data = JSON.parse(root.getAttribute('data-worksheet'));
    var t = JSON.parse(root.getAttribute('data-texts'));
    var editable = root.getAttribute('data-mode') === 'edit' && data.editable === true;
    var saveUrl = root.getAttribute('data-save-url');
    var backupKey = 'academy-worksheet-' + data.id;
    var state = document.getElementById('saveState');
    var answers = data.answers || {};
    var version = data.version;
    var dirty = false;
    var timer = null;
    var inFlight = false;
    var GOAL_PARTS = ['what', 'indicator', 'baseline', 'target', 'deadline', 'responsible', 'resources'];
    var seq = 0;

    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) {
            if (k === 'className') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
        });
        if (text !== undefined && text !== null) { e.textContent = text; }
        return e;
    }

    function show(text, kind) {
        if (state) {
            state.textContent = text;
            state.className = 'save-state ' + (kind || '');
        }
    }

    function time(iso) {
        var d = iso ? new Date(iso) : new Date();
        return d.toLocaleTimeString(document.documentElement.lang || 'de', {hour: '2-digit', minute: '2-digit'});
    }

    function changed() {
        dirty = true;
        try { localStorage.setItem(backupKey, JSON.stringify(answers)); } catch (e) { /* private mode: server only */ }
        show(t.unsaved, 'pending');
        clearTimeout(timer);
        timer = setTimeout(save, 2000);
    }

    function save(leaving) {
        clearTimeout(timer);
        if (!dirty || !editable) { return; }
        if (inFlight && leaving !== true) {
            // one save at a time, so an older answer can never overwrite a newer one
            timer = setTimeout(save, 500);
            return;
        }
        dirty = false;
        inFlight = true;
        show(t.saving, 'pending');
        fetch(saveUrl, {
            method: 'POST', credentials: 'same-origin', keepalive: leaving === true, redirect: 'manual',
            headers: {'Content-Type': 'application/json', 'X-Requested-With': 'autosave'},
            body: JSON.stringify({answers: answers, version: version})
        }).then(function (r) {
            inFlight = false;
            if (r.ok) {
                return r.json().then(function (body) {
                    version = body.version;
                    if (dirty) { return; } // typed meanwhile: the next save reports
                    try { localStorage.removeItem(backupKey); } catch (e) { /* ignore */ }
                    show(t.savedAt.replace('{0}', time(body.savedAt)), 'saved');
                });
            }
            dirty = true;
            if (r.status === 409) { show(t.readOnly, 'error'); editable = false; return; }
            if (r.status === 412) { return r.json().then(stale, function () { show(t.failed, 'error'); }); }
            if (r.type === 'opaqueredirect' || r.status === 401 || r.status === 403) { show(t.loggedOut, 'error'); return; }
            return r.json().then(function (p) {
                show(t.invalid + ' ' + ((p.errors || []).map(function (x) { return x.message; }).join(' ') || p.detail), 'error');
            }, function () { show(t.failed, 'error'); });
        }).catch(function () {
            inFlight = false;
            dirty = true;
            show(t.failed, 'error');
            timer = setTimeout(save, 10000);
        });
    }

    // saved meanwhile in another window: say by whom and when, keep what was typed here visible (and in the local
    // backup), stop saving over it, and offer to load the saved version (which drops what was typed here)
    function stale(p) {
        editable = false;
        show(p.detail, 'error');
        var reload = el('button', {type: 'button', className: 'ws-reload'}, t.reload);
        reload.addEventListener('click', function () {
            try { localStorage.removeItem(backupKey); } catch (e) { /* ignore */ }
            window.location.reload();
        });
        if (!state) { return; }
        state.appendChild(document.createTextNode(' '));
        state.appendChild(reload);
    }

    function input(type, value, onChange, label, id) {
        var e = type === 'longtext' ? el('textarea', {rows: 3}) : el('input', {type: type === 'date' ? 'date' : 'text'});
        e.id = id || ('ws-f' + (++seq));
        e.value = value || '';
        if (label) { e.setAttribute('aria-label', label); }
        if (!editable) { e.readOnly = true; }
        e.addEventListener('input', function () {
            onChange(e.value);
            if (e.tagName === 'TEXTAREA') { grow(e); }
            changed();
        });
        return e;
    }

    function grow(area) {
        area.style.height = 'auto';
        area.style.height = area.scrollHeight + 'px';
    }

    function labelled(text, control) {
        var wrap = el('div', {className: 'ws-input'});
        wrap.appendChild(el('label', {'for': control.id}, text));
        wrap.appendChild(control);
        return wrap;
    }

    function button(text, onClick, css, label) {
        var b = el('button', {type: 'button', className: css || 'ws-button'}, text);
        if (label) { b.setAttribute('aria-label', label); }
        b.addEventListener('click', onClick);
        return b;
    }

    function listField(field, box) {
        var items = Array.isArray(answers[field.key]) ? answers[field.key] : [];
        answers[field.key] = items;
        var ol = el('ol', {className: 'ws-list'});
        items.forEach(function (value, i) {
            var li = el('li');
            li.appendChild(input('text', value, function (v) { items[i] = v; }, field.label + ' ' + (i + 1)));
            if (editable) {
                li.appendChild(button(t.remove, function () { items.splice(i, 1); changed(); redraw(box, field); }, 'ws-button ws-remove', t.remove + ': ' + field.label + ' ' + (i + 1)));
            }
            ol.appendChild(li);
        });
        box.appendChild(ol);
        if (editable) {
            box.appendChild(button(t.addItem, function () { items.push(''); changed(); redraw(box, field, true); }));
        }
    }

    function rowsField(field, box, columns) {
        var rows = Array.isArray(answers[field.key]) ? answers[field.key] : [];
        answers[field.key] = rows;
        rows.forEach(function (row, i) {
            var card = el('div', {className: 'ws-row'});
            var title = (field.type === 'goals' ? t.goal : t.row) + ' ' + (i + 1);
            card.appendChild(el('p', {className: 'ws-row-title'}, title));
            columns.forEach(function (c) {
                var type = c.key === 'deadline' ? 'date' : (c.key === 'what' ? 'longtext' : 'text');
                card.appendChild(labelled(c.label, input(type, row[c.key], function (v) { row[c.key] = v; })));
            });
            if (editable) {
                card.appendChild(button(t.remove, function () { rows.splice(i, 1); changed(); redraw(box, field); }, 'ws-button ws-remove', t.remove + ': ' + title));
            }
            box.appendChild(card);
        });
        if (editable) {
            box.appendChild(button(field.type === 'goals' ? t.addGoal : t.addRow, function () { rows.push({}); changed(); redraw(box, field, true); }));
        }
    }

    function fill(box, field) {
        if (field.type === 'list') {
            listField(field, box);
        } else if (field.type === 'table') {
            rowsField(field, box, field.columns || []);
        } else if (field.type === 'goals') {
            rowsField(field, box, GOAL_PARTS.map(function (p) { return {key: p, label: t['goal.' + p]}; }));
        }
    }

    function redraw(box, field, focusLast) {
        while (box.childNodes.length > 1) { box.removeChild(box.lastChild); }
        fill(box, field);
        if (focusLast) {
            var parts = box.querySelectorAll(field.type === 'list' ? 'li' : '.ws-row');
            if (parts.length) { parts[parts.length - 1].querySelector('input, textarea').focus(); }
        }
    }

    function field(f) {
        var id = 'field-' + f.key;
        var wrap = el('div', {className: 'ws-field ws-' + f.type, 'data-field': f.key});
        if (f.type === 'text' || f.type === 'longtext' || f.type === 'date') {
            var control = input(f.type, answers[f.key], function (v) { answers[f.key] = v; }, null, id);
            wrap.appendChild(labelled(f.label + (f.required ? ' *' : ''), control));
            if (control.tagName === 'TEXTAREA') { setTimeout(function () { grow(control); }, 0); }
            return wrap;
        }
        var set = el('fieldset', {className: 'ws-group', id: id});
        set.appendChild(el('legend', {}, f.label + (f.required ? ' *' : '')));
        fill(set, f);
        wrap.appendChild(set);
        return wrap;
    }

    function render() {
        var comments = {};
        (data.comments || []).forEach(function (c) { comments[c.section] = c.text; });
        var form = el('div', {className: 'ws-form'});
        if (comments.general) {
            form.appendChild(el('p', {className: 'ws-comment', role: 'note'}, t.comment + ' ' + comments.general));
        }
        data.template.sections.forEach(function (s) {
            var section = el('section', {className: 'ws-section', 'aria-labelledby': 'sec-' + s.key, 'data-section': s.key});
            section.appendChild(el('h2', {id: 'sec-' + s.key}, s.title));
            if (s.help) { section.appendChild(el('p', {className: 'ws-help'}, s.help)); }
            var body = el('div', {className: comments[s.key] ? 'ws-body with-comment' : 'ws-body'});
            var fields = el('div', {className: 'ws-fields'});
            s.fields.forEach(function (f) { fields.appendChild(field(f)); });
            body.appendChild(fields);
            if (comments[s.key]) {
                body.appendChild(el('aside', {className: 'ws-comment', 'aria-label': t.comment}, t.comment + ' ' + comments[s.key]));
            }
            section.appendChild(body);
            form.appendChild(section);
        });
        root.appendChild(form);
    }

    function restore() {
        if (!editable) { return; }
        try {
            var kept = localStorage.getItem(backupKey);
            if (kept && kept !== JSON.stringify(answers)) {
                answers = JSON.parse(kept);
                dirty = true;
                show(t.restored, 'pending');
                timer = setTimeout(save, 500);
            }
        } catch (e) { /* no storage: nothing kept */ }
    }

    /** After a refused submission: the empty required fields are marked invalid and the first gets the focus. */
    function markMissing() {
        var keys = (root.getAttribute('data-missing') || '').split(',').filter(function (k) { return k; });
        keys.forEach(function (key, i) {
            var box = document.getElementById('field-' + key);
            if (!box) { return; }
            box.setAttribute('aria-invalid', 'true');
            box.classList.add('ws-missing');
            if (i === 0) {
                var target = box.matches('input, textarea') ? box : box.querySelector('input, textarea, button');
                (target || box).focus();
            }
        });
    }

    restore();
    render();
    markMissing();
    if (!dirty && data.savedAt) { show(t.savedAt.replace('{0}', time(data.savedAt)), 'saved'); }
    root.addEventListener('focusout', function () { if (dirty) { save(); } });
    window.addEventListener('pagehide', function () { save(true); });
    document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') { save(true); } });

    var submitForm = document.getElementById('submitForm');
    if (submitForm) {
        submitForm.addEventListener('submit', function () {
            var hidden = submitForm.querySelector('input[name$="answers"]');
            if (hidden) { hidden.value = JSON.stringify(answers); }
            var seen = submitForm.querySelector('input[name$="version"]');
            if (seen && version !== undefined && version !== null) { seen.value = String(version); }
            dirty = false;
            try { localStorage.removeItem(backupKey); } catch (e) { /* ignore */ }
        });
    }

    window.AcademyWorksheet = {answers: function () { return answers; }};
}());
