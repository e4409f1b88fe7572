// Werkkracht national page: draws the charts with Apache ECharts from the JSON API (no inline scripts:
// see the CSP). Each container says which API address to read (data-api), which chart to draw
// (data-chart) and the series names in the page's language (data-label-*). Missing values stay empty
// (null), never 0. The data tables under each chart are the accessible alternative.
(function () {
  'use strict';
  if (typeof echarts === 'undefined') { return; }
  var lang = document.documentElement.lang || 'nl';
  var MISSING = '–';
  // Colours with at least 3:1 contrast on white; decal patterns tell the series apart without colour.
  var BLUE = '#00689e', PURPLE = '#5b2c83', ORANGE = '#b34700', GREEN = '#2e6b30', RED = '#a4001b', GREY = '#4d4d4d';
  var BLACK = '#1a1a1a';
  var FONT = window.getComputedStyle(document.querySelector('.wk-national') || document.body).fontFamily;
  var requests = {};

  function load(url) {
    if (!requests[url]) {
      requests[url] = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (r) {
          if (!r.ok) { throw new Error('HTTP ' + r.status); }
          return r.json();
        });
    }
    return requests[url];
  }

  function formatter(decimals, suffix) {
    var f = new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    return function (v) {
      return v === null || v === undefined || isNaN(v) ? MISSING : f.format(v) + (suffix || '');
    };
  }

  function scaled(v, factor) { return v === null || v === undefined ? null : v * factor; }

  function label(el, name) { return el.getAttribute('data-label-' + name) || el.getAttribute('data-label') || name; }

  function base(valueFormat) {
    return {
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      animation: false,
      textStyle: { fontFamily: FONT, color: BLACK },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: valueFormat },
      legend: { top: 0, textStyle: { color: BLACK } },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true }
    };
  }

  function industryBars(el, data, value, valueFormat, axisFormat) {
    var rows = data.industries.slice().reverse();
    var option = base(valueFormat);
    option.legend.show = false;
    option.xAxis = { type: 'value', axisLabel: { formatter: axisFormat, color: BLACK } };
    option.yAxis = { type: 'category', data: rows.map(function (r) { return r.total ? r.name : r.sector + ' ' + r.name; }),
      axisLabel: { color: BLACK, width: 260, overflow: 'truncate' } };
    option.series = [{
      type: 'bar', name: el.getAttribute('data-label'),
      data: rows.map(function (r) {
        return { value: value(r), itemStyle: { color: r.total ? PURPLE : BLUE } };
      }),
      label: { show: true, position: 'right', formatter: function (p) { return valueFormat(p.value); }, color: BLACK }
    }];
    return option;
  }

  var charts = {
    levels: function (el, data) {
      return industryBars(el, data, function (r) { return r.productivity; }, formatter(2, ''), formatter(0, ''));
    },
    growth: function (el, data) {
      return industryBars(el, data, function (r) { return scaled(r.averageGrowth, 100); }, formatter(2, '%'), formatter(1, '%'));
    },
    shiftShare: function (el, data) {
      // Horizontal stacked bars, the covered industries together on top, as in the table.
      var rows = data.sectors.slice().reverse();
      var names = rows.map(function (s) { return s.sector + ' ' + s.name; });
      names.push(el.getAttribute('data-total-label'));
      var total = { within: data.within, staticShift: data.staticShift, dynamicShift: data.dynamicShift };
      var option = base(formatter(2, ''));
      option.yAxis = { type: 'category', data: names, axisLabel: { color: BLACK, width: 260, overflow: 'truncate' } };
      option.xAxis = { type: 'value', axisLabel: { formatter: formatter(1, ''), color: BLACK } };
      option.series = [
        ['within', 'within', BLUE], ['static', 'staticShift', ORANGE], ['dynamic', 'dynamicShift', GREEN]
      ].map(function (s) {
        return { type: 'bar', stack: 'effects', name: label(el, s[0]), itemStyle: { color: s[2] },
          data: rows.map(function (x) { return x[s[1]]; }).concat([total[s[1]]]) };
      });
      return option;
    },
    growthAccounting: function (el, data) {
      var sector = el.getAttribute('data-sector');
      var accounts = data.sectors.filter(function (s) { return s.sector === sector; })[0];
      if (!accounts) { return null; }
      // Every year of the period on the axis; a year without all published figures stays a gap.
      var byYear = {};
      accounts.years.forEach(function (y) { byYear[y.year] = y; });
      var years = [];
      for (var t = data.from + 1; t <= data.to; t++) { years.push(t); }
      var value = function (field) {
        return years.map(function (t) { return byYear[t] ? byYear[t][field] : null; });
      };
      var option = base(formatter(2, ''));
      option.xAxis = { type: 'category', data: years.map(String), axisLabel: { color: BLACK } };
      option.yAxis = { type: 'value', axisLabel: { formatter: formatter(1, ''), color: BLACK } };
      option.series = [
        ['ict', 'ictCapital', BLUE], ['non-ict', 'nonIctCapital', GREY], ['intangible', 'intangibleCapital', PURPLE],
        ['labour-composition', 'labourComposition', ORANGE], ['tfp', 'tfp', GREEN]
      ].map(function (s) {
        return { type: 'bar', stack: 'contributions', name: label(el, s[0]), itemStyle: { color: s[2] },
          data: value(s[1]) };
      });
      option.series.push({ type: 'line', name: label(el, 'growth'), z: 10, symbol: 'circle', symbolSize: 7,
        itemStyle: { color: RED }, lineStyle: { color: RED, width: 2 },
        data: value('productivityGrowth') });
      return option;
    },
    labourShare: function (el, data) {
      var option = base(formatter(1, '%'));
      option.tooltip.axisPointer = { type: 'line' };
      option.legend.show = false;
      option.xAxis = { type: 'category', data: data.years.map(function (y) { return String(y.year); }), axisLabel: { color: BLACK } };
      var shares = data.years.map(function (y) { return scaled(y.labourShare, 100); });
      var present = shares.filter(function (v) { return v !== null; });
      if (!present.length) { return null; }
      // A band of whole 5 % steps around the values: changes show without being blown up.
      option.yAxis = { type: 'value', min: Math.floor((Math.min.apply(null, present) - 0.5) / 5) * 5,
        max: Math.ceil((Math.max.apply(null, present) + 0.5) / 5) * 5,
        axisLabel: { formatter: formatter(0, '%'), color: BLACK } };
      option.series = [{ type: 'line', name: el.getAttribute('data-label'), symbol: 'circle', symbolSize: 7,
        itemStyle: { color: BLUE }, lineStyle: { color: BLUE, width: 2 }, connectNulls: false,
        data: shares }];
      return option;
    },
    realWage: function (el, data) {
      var option = base(formatter(1, ''));
      option.tooltip.axisPointer = { type: 'line' };
      option.xAxis = { type: 'category', data: data.years.map(function (y) { return String(y.year); }), axisLabel: { color: BLACK } };
      option.yAxis = { type: 'value', scale: true, axisLabel: { formatter: formatter(1, ''), color: BLACK } };
      option.series = [
        ['wage', 'realWageIndex', BLUE, 'solid'], ['productivity', 'productivityIndex', ORANGE, 'dashed']
      ].map(function (s) {
        return { type: 'line', name: label(el, s[0]), symbol: 'circle', symbolSize: 7, connectNulls: false,
          itemStyle: { color: s[2] }, lineStyle: { color: s[2], width: 2, type: s[3] },
          data: data.years.map(function (y) { return y[s[1]]; }) };
      });
      return option;
    }
  };

  var drawn = [];
  document.querySelectorAll('.wk-chart[data-chart][data-api]').forEach(function (el) {
    var draw = charts[el.getAttribute('data-chart')];
    if (!draw) { return; }
    load(el.getAttribute('data-api')).then(function (data) {
      var option = draw(el, data);
      if (!option) { return; }
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option);
      drawn.push(chart);
    }).catch(function () {
      // Without data the container is no image: say so in words; the table below still holds the figures.
      el.classList.add('wk-chart--failed');
      el.removeAttribute('role');
      el.textContent = el.getAttribute('aria-label');
    });
  });
  window.addEventListener('resize', function () {
    drawn.forEach(function (c) { c.resize(); });
  });
})();
