// Spirit X3 definitions of the number grammar. Included by number.cpp only.
//
// The top rule, `quantity`, recognises one figure at the current position: an optional modifier
// ("près de", "more than") followed by one body (phone, date, time, ordinal, prefixed figure,
// identifier, vague quantity, range, plain figure with its suffix). Each rule builds a plain
// ast::Parsed; number.cpp turns it into an ast::Quantity (interval policy, year rule).
//
// Language is read from the context (Env), so one set of rules serves French and English.
// Every rule looks ahead a bounded number of words, so scanning stays linear in the input.
#pragma once

#include <boost/fusion/include/at_c.hpp>
#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "grammars/number/ast.hpp"
#include "grammars/number/chars.hpp"
#include "grammars/number/config.hpp"
#include "grammars/number/tables.hpp"

namespace figcheck::grammar::parser {

using x3::lit;

// ---------------------------------------------------------------------------------------------
// Symbol tables built from the lists above.

// Tables are matched case-sensitively: X3's no_case walks a symbol tree with unsigned bytes
// that was built with signed ones, which misses UTF-8 keys. Tables of words that may start a
// sentence or be shouted therefore also hold "Capitalised" and "UPPER" (ASCII letters) forms.
template <typename T>
void add_case_variants(x3::symbols<T>& table, std::string const& key, T const& value) {
  table.add(key, value);
  std::string variant = key;
  if (!variant.empty() && variant[0] >= 'a' && variant[0] <= 'z') variant[0] -= 'a' - 'A';
  table.add(variant, value);
  for (char& c : variant) {
    if (c >= 'a' && c <= 'z') c -= 'a' - 'A';
  }
  table.add(variant, value);
}

template <typename T>
x3::symbols<T> make_symbols_ci(Entries<T> entries) {
  x3::symbols<T> table;
  for (auto const& [key, value] : entries) add_case_variants(table, key, value);
  return table;
}

template <typename T>
x3::symbols<T> make_symbols_ci(Entries<T> first, Entries<T> second) {
  x3::symbols<T> table = make_symbols_ci(first);
  for (auto const& [key, value] : second) add_case_variants(table, key, value);
  return table;
}

template <typename T>
x3::symbols<T> make_symbols(Entries<T> entries) {
  x3::symbols<T> table;
  for (auto const& [key, value] : entries) table.add(key, value);
  return table;
}

template <typename T>
x3::symbols<T> make_symbols(Entries<T> first, Entries<T> second) {
  x3::symbols<T> table = make_symbols(first);
  for (auto const& [key, value] : second) table.add(key, value);
  return table;
}

// French modifiers ending in " de" also come elided before a vowel: "près d'un million".
inline x3::symbols<ValueKind> make_elided_modifiers(Entries<ValueKind> entries) {
  x3::symbols<ValueKind> table;
  for (auto const& [key, value] : entries) {
    std::string_view const k{key};
    if (k.size() < 3 || k.substr(k.size() - 3) != " de") continue;
    std::string const stem{k.substr(0, k.size() - 1)};  // "près d"
    add_case_variants(table, stem + "'", value);
    add_case_variants(table, stem + "’", value);
  }
  return table;
}

inline x3::symbols<ast::VagueRange> const vague_fr = make_symbols_ci(k_vague_fr);
inline x3::symbols<ast::VagueRange> const vague_en = make_symbols_ci(k_vague_en);
inline x3::symbols<ValueKind> const modifiers_fr = make_symbols_ci(k_modifiers_fr);
inline x3::symbols<ValueKind> const modifiers_fr_elided = make_elided_modifiers(k_modifiers_fr);
inline x3::symbols<ValueKind> const modifiers_en = make_symbols_ci(k_modifiers_en);
inline x3::symbols<int> const scale_words_fr = make_symbols_ci(k_scale_words_fr);
inline x3::symbols<int> const scale_words_en = make_symbols_ci(k_scale_words_en);
inline x3::symbols<int> const scale_thousand = make_symbols_ci(k_scale_thousand);
inline x3::symbols<int> const scale_abbrev = make_symbols(k_scale_abbrev);
inline x3::symbols<int> const scale_money_abbrev = make_symbols(k_scale_money_abbrev);
inline x3::symbols<ast::SuffixTag> const currency_before = make_symbols(k_currency_before);
inline x3::symbols<ast::SuffixTag> const suffixes_fr =
    make_symbols_ci(k_suffixes_common, k_suffixes_fr);
inline x3::symbols<ast::SuffixTag> const suffixes_en =
    make_symbols_ci(k_suffixes_common, k_suffixes_en);
inline x3::symbols<int> const months_fr = make_symbols_ci(k_months_fr);
inline x3::symbols<int> const months_en = make_symbols(k_months_en);
inline x3::symbols<int> const weekdays_fr = make_symbols_ci(k_weekdays_fr);
inline x3::symbols<int> const weekdays_en = make_symbols(k_weekdays_en);
inline x3::symbols<int> const ordinal_marks = make_symbols(k_ordinal_marks);
inline x3::symbols<int> const age_prefixes = make_symbols_ci(k_age_prefixes);
inline x3::symbols<double> const fr_small = make_symbols_ci(k_fr_small);
inline x3::symbols<double> const fr_un = make_symbols_ci(k_fr_un);
inline x3::symbols<double> const fr_tens = make_symbols_ci(k_fr_tens);
inline x3::symbols<double> const fr_ordinals = make_symbols_ci(k_fr_ordinals);
inline x3::symbols<double> const fr_ordinal_units = make_symbols_ci(k_fr_ordinal_units);
inline x3::symbols<double> const en_units = make_symbols_ci(k_en_units);
inline x3::symbols<double> const en_one = make_symbols_ci(k_en_one);
inline x3::symbols<int> const en_digit_words = make_symbols_ci(k_en_digit_words);
inline x3::symbols<int> const fr_digit_words = make_symbols_ci(k_fr_digit_words);
inline x3::symbols<double> const en_tens = make_symbols_ci(k_en_tens);
inline x3::symbols<double> const en_ordinals = make_symbols_ci(k_en_ordinals);
inline x3::symbols<double> const en_ordinal_units = make_symbols_ci(k_en_ordinal_units);

// Succeeds, consuming nothing, when no word character follows.
struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return first == last || !is_word_at(first, last);
  }
};

