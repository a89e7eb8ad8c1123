/*
 * Shows the bank details and the SEPA mandate only for a direct debit; hidden, the fieldset is disabled as well,
 * so that its fields are not sent and what was typed there is not checked for the other modes. Without
 * JavaScript they stay visible and the server checks only what is typed in them (an IBAN, a BIC).
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
            debit.disabled = debit.hidden;
        }
        radios.forEach(function (r) { r.addEventListener('change', update); });
        update();
    });
})();
