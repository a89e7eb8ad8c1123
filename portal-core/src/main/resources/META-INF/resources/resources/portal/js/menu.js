/*
 * The phone's menu button (layout.xhtml): a real button that says whether the menu is open (aria-expanded) and
 * which element it opens (aria-controls). Escape closes the menu and gives the focus back to the button. Without
 * JavaScript the button is hidden and the menu shown (the layout's <noscript> style).
 */
(function () {
    var button = document.getElementById('site-menu-button');
    var menu = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!menu) {
        return;
    }
    function show(open) {
        button.setAttribute('aria-expanded', String(open));
        menu.classList.toggle('open', open);
    }
    button.addEventListener('click', function () {
        show(button.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            show(false);
            button.focus();
        }
    });
})();