// Consumes one word character (a whole UTF-8 sequence).
struct word_char_parser : x3::parser<word_char_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (first == last || !is_word_at(first, last)) return false;
    auto const n = utf8_length(static_cast<unsigned char>(*first));
    if (static_cast<std::size_t>(last - first) < n) return false;
    first += n;
    return true;
  }
};

// Succeeds, consuming nothing, when the text is in `lang`.
struct lang_is_parser : x3::parser<lang_is_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  Language lang;
  constexpr explicit lang_is_parser(Language l) : lang(l) {}
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It&, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    return x3::get<env_tag>(ctx).lang == lang;
  }
};

// Succeeds, consuming nothing, when the code point before the current position is not part of
// a word (a letter or a digit). Looks behind the parse start, which Env allows: "-5" is negative
// after a space, but "3-2" is a score.
struct not_after_word_parser : x3::parser<not_after_word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    return !is_word_before(x3::get<env_tag>(ctx).begin, first);
  }
};

// Succeeds, consuming nothing, unless the word before the current position makes a lone
// "one" / "un" a pronoun (k_en_one_pronoun_after, k_fr_un_pronoun_after): in English the word
// before, across spaces ("the one"); in French the elided word before an apostrophe ("l'un").
struct not_pronoun_one_parser : x3::parser<not_pronoun_one_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    auto const& env = x3::get<env_tag>(ctx);
    std::string_view const before{env.begin, static_cast<std::size_t>(first - env.begin)};
    std::size_t end = before.size();
    if (env.lang == Language::fr) {
      if (before.ends_with('\'')) {
        end -= 1;
      } else if (before.ends_with("\xE2\x80\x99")) {  // ’
        end -= 3;
      } else {
        return true;
      }
    } else {
      std::size_t const word_end = before.find_last_not_of(' ');
      if (word_end == std::string_view::npos || word_end + 1 == end) return true;
      end = word_end + 1;
    }
    std::size_t start = end;
    while (start > 0 && is_ascii_letter(before[start - 1])) --start;
    if (start == end || (start > 0 && is_word_before(env.begin, env.begin + start))) return true;
    auto const word = before.substr(start, end - start);
    auto const same = [&](std::string_view w) {
      if (w.size() != word.size()) return false;
      for (std::size_t i = 0; i < w.size(); ++i) {
        if ((word[i] | 0x20) != w[i]) return false;
      }
      return true;
    };
    if (env.lang == Language::fr) return std::none_of(std::begin(k_fr_un_pronoun_after), std::end(k_fr_un_pronoun_after), same);
    return std::none_of(std::begin(k_en_one_pronoun_after), std::end(k_en_one_pronoun_after), same);
  }

 private:
  static bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
};

// Succeeds, consuming nothing, when a digit and a "." or "," come just before the current
// position: the figure continues a dotted or comma list ("192.168.1.2", "22,24,26,31"), so it
// takes no decimal part of its own.
struct after_digit_mark_parser : x3::parser<after_digit_mark_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const&, Ctx const& ctx, RCtx&, Attr&) const {
    char const* const begin = x3::get<env_tag>(ctx).begin;
    if (first - begin < 2) return false;
    char const mark = first[-1];
    char const d = first[-2];
    return (mark == '.' || mark == ',') && d >= '0' && d <= '9';
  }
};

inline word_end_parser const word_end{};
inline not_after_word_parser const not_after_word{};
inline after_digit_mark_parser const after_digit_mark{};
inline not_pronoun_one_parser const not_pronoun_one{};
inline word_char_parser const word_char{};
inline lang_is_parser const lang_fr{Language::fr};
inline lang_is_parser const lang_en{Language::en};

// One space: plain, no-break (U+00A0), narrow no-break (U+202F) or thin (U+2009).
auto const sp = lit(' ') | lit("\xC2\xA0") | lit("\xE2\x80\xAF") | lit("\xE2\x80\x89");
// One or more spaces, between words: "fifty   two".
auto const ws = +sp;
// Between number words: "vingt-deux", "vingt deux", "cinquante  deux".
auto const wsep = lit('-') | ws;
// The end of a number written in words: no letter, and no hyphen joining another word
// ("two-thirds" is not 2), unless in English that word is a number too ("three-nought-four"
// reads three figures) or it is a scale word ("un demi-million").
auto const words_end =
    word_end >>
    !(lit('-') >>
      !((lang_en >> (en_units | en_one | en_tens) >> word_end) |
        (lang_fr >> scale_words_fr >> word_end)) >>  // "un demi-million"
      word_char);
// After an abbreviation: "12m²" and "50 m/s" are measures, not millions.
auto const abbrev_end = word_end >> !(lit("\xC2\xB2") | lit("\xC2\xB3") | lit('/'));
auto const dash = lit('-') | lit("\xE2\x80\x93");  // hyphen, en dash
// ASCII classes as ranges: X3's classifiers assert on bytes above 0x7F (UTF-8 letters).
auto const digit = x3::char_('0', '9');
auto const alpha = x3::char_('a', 'z') | x3::char_('A', 'Z');
auto const d2 = x3::repeat(2)[digit] >> !digit;
auto const d3 = x3::repeat(3)[digit] >> !digit;
auto const year4 = x3::repeat(4)[digit] >> !digit;

// Integer part. A separated group joins only when it has exactly three digits and no digit
// follows, and the first group has at most three digits: "7 989" joins, "2022 300" does not.
auto const int_fr = (x3::repeat(1, 3)[digit] >> +((lit('.') | sp) >> d3)) | +digit;
auto const int_en = (x3::repeat(1, 3)[digit] >> +((lit(',') | sp) >> d3)) | +digit;
// Grouped with dots ("7.989", "1.111"): a dot cannot then be the decimal mark.
auto const int_dots = x3::repeat(1, 3)[digit] >> +(lit('.') >> d3);
// Indian grouping: "12,34,567" (two-digit groups, then one of three).
auto const int_indian = x3::repeat(1, 2)[digit] >> +(lit(',') >> d2) >> lit(',') >> d3;
// A minus sign opens a figure when it does not follow a word or a digit ("-5", "−3,2", but
// the dash in "3-2" or "40-50"). A dash followed by a space is a bullet, never a sign.
auto const minus_sign = not_after_word >> (lit('-') | lit("\xE2\x88\x92")) >> &digit;

