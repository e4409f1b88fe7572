// Werkkracht profile form: suggests municipalities and places (CBS 2024 division) as one types in the region
// field, from /api/v1/municipalities, in the field's own list (a <datalist>, so the browser shows and reads the
// suggestions as it does for any text field). The chosen suggestion carries its code in brackets; the server reads
// that code, or a typed name, and stores the COROP region with the municipality (ADR 0032). No inline scripts: CSP.
(function () {
  'use strict';
  var input = document.getElementById('org-region');
  var list = document.getElementById('org-region-options');
  var found = document.getElementById('org-region-found');
  if (!input || !list || !window.fetch) { return; }
  var url = input.getAttribute('data-search');
  var fixed = Array.prototype.map.call(list.options, function (o) { return o.value; });
  var known = {};
  var timer = null;
  var asked = '';
  var lang = document.documentElement.lang || 'nl';

  function fill(suggestions) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    suggestions.forEach(function (s) {
      var o = document.createElement('option');
      o.value = s.value;
      o.label = s.coropName + ', ' + s.provinceName;
      list.appendChild(o);
      known[s.value] = s;
    });
    fixed.forEach(function (v) {
      var o = document.createElement('option');
      o.value = v;
      list.appendChild(o);
    });
  }

  function say() {
    var s = known[input.value];
    if (!found) { return; }
    found.textContent = s ? (found.getAttribute('data-template') || '{0}: {1}, {2}')
      .replace('{0}', s.value.replace(/\s*\([A-Z]{2}[0-9]+\)$/, ''))
      .replace('{1}', s.coropName + ' (' + s.corop + ')')
      .replace('{2}', s.provinceName + ' (' + s.province + ')') : '';
  }

  function search() {
    var q = input.value.trim();
    if (q.length < 2 || q === asked || known[input.value]) { say(); return; }
    asked = q;
    fetch(url + '?limit=20&q=' + encodeURIComponent(q) + '&lang=' + encodeURIComponent(lang),
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (suggestions) { if (input.value.trim() === q) { fill(suggestions); } say(); })
      .catch(function () { /* typed names still work: the server reads them */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  input.addEventListener('change', say);
})();
