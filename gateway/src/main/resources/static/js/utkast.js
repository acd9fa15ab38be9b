// Drafts (utkast): a form with data-draft-key keeps what is typed in the tab's session storage until
// it is sent and saved, so that a lost connection or a reloaded page in the client's home loses
// nothing. Session storage, not local: it is gone when the tab is closed, and signing out clears it,
// so nothing of a client stays on a shared tablet.
(function () {
  'use strict';
  var storage;
  try { storage = window.sessionStorage; } catch (e) { return; }
  if (!storage) { return; }

  // The page after a successful send names its case: that case's drafts go. The signed-out page
  // says "alla": every draft goes.
  var sent = document.querySelector('[data-draft-sent]');
  if (sent) {
    var which = sent.getAttribute('data-draft-sent');
    Object.keys(storage).filter(function (k) {
      return k.indexOf('kontaktman-utkast:') === 0 && (which === 'alla' || k.slice(-which.length - 1) === ':' + which);
    }).forEach(function (k) { storage.removeItem(k); });
  }

  var form = document.querySelector('form[data-draft-key]');
  if (!form) { return; }
  var key = 'kontaktman-utkast:' + form.getAttribute('data-draft-key') + ':' + form.getAttribute('data-draft-case');
  var fields = function () {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== '_csrf' && (el.tagName === 'TEXTAREA' || el.type === 'text' || el.type === 'date');
    });
  };

  // Only an untouched form is filled from the draft: what the server sent back after a refusal wins.
  var saved = storage.getItem(key);
  var untouched = !document.querySelector('.error-summary');
  if (saved && untouched) {
    var draft = JSON.parse(saved);
    fields().forEach(function (el) { if (draft[el.name] !== undefined && draft[el.name] !== '') { el.value = draft[el.name]; } });
    var note = document.createElement('p');
    note.setAttribute('role', 'status');
    note.className = 'saved';
    note.textContent = 'Utkastet du skrev tidigare är återställt.';
    form.parentNode.insertBefore(note, form);
  }
  form.addEventListener('input', function () {
    var draft = {};
    fields().forEach(function (el) { draft[el.name] = el.value; });
    storage.setItem(key, JSON.stringify(draft));
  });
})();
