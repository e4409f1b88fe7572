// Werkkracht report page: draws the quadrant, the TOP pillars and the job-quality profile with Apache
// ECharts (no inline scripts: see the CSP). Each container holds its data and labels as JSON in data-chart
// and says which chart it is in data-kind. Missing values stay empty, never 0. The tables under each
// chart are the accessible alternative.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var lang = document.documentElement.lang || 'nl';
  var locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  // Colours with at least 3:1 contrast on white; the values are also written on the bars.
  var BLUE = '#00689e', ORANGE = '#b34700', GREY = '#4d4d4d', BLACK = '#1a1a1a';
  var AREA = '#f1f4f6', AREA_ON = '#d4e6f1';
  var FONT = window.getComputedStyle(document.body).fontFamily;
  var whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  var percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

  function number(v) { return v === null || v === undefined || isNaN(v) ? '–' : whole.format(v); }

  function base() {
    return {
      aria: { enabled: true, label: { enabled: false } },
      animation: false,
      textStyle: { fontFamily: FONT, color: BLACK, fontSize: 13 }
    };
  }

  function quadrant(d) {
    var n = d.names;
    function area(key, x0, y0, x1, y1, position) {
      return [
        { xAxis: x0, yAxis: y0, itemStyle: { color: key === d.quadrant ? AREA_ON : AREA },
          label: { show: true, position: position, formatter: n[key], color: BLACK,
            fontWeight: key === d.quadrant ? 'bold' : 'normal', fontSize: 13 } },
        { xAxis: x1, yAxis: y1 }
      ];
    }
    var option = base();
    option.grid = { left: 64, right: 24, top: 16, bottom: 64 };
    option.tooltip = { trigger: 'item', formatter: function () {
      return d.point + ': ' + percent.format(d.x) + ' · ' + number(d.y);
    } };
    option.xAxis = { type: 'value', min: 0, max: d.maxX, interval: 0.25, name: d.axisX, nameLocation: 'middle',
      nameGap: 36, nameTextStyle: { color: BLACK, fontSize: 13 }, splitLine: { show: false },
      axisLabel: { color: BLACK, formatter: function (v) { return percent.format(v); } } };
    option.yAxis = { type: 'value', min: 0, max: 100, interval: 25, name: d.axisY, nameLocation: 'middle',
      nameGap: 44, nameTextStyle: { color: BLACK, fontSize: 13 }, splitLine: { show: false },
      axisLabel: { color: BLACK } };
    option.series = [{
      type: 'scatter', symbolSize: 20, data: [[d.x, d.y]], z: 10,
      itemStyle: { color: ORANGE, borderColor: BLACK, borderWidth: 2 },
      label: { show: true, formatter: d.point, position: d.x > d.maxX * 0.7 ? 'left' : 'right', distance: 10,
        color: BLACK, fontWeight: 'bold', backgroundColor: 'rgba(255,255,255,0.85)', padding: [2, 4] },
      markArea: { silent: true, data: [
        area('GOOD_WORK_PRODUCTIVITY_LAGS', 0, d.splitY, d.splitX, 100, 'insideTopLeft'),
        area('PRODUCTIVE_GOOD_WORK', d.splitX, d.splitY, d.maxX, 100, 'insideTopRight'),
        area('IMPROVE_BOTH', 0, 0, d.splitX, d.splitY, 'insideBottomLeft'),
        area('PRODUCTIVE_UNDER_PRESSURE', d.splitX, 0, d.maxX, d.splitY, 'insideBottomRight')
      ] },
      markLine: { silent: true, symbol: 'none', label: { show: false },
        lineStyle: { color: GREY, type: 'dashed', width: 1.5 },
        data: [{ xAxis: d.splitX }, { yAxis: d.splitY }] }
    }];
    return option;
  }

  function top(d) {
    var values = d.bars.map(function (b) { return b.value; });
    var option = base();
    option.grid = { left: 40, right: d.gap !== undefined ? 150 : 24, top: 24, bottom: 32 };
    option.tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: number };
    option.xAxis = { type: 'category', data: d.bars.map(function (b) { return b.name; }),
      axisLabel: { color: BLACK, fontSize: 13 } };
    option.yAxis = { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { color: BLACK } };
    var series = {
      type: 'bar', barMaxWidth: 72,
      data: d.bars.map(function (b) { return { value: b.value, itemStyle: { color: b.emphasis ? ORANGE : BLUE } }; }),
      label: { show: true, position: 'top', color: BLACK, fontWeight: 'bold', formatter: function (p) { return number(p.value); } }
    };
    if (d.gap !== undefined) {
      var min = Math.min.apply(null, values), max = Math.max.apply(null, values);
      series.markArea = { silent: true, data: [[
        { yAxis: min, itemStyle: { color: d.flagged ? 'rgba(179,71,0,0.14)' : 'rgba(77,77,77,0.10)' },
          label: { show: true, position: 'right', color: BLACK, fontWeight: 'bold',
            formatter: d.gapLabel + ': ' + number(d.gap) } },
        { yAxis: max }
      ]] };
      series.markLine = { silent: true, symbol: 'none', label: { show: false },
        lineStyle: { color: d.flagged ? ORANGE : GREY, type: 'dashed' }, data: [{ yAxis: min }, { yAxis: max }] };
    }
    option.series = [series];
    return option;
  }

  function jobQuality(d) {
    var rows = d.bars.slice().reverse();
    var option = base();
    option.grid = { left: 8, right: 48, top: 8, bottom: 24, containLabel: true };
    option.tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: number };
    option.xAxis = { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { color: BLACK } };
    option.yAxis = { type: 'category', data: rows.map(function (r) { return r.name; }),
      axisLabel: { color: BLACK, fontSize: 13, width: 240, overflow: 'break' } };
    option.series = [{
      type: 'bar', barMaxWidth: 22,
      data: rows.map(function (r) {
        return { value: r.value, itemStyle: { color: r.value !== null && r.value < d.reference ? ORANGE : BLUE } };
      }),
      label: { show: true, position: 'right', color: BLACK, formatter: function (p) { return number(p.value); } },
      markLine: { silent: true, symbol: 'none', label: { show: false },
        lineStyle: { color: GREY, type: 'dashed' }, data: [{ xAxis: d.reference }] }
    }];
    return option;
  }

  var kinds = { quadrant: quadrant, top: top, jobQuality: jobQuality };

  document.querySelectorAll('.wk-report-chart[data-chart]').forEach(function (el) {
    var kind = kinds[el.getAttribute('data-kind')];
    var data;
    try { data = JSON.parse(el.getAttribute('data-chart')); } catch (e) { return; }
    if (!kind || !data) { return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(kind(data));
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
