// Werkkracht value-stream editor: add, remove and move step rows, and keep the waste type in step with
// the kind of step (no inline scripts: see the CSP). Without JavaScript the form still works: it has a
// fixed number of rows and the server skips the empty ones. After every change the rows are numbered
// again (steps[0], steps[1], …), with their ids and accessible names.
(function () {
  'use strict';
  var table = document.getElementById('vs-steps');
  var body = table && table.tBodies[0];

  function rows() { return Array.prototype.slice.call(body.querySelectorAll('tr[data-step-row]')); }

  function fill(template, n) { return (template || '').replace('{n}', String(n)); }

  function renumber() {
    rows().forEach(function (row, i) {
      var n = i + 1;
      row.querySelector('[data-step-number]').textContent = String(n);
      row.querySelectorAll('[data-field]').forEach(function (input) {
        var field = input.getAttribute('data-field');
        input.name = 'steps[' + i + '].' + field;
        input.id = 'steps-' + i + '-' + field;
        input.setAttribute('aria-label', fill(input.getAttribute('data-aria'), n));
      });
      row.querySelectorAll('[data-action]').forEach(function (button) {
        var name = fill(table.getAttribute('data-aria-' + button.getAttribute('data-action')), n);
        button.setAttribute('aria-label', name);
        button.title = name;
      });
      var up = row.querySelector('[data-action=up]');
      var down = row.querySelector('[data-action=down]');
      if (up) { up.disabled = i === 0; }
      if (down) { down.disabled = i === rows().length - 1; }
    });
  }

  // A waste type only for waste steps: the select is disabled (and so not sent) otherwise.
  function syncWaste(row) {
    var kind = row.querySelector('[data-field=classification]');
    var waste = row.querySelector('[data-field=wasteType]');
    if (!kind || !waste) { return; }
    var isWaste = kind.value === 'WASTE';
    if (!isWaste) { waste.value = ''; }
    waste.disabled = !isWaste;
  }

  function button(action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'utrecht-button utrecht-button--subtle wk-vs-action';
    b.setAttribute('data-action', action);
    b.textContent = table.getAttribute('data-label-' + action);
    return b;
  }

  function addActions(row) {
    var cell = document.createElement('td');
    cell.className = 'utrecht-table__cell wk-vs-actions';
    cell.appendChild(button('up'));
    cell.appendChild(button('down'));
    cell.appendChild(button('remove'));
    row.appendChild(cell);
  }

  function blankRow() {
    var row = rows()[0].cloneNode(true);
    row.querySelectorAll('[data-field]').forEach(function (input) {
      if (input.type === 'checkbox') { input.checked = false; } else { input.value = ''; }
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    });
    row.querySelectorAll('.wk-field-error').forEach(function (p) { p.remove(); });
    row.querySelectorAll('output.wk-number-preview').forEach(function (o) { o.textContent = ''; });
    return row;
  }

  function onClick(e) {
    var b = e.target.closest('[data-action]');
    if (!b) { return; }
    var row = b.closest('tr');
    var action = b.getAttribute('data-action');
    if (action === 'up' && row.previousElementSibling) {
      body.insertBefore(row, row.previousElementSibling);
    } else if (action === 'down' && row.nextElementSibling) {
      body.insertBefore(row.nextElementSibling, row);
    } else if (action === 'remove') {
      if (rows().length === 1) { body.appendChild(blankRow()); }
      var next = row.nextElementSibling || row.previousElementSibling;
      row.remove();
      renumber();
      if (next) { next.querySelector('[data-field=role]').focus(); }
      return;
    }
    renumber();
    b.focus();
  }

  function init() {
    var header = table.tHead.rows[0];
    var th = document.createElement('th');
    th.scope = 'col';
    th.className = 'utrecht-table__header-cell';
    th.textContent = table.getAttribute('data-label-actions');
    header.appendChild(th);
    rows().forEach(function (row) { addActions(row); syncWaste(row); });
    body.addEventListener('click', onClick);
    body.addEventListener('change', function (e) {
      if (e.target.getAttribute('data-field') === 'classification') { syncWaste(e.target.closest('tr')); }
    });
    var add = document.getElementById('vs-add-step');
    add.hidden = false;
    add.addEventListener('click', function () {
      var row = blankRow();
      body.appendChild(row);
      syncWaste(row);
      renumber();
      row.querySelector('[data-field=role]').focus();
    });
    renumber();
  }

  if (body) { init(); }

  // Deleting asks first.
  var del = document.getElementById('vs-delete');
  if (del) {
    del.addEventListener('submit', function (e) {
      if (!window.confirm(del.getAttribute('data-confirm'))) { e.preventDefault(); }
    });
  }
})();
