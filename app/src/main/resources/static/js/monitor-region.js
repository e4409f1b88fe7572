// Werkkracht region page: draws the charts from /api/v1/regions/{code}/summary. Each chart has a data
// table and an explanation under it in the page itself; these charts add the picture.
(function () {
  'use strict';
  var M = window.WkMonitor;
  var host = document.getElementById('region-page');
  if (!M || !host || !window.echarts) { return; }
  var L = M.labels(host);
  var lang = L.lang || 'nl';
  var euro = M.euro(lang);
  var dec1 = M.decimals(lang, 1);
  var pct1 = M.percent(lang, 1);
  var C = M.colours;
  var base = { animation: false, textStyle: { color: '#222' }, grid: { left: 16, right: 24, top: 48, bottom: 24, containLabel: true } };

  M.json(host.getAttribute('data-api')).then(function (v) {
    if (v.headline && v.headline.labour === 'HOURS') { euro = M.euroCents(lang); }
    headline(v);
    trend(v);
    structure(v);
    expected(v);
    gap(v);
    catchUp(v);
  }).catch(function (e) {
    document.querySelectorAll('.wk-chart').forEach(function (el) {
      el.textContent = (L.noData || '') + ' (' + e.message + ')';
    });
  });

  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    M.chart(el).setOption(Object.assign({}, base, option));
  }

  function value(v) { return M.missing(v) ? '-' : v; }

  function axisTooltip(f) {
    return { trigger: 'axis', valueFormatter: function (v) { return f(v); } };
  }

  // The headline (ADR 0030): the index against the Netherlands over time. The axis starts at 0, so that a
  // fall from 85 to 83 looks as large as it is; the dashed line is the Netherlands (100).
  function headline(v) {
    if (!v.headline) { return; }
    var pts = v.headline.points;
    var top = Math.max(100, Math.max.apply(null, pts.map(function (p) { return M.missing(p.index) ? 0 : p.index; })));
    draw('chart-headline', {
      tooltip: axisTooltip(dec1),
      xAxis: { type: 'category', data: pts.map(function (p) { return String(p.year); }), boundaryGap: false },
      yAxis: { type: 'value', name: L.index, nameTextStyle: { align: 'left' }, min: 0, max: Math.ceil(top * 1.1 / 10) * 10 },
      series: [{ name: L.region, type: 'line', data: pts.map(function (p) { return value(p.index); }),
        lineStyle: { width: 3, color: C.region }, itemStyle: { color: C.region }, symbol: 'circle', connectNulls: false,
        markLine: { symbol: 'none', silent: true, lineStyle: { color: C.reference, type: 'dashed', width: 2 },
          label: { formatter: L.nl + ' = 100', position: 'insideEndTop' }, data: [{ yAxis: 100 }] } }]
    });
  }

  function trend(v) {
    var years = v.series.map(function (p) { return String(p.year); });
    draw('chart-trend', {
      legend: { top: 0 },
      tooltip: axisTooltip(euro),
      xAxis: { type: 'category', data: years, boundaryGap: false },
      yAxis: { type: 'value', name: L.euro, nameTextStyle: { align: 'left' }, axisLabel: { formatter: euro } },
      series: [
        { name: L.region, type: 'line', data: v.series.map(function (p) { return value(p.productivity); }),
          lineStyle: { width: 3, color: C.region }, itemStyle: { color: C.region }, symbol: 'circle', connectNulls: false },
        { name: L.nl, type: 'line', data: v.series.map(function (p) { return value(p.reference); }),
          lineStyle: { width: 2, type: 'dashed', color: C.reference }, itemStyle: { color: C.reference }, symbol: 'rect' }
      ]
    });
  }

  function structure(v) {
    if (!v.structure) { return; }
    var sectors = v.structure.sectors.slice().reverse();
    draw('chart-structure', {
      legend: { top: 0 },
      tooltip: Object.assign(axisTooltip(pct1), { axisPointer: { type: 'shadow' } }),
      xAxis: { type: 'value', name: L.share, nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: function (x) { return x + '%'; } } },
      yAxis: { type: 'category', data: sectors.map(function (s) { return s.name; }), axisLabel: { width: 230, overflow: 'break', lineHeight: 13 } },
      grid: { left: 16, right: 24, top: 40, bottom: 40, containLabel: true },
      series: [
        { name: L.shareRegion, type: 'bar', data: sectors.map(function (s) { return 100 * s.regionShare; }), itemStyle: { color: C.region } },
        { name: L.shareNl, type: 'bar', data: sectors.map(function (s) { return 100 * s.referenceShare; }),
          itemStyle: { color: C.reference, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: 0.8 } } }
      ],
      aria: { enabled: false, decal: { show: true } }
    });
  }

  function expected(v) {
    if (!v.structure) { return; }
    var s = v.structure;
    draw('chart-expected', {
      tooltip: Object.assign(axisTooltip(dec1), { axisPointer: { type: 'shadow' } }),
      xAxis: { type: 'category', data: [L.actualIndex, L.structureIndex, L.correctedIndex], axisLabel: { interval: 0, width: 140, overflow: 'break' } },
      // bars start at zero: their lengths compare as the indices do (an axis from 80 made 98.7 look five times 83.2)
      yAxis: { type: 'value', name: L.index, nameTextStyle: { align: 'left' }, min: 0 },
      series: [{ type: 'bar', barMaxWidth: 64, name: L.region,
        data: [
          { value: s.actualIndex, itemStyle: { color: C.region } },
          { value: s.structureIndex, itemStyle: { color: C.neutral } },
          { value: s.structureCorrectedIndex, itemStyle: { color: C.corrected } }
        ],
        label: { show: true, position: 'top', formatter: function (p) { return dec1(p.value); } },
        markLine: { symbol: 'none', silent: true, lineStyle: { color: C.reference, type: 'dashed', width: 2 },
          label: { formatter: L.nl + ' = 100', position: 'insideEndTop' }, data: [{ yAxis: 100 }] } }]
    });
  }

  function gap(v) {
    if (!v.gap) { return; }
    var sectors = v.gap.sectors.slice().reverse();
    draw('chart-gap', {
      tooltip: Object.assign(axisTooltip(euro), { axisPointer: { type: 'shadow' } }),
      xAxis: { type: 'value', name: L.contribution, nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: euro } },
      yAxis: { type: 'category', data: sectors.map(function (s) { return s.name; }), axisLabel: { width: 230, overflow: 'break', lineHeight: 13 } },
      grid: { left: 16, right: 32, top: 24, bottom: 40, containLabel: true },
      series: [{ type: 'bar', name: L.contribution,
        data: sectors.map(function (s) {
          return { value: s.contribution, itemStyle: { color: s.contribution >= 0 ? C.region : C.reference } };
        }) }]
    });
  }

  function catchUp(v) {
    if (!v.catchUp) { return; }
    var path = v.catchUp.path;
    var series = [{ name: L.relative, type: 'line', data: path.map(function (p) { return value(p.relative); }),
      lineStyle: { width: 3, color: C.region }, itemStyle: { color: C.region }, symbol: 'circle',
      markLine: { symbol: 'none', silent: true, lineStyle: { color: C.reference, type: 'dashed', width: 2 },
        label: { formatter: L.frontrunner, position: 'insideEndTop' }, data: [{ yAxis: 100 }] } }];
    if (v.catchUp.corrected) {
      series.push({ name: L.relativeCorrected, type: 'line', data: path.map(function (p) { return value(p.relativeCorrected); }),
        lineStyle: { width: 2, type: 'dotted', color: C.corrected }, itemStyle: { color: C.corrected }, symbol: 'triangle' });
    }
    draw('chart-catchup', {
      legend: { top: 0 },
      tooltip: axisTooltip(dec1),
      xAxis: { type: 'category', data: path.map(function (p) { return String(p.year); }), boundaryGap: false },
      yAxis: { type: 'value', name: L.pp, nameTextStyle: { align: 'left' }, min: function (x) { return Math.floor(Math.min(x.min, 100) / 10) * 10; },
        max: function (x) { return Math.ceil(Math.max(x.max, 100) / 10) * 10; } },
      series: series
    });
  }
})();
