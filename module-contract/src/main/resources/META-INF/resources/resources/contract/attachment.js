/*
 * Shows the NIR field that matches the chosen attachment to the Sécurité sociale (own number, or another
 * insured person's). A hidden field is disabled too, so that it is not sent: a number typed there before another
 * choice is neither checked nor kept. Without JavaScript both fields stay visible and the server tells which one
 * it needs.
 */
(function () {
    function show(selector, visible) {
        document.querySelectorAll(selector).forEach(function (el) {
            el.hidden = !visible;
            el.querySelectorAll('input').forEach(function (input) { input.disabled = !visible; });
        });
    }
    function update(radios) {
        var chosen = Array.prototype.find.call(radios, function (r) { return r.checked; });
        var value = chosen ? chosen.value : '';
        show('.when-own', value === 'OWN');
        show('.when-other', value === 'OTHER_INSURED');
    }
    document.addEventListener('DOMContentLoaded', function () {
        var radios = document.querySelectorAll('.attachment-choice input[type=radio]');
        if (!radios.length) {
            return;
        }
        radios.forEach(function (r) { r.addEventListener('change', function () { update(radios); }); });
        update(radios);
    });
})();