// ---------------------------------------------------------------------------------------------
// Semantic actions. Each rule below starts every alternative with an action that assigns its
// whole attribute, so a failed alternative never leaves stale state behind.

inline std::size_t offset_of(Env const& env, char const* p) {
  return static_cast<std::size_t>(p - env.begin);
}

auto const set = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
auto const add = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
auto const assign = [](double v) { return [v](auto& ctx) { x3::_val(ctx) = v; }; };
auto const times = [](double k) { return [k](auto& ctx) { x3::_val(ctx) *= k; }; };
auto const plus_half = [](auto& ctx) { x3::_val(ctx) += 0.5; };

// The integer part as written: its sign and separators stay in the view, figure_value skips them.
auto const digits_int = [](auto& ctx) {
  // Written in place, field by field: building a local Figure and copying it made the copy
  // wait on the narrow stores just before it (this action runs several times per figure).
  auto& f = x3::_val(ctx);
  f = ast::Figure{};
  auto const& env = x3::get<env_tag>(ctx);
  auto const& r = x3::_attr(ctx);
  f.start = offset_of(env, r.begin());
  f.end = offset_of(env, r.end());
  std::string_view text{r.begin(), static_cast<std::size_t>(r.end() - r.begin())};
  if (text.starts_with('-')) {
    f.negative = true;
    text.remove_prefix(1);
  } else if (text.starts_with("\xE2\x88\x92")) {  // U+2212 MINUS SIGN
    f.negative = true;
    text.remove_prefix(3);
  }
  f.int_text = std::string_view{r.begin(), static_cast<std::size_t>(r.end() - r.begin())};
  f.grouped = text.find_first_not_of("0123456789") != std::string_view::npos;
};
auto const digits_frac = [](auto& ctx) {
  auto const& r = x3::_attr(ctx);
  x3::_val(ctx).frac_digits = std::string_view{r.begin(), static_cast<std::size_t>(r.end() - r.begin())};
};
auto const words_figure = [](auto& ctx) {
  auto& f = x3::_val(ctx);  // in place, as in digits_int
  f = ast::Figure{};
  f.words = true;
  f.word_value = x3::_attr(ctx);
};
auto const scale_exp = [](auto& ctx) {
  x3::_val(ctx) = ast::Scale{x3::_attr(ctx), false};
};
auto const scale_exp6 = [](auto& ctx) { x3::_val(ctx) = ast::Scale{6, false}; };
auto const scale_half = [](auto& ctx) { x3::_val(ctx).half = true; };
auto const apply_scale = [](auto& ctx) {
  x3::_val(ctx).exp10 = x3::_attr(ctx).exp10;
  x3::_val(ctx).half = x3::_attr(ctx).half;
};

// How many digits the integer part of a figure written in digits has ("-7.989" -> 4).
inline std::size_t digit_count(ast::Figure const& f) {
  std::size_t n = 0;
  for (char c : f.int_text) n += c >= '0' && c <= '9';
  return n;
}

// The numeric value of a figure, or nothing when it is not exactly representable as an integer
// in a double (more than 2^53).
inline std::optional<double> figure_value(ast::Figure const& f) {
  constexpr double k_max_exact = 9007199254740992.0;  // 2^53
  double scale = 1;
  for (int i = 0; i < f.exp10; ++i) scale *= 10;
  double value = 0;
  if (f.words) {
    value = (f.word_value + (f.half ? 0.5 : 0)) * scale;
  } else {
    // Parse "int.frac e exp" in one go so "1,8 million" is exactly 1800000. The integer part
    // keeps its significant digits only: at most 16, more is too large for a double.
    constexpr std::size_t k_max_significant = 16;
    constexpr std::size_t k_max_decimals = 40;
    char text[1 + k_max_significant + 1 + k_max_decimals + 8];
    std::size_t n = 0;
    if (f.negative) text[n++] = '-';
    std::size_t const digits_at = n;
    for (char c : f.int_text) {
      if (c < '0' || c > '9' || (c == '0' && n == digits_at)) continue;
      if (n - digits_at == k_max_significant) return std::nullopt;
      text[n++] = c;
    }
    if (n == digits_at) text[n++] = '0';
    if (!f.frac_digits.empty()) {
      text[n++] = '.';
      for (char c : f.frac_digits.substr(0, k_max_decimals)) text[n++] = c;
    }
    text[n++] = 'e';
    auto const exp = std::to_chars(text + n, text + sizeof text, f.exp10);
    if (exp.ec != std::errc{}) return std::nullopt;
    n = static_cast<std::size_t>(exp.ptr - text);
    auto const [ptr, ec] = std::from_chars(text, text + n, value);
    if (ec != std::errc{} || ptr != text + n) return std::nullopt;
    if (f.half) value += (f.negative ? -0.5 : 0.5) * scale;
  }
  if (!(value <= k_max_exact && value >= -k_max_exact)) return std::nullopt;
  return value;
}

// "minus 5", "negative one", "minus five point five".
auto const negate = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  if (f.words) {
    f.word_value = -f.word_value;
  } else {
    f.negative = true;
  }
};
// A scale fixed by the rule that matched it ("10G", "322 hundred").
auto const scale_fixed = [](int exp10) {
  return [exp10](auto& ctx) {
    x3::_val(ctx).exp10 = exp10;
    x3::_val(ctx).half = false;
  };
};
// "3 douzaines", "3 dozens": the figure times twelve, kept as a computed value.
auto const times_dozen = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  auto const v = figure_value(f);
  if (!v) {
    x3::_pass(ctx) = false;
    return;
  }
  ast::Figure dozens;
  dozens.start = f.start;
  dozens.end = f.end;
  dozens.words = true;
  dozens.word_value = *v * 12;
  f = dozens;
};
// Glued "G" scales a figure of two digits or more ("10G"); "5G", "4G" name networks.
auto const several_digits = [](auto& ctx) {
  auto const& f = x3::_val(ctx);
  x3::_pass(ctx) = !f.words && (digit_count(f) >= 2 || !f.frac_digits.empty());
};
auto const has_decimals = [](auto& ctx) {
  x3::_pass(ctx) = !x3::_val(ctx).words && !x3::_val(ctx).frac_digits.empty();
};
// Decimals written in words, read as the digits they spell: "zero three" -> "03",
// "seventy-one" -> "71", "cinquante deux" -> "52".
auto const push_digit = [](auto& ctx) {
  x3::_val(ctx).push_back(static_cast<char>('0' + x3::_attr(ctx)));
};
auto const digits_of_number = [](auto& ctx) {
  auto const v = x3::_attr(ctx);
  if (!(v >= 0 && v < 1000)) {
    x3::_pass(ctx) = false;
    return;
  }
  x3::_val(ctx) = std::to_string(static_cast<int>(v));
};
auto const add_decimals = [](auto& ctx) {
  auto& f = x3::_val(ctx);
  std::string const text = "0." + x3::_attr(ctx);
  double frac = 0;
  auto const [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), frac);
  if (ec != std::errc{} || ptr != text.data() + text.size()) {
    x3::_pass(ctx) = false;
    return;
  }
  f.word_value += f.word_value < 0 ? -frac : frac;
};

