/*
 * Finishes the staff's answer editor (PrimeFaces p:textEditor, Quill 2) once Quill has built it: Quill names
 * neither its editing area nor its heading picker, and writes the link bubble's words ("Enter link:", "Save"…)
 * in English from its style sheet. The French words come from the page (data-* of the .faq-editor wrapper,
 * taken from the module's bundle); faq.css shows them. Quill also keeps the Tab key to type tab characters,
 * which would hold keyboard users inside the editor. An external script: the pages run under a nonce-based
 * Content-Security-Policy. Without it the editor still works, in English.
 */
(function () {
    "use strict";

    function finish(box) {
        var texts = box.dataset;
        var area = box.querySelector(".ql-editor");
        if (!area || box.hasAttribute("data-finished")) {
            return;
        }
        box.setAttribute("data-finished", "true");
        // PrimeFaces puts the textbox role on the wrapper around toolbar and area; screen readers need it on
        // the area that takes the focus, with the field's name, hint and state.
        var wrapper = box.querySelector(".ui-texteditor");
        if (wrapper) {
            wrapper.removeAttribute("role");
            wrapper.removeAttribute("aria-required");
            wrapper.removeAttribute("aria-invalid");
        }
        area.setAttribute("role", "textbox");
        area.setAttribute("aria-label", texts.label);
        area.setAttribute("aria-multiline", "true");
        area.setAttribute("aria-required", "true");
        var field = box.closest(".field");
        if (field && field.querySelector(".ui-message-error")) {
            area.setAttribute("aria-invalid", "true");
        }
        if (texts.hint && document.getElementById(texts.hint)) {
            area.setAttribute("aria-describedby", texts.hint);
        }
        releaseTab(box);
        var toolbar = box.querySelector(".ui-editor-toolbar");
        if (toolbar) {
            toolbar.setAttribute("role", "toolbar");
            toolbar.setAttribute("aria-label", texts.toolbar);
        }
        // Quill hides each <select> of the toolbar and shows its own picker just before it.
        box.querySelectorAll(".ql-picker").forEach(function (picker) {
            var select = picker.nextElementSibling;
            var label = picker.querySelector(".ql-picker-label");
            if (select && select.tagName === "SELECT" && label) {
                label.setAttribute("aria-label", select.getAttribute("aria-label") || "");
                label.setAttribute("title", select.getAttribute("title") || "");
            }
        });
        var tooltip = box.querySelector(".ql-tooltip");
        if (tooltip) {
            tooltip.setAttribute("data-visit", texts.linkVisit);
            tooltip.setAttribute("data-enter", texts.linkEnter);
            var action = tooltip.querySelector("a.ql-action");
            var remove = tooltip.querySelector("a.ql-remove");
            var address = tooltip.querySelector("input[type=text]");
            if (action) {
                action.setAttribute("data-edit", texts.linkEdit);
                action.setAttribute("data-save", texts.linkSave);
            }
            if (remove) {
                remove.setAttribute("data-remove", texts.linkRemove);
            }
            if (address) {
                address.setAttribute("data-link", texts.linkPlaceholder);
                address.setAttribute("aria-label", texts.linkEnter);
            }
        }
    }

    /*
     * Drops Quill's binding that types a tab character, so that Tab moves to the next field like anywhere else.
     * At the start of a list item Tab still makes it a sub-item and Shift+Tab takes it back (Quill's own
     * bindings, announced in the field's hint).
     */
    function releaseTab(box) {
        var widget = Object.keys(PrimeFaces.widgets).map(function (name) {
            return PrimeFaces.widgets[name];
        }).find(function (candidate) {
            return candidate && candidate.editor && candidate.jq && box.contains(candidate.jq[0]);
        });
        var bindings = widget && widget.editor.keyboard.bindings;
        if (bindings && bindings.Tab) {
            bindings.Tab = bindings.Tab.filter(function (binding) {
                return binding.shiftKey || binding.format || binding.prefix;
            });
        }
    }

    // PrimeFaces builds its widgets when the document is ready; "load" comes after.
    window.addEventListener("load", function () {
        document.querySelectorAll(".faq-editor").forEach(finish);
    });
})();
