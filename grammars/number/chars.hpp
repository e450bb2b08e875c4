// Character classes of the number grammar, shared by the X3 rules and the scanner.
#pragma once

#include <cstddef>

namespace figcheck::grammar::parser {

// ---------------------------------------------------------------------------------------------
// Characters. The text is UTF-8; a "word character" is an ASCII letter or digit or a non-ASCII
// letter (accented Latin, Greek, Cyrillic...). Spaces, punctuation, currency signs, "°", "²"
// and the typographic spaces are not.

constexpr bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

inline bool is_word_at(char const* p, char const* last) {
  auto const c = static_cast<unsigned char>(*p);
  if (c < 0x80) return is_ascii_alnum(c);
  if (c < 0xC2) return false;   // stray continuation byte or overlong lead
  if (c == 0xC2) return false;  // U+0080..U+00BF: NBSP, « », °, ², ³, ...
  if (c == 0xC3) {              // U+00C0..U+00FF: letters except × and ÷
    auto const d = p + 1 < last ? static_cast<unsigned char>(p[1]) : 0;
    return d != 0x97 && d != 0xB7;
  }
  if (c < 0xE0) return true;    // Latin Extended, IPA, Greek, Cyrillic, ...
  if (c == 0xE2) return false;  // general punctuation, currency signs, arrows, maths
  if (c == 0xEF) return false;  // BOM, fullwidth and replacement characters
  if (c < 0xF0) return true;    // Latin Extended Additional ("ᵉ"), other scripts
  return false;                 // emoji and other supplementary symbols
}

inline std::size_t utf8_length(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  if (c < 0xF8) return 4;
  return 1;
}

// The code point before `p` is part of a word (p is not at a word start).
inline bool is_word_before(char const* begin, char const* p) {
  if (p == begin) return false;
  char const* q = p - 1;
  int steps = 0;
  while (q > begin && steps < 3 && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) {
    --q;
    ++steps;
  }
  return is_word_at(q, p);
}

}  // namespace figcheck::grammar::parser
