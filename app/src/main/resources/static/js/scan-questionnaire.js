// Werkkracht questionnaire: shows how many statements are answered (the form works without it).
(function () {
  'use strict';
  var form = document.getElementById('questionnaire');
  var progress = document.getElementById('progress');
  if (!form || !progress) { return; }
  var total = parseInt(form.getAttribute('data-questions'), 10) || 0;
  var template = form.getAttribute('data-progress') || '{0} / {1}';

  function update() {
    var answered = {};
    form.querySelectorAll('input[type=radio][name^="q."]:checked').forEach(function (input) {
      answered[input.name] = true;
    });
    var n = Object.keys(answered).length;
    progress.textContent = template.replace('{0}', n).replace('{1}', total);
  }

  progress.hidden = false;
  form.addEventListener('change', update);
  update();
  var errors = document.getElementById('form-errors');
  if (errors) { errors.focus(); }
})();
