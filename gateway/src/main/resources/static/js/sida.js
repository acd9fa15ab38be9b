// Every page: after a refusal the error summary takes the focus, so that it is read out and its
// links lead to the fields; after a save, the message that it is saved does.
(function () {
  'use strict';
  var target = document.getElementById('felsammanfattning') || document.querySelector('.saved[role=status]');
  if (target && !document.querySelector('[autofocus]')) {
    target.focus();
  }
})();
