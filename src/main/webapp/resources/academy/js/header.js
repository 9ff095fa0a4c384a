/*
 * The header's two menu buttons: "Menü" opens the whole menu on a phone, "Mehr" opens the further links on a large
 * screen. Each is a real button with aria-expanded; Escape closes and returns focus to it; a click elsewhere closes
 * "Mehr". Loaded in the head (a file from our own origin, so the Content-Security-Policy allows it): the class on
 * <html> is set before the page is drawn, so without this script the menu simply stays open.
 */
(function () {
    document.documentElement.classList.add('js-menu');

    function toggle(button, open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        var panel = document.getElementById(button.getAttribute('aria-controls'));
        if (panel) {
            panel.classList.toggle('open', open);
        }
    }

    function wire(id) {
        var button = document.getElementById(id);
        if (!button) {
            return null;
        }
        button.addEventListener('click', function () {
            toggle(button, button.getAttribute('aria-expanded') !== 'true');
        });
        return button;
    }

    document.addEventListener('DOMContentLoaded', function () {
        var menu = wire('menuToggle');
        var more = wire('moreToggle');
        document.addEventListener('keydown', function (event) {
            if (event.key !== 'Escape') {
                return;
            }
            [more, menu].forEach(function (button) {
                if (button && button.getAttribute('aria-expanded') === 'true') {
                    toggle(button, false);
                    button.focus();
                }
            });
        });
        var box = document.getElementById('navMore');
        document.addEventListener('click', function (event) {
            if (more && box && !box.contains(event.target)) {
                toggle(more, false);
            }
        });
        if (box) {
            // keyboard: tabbing past the last link of "Mehr" closes it
            box.addEventListener('focusout', function (event) {
                if (more && event.relatedTarget && !box.contains(event.relatedTarget)) {
                    toggle(more, false);
                }
            });
        }
    });
})();
