/*
 * The claim forms, with JavaScript on (without it they work the same, the server checking everything):
 * - thumbnails of the images chosen, names of the PDFs, before anything is sent;
 * - the Sécurité sociale's statement asked for only when its box is ticked (hidden and not sent otherwise);
 * - proofs already sent for the same beneficiary found before sending: the files' SHA-256 are computed in the
 *   browser and checked against the member's earlier claims; the warning comes from the server, in French, and the
 *   confirmation box shows. The server refuses such a file again unless the box is ticked.
 */
(function () {
    function clear(element) {
        while (element.firstChild) {
            element.removeChild(element.firstChild);
        }
    }

    function hex(buffer) {
        return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
            return ('0' + b.toString(16)).slice(-2);
        }).join('');
    }

    function digest(file) {
        return file.arrayBuffer().then(function (content) {
            return crypto.subtle.digest('SHA-256', content);
        }).then(hex);
    }

    function showPreview(files, preview) {
        clear(preview);
        preview.hidden = files.length === 0;
        if (!files.length) {
            return [];
        }
        var title = document.createElement('p');
        title.className = 'claim-preview-title';
        title.textContent = preview.getAttribute('data-label');
        preview.appendChild(title);
        var list = document.createElement('ul');
        var items = files.map(function (file) {
            var item = document.createElement('li');
            if (/^image\/(jpeg|png)$/.test(file.type)) {
                var image = document.createElement('img');
                image.src = URL.createObjectURL(file);
                image.alt = file.name;
                image.className = 'claim-thumbnail';
                image.addEventListener('load', function () { URL.revokeObjectURL(image.src); });
                item.appendChild(image);
            }
            var name = document.createElement('span');
            name.className = 'claim-file-name';
            name.textContent = file.name;
            item.appendChild(name);
            list.appendChild(item);
            return item;
        });
        preview.appendChild(list);
        return items;
    }

    function checkDuplicates(form, files, url, beneficiary, items) {
        if (!url || !beneficiary || !beneficiary.value || !files.length || !window.crypto || !crypto.subtle) {
            return;
        }
        Promise.all(files.map(digest)).then(function (digests) {
            var query = '?beneficiary=' + encodeURIComponent(beneficiary.value) + digests.map(function (d) {
                return '&sha256=' + d;
            }).join('');
            return fetch(url + query, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
                .then(function (response) { return response.ok ? response.json() : {duplicates: []}; })
                .then(function (answer) {
                    var found = false;
                    answer.duplicates.forEach(function (duplicate) {
                        digests.forEach(function (d, i) {
                            if (d === duplicate.sha256) {
                                var warning = document.createElement('p');
                                warning.className = 'claim-duplicate';
                                warning.textContent = '« ' + files[i].name + ' » : ' + duplicate.message;
                                items[i].appendChild(warning);
                                found = true;
                            }
                        });
                    });
                    var confirmation = form.querySelector('.duplicate-confirmation');
                    if (found && confirmation) {
                        confirmation.classList.remove('until-duplicate');
                    }
                });
        }).catch(function () {
            // The server checks again when the claim is sent: a failed early check only loses the early warning.
        });
    }

    function statementFollowsItsBox(form) {
        var box = form.querySelector('input.claim-ss');
        var statement = form.querySelector('.claim-statement');
        if (!box || !statement) {
            return;
        }
        function update() {
            statement.hidden = !box.checked;
            statement.querySelectorAll('input').forEach(function (input) { input.disabled = !box.checked; });
        }
        box.addEventListener('change', update);
        update();
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('input[type=file].claim-proofs').forEach(function (input) {
            var form = input.form;
            var preview = form.querySelector('.claim-preview');
            if (!preview) {
                return;
            }
            // The files chosen, or the beneficiary they are for, changed: show them again, with their own warnings.
            var url = preview.getAttribute('data-check');
            var beneficiary = form.querySelector('.claim-beneficiary');
            function refresh() {
                var files = Array.prototype.slice.call(input.files || []);
                checkDuplicates(form, files, url, beneficiary, showPreview(files, preview));
            }
            input.addEventListener('change', refresh);
            if (beneficiary) {
                beneficiary.addEventListener('change', refresh);
            }
            statementFollowsItsBox(form);
        });
    });
})();
