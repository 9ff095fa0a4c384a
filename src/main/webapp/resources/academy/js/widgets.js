/*
 * Small repairs of PrimeFaces' markup that its renderers do not offer as options, applied to the page and to every
 * part an ajax request re-renders: the file upload's "choose" control is a <span> that takes focus and has a label,
 * so it gets the role of what it is, a button (axe: aria-prohibited-attr); a group of checkboxes (a <div> or a
 * <table>) says aria-required, which only form fields may say (axe: aria-allowed-attr) — its label already marks it
 * as required and the server checks it, so the attribute goes.
 */
(function () {
    var REQUIRABLE = /^(checkbox|combobox|gridcell|listbox|radiogroup|spinbutton|textbox|tree|treegrid)$/;
    var FIELDS = /^(INPUT|SELECT|TEXTAREA)$/;

    function repair(root) {
        if (!root.querySelectorAll) {
            return;
        }
        root.querySelectorAll('[aria-required]').forEach(function (element) {
            if (!FIELDS.test(element.tagName) && !REQUIRABLE.test(element.getAttribute('role') || '')) {
                element.removeAttribute('aria-required');
            }
        });
        root.querySelectorAll('span.ui-fileupload-choose[aria-labelledby]').forEach(function (choose) {
            var file = choose.querySelector('input[type="file"]');
            if (file) {
                file.setAttribute('aria-labelledby', choose.getAttribute('aria-labelledby'));
                file.removeAttribute('aria-hidden');
            }
            choose.removeAttribute('aria-labelledby');
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        repair(document);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                change.addedNodes.forEach(function (node) {
                    if (node.nodeType === 1) {
                        repair(node.parentNode || node);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    });
})();
