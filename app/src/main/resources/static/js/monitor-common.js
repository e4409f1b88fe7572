// Werkkracht monitor: helpers shared by the overview map and the region charts (no inline scripts: see the CSP).
window.WkMonitor = (function () {
  'use strict';

  /** The labels the page hands over in its data-labels attribute (JSON). */
  function labels(el) {
    try { return JSON.parse(el.getAttribute('data-labels') || '{}'); } catch (e) { return {}; }
  }

  function locale(lang) { return lang === 'en' ? 'en-GB' : 'nl-NL'; }

  function missing(v) { return v === null || v === undefined || v === '-' || (typeof v === 'number' && isNaN(v)); }

  function formatter(lang, options) {
    var f = new Intl.NumberFormat(locale(lang), options);
    return function (v) { return missing(v) ? '–' : f.format(v); };
  }

  /** Whole euros: "€ 90.500". */
  function euro(lang) { return formatter(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 }); }

  /** Euros with cents (amounts per hour worked): "€ 51,42". */
  function euroCents(lang) { return formatter(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2, minimumFractionDigits: 2 }); }

  /** A number with n decimals: "104,2". */
  function decimals(lang, n) { return formatter(lang, { minimumFractionDigits: n, maximumFractionDigits: n }); }

  /** A number already in percent, with n decimals: "2,3%". */
  function percent(lang, n) {
    var f = decimals(lang, n);
    return function (v) { return missing(v) ? '–' : f(v) + '%'; };
  }

  function json(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); }
      return r.json();
    });
  }

  /** An ECharts instance that follows the size of its container. */
  function chart(el) {
    var c = window.echarts.init(el, null, { renderer: 'canvas' });
    window.addEventListener('resize', function () { c.resize(); });
    return c;
  }

  /** Colours that stay apart for colour-blind readers (Okabe-Ito based). */
  var colours = { region: '#0072B2', reference: '#D55E00', corrected: '#009E73', neutral: '#666666' };

  return { labels: labels, euro: euro, euroCents: euroCents, decimals: decimals, percent: percent, json: json, chart: chart,
    missing: missing, colours: colours };
})();
