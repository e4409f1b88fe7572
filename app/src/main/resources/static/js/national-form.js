// Werkkracht national page: checks the period before the GET form is sent (the server checks it too).
(function () {
  'use strict';
  var form = document.getElementById('national-form');
  if (!form) { return; }
  var from = document.getElementById('from');
  var to = document.getElementById('to');
  var message = document.getElementById('period-message');

  function check() {
    var ok = Number(to.value) > Number(from.value);
    var text = ok ? '' : form.getAttribute('data-period-message');
    to.setCustomValidity(text);
    to.setAttribute('aria-invalid', ok ? 'false' : 'true');
    message.textContent = text;
    return ok;
  }

  from.addEventListener('change', check);
  to.addEventListener('change', check);
  form.addEventListener('submit', function (e) {
    if (!check()) {
      e.preventDefault();
      to.focus();
    }
  });
})();