// "one" and "a" alone are not figures; "one million", "a dozen" are.
auto const reject_lone_one = [](auto& ctx) {
  auto const& f = x3::_val(ctx);
  if (f.words && f.word_value == 1 && f.exp10 == 0) x3::_pass(ctx) = false;
};

auto const reset = [](auto& ctx) { x3::_val(ctx) = ast::Parsed{}; };
auto const set_fig = [](auto& ctx) {
  auto& p = x3::_val(ctx);
  p.low = x3::_attr(ctx);
  p.number_start = p.low.start;
  p.number_end = p.low.end;
};
auto const set_class = [](NumberClass c) { return [c](auto& ctx) { x3::_val(ctx).cls = c; }; };
auto const set_suffix = [](auto& ctx) {
  auto const& tag = x3::_attr(ctx);
  x3::_val(ctx).cls = tag.cls;
  x3::_val(ctx).unit = tag.unit;
};
auto const no_value = [](NumberClass c) {
  return [c](auto& ctx) {
    x3::_val(ctx).cls = c;
    x3::_val(ctx).has_value = false;
  };
};
// The figure runs on into a word ("3D", "4x4"): an identifier, never a count.
auto const set_glued = [](auto& ctx) {
  auto& p = x3::_val(ctx);
  p.cls = NumberClass::identifier;
  p.has_value = false;
  p.number_end = offset_of(x3::get<env_tag>(ctx), x3::_attr(ctx).end());
};
auto const set_vague = [](auto& ctx) { x3::_val(ctx).vague = x3::_attr(ctx); };
auto const set_scores = [](auto& ctx) { x3::_val(ctx).vague = k_vague_scores; };
auto const set_ordinal_words = [](auto& ctx) {
  auto& p = x3::_val(ctx);
  p.low.words = true;
  p.low.word_value = x3::_attr(ctx);
  p.cls = NumberClass::ordinal;
};

inline bool small_integer_in(ast::Figure const& f, double low, double high) {
  if (f.words || f.grouped || !f.frac_digits.empty()) return false;
  auto const v = figure_value(f);
  return v && *v >= low && *v <= high;
}
auto const check_day = [](auto& ctx) {
  auto& p = x3::_val(ctx);
  if (!small_integer_in(p.low, 1, 31)) x3::_pass(ctx) = false;
  p.cls = NumberClass::date;
};
auto const check_hour = [](auto& ctx) {
  auto& p = x3::_val(ctx);
  if (!small_integer_in(p.low, 0, 24)) x3::_pass(ctx) = false;
  p.cls = NumberClass::time;
};
// A range needs two values with low < high. "entre 2 et 3 millions": the low end borrows the
// high end's scale when it has none and stays below the high end.
inline bool range_holds(ast::Parsed& p) {
  if (p.low.exp10 == 0 && p.high.exp10 > 0) {
    ast::Figure scaled = p.low;
    scaled.exp10 = p.high.exp10;
    auto const lo = figure_value(scaled);
    auto const hi = figure_value(p.high);
    if (lo && hi && *lo < *hi) p.low = scaled;
  }
  auto const lo = figure_value(p.low);
  auto const hi = figure_value(p.high);
  return lo && hi && *lo < *hi;
}
// The high end of a range, kept only when the range holds: otherwise the parse fails here and
// the figure read so far is left as it was, for the next alternative. A range written with a
// dash ("40-50") takes figures in digits only ("twenty-five" is one number).
auto const set_hi = [](bool digits_only) {
  return [digits_only](auto& ctx) {
    ast::Parsed p = x3::_val(ctx);
    p.high = x3::_attr(ctx);
    p.range = true;
    p.number_end = p.high.end;
    if ((digits_only && (p.low.words || p.high.words)) || !range_holds(p)) {
      x3::_pass(ctx) = false;
      return;
    }
    x3::_val(ctx) = p;
  };
};
auto const combine = [](auto& ctx) {
  auto& seq = x3::_attr(ctx);
  auto& p = x3::_val(ctx);
  p = boost::fusion::at_c<1>(seq);
  auto const& modifier = boost::fusion::at_c<0>(seq);
  if (modifier) p.modifier = *modifier;
};

// Position annotation. Rules with semantic actions do not hand their attribute to an
// on_success handler, so positions come from x3::raw around the annotated part.
auto const mark_figure = [](auto& ctx) {
  auto const& env = x3::get<env_tag>(ctx);
  x3::_val(ctx).start = offset_of(env, x3::_attr(ctx).begin());
  x3::_val(ctx).end = offset_of(env, x3::_attr(ctx).end());
};
auto const mark_number = [](auto& ctx) {
  auto const& env = x3::get<env_tag>(ctx);
  x3::_val(ctx).number_start = offset_of(env, x3::_attr(ctx).begin());
  x3::_val(ctx).number_end = offset_of(env, x3::_attr(ctx).end());
};

// ---------------------------------------------------------------------------------------------
// Rules.

struct fr_unit_w_class;
struct fr_b100_or_un_class;
struct fr_b1000_or_un_class;
struct en_unit_w_class;
struct fr_b100_class;
struct fr_hundreds_class;
struct fr_b1000_class;
struct fr_thousands_class;
struct fr_number_class;
struct en_b100_class;
struct en_hundreds_class;
struct en_b1000_class;
struct en_thousands_class;
struct en_number_class;
struct en_dozens_class;
struct fr_big_class;
struct en_big_class;
struct fr_decimals_class;
struct en_decimals_class;
struct fr_ordinal_class;
struct en_ordinal_class;
struct figure_digits_class;
struct figure_words_class;
struct scale_class;
struct scale_money_class;
struct scale_thousand_class;
struct sfig_class;
struct sfig_money_class;
struct small_int_class;
struct int_fig_class;
struct suffix_class;
struct modifier_class;
struct phone_class;
struct date_class;
struct time_class;
struct ordinal_class;
struct prefixed_class;
struct ident_class;
struct ordinal_words_class;
struct vague_class;
struct range_class;
struct single_class;
struct body_class;
struct quantity_class;

