/*
 * Compares two submitted versions of a worksheet field by field, side by side; changed fields are marked.
 */
(function () {
    'use strict';
    var root = document.getElementById('worksheet');
    var box = document.getElementById('compare');
    if (!root || !box) {
        return;
    }
    var data = JSON.parse(root.getAttribute('data-worksheet'));
    var t = JSON.parse(root.getAttribute('data-texts'));
    var versions = data.versions || [];
    if (versions.length < 2) {
        box.appendChild(document.createTextNode(t.compareNeedsTwo));
        return;
    }

    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        if (text !== undefined) { e.textContent = text; }
        return e;
    }

    function shown(value) {
        if (value === undefined || value === null) { return ''; }
        if (typeof value === 'string') { return value; }
        return value.map(function (item) {
            if (typeof item === 'string') { return '• ' + item; }
            return '• ' + Object.keys(item).map(function (k) { return item[k]; }).filter(Boolean).join(' | ');
        }).join('\n');
    }

    function select(id, label, chosen) {
        var wrap = el('span', {'class': 'ws-input'});
        var s = el('select', {id: id});
        versions.forEach(function (v) {
            var o = el('option', {value: String(v.number)}, t.version.replace('{0}', v.number));
            if (v.number === chosen) { o.selected = true; }
            s.appendChild(o);
        });
        wrap.appendChild(el('label', {'for': id}, label));
        wrap.appendChild(s);
        return {wrap: wrap, select: s};
    }

    var a = select('compareA', t.compareFrom, versions[versions.length - 2].number);
    var b = select('compareB', t.compareTo, versions[versions.length - 1].number);
    var controls = el('div', {'class': 'ws-compare-controls'});
    controls.appendChild(a.wrap);
    controls.appendChild(b.wrap);
    box.appendChild(controls);
    var table = el('table', {'class': 'ws-compare', id: 'compareTable'});
    box.appendChild(table);

    function byNumber(n) {
        return versions.filter(function (v) { return String(v.number) === String(n); })[0];
    }

    function draw() {
        var left = byNumber(a.select.value).answers || {};
        var right = byNumber(b.select.value).answers || {};
        table.textContent = '';
        var head = el('tr');
        head.appendChild(el('th', {scope: 'col'}, t.compareField));
        head.appendChild(el('th', {scope: 'col'}, t.version.replace('{0}', a.select.value)));
        head.appendChild(el('th', {scope: 'col'}, t.version.replace('{0}', b.select.value)));
        table.appendChild(head);
        data.template.sections.forEach(function (s) {
            s.fields.forEach(function (f) {
                var before = shown(left[f.key]);
                var after = shown(right[f.key]);
                var row = el('tr', before === after ? {} : {'class': 'changed'});
                var name = el('th', {scope: 'row'}, f.label);
                if (before !== after) { name.appendChild(el('span', {'class': 'ws-changed'}, ' ' + t.changed)); }
                row.appendChild(name);
                row.appendChild(el('td', {}, before));
                row.appendChild(el('td', {}, after));
                table.appendChild(row);
            });
        });
    }

    a.select.addEventListener('change', draw);
    b.select.addEventListener('change', draw);
    draw();
}());
