// Werkkracht scan results: the pillar chart (with the lagging pillar marked) and the job-quality
// profile, drawn with Apache ECharts from the data-values of each container (no inline scripts: see the
// CSP). Scores are 0-100, higher is better; a hidden or missing score stays empty, never 0. The table
// under the charts is the accessible alternative.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var lang = document.documentElement.lang || 'nl';
  var BLUE = '#00689e', RED = '#a4001b', BLACK = '#1a1a1a';
  var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  var format = function (v) { return v === null || v === undefined ? '–' : number.format(v); };
  var FONT = window.getComputedStyle(document.body).fontFamily;

  function bars(data, highlight) {
    var labels = data.labels.slice().reverse();
    var values = data.values.slice().reverse();
    return {
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      animation: false,
      textStyle: { fontFamily: FONT, color: BLACK },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
      xAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { color: BLACK } },
      yAxis: { type: 'category', data: labels, axisLabel: { color: BLACK, width: 220, overflow: 'break' } },
      series: [{
        type: 'bar', barMaxWidth: 28,
        data: values.map(function (v, i) {
          var colour = highlight && highlight(labels.length - 1 - i) ? RED : BLUE;
          return { value: v, itemStyle: { color: colour } };
        }),
        label: { show: true, position: 'right', color: BLACK, formatter: function (p) { return format(p.value); } }
      }]
    };
  }

  var PILLARS = ['technology', 'organisation', 'people'];
  var charts = {
    pillars: function (data) {
      return bars(data, function (i) { return data.lagging && PILLARS[i] === data.lagging; });
    },
    profile: function (data) { return bars(data, null); }
  };

  document.querySelectorAll('[data-chart][data-values]').forEach(function (el) {
    var draw = charts[el.getAttribute('data-chart')];
    if (!draw) { return; }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(draw(JSON.parse(el.getAttribute('data-values'))));
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
