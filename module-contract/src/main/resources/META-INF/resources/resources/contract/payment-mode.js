/*
 * Shows the bank details and the SEPA mandate only for a direct debit. Without JavaScript they stay visible
 * and the server ignores them for the other modes.
 */
(function () {
    document.addEventListener('DOMContentLoaded', function () {
        var radios = document.querySelectorAll('.payment-mode-choice input[type=radio]');
        var debit = document.querySelector('.when-debit');
        if (!radios.length || !debit) {
            return;
        }
        function update() {
            var chosen = Array.prototype.find.call(radios, function (r) { return r.checked; });
            debit.hidden = !chosen || chosen.value !== 'DIRECT_DEBIT';
        }
        radios.forEach(function (r) { r.addEventListener('change', update); });
        update();
    });
})();
