// Word boundaries for selections: the rule of annotations/text/words.py, in the browser.
//
// A word is a run of letters, digits and combining marks, held together inside by
// a hyphen or an apostrophe between letters ("kupu-kupu", "COVID-19", "Jum'at")
// and by a decimal or thousands separator between digits ("7,5", "1.200",
// "10:30"). A hyphen between two digits is a range ("2023-2024"): two words.
// Offsets are code points, as the server's. tests/text/word_snap_cases.json is
// checked against both implementations.
(function () {
  "use strict";
  const WORD = /^[\p{L}\p{N}\p{M}]$/u;
  const DIGIT = /^\p{Nd}$/u;
  const JOINERS = "-\u2010\u2011'\u2019\u02bc";
  const NUMBER_JOINERS = ".,:";

  function joins(before, joiner, after) {
    if (!(WORD.test(before) && WORD.test(after))) return false;
    const digits = DIGIT.test(before) && DIGIT.test(after);
    if (NUMBER_JOINERS.includes(joiner)) return digits;
    return JOINERS.includes(joiner) && !(joiner === "-" && digits);
  }

  // Whether position i of chars (an array of code points) cuts a word in two.
  function insideWord(chars, i) {
    if (i <= 0 || i >= chars.length) return false;
    const a = chars[i - 1];
    const b = chars[i];
    if (WORD.test(a) && WORD.test(b)) return true;
    if (WORD.test(a) && i + 1 < chars.length) return joins(a, b, chars[i + 1]);
    if (WORD.test(b) && i >= 2) return joins(chars[i - 2], a, b);
    return false;
  }

  // Return [start, end] widened so neither end falls inside a word of text.
  function snapToWords(text, start, end) {
    const chars = Array.from(text);
    if (!(start >= 0 && start <= end && end <= chars.length)) return [start, end];
    while (insideWord(chars, start)) start--;
    while (insideWord(chars, end)) end++;
    return [start, end];
  }

  window.newsroomWords = { snapToWords: snapToWords, insideWord: insideWord };
})();
