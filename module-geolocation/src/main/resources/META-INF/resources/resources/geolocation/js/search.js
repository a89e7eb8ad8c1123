/*
 * The search page's enhancements; the page works without them for a typed address.
 * - "Ma position": the browser's geolocation is asked only when the member submits with that choice; the
 *   coordinates go in the hidden lat/lon fields, or a clear message says why they could not.
 * - Address suggestions as the member types (the module's /geolocation/suggest endpoint, into a datalist).
 * - The map (Leaflet), when there are results: tiles from the configured server; if they fail, a note says
 *   the list is complete. The map is not a keyboard stop: the list carries the same information.
 */
(function () {
    'use strict';

    function initForm() {
        var form = document.getElementById('geo-search');
        if (!form) {
            return;
        }
        var status = document.getElementById('geo-status');
        var lat = document.getElementById('lat');
        var lon = document.getElementById('lon');
        var position = document.getElementById('around-position');
        var addressChoice = document.getElementById('around-address');
        var addressField = document.getElementById('address-field');
        var address = document.getElementById('address');

        function say(text, problem) {
            status.textContent = text || '';
            status.className = 'geo-status' + (problem ? ' problem' : '');
        }

        function showAddress() {
            addressField.hidden = position.checked;
            if (position.checked) {
                address.value = '';
            }
        }
        position.addEventListener('change', showAddress);
        addressChoice.addEventListener('change', function () {
            lat.value = '';
            lon.value = '';
            say('');
            showAddress();
        });
        showAddress();

        form.addEventListener('submit', function (event) {
            if (!position.checked || (lat.value && lon.value)) {
                return;
            }
            event.preventDefault();
            if (!navigator.geolocation) {
                say(form.dataset.msgUnsupported, true);
                return;
            }
            say(form.dataset.msgLocating, false);
            navigator.geolocation.getCurrentPosition(function (found) {
                lat.value = found.coords.latitude.toFixed(5);
                lon.value = found.coords.longitude.toFixed(5);
                HTMLFormElement.prototype.submit.call(form);
            }, function (error) {
                say(error.code === 1 ? form.dataset.msgDenied : form.dataset.msgUnavailable, true);
                addressChoice.focus();
            }, {enableHighAccuracy: false, timeout: 15000, maximumAge: 300000});
        });

        var list = document.getElementById('address-suggestions');
        var timer = null;
        var last = '';
        address.addEventListener('input', function () {
            var text = address.value.trim();
            if (text.length < 3 || text === last) {
                return;
            }
            clearTimeout(timer);
            timer = setTimeout(function () {
                last = text;
                fetch(form.dataset.suggest + '?q=' + encodeURIComponent(text), {credentials: 'same-origin'})
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (places) {
                        list.textContent = '';
                        places.forEach(function (place) {
                            var option = document.createElement('option');
                            option.value = place.label;
                            list.appendChild(option);
                        });
                    })
                    .catch(function () { /* suggestions are a convenience: typing still works */ });
            }, 250);
        });
    }

    function initMap() {
        var element = document.getElementById('map');
        if (!element || !window.L) {
            return;
        }
        var data = JSON.parse(element.dataset.map);
        element.hidden = false;
        var map = L.map(element, {keyboard: false, scrollWheelZoom: false});
        var failed = false;
        L.tileLayer(element.dataset.tiles, {maxZoom: 19, attribution: element.dataset.attribution})
            .on('tileerror', function () {
                if (!failed) {
                    failed = true;
                    document.getElementById('map-error').hidden = false;
                }
            })
            .addTo(map);
        var bounds = L.latLngBounds([[data.lat, data.lon]]);
        L.circle([data.lat, data.lon], {radius: data.radius, color: '#0b6e69', weight: 1, fillOpacity: 0.04,
            interactive: false}).addTo(map);
        L.circleMarker([data.lat, data.lon], {radius: 9, color: '#c62828', fillColor: '#c62828', fillOpacity: 0.9})
            .bindTooltip(element.dataset.you + ' : ' + data.label).addTo(map);
        data.results.forEach(function (hit) {
            L.circleMarker([hit.lat, hit.lon], {radius: 7, color: '#084f4b', fillColor: '#0b6e69', fillOpacity: 0.85})
                .bindTooltip(hit.n + '. ' + hit.name + ' (' + hit.distance + ')').addTo(map)
                .on('click', function () {
                    var item = document.getElementById('pro-' + hit.id);
                    if (item) {
                        item.scrollIntoView({behavior: 'smooth', block: 'center'});
                    }
                });
            bounds.extend([hit.lat, hit.lon]);
        });
        map.fitBounds(bounds.pad(0.15), {maxZoom: 16});
    }

    function init() {
        initForm();
        initMap();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
