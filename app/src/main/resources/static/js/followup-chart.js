// Werkkracht follow-up page: draws one metric over time as an index against the baseline (= 100) with
// Apache ECharts (no inline scripts: see the CSP). The container holds its data as JSON in data-chart.
// Interventions are vertical lines labelled with their title; each point is labelled with its index, an
// expected J-curve dip in a neutral colour with its text, a decline in red, an improvement in green. The
// table under the chart is the accessible alternative.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var el = document.getElementById('chart-followup');
  if (!el || !el.getAttribute('data-chart')) { return; }
  var d = JSON.parse(el.getAttribute('data-chart'));
  var lang = document.documentElement.lang || 'nl';
  var locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  // Colours with at least 3:1 contrast on white.
  var BLUE = '#00689e', GREEN = '#1e7b34', RED = '#b3261e', NEUTRAL = '#4d4d4d', BLACK = '#1a1a1a',
    PURPLE = '#6b3fa0';
  var COLOURS = { IMPROVEMENT: GREEN, DECLINE: RED, EXPECTED_DIP: NEUTRAL, BASELINE: BLACK, STABLE: BLUE,
    BEFORE_BASELINE: BLUE };
  var FONT = window.getComputedStyle(document.body).fontFamily;
  var one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  var periods = d.points.map(function (p) { return p.period; });
  var marked = {};
  d.interventions.forEach(function (i) { marked[i.period] = true; });
  var data = d.points.map(function (p) {
    if (p.index === null) { return { value: null }; }
    var colour = COLOURS[p.label] || BLUE;
    var dip = p.label === 'EXPECTED_DIP';
    return {
      value: p.index,
      symbolSize: dip || p.label === 'DECLINE' || p.label === 'IMPROVEMENT' ? 12 : 9,
      itemStyle: { color: colour, borderColor: '#ffffff', borderWidth: 1 },
      label: {
        // Beside the point where an intervention's line runs through it, so the line does not cross the text.
        show: true, position: marked[p.period] ? 'right' : (dip || p.label === 'DECLINE' ? 'bottom' : 'top'),
        distance: 8, color: colour,
        fontWeight: p.label === 'BASELINE' ? 'bold' : 'normal', backgroundColor: 'rgba(255,255,255,0.9)',
        padding: [2, 4], lineHeight: 16,
        formatter: dip ? one.format(p.index) + '\n' + p.labelText : one.format(p.index)
      }
    };
  });
  var indices = d.points.filter(function (p) { return p.index !== null; }).map(function (p) { return p.index; });
  var low = Math.min.apply(null, indices.concat([100])), high = Math.max.apply(null, indices.concat([100]));
  var pad = Math.max(5, (high - low) * 0.25);

  var marks = [{ yAxis: 100, lineStyle: { color: BLACK, type: 'dashed', width: 1.5 },
    label: { show: true, position: 'insideEndTop', formatter: d.texts['chart.baselineLine'], color: BLACK } }];
  // The interventions in a series of their own, drawn under the points so that the labels stay readable.
  var starts = [];
  d.interventions.forEach(function (i, n) {
    starts.push({ xAxis: i.period, lineStyle: { color: PURPLE, type: 'solid', width: 2 },
      label: { show: true, position: 'end', formatter: i.title, color: PURPLE, fontWeight: 'bold',
        backgroundColor: 'rgba(255,255,255,0.9)', padding: [2, 4], distance: 4 + 20 * n } });
  });

  var chart = echarts.init(el, null, { renderer: 'svg' });
  chart.setOption({
    aria: { enabled: true, label: { enabled: false } },
    animation: false,
    textStyle: { fontFamily: FONT, color: BLACK, fontSize: 13 },
    grid: { left: 64, right: 32, top: 40 + 20 * d.interventions.length, bottom: 48 },
    tooltip: { trigger: 'axis', formatter: function (items) {
      var p = d.points[items[0].dataIndex];
      if (p.index === null) { return p.period; }
      return p.period + ': ' + one.format(p.index) + ' (' + p.labelText + ')';
    } },
    xAxis: { type: 'category', data: periods, boundaryGap: true, axisLabel: { color: BLACK } },
    yAxis: { type: 'value', name: d.texts['chart.index'], nameLocation: 'middle', nameGap: 44,
      nameTextStyle: { color: BLACK }, min: Math.floor((low - pad) / 5) * 5, max: Math.ceil((high + pad) / 5) * 5,
      axisLabel: { color: BLACK } },
    series: [{
      type: 'line', name: d.metric, data: data, connectNulls: true, lineStyle: { color: BLUE, width: 2 },
      z: 3, markLine: { silent: true, symbol: 'none', data: marks }
    }, {
      type: 'line', data: [], z: 1, silent: true,
      markLine: { silent: true, symbol: 'none', data: starts }
    }]
  });
  el.setAttribute('data-drawn', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
}());
