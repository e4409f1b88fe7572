// Werkkracht questionnaire (progressive enhancement; the page works as one plain form without this).
// With this script: one step per screen (the introduction and team, each scale, the idea and sending)
// with a progress bar and back/next; answers stay in this browser's sessionStorage until they are sent,
// so a reload or a language switch loses nothing, and nothing reaches the server before sending; the
// answers are sent to the public API, and when that fails (no network, 429/503 with Retry-After) they
// are kept and the page offers to send them again. A successful send clears the storage.
(function () {
  'use strict';
  var form = document.getElementById('questionnaire');
  if (!form || !window.fetch || !window.JSON) { return; }
  var steps = Array.prototype.slice.call(form.querySelectorAll('.wk-scan-step'));
  var nav = document.getElementById('step-nav');
  var back = document.getElementById('back');
  var next = document.getElementById('next');
  var bar = document.getElementById('progressbar');
  var barValue = document.getElementById('progress-bar');
  var progress = document.getElementById('progress');
  var status = document.getElementById('send-status');
  var statusText = document.getElementById('send-message');
  var again = document.getElementById('send-again');
  var submit = document.getElementById('submit');
  var total = parseInt(form.getAttribute('data-questions'), 10) || 0;
  var key = 'wk-scan:' + window.location.pathname;
  var current = 0;
  var sending = false;
  var storage = null;
  try { storage = window.sessionStorage; storage.getItem(key); } catch (e) { storage = null; }

  function msg(name, arg) {
    var text = form.getAttribute('data-msg-' + name) || form.getAttribute('data-' + name) || '';
    return arg === undefined ? text : text.replace('{0}', arg);
  }

  // ---- what was answered, in the form and in the browser's storage -------------------------------
  function collect() {
    var state = { answers: {}, team: '', ideas: '', step: current };
    form.querySelectorAll('input[type=radio]:checked').forEach(function (input) {
      if (input.name === 'team') { state.team = input.value; }
      else if (input.name.indexOf('q.') === 0) { state.answers[input.name.substring(2)] = input.value; }
    });
    var ideas = document.getElementById('ideas');
    state.ideas = ideas ? ideas.value : '';
    return state;
  }

  function save() {
    if (!storage) { return; }
    try { storage.setItem(key, JSON.stringify(collect())); } catch (e) { /* full or blocked: keep going */ }
  }

  function restore() {
    if (!storage) { return 0; }
    var state;
    try { state = JSON.parse(storage.getItem(key) || 'null'); } catch (e) { state = null; }
    if (!state) { return 0; }
    Object.keys(state.answers || {}).forEach(function (item) {
      var input = form.querySelector('input[type=radio][name="q.' + item + '"][value="' + state.answers[item] + '"]');
      if (input) { input.checked = true; }
    });
    if (state.team) {
      form.querySelectorAll('input[name=team]').forEach(function (input) { input.checked = input.value === state.team; });
    }
    var ideas = document.getElementById('ideas');
    if (ideas && state.ideas && !ideas.value) { ideas.value = state.ideas; }
    return Math.max(0, Math.min(steps.length - 1, parseInt(state.step, 10) || 0));
  }

  function forget() {
    if (storage) { try { storage.removeItem(key); } catch (e) { /* nothing kept */ } }
  }

  // ---- steps ------------------------------------------------------------------------------------
  function answered() {
    var names = {};
    form.querySelectorAll('input[type=radio][name^="q."]:checked').forEach(function (input) {
      names[input.name] = true;
    });
    return Object.keys(names).length;
  }

  function update() {
    barValue.max = steps.length;
    barValue.value = current + 1;
    progress.textContent = msg('step').replace('{0}', current + 1).replace('{1}', steps.length) + ' · '
      + msg('progress').replace('{0}', answered()).replace('{1}', total);
  }

  function show(index, focus) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach(function (step, i) { step.classList.toggle('wk-current', i === current); });
    back.hidden = current === 0;
    next.hidden = current === steps.length - 1;
    update();
    save();
    if (focus) {
      window.scrollTo(0, 0);
      var heading = steps[current].querySelector('legend, h2, label');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) { heading.setAttribute('tabindex', '-1'); }
        heading.focus({ preventScroll: true });
      }
    }
  }

  function teamMissing() {
    var team = document.getElementById('team');
    return team && !form.querySelector('input[name=team]:checked');
  }

  function problem(text, retry) {
    statusText.textContent = text;
    again.hidden = !retry;
    status.hidden = false;
    status.focus();
  }

  next.addEventListener('click', function () {
    if (current === 0 && teamMissing()) {
      problem(msg('team'), false);
      return;
    }
    status.hidden = true;
    show(current + 1, true);
  });
  back.addEventListener('click', function () { status.hidden = true; show(current - 1, true); });
  form.addEventListener('change', function () { update(); save(); });
  form.addEventListener('input', save);

  // ---- sending ------------------------------------------------------------------------------------
  function stepOf(field) {
    if (field === 'team') { return 0; }
    if (field === 'ideas') { return steps.length - 1; }
    if (field && field.indexOf('answers.') === 0) {
      var item = document.getElementById(field.substring(8).replace(/\./g, '-'));
      for (var i = 0; i < steps.length; i++) { if (item && steps[i].contains(item)) { return i; } }
    }
    return 1;
  }

  function payload() {
    var state = collect();
    var answers = {};
    Object.keys(state.answers).forEach(function (item) {
      var value = parseInt(state.answers[item], 10);
      if (state.answers[item] !== 'na' && !isNaN(value)) { answers[item] = value; } // "don't know": no answer
    });
    var body = { answers: answers };
    if (state.team) { body.team = state.team; }
    if (state.ideas && state.ideas.trim()) { body.ideas = state.ideas; }
    return body;
  }

  function waitThenRetry(seconds) {
    var left = seconds;
    again.disabled = true;
    problem(msg('wait', left), true);
    var timer = window.setInterval(function () {
      left -= 1;
      if (left <= 0) {
        window.clearInterval(timer);
        again.disabled = false;
        statusText.textContent = msg('failed');
      } else {
        statusText.textContent = msg('wait', left);
      }
    }, 1000);
  }

  function send() {
    if (sending) { return; }
    if (teamMissing()) { show(0, true); problem(msg('team'), false); return; }
    sending = true;
    save();
    submit.disabled = true;
    again.disabled = true;
    statusText.textContent = msg('sending');
    fetch(form.getAttribute('data-api'), {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
      body: JSON.stringify(payload())
    }).then(function (response) {
      if (response.status === 201) {
        forget();
        window.location.assign(form.getAttribute('data-thanks'));
        return;
      }
      if (response.status === 400) {
        return response.json().catch(function () { return {}; }).then(function (p) {
          var field = p && p.field ? p.field : 'answers';
          show(stepOf(field), true);
          problem(msg(field.indexOf('answers.') === 0 ? 'answer' : field) || msg('answers'), false);
        });
      }
      if (response.status === 404 || response.status === 409 || response.status === 410) {
        forget(); // these answers can never be sent: nothing is kept
        problem(msg(response.status === 404 ? 'unknown' : response.status === 409 ? 'used' : 'closed'), false);
        return;
      }
      var retryAfter = parseInt(response.headers.get('Retry-After') || '', 10);
      if (retryAfter > 0) { waitThenRetry(Math.min(retryAfter, 300)); } else { problem(msg('failed'), true); }
      again.disabled = retryAfter > 0;
    }).catch(function () {
      problem(msg('failed'), true); // no network: the answers stay in this browser
      again.disabled = false;
    }).then(function () {
      sending = false;
      submit.disabled = false;
    });
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); send(); });
  again.addEventListener('click', send);

  // ---- start --------------------------------------------------------------------------------------
  form.noValidate = true; // the steps check the team themselves; hidden steps cannot show the browser's bubble
  form.classList.add('wk-scan-paged');
  nav.hidden = false;
  bar.hidden = false;
  var start = restore();
  var errors = document.getElementById('form-errors');
  if (errors) {
    var field = errors.querySelector('[data-field]');
    start = stepOf(field ? field.getAttribute('data-field') : 'answers');
  }
  show(start, false);
  if (errors) { errors.focus(); }
})();