x3::rule<fr_unit_w_class, double> const fr_unit_w = "fr_unit";
x3::rule<fr_b100_or_un_class, double> const fr_b100_or_un = "fr_b100_or_un";
x3::rule<fr_b1000_or_un_class, double> const fr_b1000_or_un = "fr_b1000_or_un";
x3::rule<en_unit_w_class, double> const en_unit_w = "en_unit";
x3::rule<fr_b100_class, double> const fr_b100 = "fr_b100";
x3::rule<fr_hundreds_class, double> const fr_hundreds = "fr_hundreds";
x3::rule<fr_b1000_class, double> const fr_b1000 = "fr_b1000";
x3::rule<fr_thousands_class, double> const fr_thousands = "fr_thousands";
x3::rule<fr_number_class, double> const fr_number = "fr_number";
x3::rule<en_b100_class, double> const en_b100 = "en_b100";
x3::rule<en_hundreds_class, double> const en_hundreds = "en_hundreds";
x3::rule<en_b1000_class, double> const en_b1000 = "en_b1000";
x3::rule<en_thousands_class, double> const en_thousands = "en_thousands";
x3::rule<en_number_class, double> const en_number = "en_number";
x3::rule<en_dozens_class, double> const en_dozens = "en_dozens";
x3::rule<fr_big_class, double> const fr_big = "fr_big";
x3::rule<en_big_class, double> const en_big = "en_big";
x3::rule<fr_decimals_class, std::string> const fr_decimals = "fr_decimals";
x3::rule<en_decimals_class, std::string> const en_decimals = "en_decimals";
x3::rule<fr_ordinal_class, double> const fr_ordinal = "fr_ordinal";
x3::rule<en_ordinal_class, double> const en_ordinal = "en_ordinal";
x3::rule<figure_digits_class, ast::Figure> const figure_digits = "figure_digits";
x3::rule<figure_words_class, ast::Figure> const figure_words = "figure_words";
x3::rule<scale_class, ast::Scale> const scale = "scale";
x3::rule<scale_money_class, ast::Scale> const scale_money = "scale_money";
x3::rule<scale_thousand_class, ast::Scale> const scale_thousand_r = "scale_thousand";
x3::rule<sfig_class, ast::Figure> const sfig = "figure";
x3::rule<sfig_money_class, ast::Figure> const sfig_money = "money_figure";
x3::rule<small_int_class, ast::Figure> const small_int = "small_int";
x3::rule<int_fig_class, ast::Figure> const int_fig = "int_fig";
x3::rule<suffix_class, ast::SuffixTag> const suffix = "suffix";
x3::rule<modifier_class, ValueKind> const modifier = "modifier";
x3::rule<phone_class, ast::Parsed> const phone_q = "phone";
x3::rule<date_class, ast::Parsed> const date_q = "date";
x3::rule<time_class, ast::Parsed> const time_q = "time";
x3::rule<ordinal_class, ast::Parsed> const ordinal_q = "ordinal";
x3::rule<prefixed_class, ast::Parsed> const prefixed_q = "prefixed";
x3::rule<ident_class, ast::Parsed> const ident_q = "identifier";
x3::rule<ordinal_words_class, ast::Parsed> const ordinal_words_q = "ordinal_words";
x3::rule<vague_class, ast::Parsed> const vague_q = "vague";
x3::rule<range_class, ast::Parsed> const range_q = "range";
x3::rule<single_class, ast::Parsed> const single_q = "single";
x3::rule<body_class, ast::Parsed> const body = "body";
x3::rule<quantity_class, ast::Parsed> const quantity = "quantity";

using quantity_type = decltype(quantity);

// --- French number words: "quarante-trois", "vingt et un", "quatre-vingt-dix-neuf",
// "trois cent douze", "deux mille trente". Matched without case (sentence starts).
auto const fr_un_w = fr_un >> word_end;
auto const cent_kw = (lit("cent") | lit("Cent")) >> -lit('s') >> word_end;
auto const mille_kw = (lit("mille") | lit("Mille")) >> word_end;
auto const douzaine_kw = x3::no_case[lit("douzaine")] >> -lit('s') >> word_end;
// 10^exp for a scale word inside a number in words ("trois million sept").
auto const times_pow10 = [](auto& ctx) {
  for (int i = 0; i < x3::_attr(ctx); ++i) x3::_val(ctx) *= 10;
};

auto const fr_unit_w_def = (fr_small[set] | fr_un[set]) >> word_end;
auto const fr_b100_or_un_def = fr_b100[set] | fr_un_w[set];
auto const fr_b1000_or_un_def = fr_b1000[set] | fr_un_w[set];
auto const fr_b100_def =
    (fr_tens[set] >> word_end >>
     -(wsep >> -(lit("et") >> wsep) >> fr_unit_w[add])) |
    (fr_small[set] >> word_end);
auto const fr_hundreds_def =
    ((fr_small[set] >> word_end >> wsep >> cent_kw[times(100)]) | cent_kw[assign(100)]) >>
    -(wsep >> fr_b100_or_un[add]);
auto const fr_b1000_def = fr_hundreds | fr_b100;
auto const fr_thousands_def =
    ((fr_b1000[set] >> wsep >> mille_kw[times(1000)]) | mille_kw[assign(1000)]) >>
    -(wsep >> fr_b1000_or_un[add]);
// A number in words that goes on after its scale word: "trois million sept",
// "deux millions trois cent mille". Without a tail, the scale is read by `scale` (so that
// "un million et demi" keeps its half); a tail followed by another scale word is not joined.
auto const fr_big_def =
    (fr_thousands[set] | fr_b1000[set] | fr_un_w[set]) >> ws >> scale_words_fr[times_pow10] >>
    word_end >> wsep >> (fr_thousands[add] | fr_b1000[add]) >> !(ws >> scale_words_fr);
