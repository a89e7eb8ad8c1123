/*
 * Ticks the password rules as the member types. An external script (no inline code: the pages run under a
 * nonce-based Content-Security-Policy). The server applies the same rules, and the common-password list.
 */
(function () {
    "use strict";
    function check(box) {
        var field = document.getElementById(box.getAttribute("data-for"));
        if (!field) {
            return;
        }
        var min = parseInt(box.getAttribute("data-min"), 10) || 10;
        var update = function () {
            var value = field.value || "";
            var tests = {
                TOO_SHORT: Array.from(value).length >= min,
                NO_LOWERCASE: /\p{Ll}/u.test(value),
                NO_UPPERCASE: /\p{Lu}/u.test(value),
                NO_DIGIT: /\p{Nd}/u.test(value),
                NO_SPECIAL: /[^\p{L}\p{Nd}]/u.test(value)
            };
            box.querySelectorAll("li[data-rule]").forEach(function (item) {
                var rule = item.getAttribute("data-rule");
                if (Object.prototype.hasOwnProperty.call(tests, rule)) {
                    item.classList.toggle("ok", tests[rule]);
                    item.classList.toggle("ko", value.length > 0 && !tests[rule]);
                }
            });
        };
        field.addEventListener("input", update);
        update();
    }
    function init() {
        document.querySelectorAll(".password-rules[data-for]").forEach(check);
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
