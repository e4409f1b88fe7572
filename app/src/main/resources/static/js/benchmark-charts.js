// Werkkracht benchmark pages: draws each metric's box plot (P10–P90 whiskers, P25–P75 box, median line) and,
// on the network dashboard, the trend of P25, median and P75, with Apache ECharts (no inline scripts: see the
// CSP). Each container holds its data as JSON in data-chart (box plot) or data-trend (trend). Suppressed
// groups have no values and are left empty; minimum and maximum are never part of the data. A percentile that
// is not shown (too few organisations, or withheld) is null: a group with all five gets a box, any other group
// gets a mark per percentile it has. The frontier is a triangle. Numbers have 3 significant digits, as
// everywhere in the benchmark. The tables under each chart are the accessible alternative.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var lang = document.documentElement.lang || 'nl';
  var locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  // Colours with at least 3:1 contrast on white.
  var BLUE = '#00689e', BOX = '#d4e6f1', ORANGE = '#b34700', GREY = '#4d4d4d', BLACK = '#1a1a1a';
  var FONT = window.getComputedStyle(document.body).fontFamily;
  var fmt = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });

  function number(v) { return v === null || v === undefined || isNaN(v) ? '–' : fmt.format(v); }

  function base() {
    return {
      aria: { enabled: true, label: { enabled: false } },
      animation: false,
      textStyle: { fontFamily: FONT, color: BLACK, fontSize: 13 }
    };
  }

  function boxplot(d) {
    // the whole network on top: categories run bottom-up, so the boxes are reversed
    var boxes = d.boxes.slice().reverse();
    var top = boxes.length - 1;
    var all = [];
    boxes.forEach(function (b) {
      if (!b.suppressed) {
        all = all.concat(b.values.filter(function (v) { return v !== null; }));
        if (b.frontier !== null && b.frontier !== undefined) { all.push(b.frontier); }
      }
    });
    if (all.length === 0) { all = [0, 1]; }
    if (d.own !== undefined) { all.push(d.own); }
    if (d.official !== undefined) { all.push(d.official); }
    var lo = Math.min.apply(null, all), hi = Math.max.apply(null, all);
    var pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1;
    var option = base();
    option.grid = { left: 190, right: 40, top: 36, bottom: 40 };
    option.tooltip = { trigger: 'item', formatter: function (p) {
      if (p.seriesType === 'boxplot') {
        var v = p.data.slice(-5);
        return p.name + '<br>P10 ' + number(v[0]) + ' · P25 ' + number(v[1]) + ' · P50 ' + number(v[2]) +
          ' · P75 ' + number(v[3]) + ' · P90 ' + number(v[4]);
      }
      return ((p.data && p.data.name) ? p.data.name : p.seriesName) + ': ' + number(p.value[0]);
    } };
    option.xAxis = { type: 'value', min: Math.floor(lo - pad), max: Math.ceil(hi + pad), name: d.unit,
      nameLocation: 'middle', nameGap: 26, nameTextStyle: { color: BLACK },
      axisLabel: { color: BLACK, formatter: number, showMinLabel: false, showMaxLabel: false } };
    option.yAxis = { type: 'category', data: boxes.map(function (b) { return b.label; }),
      axisLabel: { color: BLACK, fontSize: 13 } };
    function complete(b) { return !b.suppressed && b.values.every(function (v) { return v !== null; }); }
    var series = [{
      name: 'P10–P90', type: 'boxplot', boxWidth: [16, 36],
      itemStyle: { color: BOX, borderColor: BLUE, borderWidth: 2 },
      data: boxes.map(function (b) { return complete(b) ? b.values : '-'; })
    }];
    var names = ['P10', 'P25', 'P50', 'P75', 'P90'];
    var marks = [];
    boxes.forEach(function (b, i) {
      if (!b.suppressed && !complete(b)) {
        b.values.forEach(function (v, j) { if (v !== null) { marks.push({ value: [v, i], name: names[j] }); } });
      }
    });
    if (marks.length > 0) {
      series.push({
        name: 'P10–P90', type: 'scatter', symbol: 'rect', symbolSize: [4, 28], z: 5,
        itemStyle: { color: BLUE },
        label: { show: true, position: 'top', formatter: function (p) { return p.name; }, color: BLACK, fontSize: 11 },
        data: marks
      });
    }
    var frontiers = [];
    boxes.forEach(function (b, i) {
      if (!b.suppressed && b.frontier !== null && b.frontier !== undefined) { frontiers.push([b.frontier, i]); }
    });
    if (frontiers.length > 0) {
      series.push({
        name: d.frontierLabel, type: 'scatter', symbol: 'triangle', symbolSize: 14, z: 6,
        itemStyle: { color: GREY, borderColor: BLACK, borderWidth: 1 },
        data: frontiers
      });
    }
    if (d.own !== undefined) {
      series.push({
        name: d.ownLabel, type: 'scatter', symbol: 'diamond', symbolSize: 18, z: 10,
        itemStyle: { color: ORANGE, borderColor: BLACK, borderWidth: 1.5 },
        label: { show: true, position: 'bottom', formatter: d.ownLabel, color: BLACK, fontWeight: 'bold' },
        data: [[d.own, top]]
      });
    }
    if (d.official !== undefined) {
      series[0].markLine = { silent: true, symbol: 'none',
        lineStyle: { color: GREY, type: 'dashed', width: 2 },
        label: { formatter: d.officialLabel + ' ' + number(d.official), color: BLACK, position: 'end' },
        data: [{ xAxis: d.official }] };
    }
    option.series = series;
    return option;
  }

  function trend(d) {
    var t = d.trend;
    var option = base();
    option.grid = { left: 56, right: 24, top: 32, bottom: 32 };
    option.legend = { top: 0, textStyle: { color: BLACK } };
    option.tooltip = { trigger: 'axis', valueFormatter: number };
    option.xAxis = { type: 'category', data: t.years.map(String), axisLabel: { color: BLACK } };
    option.yAxis = { type: 'value', scale: true, name: d.unit, axisLabel: { color: BLACK, formatter: number } };
    function line(name, data, dashed) {
      return { name: name, type: 'line', data: data, connectNulls: false, symbolSize: 8,
        lineStyle: { color: BLUE, width: dashed ? 1.5 : 3, type: dashed ? 'dashed' : 'solid' },
        itemStyle: { color: BLUE } };
    }
    option.series = [line('P25', t.p25, true), line('P50', t.p50, false), line('P75', t.p75, true)];
    return option;
  }

  function draw(el, option) {
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var d = JSON.parse(el.getAttribute('data-chart'));
    el.style.height = (110 + 60 * d.boxes.length) + 'px';
    draw(el, boxplot(d));
  });
  document.querySelectorAll('[data-trend]').forEach(function (el) {
    var d = JSON.parse(el.getAttribute('data-trend'));
    if (d.trend) { draw(el, trend(d)); } else { el.hidden = true; }
  });
}());