// "un"/"une" only before a scale word ("un million") or "douzaine"; alone it is the article.
auto const fr_number_def =
    ((fr_b1000[set] | fr_un_w[set]) >> ws >> douzaine_kw[times(12)]) | fr_big[set] |
    fr_thousands[set] | fr_b1000[set] | (fr_un_w >> &(sp >> scale_words_fr >> word_end))[set] |
    // "un demi-million": a half, then the scale word (read by `scale`, which allows the hyphen).
    (fr_un_w >> sp >> x3::no_case[lit("demi")] >> &(lit('-') >> scale_words_fr >> word_end))[assign(0.5)];
// Decimals after "virgule": digit by digit ("virgule zéro trois") or one number
// ("virgule cinquante deux").
auto const fr_decimals_def =
    (fr_digit_words[push_digit] >> word_end >> *(ws >> fr_digit_words[push_digit] >> word_end)) |
    fr_b1000[digits_of_number];

// --- English number words: "forty-three", "three hundred and twelve", "two dozen",
// "one and a half million".
auto const a_kw = (lit("a") | lit("A")) >> word_end;
// "dozen", "dozens", "doz", "dozs", "dz", "dzs".
auto const dozen_kw = (lit("dozen") | lit("doz") | lit("dz")) >> -lit('s') >> word_end;
auto const and_kw = lit("and") >> word_end;
auto const en_unit_w_def = (en_units[set] | en_one[set]) >> word_end;
auto const en_b100_def =
    (en_tens[set] >> word_end >> -(((-ws >> lit('-') >> -ws) | ws) >> en_unit_w[add])) |
    en_unit_w[set];
// "two dozens" inside a larger number: "three hundred and two dozens" is 324.
auto const en_dozens_def = (en_b100[set] | a_kw[assign(1)]) >> ws >> dozen_kw[times(12)];
auto const en_hundreds_def =
    ((en_b100[set] | a_kw[assign(1)]) >> ws >> (lit("hundred") >> word_end)[times(100)]) >>
    -(ws >> -(and_kw >> ws) >> (en_dozens[add] | en_b100[add]));
auto const en_b1000_def = en_hundreds | en_b100;
auto const en_thousands_def =
    ((en_b1000[set] | a_kw[assign(1)]) >> ws >> (lit("thousand") >> word_end)[times(1000)]) >>
    -(-lit(',') >> ws >> -(and_kw >> ws) >> en_b1000[add]);
// "twenty-one trillion three hundred", "... trillion and three hundred" (see fr_big).
auto const en_big_def =
    (en_thousands[set] | en_b1000[set] | a_kw[assign(1)]) >> ws >> scale_words_en[times_pow10] >>
    word_end >> ws >> -(and_kw >> ws) >> (en_thousands[add] | en_b1000[add]) >>
    !(ws >> scale_words_en);
auto const en_number_def =
    (x3::no_case[lit("half")] >> ws >> a_kw >> ws >> dozen_kw)[assign(6)] | en_dozens[set] |
    ((en_b1000[set] | a_kw[assign(1)]) >> ws >> (and_kw >> ws >> lit("a") >> ws >>
                                                lit("half") >> word_end)[plus_half] >>
     &(sp >> scale_words_en >> word_end)) |
    en_big[set] | en_thousands[set] | en_b1000[set] |
    (a_kw >> &(sp >> scale_words_en >> word_end))[assign(1)];
// Decimals after "point": "point zero three", "point seventy-one", "point eleven".
auto const en_decimals_def =
    (en_digit_words[push_digit] >> word_end >> *(ws >> en_digit_words[push_digit] >> word_end)) |
    en_b1000[digits_of_number];

// --- Ordinals in words: "neuvième", "vingt et unième", "twenty-first".
auto const fr_ordinal_def =
    (fr_tens[set] >> wsep >> -(lit("et") >> wsep) >> fr_ordinal_units[add]) | fr_ordinals[set];
auto const en_ordinal_def =
    (en_tens[set] >> (lit('-') | sp) >> en_ordinal_units[add]) | en_ordinals[set];

// --- Figures.
auto const frac_part = x3::raw[+digit][digits_frac];
// A decimal part not followed by the same mark and a digit: "192.168.1.2" has none.
auto const frac_dot = lit('.') >> x3::raw[+digit >> !(lit('.') >> digit)][digits_frac];
auto const frac_comma = lit(',') >> x3::raw[+digit >> !(lit(',') >> digit)][digits_frac];
// English reads a comma before one or two digits as a decimal mark ("5,00", "1,3"), unless a
// list goes on ("22,24,26").
auto const frac_comma_en =
    lit(',') >> x3::raw[x3::repeat(1, 2)[digit] >> !digit >> !(lit(',') >> digit)][digits_frac];
auto const figure_digits_def =
    // "1" and "2" in "192.168.1.2": a figure that continues a list has no decimal part.
    (after_digit_mark >> x3::raw[+digit][digits_int]) |
    (lang_fr >> ((x3::raw[-minus_sign >> int_dots][digits_int] >> -frac_comma) |
                 (x3::raw[-minus_sign >> int_fr][digits_int] >> -(frac_comma | frac_dot)) |
                 // ",08": a decimal mark opens the figure
                 (x3::raw[-minus_sign >> not_after_word >> &(lit(',') >> digit)][digits_int] >>
                  frac_comma))) |
    (lang_en >> ((x3::raw[-minus_sign >> int_dots][digits_int] >> frac_comma) |  // "1.111,11"
                 (x3::raw[-minus_sign >> int_indian][digits_int] >> -frac_dot) |
                 (x3::raw[-minus_sign >> int_en][digits_int] >> -(frac_dot | frac_comma_en)) |
                 (x3::raw[-minus_sign >> not_after_word >> &(lit('.') >> digit)][digits_int] >>
                  frac_dot)));
auto const point_kw = x3::no_case[lit("point")] >> word_end;
auto const virgule_kw = x3::no_case[lit("virgule")] >> word_end;
auto const figure_words_def =
    ((lang_fr >> fr_number[words_figure] >> -(ws >> virgule_kw >> ws >> fr_decimals[add_decimals])) |
     (lang_en >> en_number[words_figure] >> -(ws >> point_kw >> ws >> en_decimals[add_decimals]))) >>
    words_end;
// "minus 5", "negative one".
auto const minus_word =
    lang_en >> x3::no_case[lit("minus") | lit("negative")] >> word_end >> ws;

