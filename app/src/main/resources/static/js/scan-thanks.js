// Werkkracht thank-you page: answers kept in this browser until they were sent are removed.
(function () {
  'use strict';
  try {
    for (var i = window.sessionStorage.length - 1; i >= 0; i--) {
      var key = window.sessionStorage.key(i);
      if (key && key.indexOf('wk-scan:') === 0) { window.sessionStorage.removeItem(key); }
    }
  } catch (e) { /* storage unavailable: nothing was kept */ }
})();
