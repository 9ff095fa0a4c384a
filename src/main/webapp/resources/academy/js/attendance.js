/*
 * Taking attendance on a weak connection: each tap is an ajax request. While it runs the row says "saving"; if it
 * fails (no answer, a network error) the row says "not saved – retrying" and the tap is repeated after 2 and 5
 * seconds; after that a retry button repeats it on demand. A successful answer re-renders the row from the server.
 */
window.Attendance = (function () {
    var DELAYS = [2000, 5000];
    var attempts = {};

    function row(buttonId) {
        var button = document.getElementById(buttonId);
        return button ? button.closest('.row-body') : null;
    }

    function state(buttonId, text, cssClass) {
        var r = row(buttonId);
        if (!r) {
            return null;
        }
        var p = r.querySelector('.save-state');
        p.textContent = p.getAttribute(text);
        p.className = 'save-state ' + cssClass;
        r.classList.toggle('failed', cssClass === 'failed');
        return r;
    }

    function click(buttonId) {
        var button = document.getElementById(buttonId);
        if (button) {
            button.click();
        }
    }

    return {
        start: function (buttonId) {
            state(buttonId, 'data-saving', 'saving');
        },
        done: function (buttonId) {
            delete attempts[buttonId];
        },
        failed: function (buttonId) {
            var n = attempts[buttonId] || 0;
            var r = state(buttonId, 'data-failed', 'failed');
            if (!r) {
                return;
            }
            var retry = r.querySelector('.attendance-retry');
            retry.setAttribute('data-button', buttonId);
            if (n < DELAYS.length) {
                attempts[buttonId] = n + 1;
                setTimeout(function () { click(buttonId); }, DELAYS[n]);
            } else {
                delete attempts[buttonId];
                retry.hidden = false;
            }
        }
    };
})();

document.addEventListener('click', function (event) {
    var retry = event.target.closest ? event.target.closest('.attendance-retry') : null;
    if (retry) {
        retry.hidden = true;
        var button = document.getElementById(retry.getAttribute('data-button'));
        if (button) {
            button.click();
        }
    }
});
