// Werkkracht monitor overview: the map of the Netherlands coloured by the chosen indicator, and the
// sortable table beside it (the map's accessible alternative). Data from /api/v1/regions.
(function () {
  'use strict';
  var M = window.WkMonitor;
  var mapEl = document.getElementById('map');
  var table = document.getElementById('region-table');
  var select = document.getElementById('indicator');
  var status = document.getElementById('monitor-status');
  if (!M || !table) { return; }
  var L = mapEl ? M.labels(mapEl) : {};
  var lang = L.lang || document.documentElement.lang || 'nl';
  var CLASSES = ['STRONGLY_CATCHING_UP', 'CATCHING_UP', 'KEEPING_PACE', 'FALLING_BEHIND', 'STRONGLY_FALLING_BEHIND'];
  var CLASS_COLOURS = ['#08519c', '#6baed6', '#f2f0f7', '#fdae6b', '#d94801'];
  var DIVERGING = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'];
  var SEQUENTIAL = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
  var state = { indicator: select ? select.value : 'index', rows: [], chart: null, mapName: null };

  // ---- table sorting (buttons in the column headings, aria-sort on the heading) ----
  var headings = table.querySelectorAll('thead th');
  headings.forEach(function (th, column) {
    var button = th.querySelector('button.wk-sort');
    if (!button) { return; }
    button.addEventListener('click', function () {
      var current = th.getAttribute('aria-sort');
      var numeric = th.getAttribute('data-sort') === 'number';
      var next = current === 'descending' ? 'ascending' : current === 'ascending' ? 'descending' : (numeric ? 'descending' : 'ascending');
      sortBy(column, next);
    });
  });

  function cellValue(row, column, numeric) {
    var cell = row.cells[column];
    var raw = cell ? cell.getAttribute('data-value') : null;
    if (raw === null || raw === '') { return null; }
    return numeric ? parseFloat(raw) : raw;
  }

  function sortBy(column, direction) {
    var th = headings[column];
    var numeric = th.getAttribute('data-sort') === 'number';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var sign = direction === 'ascending' ? 1 : -1;
    rows.sort(function (a, b) {
      var x = cellValue(a, column, numeric);
      var y = cellValue(b, column, numeric);
      if (x === null && y === null) { return 0; }
      if (x === null) { return 1; }   // missing values always last
      if (y === null) { return -1; }
      if (numeric) { return sign * (x - y); }
      return sign * x.localeCompare(y, lang);
    });
    rows.forEach(function (r) { body.appendChild(r); });
    headings.forEach(function (h) { if (h.querySelector('button.wk-sort')) { h.setAttribute('aria-sort', 'none'); } });
    th.setAttribute('aria-sort', direction);
  }

  function highlight(indicator) {
    table.setAttribute('data-indicator', indicator);
    var column = -1;
    headings.forEach(function (th, i) {
      var on = th.getAttribute('data-indicator') === indicator;
      th.classList.toggle('wk-active', on);
      if (on) { column = i; }
    });
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      Array.prototype.forEach.call(row.cells, function (cell, i) { cell.classList.toggle('wk-active', i === column); });
    });
    return column;
  }

  // ---- controls: the indicator recolours the map and re-sorts the table at once (a change of
  // content); level, year and period load new figures when the visitor presses the button, so that
  // choosing an option never navigates away unasked (WCAG 3.2.2).
  if (select) {
    select.addEventListener('change', function () {
      state.indicator = select.value;
      var column = highlight(state.indicator);
      if (column >= 0) { sortBy(column, 'descending'); }
      remember(state.indicator);
      draw();
      if (status) { status.textContent = (L.updated || '').replace('%indicator%', L[state.indicator] || ''); }
    });
  }
  highlight(state.indicator);

  /** Keeps the chosen indicator in the address and in the language links. */
  function remember(indicator) {
    var url = new URL(window.location.href);
    url.searchParams.set('indicator', indicator);
    window.history.replaceState(null, '', url);
    document.querySelectorAll('a[hreflang]').forEach(function (a) {
      var u = new URL(a.href, window.location.href);
      u.searchParams.set('indicator', indicator);
      a.href = u.pathname + u.search;
    });
    var caption = document.getElementById('map-caption');
    if (caption && L['caption.' + indicator]) { caption.textContent = L['caption.' + indicator]; }
  }

  // ---- the map ----
  if (!mapEl || !window.echarts || !window.topojson) { return; }
  Promise.all([M.json(mapEl.getAttribute('data-api')), M.json(mapEl.getAttribute('data-geo'))])
    .then(function (results) {
      var view = results[0];
      var topo = results[1];
      var name = mapEl.getAttribute('data-geo-object');
      window.echarts.registerMap(name, window.topojson.feature(topo, topo.objects[name]));
      state.mapName = name;
      state.rows = view.regions;
      state.chart = M.chart(mapEl);
      var wasNarrow = narrow();
      window.addEventListener('resize', function () {
        if (narrow() !== wasNarrow) { wasNarrow = narrow(); draw(); }
      });
      state.chart.on('click', function (p) {
        if (p.data && p.data.code) {
          window.location.href = mapEl.getAttribute('data-region-url') + encodeURIComponent(p.data.code)
            + '?' + mapEl.getAttribute('data-query').replace(/(^|&)level=[^&]*/, '');
        }
      });
      draw();
    })
    .catch(function (e) {
      mapEl.classList.add('wk-map-error');
      mapEl.textContent = (L.noData || '') + ' (' + e.message + ')';
    });

  function value(row, indicator) {
    switch (indicator) {
      case 'corrected': return row.structureCorrectedIndex;
      case 'growth': return row.growth && !M.missing(row.growth.averageAnnual) ? 100 * row.growth.averageAnnual : null;
      case 'catchup': return row.catchUp ? CLASSES.indexOf(row.catchUp['class']) : null;
      default: return row.index;
    }
  }

  function format(indicator) {
    if (indicator === 'growth') { return M.percent(lang, 1); }
    return M.decimals(lang, 1);
  }

  /** A phone-wide map (390 px): the legend goes under the map, lying, so that it never covers a region. */
  function narrow() { return mapEl.clientWidth < 560; }

  function visualMap(indicator, values) {
    var base = narrow()
      ? { left: 'center', bottom: 0, orient: 'horizontal', itemWidth: 14, textStyle: { color: '#222' },
        outOfRange: { color: '#bdbdbd' } }
      : { left: 0, top: 40, itemWidth: 14, textStyle: { color: '#222' }, outOfRange: { color: '#bdbdbd' } };
    if (indicator === 'catchup') {
      return Object.assign(base, { type: 'piecewise', dimension: 0, orient: 'vertical', left: narrow() ? 4 : 0,
        pieces: CLASSES.map(function (c, i) { return { value: i, label: L['class.' + c] || c, color: CLASS_COLOURS[i] }; }) });
    }
    var min = Math.min.apply(null, values);
    var max = Math.max.apply(null, values);
    var colours = SEQUENTIAL;
    if (indicator === 'index' || indicator === 'corrected') {
      var spread = Math.max(Math.abs(max - 100), Math.abs(100 - min), 1);
      min = 100 - spread; max = 100 + spread; colours = DIVERGING;
    }
    if (min === max) { max = min + 1; }
    var f = format(indicator);
    if (narrow()) { base.itemHeight = 160; }
    return Object.assign(base, { type: 'continuous', min: min, max: max, calculable: false, orient: base.orient || 'vertical',
      text: [f(max) + ' ' + (L['unit.' + indicator] || ''), f(min)], formatter: function (v) { return f(v); },
      inRange: { color: colours } });
  }

  function draw() {
    if (!state.chart) { return; }
    var indicator = state.indicator;
    var f = format(indicator);
    var data = state.rows.filter(function (r) { return r.mapCode; }).map(function (r) {
      var v = value(r, indicator);
      return { name: r.mapCode, value: M.missing(v) ? '-' : v, label: r.name, code: r.code,
        text: indicator === 'catchup' ? (r.catchUp ? r.catchUp.label : null) : f(v) };
    });
    var values = data.map(function (d) { return d.value; }).filter(function (v) { return v !== '-'; });
    mapEl.setAttribute('aria-label', (L.mapLabel || '').replace('%indicator%', L[indicator] || ''));
    var option = {
      animation: false,
      title: { text: L[indicator] || '', left: 'center', top: 0, textStyle: { fontSize: 14, color: '#222' } },
      tooltip: { trigger: 'item', formatter: function (p) {
        var d = p.data || {};
        return (d.label || p.name) + '<br>' + (L[indicator] || '') + ': ' + (d.text && d.text !== '–' ? d.text : (L.noData || '–'));
      } },
      // the map fits its box whatever the width: on a phone it fills the width, the legend below it
      series: [{ type: 'map', map: state.mapName, nameProperty: 'statcode', aspectScale: 0.62, roam: false,
        top: 40, bottom: narrow() ? (indicator === 'catchup' ? 120 : 56) : 10, left: narrow() ? 4 : 'center',
        right: narrow() ? 4 : null, layoutSize: narrow() ? null : '95%',
        itemStyle: { areaColor: '#bdbdbd', borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffcc00', borderColor: '#000', borderWidth: 1.5 } },
        select: { disabled: true }, label: { show: false }, data: data }]
    };
    if (values.length > 0) { option.visualMap = visualMap(indicator, values); }
    state.chart.setOption(option, true);
  }
})();