auto const half_part =
    sp >> x3::no_case[(lit("et") >> sp >> (lit("demie") | lit("demi"))) |
                      (lit("and") >> sp >> lit("a") >> sp >> lit("half"))] >>
    word_end;
auto const scale_def =
    (((lang_fr >> (sp | lit('-')) >> scale_words_fr[scale_exp]) |
      (lang_en >> sp >> scale_words_en[scale_exp])) >>
     word_end >> -half_part[scale_half]) |
    (-sp >> scale_abbrev[scale_exp] >> abbrev_end) |
    (lang_en >> lit('m')[scale_exp6] >> abbrev_end);  // English "12m" is 12 million
auto const scale_money_def = scale[set] | (-sp >> scale_money_abbrev[scale_exp] >> abbrev_end);
auto const scale_thousand_r_def = sp >> scale_thousand[scale_exp] >> word_end;

// Scales read after digits only, with a condition on the figure.
auto const digit_scale =
    (x3::eps[several_digits] >> lit('G') >> abbrev_end)[scale_fixed(9)] |  // "10G", not "5G"
    (sp >> lit('G') >> abbrev_end)[scale_fixed(9)] |                       // "1,674.5 G"
    (lang_en >> x3::eps[has_decimals] >> lit('b') >> abbrev_end)[scale_fixed(9)] |  // "1.2b"
    (lang_en >> ws >> lit("hundred") >> word_end)[scale_fixed(2)];        // "322 hundred"
auto const dozen_after_digits =
    ((lang_fr >> ws >> douzaine_kw) | (lang_en >> ws >> dozen_kw))[times_dozen];
auto const sfig_body =
    (figure_digits[set] >> (dozen_after_digits |
                            -(scale[apply_scale] | scale_thousand_r[apply_scale] | digit_scale))) |
    (figure_words[set] >> -scale[apply_scale]);
auto const sfig_money_body =
    (figure_digits[set] >> -(scale_money[apply_scale] | scale_thousand_r[apply_scale])) |
    (figure_words[set] >> -scale_money[apply_scale]);
auto const sfig_def =
    x3::raw[((minus_word >> sfig_body >> x3::eps[negate]) | sfig_body) >>
            x3::eps[reject_lone_one]][mark_figure];
auto const sfig_money_def =
    x3::raw[sfig_money_body >> x3::eps[reject_lone_one]][mark_figure];
auto const small_int_def = x3::raw[x3::repeat(1, 2)[digit]][digits_int] >> !digit;
auto const int_fig_def = x3::raw[+digit][digits_int];

auto const suffix_def =
    -sp >> ((lang_fr >> suffixes_fr[set]) | (lang_en >> suffixes_en[set])) >>
    word_end;

auto const modifier_def = (lang_fr >> modifiers_fr[set] >> sp) |
                          (lang_fr >> modifiers_fr_elided[set]) |
                          (lang_en >> modifiers_en[set] >> sp);

// --- Bodies.
auto const psep = lit(' ') | lit('.') | lit('-') | lit("\xC2\xA0") | lit("\xE2\x80\xAF");
// Phone numbers: French "01 23 45 67 89"; international "+33 1 23 45 67 89", "+44 (0)20 7946
// 0958"; British "020 7946 0958", "0161 496 0000"; North American "(202) 555-0143",
// "202-555-0143". No count starts with a 0 followed by digits.
auto const phone_q_def =
    x3::eps[reset] >>
    x3::raw[(lit('0') >> digit >> x3::repeat(4)[psep >> d2]) |
     (lit('0') >> x3::repeat(2, 4)[digit] >> sp >> x3::repeat(3, 4)[digit] >> sp >>
      x3::repeat(3, 4)[digit] >> !digit) |
     (lit('+') >> x3::repeat(1, 3)[digit] >> psep >> -lit("(0)") >>
      x3::repeat(1, 3)[digit] >> x3::repeat(2, 5)[psep >> x3::repeat(2, 4)[digit]] >>
      !digit) |
     (lit('(') >> x3::repeat(3)[digit] >> lit(')') >> -sp >> x3::repeat(3)[digit] >>
      lit('-') >> x3::repeat(4)[digit] >> !digit) |
     (x3::repeat(3)[digit] >> lit('-') >> x3::repeat(3)[digit] >> lit('-') >>
      x3::repeat(4)[digit] >> !digit)][mark_number] >>
    x3::eps[no_value(NumberClass::phone)];

// "10 janvier", "Lundi 10 janvier 2022", "1er mai", "3 March 2024", "March 3, 2024",
// "Feb. 3", "10/01/2022". The value is the day.
auto const en_day_mark = lit("st") | lit("nd") | lit("rd") | lit("th");
auto const date_q_def =
    x3::eps[reset] >>
    ((lang_fr >> -(weekdays_fr >> word_end >> -lit(',') >> sp) >>
      small_int[set_fig] >> -lit("er") >> sp >> months_fr >> word_end >>
      -(sp >> year4)) |
     (lang_en >> -(weekdays_en >> word_end >> -lit(',') >> sp) >> small_int[set_fig] >>
      -en_day_mark >> sp >> -(lit("of") >> sp) >> months_en >> word_end >>
      -(-lit(',') >> sp >> year4)) |
     (lang_en >> -(weekdays_en >> word_end >> -lit(',') >> sp) >> months_en >> word_end >> sp >>
      small_int[set_fig] >> -en_day_mark >> word_end >> -(-lit(',') >> sp >> year4)) |
     (small_int[set_fig] >> lit('/') >> x3::repeat(1, 2)[digit] >> lit('/') >>
      (year4 | d2))) >>
    x3::eps[check_day];

// "14 h 30", "14h30", "14h", "10:30", "6 p.m.", "6am", "14 heures".
auto const ampm = (lit("a.m.") | lit("p.m.") | lit("A.M.") | lit("P.M.") |
                   x3::no_case[lit("am") | lit("pm")]) >>
                  word_end;
auto const time_q_def =
    x3::eps[reset] >> small_int[set_fig] >>
    ((-sp >> x3::no_case[lit('h')] >> ((-sp >> d2) | word_end)) |
     (lit(':') >> d2 >> -(-sp >> ampm)) | (-sp >> ampm) |
     (sp >> x3::no_case[lit("heures") | lit("heure")] >> word_end >> -(sp >> d2))) >>
    x3::eps[check_hour];

