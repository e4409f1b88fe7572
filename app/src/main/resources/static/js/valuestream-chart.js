// Werkkracht value-stream chart: per step a horizontal stacked bar of the waiting time before it and its
// working time, the working time coloured by kind of step (Apache ECharts; no inline scripts: see the
// CSP). The data come from the container's data-steps; its texts from data-label-*. The table of the
// steps under the chart is the accessible alternative.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var el = document.getElementById('chart-steps');
  if (!el) { return; }
  var steps = JSON.parse(el.getAttribute('data-steps') || '[]');
  var lang = document.documentElement.lang || 'nl';
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  // At least 3:1 contrast on white; decal patterns tell the series apart without colour.
  var GREY = '#767676', GREEN = '#2e6b30', BLUE = '#00689e', RED = '#a4001b', BLACK = '#1a1a1a';
  var KINDS = [
    { key: 'VALUE_ADDING', label: 'value-adding', color: GREEN },
    { key: 'NECESSARY', label: 'necessary', color: BLUE },
    { key: 'WASTE', label: 'waste', color: RED }
  ];

  function label(name) { return el.getAttribute('data-label-' + name) || name; }

  function format(v) { return v === null || v === undefined ? '–' : number.format(v) + ' min'; }

  var series = [{
    name: label('waiting'), type: 'bar', stack: 'time', itemStyle: { color: GREY },
    data: steps.map(function (s) { return s.waiting; })
  }];
  KINDS.forEach(function (kind) {
    series.push({
      name: label(kind.label), type: 'bar', stack: 'time', itemStyle: { color: kind.color },
      data: steps.map(function (s) { return s.classification === kind.key ? s.process : null; })
    });
  });

  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
    animation: false,
    textStyle: { fontFamily: window.getComputedStyle(document.body).fontFamily, color: BLACK },
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' },
      valueFormatter: format
    },
    legend: { top: 0, textStyle: { color: BLACK } },
    grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
    xAxis: {
      type: 'value', name: label('axis'), nameLocation: 'middle', nameGap: 28,
      axisLabel: { color: BLACK, formatter: function (v) { return number.format(v); } }
    },
    yAxis: {
      type: 'category', inverse: true, data: steps.map(function (s) { return s.label; }),
      axisLabel: { color: BLACK, width: 200, overflow: 'truncate' }
    },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
