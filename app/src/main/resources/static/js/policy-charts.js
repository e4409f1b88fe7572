// Werkkracht evaluation page: the two charts of the synthetic-control literature with Apache ECharts (no inline
// scripts: see the CSP). The containers hold their data as JSON in data-chart. chart-path: the region's actual
// path and its synthetic twin, with the start of the measure marked. chart-gaps: the gap (actual minus synthetic)
// of the region in black over the gaps of every placebo region in grey. The tables under the charts are the
// accessible alternative.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var lang = document.documentElement.lang || 'nl';
  var locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  var one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var BLUE = '#00689e', BLACK = '#1a1a1a', GREY = '#b0b0b0', ORANGE = '#b34700';
  var FONT = window.getComputedStyle(document.body).fontFamily;

  function startLine(d) {
    return { silent: true, symbol: 'none', data: [{ xAxis: String(d.start) }],
      lineStyle: { color: ORANGE, type: 'dashed', width: 1.5 },
      label: { show: true, formatter: String(d.start), color: ORANGE, position: 'end' } };
  }

  function base(d) {
    return {
      aria: { enabled: true, label: { enabled: false } },
      animation: false,
      textStyle: { fontFamily: FONT },
      grid: { left: 56, right: 24, top: 40, bottom: 40 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null ? '–' : one.format(v); } },
      xAxis: { type: 'category', data: d.years.map(String), boundaryGap: false },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: function (v) { return one.format(v); } } }
    };
  }

  var pathEl = document.getElementById('chart-path');
  if (pathEl && pathEl.getAttribute('data-chart')) {
    var d = JSON.parse(pathEl.getAttribute('data-chart'));
    var o = base(d);
    o.legend = { top: 0, data: [d.region + ' (' + d.texts.actual.toLowerCase() + ')', d.texts.synthetic] };
    o.series = [
      { name: d.region + ' (' + d.texts.actual.toLowerCase() + ')', type: 'line', data: d.actual,
        lineStyle: { color: BLACK, width: 2.5 }, itemStyle: { color: BLACK }, symbol: 'none', markLine: startLine(d) },
      { name: d.texts.synthetic, type: 'line', data: d.synthetic,
        lineStyle: { color: BLUE, width: 2.5, type: 'dashed' }, itemStyle: { color: BLUE }, symbol: 'none' }
    ];
    echarts.init(pathEl, null, { renderer: 'svg' }).setOption(o);
  }

  var gapsEl = document.getElementById('chart-gaps');
  if (gapsEl && gapsEl.getAttribute('data-chart')) {
    var g = JSON.parse(gapsEl.getAttribute('data-chart'));
    var index = {};
    g.years.forEach(function (y, i) { index[y] = i; });
    var og = base(g);
    og.tooltip = { trigger: 'item', formatter: function (p) { return p.seriesName + ' ' + p.name + ': ' + one.format(p.value); } };
    og.series = g.placebos.map(function (p) {
      var data = g.years.map(function () { return null; });
      p.gaps.forEach(function (pt) { if (index[pt[0]] !== undefined) { data[index[pt[0]]] = pt[1]; } });
      return { name: p.name, type: 'line', data: data, symbol: 'none', silent: false,
        lineStyle: { color: GREY, width: 1 }, itemStyle: { color: GREY }, z: 1 };
    });
    og.series.push({ name: g.region, type: 'line', data: g.gap, symbol: 'none', z: 3,
      lineStyle: { color: BLACK, width: 3 }, itemStyle: { color: BLACK }, markLine: {
        silent: true, symbol: 'none', data: [{ yAxis: 0 }, { xAxis: String(g.start) }],
        lineStyle: { color: ORANGE, type: 'dashed', width: 1.5 }, label: { show: false } } });
    og.legend = { top: 0, data: [g.region] };
    echarts.init(gapsEl, null, { renderer: 'svg' }).setOption(og);
  }

  window.addEventListener('resize', function () {
    ['chart-path', 'chart-gaps'].forEach(function (id) {
      var el = document.getElementById(id);
      var c = el && echarts.getInstanceByDom(el);
      if (c) { c.resize(); }
    });
  });
}());