// "1er", "2e", "3ème", "4th", "21st".
auto const ordinal_q_def = x3::eps[reset] >> int_fig[set_fig] >> ordinal_marks >> word_end >>
                           x3::eps[set_class(NumberClass::ordinal)];

auto const a_grave = lit("à") | lit("À");
// "$2.1bn", "€175m", "magnitude 6,4", "vol 447", "aged 52", "âgé de 52 ans", ages as ranges:
// "aged between 19 and 27", "âgés de 19 à 27 ans" (ages, not a count of people).
// A sum's range may repeat the currency: "€40 million to €60 million", "$5m-$8m".
auto const money_range_tail = ((sp >> (lit("to") | a_grave) >> sp) | dash) >> x3::omit[currency_before] >> -sp >>
                              sfig_money[set_hi(false)];
auto const prefixed_q_def =
    x3::eps[reset] >>
    ((currency_before[set_suffix] >> -sp >> sfig_money[set_fig] >> -money_range_tail) |
     (x3::no_case[-(lit("de") >> sp) >> lit("magnitude")] >> sp >> sfig[set_fig] >>
      x3::eps[set_class(NumberClass::measure)]) |
     (x3::no_case[lit("vol") | lit("flight")] >> sp >> int_fig[set_fig] >> word_end >>
      x3::eps[set_class(NumberClass::identifier)]) |
     (age_prefixes >> sp >>
      ((x3::no_case[lit("between") | lit("entre")] >> sp >> sfig[set_fig] >> sp >>
        (lit("and") | lit("et")) >> sp >> sfig[set_hi(false)]) |
       (sfig[set_fig] >> -(sp >> (lit("to") | a_grave) >> sp >> sfig[set_hi(false)]))) >>
      -(sp >> x3::no_case[lit("ans") | lit("years old")] >> word_end) >>
      x3::eps[set_class(NumberClass::age)]));

// "H5N1", "A320", "COVID-19", "G7": letters then digits in one word.
auto const ident_q_def = x3::eps[reset] >>
                         x3::raw[+alpha >> -lit('-') >> +digit >> *word_char >> word_end][mark_number] >>
                         x3::eps[no_value(NumberClass::identifier)];

auto const ordinal_words_q_def =
    x3::eps[reset] >>
    x3::raw[((lang_fr >> fr_ordinal[set_ordinal_words]) |
             (lang_en >> en_ordinal[set_ordinal_words])) >>
            -lit('s') >> word_end][mark_number];

auto const vague_q_def =
    x3::eps[reset] >>
    x3::raw[((lang_fr >> vague_fr[set_vague]) | (lang_en >> vague_en[set_vague]) |
             (lang_en >> x3::no_case[lit("scores")] >> &(sp >> x3::no_case[lit("of")]))[set_scores]) >>
            word_end][mark_number];

// "entre 300 et 400", "de 10.000 à 12.000", "between 40 and 50", "from 40 to 50": ranges
// opened by a word. Both ends are figures with low < high.
auto const range_q_def =
    x3::eps[reset] >>
    ((lang_fr >> ((x3::no_case[lit("entre")] >> sp >> sfig[set_fig] >> sp >> lit("et") >> sp >>
                   sfig[set_hi(false)]) |
                  (x3::no_case[lit("de")] >> sp >> sfig[set_fig] >> sp >> a_grave >> sp >>
                   sfig[set_hi(false)]))) |
     (lang_en >> ((x3::no_case[lit("between")] >> sp >> sfig[set_fig] >> sp >> lit("and") >>
                   sp >> sfig[set_hi(false)]) |
                  // "between $180 million and $250 million"
                  (x3::no_case[lit("between")] >> sp >> currency_before[set_suffix] >> -sp >> sfig_money[set_fig] >>
                   sp >> lit("and") >> sp >> x3::omit[currency_before] >> -sp >> sfig_money[set_hi(false)]) |
                  (x3::no_case[lit("from")] >> sp >> sfig[set_fig] >> sp >> lit("to") >> sp >>
                   sfig[set_hi(false)])))) >>
    -suffix[set_suffix];

// A figure, alone or as the low end of a range: "7.989 morts", "300 à 400", "40 to 50",
// "40-50". The figure is read once; a range that does not hold ("50-40") leaves it alone.
auto const range_tail = (lang_fr >> sp >> a_grave >> sp >> sfig[set_hi(false)]) |
                        (lang_en >> sp >> lit("to") >> sp >> sfig[set_hi(false)]) |
                        (dash >> sfig[set_hi(true)]);
auto const single_q_def =
    x3::eps[reset] >> sfig[set_fig] >>
    ((range_tail >> -suffix[set_suffix]) |
     (-suffix[set_suffix] >> -x3::raw[&word_char >> +word_char][set_glued]));

// The bodies in order of precedence. A body that opens with a digit can only be one of the
// first branch (the others open with a word or a sign), so the second is not tried there: the
// same result as trying them all, with half the attempts on the commonest figures.
auto const body_def =
    (&digit >> (phone_q | date_q | time_q | ordinal_q | single_q)) |
    (!digit >> (phone_q | date_q | prefixed_q | ident_q | ordinal_words_q | vague_q | range_q | single_q));

auto const quantity_def = (-modifier >> body)[combine];

// "un", "une", "one" standing alone: the figure 1 as often as an article ("un mort" but "un
// homme", "one dead" but "one of the"). scan_numbers() tries it only where `quantity` reads
// nothing, and classes it `article`, so that the claim layer decides by the noun. After "the",
// "no", "l'"... it is a pronoun and not read at all.
auto const lone_one = not_pronoun_one >> ((lang_fr >> fr_un) | (lang_en >> en_one)) >> word_end;

BOOST_SPIRIT_DEFINE(fr_unit_w, fr_b100_or_un, fr_b1000_or_un, en_unit_w, fr_b100, fr_hundreds, fr_b1000, fr_thousands, fr_number, en_b100,
                    en_hundreds, en_b1000, en_thousands, en_number, en_dozens, fr_big, en_big,
                    fr_decimals, en_decimals, fr_ordinal, en_ordinal,
                    figure_digits, figure_words, scale, scale_money, scale_thousand_r, sfig, sfig_money, small_int,
                    int_fig, suffix, modifier, phone_q, date_q, time_q, ordinal_q, prefixed_q,
                    ident_q, ordinal_words_q, vague_q, range_q, single_q, body, quantity)

}  // namespace figcheck::grammar::parser
