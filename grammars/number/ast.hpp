// Plain AST of the number grammar: what a figure in running text says. No parser here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/model.hpp"

namespace figcheck::grammar::ast {

// One figure found in text, with the interval it stands for.
//   "7.989"                  -> exact [7989, 7989], class count
//   "près de 8.000"          -> approximate [7200, 8800]
//   "plus de 164"            -> more_than [164, null]
//   "plusieurs dizaines"     -> vague [20, 99]
//   "175 millions d'euros"   -> exact [175e6, 175e6], class money, unit "EUR"
//   "1989"                   -> class year;  "10 janvier" -> class date
// A figure with no numeric value has both bounds empty: phone numbers, identifiers glued inside
// a word ("H5N1"), and too_large figures (more than 2^53, never rounded silently).
struct Quantity {
  std::size_t start = 0;         // byte offset of the first byte (modifier included)
  std::size_t end = 0;           // byte offset one past the last byte
  std::size_t number_start = 0;  // the figure itself, without modifier
  std::size_t number_end = 0;
  Interval value;
  NumberClass cls = NumberClass::count;
  std::string unit;  // ISO currency code for money, "%" for percent, "" otherwise

  bool operator==(Quantity const&) const = default;
};

// ---------------------------------------------------------------------------------------------
// Intermediate nodes: what the X3 rules build before scan_numbers turns them into a Quantity.
// Grammar-internal; other stages use Quantity only.

// A number as written, before any interval policy: "7.989", "1,8 million", "quarante-trois".
// Views point into the scanned text: a Figure is plain data, cheap to copy and to reset, which
// matters because the grammar builds and drops one at every alternative it tries.
struct Figure {
  std::size_t start = 0;  // bytes of the figure, scale word included (set on success)
  std::size_t end = 0;
  std::string_view int_text;     // integer part as written, sign and separators included
                                 // ("-7.989"); empty for words
  std::string_view frac_digits;  // decimal digits ("8" in "1,8")
  bool negative = false;         // "-5", "−3,2", "minus 5" (for words, word_value is negated)
  bool grouped = false;          // thousands separators were used ("7.989", "7 989")
  bool words = false;            // written in words; `word_value` holds the number
  double word_value = 0;
  int exp10 = 0;      // scale: "million" -> 6, "bn" -> 9
  bool half = false;  // "un million et demi", "one and a half million"
};

// A scale after a figure: "millions", "Md", "bn", "k".
struct Scale {
  int exp10 = 0;
  bool half = false;
};

// The bounds a vague quantity word stands for ("plusieurs dizaines" -> [20, 99]).
struct VagueRange {
  double low = 0;
  double high = 0;
};

// What a word after (or before) a figure says about it: "%", "euros", "km", "ans".
struct SuffixTag {
  NumberClass cls = NumberClass::count;
  std::string_view unit;
};

// One match of the quantity rule.
struct Parsed {
  std::optional<ValueKind> modifier;  // "près de" -> approximate; absent -> exact
  std::optional<NumberClass> cls;     // decided by the grammar; absent -> count or year
  std::string_view unit;  // from a table of the grammar (static storage)
  Figure low;          // the figure, or the low end of a range
  Figure high;         // the high end of a range
  bool range = false;
  std::optional<VagueRange> vague;
  bool has_value = true;  // false for phone numbers and identifiers glued inside a word
  std::size_t number_start = 0;  // the figure's bytes (modifier excluded)
  std::size_t number_end = 0;
};

}  // namespace figcheck::grammar::ast
