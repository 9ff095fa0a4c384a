/*
 * The trainer's comment boxes beside the sections they are about, not below a long worksheet: each box
 * (data-comment-for = section key) moves into its section, which worksheet.js has drawn. The textareas carry
 * form="review", so they are still sent with the review form wherever they stand. The general comment stays in
 * the form above the buttons.
 */
(function () {
    'use strict';
    function place() {
        var root = document.getElementById('worksheet');
        if (!root) { return; }
        document.querySelectorAll('[data-comment-for]').forEach(function (box) {
            var section = root.querySelector('section[data-section="' + box.getAttribute('data-comment-for') + '"]');
            if (!section) { return; }
            var body = section.querySelector('.ws-body') || section;
            body.classList.add('with-comment');
            box.classList.add('ws-comment-box');
            body.appendChild(box);
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', place);
    } else {
        place();
    }
}());
