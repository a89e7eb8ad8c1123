/*
 * Shows the NIR field that matches the chosen attachment to the Sécurité sociale (own number, or another
 * insured person's). Without JavaScript both fields stay visible and the server tells which one it needs.
 */
(function () {
    function update(radios) {
        var chosen = Array.prototype.find.call(radios, function (r) { return r.checked; });
        var value = chosen ? chosen.value : '';
        document.querySelectorAll('.when-own').forEach(function (el) { el.hidden = value !== 'OWN'; });
        document.querySelectorAll('.when-other').forEach(function (el) { el.hidden = value !== 'OTHER_INSURED'; });
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
