// The personnummer checked as it is typed, by the rules assignment-service applies when the case
// is registered (which stays the judge): twelve digits with century, YYYYMMDD-NNNN; a date that
// exists (a samordningsnummer has 60 added to the day) and is not after today; a birth number that
// is not 000; the check digit (Luhn over the last ten digits).
(function () {
  'use strict';
  var input = document.querySelector('[data-personnummer]');
  var out = document.getElementById('personnummer-check');
  if (!input || !out) { return; }

  function check(value) {
    var m = /^(\d{8})-?(\d{4})$/.exec(value.trim());
    if (!m) { return 'Skriv tolv siffror: ÅÅÅÅMMDD-NNNN.'; }
    var digits = m[1] + m[2];
    var year = +digits.substr(0, 4), month = +digits.substr(4, 2), day = +digits.substr(6, 2);
    if (day > 60) { day -= 60; }
    var date = new Date(year, month - 1, day);
    if (month < 1 || month > 12 || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
      return 'Datumet i personnumret finns inte.';
    }
    if (date > new Date()) { return 'Datumet i personnumret ligger efter i dag.'; }
    if (digits.substr(8, 3) === '000') { return 'Födelsenumret kan inte vara 000.'; }
    var sum = 0;
    for (var i = 2; i < 12; i++) {
      var n = +digits[i] * (i % 2 === 0 ? 2 : 1);
      sum += n > 9 ? n - 9 : n;
    }
    if (sum % 10 !== 0) { return 'Kontrollsiffran stämmer inte.'; }
    return '';
  }

  function show() {
    if (input.value.trim().length < 12) { out.textContent = ''; out.className = 'field-check'; return; }
    var problem = check(input.value);
    out.textContent = problem || 'Personnumret ser rätt ut.';
    out.className = 'field-check ' + (problem ? 'wrong' : 'ok');
  }
  input.addEventListener('input', show);
  show();
})();
