// Data page upload: sends the form with XMLHttpRequest to show the upload's progress, then polls the
// import job until it is done and shows its result. Without JavaScript the form posts normally and
// the server shows the same result on a page of its own. No inline script: see the CSP.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  var result = document.getElementById('upload-result');
  var area = document.getElementById('upload-progress-area');
  var bar = document.getElementById('upload-progress');
  var text = document.getElementById('upload-progress-text');
  var submit = document.getElementById('upload-submit');
  var fileInput = document.getElementById('upload-file');
  var msg = function (name) { return form.getAttribute('data-msg-' + name) || ''; };
  var POLL_MS = 500;

  function clear(el) { while (el.firstChild) { el.removeChild(el.firstChild); } }

  function paragraph(content) {
    var p = document.createElement('p');
    p.className = 'utrecht-paragraph';
    p.textContent = content;
    return p;
  }

  function progress(fraction, label) {
    area.hidden = false;
    if (fraction === null || fraction === undefined) {
      bar.removeAttribute('value');
    } else {
      bar.value = Math.round(fraction * 100);
    }
    text.textContent = label + (fraction === null || fraction === undefined ? '' : ' ' + Math.round(fraction * 100) + '%');
  }

  function busy(on) {
    submit.disabled = on;
    form.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function showStatus(content) {
    clear(result);
    result.appendChild(paragraph(content));
  }

  function showError(message, error) {
    busy(false);
    area.hidden = true;
    clear(result);
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.className = 'utrecht-alert utrecht-alert--error wk-result';
    box.appendChild(paragraph(message));
    if (error && error.message) {
      var dl = document.createElement('dl');
      dl.className = 'wk-facts';
      var add = function (label, value) {
        var row = document.createElement('div');
        var dt = document.createElement('dt'); dt.textContent = label;
        var dd = document.createElement('dd'); dd.textContent = value;
        row.appendChild(dt); row.appendChild(dd); dl.appendChild(row);
      };
      add(msg('file'), error.file);
      if (error.line > 0) { add(msg('line'), String(error.line)); }
      if (error.field) { add(msg('field'), error.field); }
      box.appendChild(dl);
    }
    result.appendChild(box);
  }

  function showSuccess(job) {
    busy(false);
    progress(1, '');
    clear(result);
    var box = document.createElement('div');
    box.className = 'utrecht-alert utrecht-alert--ok wk-result';
    box.appendChild(paragraph(job.message));
    if (job.notes && job.notes.length) {
      box.appendChild(paragraph(msg('notes')));
      var ul = document.createElement('ul');
      ul.className = 'utrecht-unordered-list';
      job.notes.forEach(function (n) { var li = document.createElement('li'); li.textContent = n; ul.appendChild(li); });
      box.appendChild(ul);
    }
    result.appendChild(box);
    refreshTable();
  }

  // Replaces the datasets table with the server's current one, so the new dataset shows at once.
  function refreshTable() {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', window.location.pathname);
    xhr.responseType = 'document';
    xhr.onload = function () {
      var fresh = xhr.response && xhr.response.getElementById('datasets-table');
      var old = document.getElementById('datasets-table');
      if (xhr.status === 200 && fresh && old) {
        old.parentNode.replaceChild(document.importNode(fresh, true), old);
      }
    };
    xhr.send();
  }

  function problemDetail(xhr) {
    try {
      var body = JSON.parse(xhr.responseText);
      return body.detail || body.title || '';
    } catch (e) { return ''; }
  }

  function poll(url) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      if (xhr.status !== 200) { showError(problemDetail(xhr) || msg('network')); return; }
      var job = JSON.parse(xhr.responseText);
      if (job.state === 'succeeded') { showSuccess(job); return; }
      if (job.state === 'failed') { showError(job.message, job.error); return; }
      progress(job.progress, job.message);
      window.setTimeout(function () { poll(url); }, POLL_MS);
    };
    xhr.onerror = function () { showError(msg('network')); };
    xhr.send();
  }

  form.addEventListener('submit', function (event) {
    if (!form.checkValidity()) { return; }
    event.preventDefault();
    var file = fileInput.files && fileInput.files[0];
    var max = Number(form.getAttribute('data-max-bytes'));
    if (file && max && file.size > max) { showError(msg('too-large')); return; }
    busy(true);
    showStatus(msg('uploading'));
    progress(0, msg('uploading'));
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) { xhr.setRequestHeader(header.content, token.content); }
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { progress(e.loaded / e.total, msg('uploading')); }
    };
    xhr.onload = function () {
      if (xhr.status === 202) {
        var body = JSON.parse(xhr.responseText);
        showStatus(msg('importing'));
        progress(0, msg('importing'));
        poll(body.status);
      } else if (xhr.status === 401 || xhr.status === 403) {
        showError(msg('forbidden'));
      } else if (xhr.status === 413) {
        showError(msg('too-large'));
      } else {
        showError(problemDetail(xhr) || msg('network'));
      }
    };
    xhr.onerror = function () { showError(msg('network')); };
    xhr.send(new FormData(form));
  });
})();
