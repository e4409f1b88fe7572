// Werkkracht: shows what a typed number will be saved as, before it is saved ("= € 4.150.000"), in the
// page's language. The reading rules are those of the server (core NumberNotation); a browser test
// compares the two on the same cases. Inputs: <input data-number="amount|grouped|decimal|percent|whole"
// aria-describedby="… ID-preview"> with <output id="ID-preview">; the texts come from the element
// #wk-number-texts (templates/input/parts.html). No inline scripts (CSP).
(function () {
  'use strict';

  function spaceless(text) {
    return text.replace(/[\s\u00A0\u202F\u2007]/g, '');
  }

  function count(s, c) {
    return s.split(c).length - 1;
  }

  // Whether s is digits grouped in threes by sep after a first group of 1-3 digits not starting with 0.
  function grouped(s, sep) {
    var groups = s.split(sep);
    if (groups.length === 1) { return true; }
    var first = groups[0];
    if (first.length === 0 || first.length > 3 || first.charAt(0) === '0') { return false; }
    for (var i = 1; i < groups.length; i++) {
      if (groups[i].length !== 3) { return false; }
    }
    return true;
  }

  function value(whole, fraction) {
    return { value: Number((whole === '' ? '0' : whole) + (fraction === '' ? '' : '.' + fraction)) };
  }

  function refused(reason, typed, groupedValue, decimalValue) {
    return { refused: reason, text: typed, grouped: groupedValue, decimal: decimalValue };
  }

  function withoutCurrency(s) {
    var t = s;
    if (t.charAt(0) === '€') { t = t.substring(1); } else if (t.toUpperCase().indexOf('EUR') === 0) { t = t.substring(3); }
    if (t.charAt(t.length - 1) === '€') {
      t = t.substring(0, t.length - 1);
    } else if (t.length >= 3 && t.toUpperCase().lastIndexOf('EUR') === t.length - 3) {
      t = t.substring(0, t.length - 3);
    }
    return t;
  }

  function digits(s, kind, typed) {
    var dots = count(s, '.');
    var commas = count(s, ',');
    var at;
    var whole;
    var fraction;
    if (dots === 0 && commas === 0) { return value(s, ''); }
    if (dots > 0 && commas > 0) {
      var decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
      var group = decimal === '.' ? ',' : '.';
      if (count(s, decimal) > 1) { return refused('MIXED_SEPARATORS', typed); }
      at = s.indexOf(decimal);
      whole = s.substring(0, at);
      fraction = s.substring(at + 1);
      if (fraction === '') { return refused('NOT_A_NUMBER', typed); }
      if (!grouped(whole, group)) { return refused('BAD_GROUPING', typed); }
      return value(whole.split(group).join(''), fraction);
    }
    var sep = dots > 0 ? '.' : ',';
    if (count(s, sep) > 1) {
      return grouped(s, sep) ? value(s.split(sep).join(''), '') : refused('BAD_GROUPING', typed);
    }
    at = s.indexOf(sep);
    whole = s.substring(0, at);
    fraction = s.substring(at + 1);
    if (fraction === '') { return refused('NOT_A_NUMBER', typed); }
    if (!(fraction.length === 3 && grouped(s, sep))) { return value(whole, fraction); }
    if (kind === 'amount' || kind === 'grouped' || kind === 'whole') { return value(whole + fraction, ''); }
    return refused('AMBIGUOUS', typed, Number(whole + fraction), Number(whole + '.' + fraction));
  }

  // The same reading as the server's NumberNotation.parse: {blank}, {value} or {refused, text, ...}.
  function parse(text, kind) {
    var typed = (text || '').replace(/^[\s\u00A0\u202F\u2007]+|[\s\u00A0\u202F\u2007]+$/g, '');
    if (typed === '') { return { blank: true }; }
    var s = spaceless(typed);
    var negative = false;
    if (kind === 'amount') { s = withoutCurrency(s); }
    if (s !== '' && '+-\u2212'.indexOf(s.charAt(0)) >= 0) {
      negative = s.charAt(0) !== '+';
      s = s.substring(1);
    }
    if (kind === 'amount') {
      s = withoutCurrency(s);
      if (/[,.]-$/.test(s)) { s = s.substring(0, s.length - 2); } else if (/,--$/.test(s)) { s = s.substring(0, s.length - 3); }
    } else if (kind === 'percent' && s.charAt(s.length - 1) === '%') {
      s = s.substring(0, s.length - 1);
    }
    if (s === '' || !/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) { return refused('NOT_A_NUMBER', typed); }
    var read = digits(s, kind, typed);
    if (read.refused) {
      if (read.refused === 'AMBIGUOUS' && negative) { return refused('AMBIGUOUS', typed, -read.grouped, -read.decimal); }
      return read;
    }
    var v = negative ? -read.value : read.value;
    if (!isFinite(v)) { return refused('NOT_A_NUMBER', typed); }
    if (kind === 'whole' && v !== Math.round(v)) { return refused('NOT_WHOLE', typed); }
    return { value: v === 0 ? 0 : v };
  }

  // A possible reading of an ambiguous text, without thousands separators (as the server says it).
  function plain(v, lang) {
    return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 6, useGrouping: false }).format(v);
  }

  function formatted(v, kind, lang) {
    var locale = lang === 'en' ? 'en-GB' : 'nl-NL';
    var options = { maximumFractionDigits: 6, useGrouping: true };
    if (kind === 'amount') {
      options.style = 'currency';
      options.currency = 'EUR';
      options.minimumFractionDigits = v === Math.round(v) ? 0 : 2;
    }
    var text = new Intl.NumberFormat(locale, options).format(v);
    return kind === 'percent' ? text + ' %' : text;
  }

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (m, i) { return values[Number(i)]; });
  }

  // The preview of an input: the output with its id and "-preview", else the output next to it (rows
  // that another script adds or renumbers).
  function show(input) {
    var output = document.getElementById(input.id + '-preview') ||
      (input.parentElement && input.parentElement.querySelector('output.wk-number-preview'));
    if (!output) { return; }
    var texts = document.getElementById('wk-number-texts') || document.body;
    var lang = document.documentElement.lang;
    var kind = input.getAttribute('data-number');
    var read = parse(input.value, kind);
    output.classList.remove('wk-number-preview--refused');
    if (read.blank) {
      output.textContent = '';
    } else if (read.refused) {
      var template = texts.getAttribute('data-' + read.refused.toLowerCase().replace(/_/g, '-')) || '{0}';
      output.textContent = fill(template, [read.text, plain(read.grouped, lang), plain(read.decimal, lang)]);
      output.classList.add('wk-number-preview--refused');
    } else {
      output.textContent = (texts.getAttribute('data-value') || '= {0}').replace('{0}', formatted(read.value, kind, lang));
    }
  }

  window.WerkkrachtNumbers = { parse: parse };

  document.addEventListener('input', function (e) {
    if (e.target.matches && e.target.matches('input[data-number]')) { show(e.target); }
  });
  document.querySelectorAll('input[data-number]').forEach(show);
})();
