// The number grammar's instantiation and the scanner that runs it over a text.
#include "grammars/number/number.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "grammars/number/config.hpp"
#include "grammars/number/number_def.hpp"
#include "grammars/number/prefilter.hpp"

namespace figcheck::grammar {

namespace parser {
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
}  // namespace parser

namespace {

// The interval policy for "about v" ("près de", "environ", "nearly"...): ±10 %.
// This is the one place that decides it. Computed as v*9/10 so round figures stay exact.
Interval approximate_interval(double v) {
  return Interval{v * 9 / 10, v * 11 / 10, ValueKind::approximate};
}

// The interval a modifier puts around a figure `v`.
Interval interval_for(std::optional<ValueKind> modifier, double v) {
  switch (modifier.value_or(ValueKind::exact)) {
    case ValueKind::approximate: return approximate_interval(v);
    case ValueKind::more_than: return Interval{v, std::nullopt, ValueKind::more_than};
    case ValueKind::at_least: return Interval{v, std::nullopt, ValueKind::at_least};
    case ValueKind::less_than: return Interval{std::nullopt, v, ValueKind::less_than};
    case ValueKind::at_most: return Interval{std::nullopt, v, ValueKind::at_most};
    case ValueKind::exact:
    case ValueKind::range:
    case ValueKind::vague: break;
  }
  return Interval{v, v, ValueKind::exact};
}

// A bare four-digit integer between 1800 and 2100, written without separator: a year.
bool year_like(ast::Figure const& f) {
  if (f.words || f.grouped || !f.frac_digits.empty() || f.exp10 != 0 || f.half) return false;
  if (f.negative || f.int_text.size() != 4) return false;
  auto const v = parser::figure_value(f);
  return v && *v >= 1800 && *v <= 2100;
}

// Classes whose figure is a label, not an amount: a modifier does not bound them.
bool ignores_modifier(NumberClass cls) {
  return cls == NumberClass::date || cls == NumberClass::ordinal ||
         cls == NumberClass::identifier || cls == NumberClass::phone;
}

ast::Quantity to_quantity(ast::Parsed const& p, std::size_t start, std::size_t end) {
  ast::Quantity q;
  q.start = start;
  q.end = end;
  q.number_start = p.number_end > p.number_start ? p.number_start : start;
  q.number_end = p.number_end > p.number_start ? p.number_end : end;
  q.unit = p.unit;

  if (p.vague) {  // a modifier before a vague quantity adds nothing: keep the table's bounds
    q.value = Interval{p.vague->low, p.vague->high, ValueKind::vague};
    q.cls = NumberClass::count;
    return q;
  }
  q.cls = p.cls.value_or(NumberClass::count);
  if (!p.has_value) return q;

  auto const low = parser::figure_value(p.low);
  auto const high = p.range ? parser::figure_value(p.high) : low;
  if (!low || !high) {
    q.cls = NumberClass::too_large;
    q.unit.clear();
    return q;
  }
  if (p.range) {
    if (!p.cls && year_like(p.low) && year_like(p.high)) q.cls = NumberClass::year;
    q.value = Interval{*low, *high, ValueKind::range};
    return q;
  }
  // "plus de 2000" counts people; "en 2000", "jusqu'à 2020" name a year.
  if (!p.cls && year_like(p.low) && (!p.modifier || *p.modifier == ValueKind::at_most)) {
    q.cls = NumberClass::year;
  }
  q.value = ignores_modifier(q.cls) ? interval_for(std::nullopt, *low)
                                    : interval_for(p.modifier, *low);
  return q;
}

// Whether a quantity can start at `p`: a letter or digit, or a sign that opens a figure
// ("$12", "€5", "£3", "+33 ...", "(202) ..."). Saves a parse attempt on other punctuation.
bool may_start_quantity(char const* p, char const* end) {
  if (parser::is_word_at(p, end)) return true;
  std::string_view const rest{p, static_cast<std::size_t>(end - p)};
  for (std::string_view sign : {"$", "€", "£", "+", "(", "₸", "₽"}) {
    if (rest.substr(0, sign.size()) == sign) return true;
  }
  // A minus sign or a decimal mark right before a digit: "-5", "−3,2", ",08", ".25".
  for (std::string_view sign : {"-", "\xE2\x88\x92", ".", ","}) {
    if (rest.size() > sign.size() && rest.substr(0, sign.size()) == sign &&
        rest[sign.size()] >= '0' && rest[sign.size()] <= '9') {
      return true;
    }
  }
  return false;
}

// One past the last byte of the word that starts at `p` (as the scanner has always stepped:
// whole UTF-8 sequences), never past `end`.
inline char const* word_end_from(char const* p, char const* end) {
  while (p < end) {
    auto const c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      if (!parser::is_ascii_alnum(c)) break;
      ++p;
    } else {
      if (!parser::is_word_at(p, end)) break;
      p += parser::utf8_length(c);
    }
  }
  return std::min(p, end);
}

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------------------------------------
// The prefilter. Trying the X3 parser costs about a microsecond even when it fails at once, and
// nearly every word fails, so the scanner first asks two cheap questions and parses only when
// both say a figure may start here:
//
//  1. Can this word open a figure? Yes when it starts with a digit, is letters glued to digits
//     ("H5N1", "COVID-19", "CHF12"), opens with a currency written before the figure ("US$",
//     "CHFdeux"), or, ASCII case folded, is the first word of a key of a table that a rule starts
//     with (modifiers, vague words, number words, ordinals, weekdays, months, age prefixes) or
//     of a literal that a rule starts with (k_rule_start_words).
//  2. For a word from those tables: is there an anchor close enough? Every figure holds at least
//     one digit or one word that carries a value (a number word, an ordinal, a scale word, the
//     last word of a vague quantity: k_rule_anchor_words and the tables), and what comes before
//     it is a modifier and a lead ("de magnitude", "âgées de", "Wednesday,", "a and a half") of
//     bounded length (lead_window()). "de", "des", "une", "a" are the commonest French and
//     English words and open figures; this test spares the parser nearly all of them.
//
// Signs that open a figure ("$", "€", "£", "₸", "₽", "+", "(") are rare and always parsed.
// Everything is derived from the tables in number_def.hpp at start-up, so adding a key there
// needs nothing here. A rule that starts with, or anchors on, a new literal word must add it
// below; figcheck_bench_numbers --check compares the filtered scan with a scan that parses
// at every word start and says so when they differ.

// Literal words that rules in number_def.hpp start with (matched without ASCII case).
constexpr std::string_view k_rule_start_words[] = {
    "cent", "cents", "mille",          // fr_hundreds, fr_thousands
    "a",                               // a_kw: "a dozen", "a hundred", "a million"
    "de", "magnitude", "vol", "flight",  // prefixed_q
    "entre", "between", "from",        // range_q
    "scores",                          // vague_q
    "minus", "negative", "half",       // minus_word: "minus 5"; en_number: "half a dozen"
};
// Literal words that carry a value in rules of number_def.hpp (matched without ASCII case).
constexpr std::string_view k_rule_anchor_words[] = {
    "cent", "cents", "mille", "hundred", "thousand", "dozen", "scores",
    "douzaine", "douzaines",  // fr_number: "une douzaine"
    "minus", "negative",      // minus_word: "minus one" ("one" alone is no anchor)
};

constexpr std::uint8_t k_start = 1;   // the word may open a figure
constexpr std::uint8_t k_anchor = 2;  // the word carries a value

unsigned char fold(unsigned char c) {
  return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

// Folded words and what they may do, in an open-addressing hash table built once.
// Owns its keys; requires nothing; lookups are thread-safe (the table is immutable after build).
class WordTable {
 public:
  static constexpr std::size_t k_max_word = 40;  // longer words are never looked up

  void add(std::string_view word, std::uint8_t bits) {
    std::string folded;
    for (char c : word) folded.push_back(static_cast<char>(fold(static_cast<unsigned char>(c))));
    if (folded.empty() || folded.size() > k_max_word) return;
    for (auto& entry : m_entries) {
      if (entry.key == folded) {
        entry.bits |= bits;
        return;
      }
    }
    m_entries.push_back({std::move(folded), bits});
  }

  void build() {
    std::size_t size = 64;
    while (size < m_entries.size() * 4) size *= 2;
    m_mask = size - 1;
    m_slots.assign(size, Slot{});
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
      auto const& key = m_entries[i].key;
      unsigned char padded[k_max_word + 8] = {};
      std::memcpy(padded, key.data(), key.size());
      m_longest = std::max(m_longest, key.size());
      std::size_t h = hash(padded, key.size());
      while (m_slots[h & m_mask].entry != 0) ++h;
      m_slots[h & m_mask] = Slot{static_cast<std::uint32_t>(i + 1), key.size()};
    }
  }

  // What the word [p, p + n) may do; 0 when it is not in the table.
  std::uint8_t find(char const* p, std::size_t n) const {
    if (n == 0 || n > m_longest) return 0;
    unsigned char folded[k_max_word + 8] = {};
    for (std::size_t i = 0; i < n; ++i) folded[i] = fold(static_cast<unsigned char>(p[i]));
    for (std::size_t h = hash(folded, n);; ++h) {
      Slot const& slot = m_slots[h & m_mask];
      if (slot.entry == 0) return 0;
      if (slot.size != n) continue;
      auto const& entry = m_entries[slot.entry - 1];
      if (std::memcmp(folded, entry.key.data(), n) == 0) return entry.bits;
    }
  }

 private:
  // Over the first 8 bytes and the length: enough to spread a few hundred short words.
  // `p` holds at least 8 bytes, zero past `n`.
  static std::size_t hash(unsigned char const* p, std::size_t n) {
    std::uint64_t h = 0;
    std::memcpy(&h, p, 8);
    h = (h ^ n) * 0x9E3779B97F4A7C15ULL;
    return static_cast<std::size_t>(h >> 40);
  }
  struct Entry {
    std::string key;
    std::uint8_t bits = 0;
  };
  struct Slot {
    std::uint32_t entry = 0;  // index + 1 into m_entries; 0 is empty
    std::size_t size = 0;
  };
  std::vector<Entry> m_entries;
  std::vector<Slot> m_slots;
  std::size_t m_mask = 0;
  std::size_t m_longest = 0;
};

// The first word of a table key: up to its first character that is not a word character
// ("près" in "près de", "jusqu" in "jusqu'à", "Jan" in "Jan.").
std::string_view first_word(std::string_view key) {
  char const* const end = key.data() + key.size();
  return {key.data(), static_cast<std::size_t>(word_end_from(key.data(), end) - key.data())};
}

// The last word of a table key ("dizaines" in "plusieurs dizaines").
std::string_view last_word(std::string_view key) {
  std::string_view rest = key;
  for (;;) {
    auto const word = first_word(rest);
    auto const next = rest.find_first_of(" -'", word.size());
    if (next == std::string_view::npos) return word;
    rest.remove_prefix(next + 1);
  }
}

// What the prefilter knows, built once from the tables of number_def.hpp.
struct Prefilter {
  WordTable words;
  std::vector<std::string_view> currency_words;  // "CHF", "US": may be glued to the figure
  bool currency_first_byte[256] = {};             // the first bytes of currency_words
  std::size_t lead_window = 0;  // most bytes from a figure's start to its first anchor
};

Prefilter build_prefilter() {
  using namespace parser;
  Prefilter f;
  std::size_t longest_modifier = 0;
  std::size_t longest_lead = 0;
  auto starts = [&](auto const& entries, std::size_t* longest) {
    for (auto const& [key, value] : entries) {
      f.words.add(first_word(key), k_start);
      if (longest) *longest = std::max(*longest, std::string_view(key).size());
    }
  };
  // Number words and ordinals; ordinals may take an "s" ("premiers", "seconds").
  auto values = [&](auto const& entries, std::uint8_t bits, bool plural) {
    for (auto const& [key, value] : entries) {
      f.words.add(first_word(key), bits);
      if (plural) f.words.add(std::string(first_word(key)) + "s", bits);
    }
  };
  starts(k_modifiers_fr, &longest_modifier);
  starts(k_modifiers_en, &longest_modifier);
  starts(k_vague_fr, &longest_lead);
  starts(k_vague_en, &longest_lead);
  starts(k_weekdays_fr, &longest_lead);
  starts(k_weekdays_en, &longest_lead);
  starts(k_months_en, &longest_lead);
  starts(k_age_prefixes, &longest_lead);
  for (auto const& entries : {k_vague_fr, k_vague_en}) {
    for (auto const& [key, value] : entries) f.words.add(last_word(key), k_anchor);
  }
  values(k_fr_small, k_start | k_anchor, false);
  values(k_fr_tens, k_start | k_anchor, false);
  values(k_fr_ordinals, k_start | k_anchor, true);
  values(k_fr_ordinal_units, k_anchor, true);
  values(k_en_units, k_start | k_anchor, false);
  values(k_en_tens, k_start | k_anchor, false);
  values(k_en_ordinals, k_start | k_anchor, true);
  values(k_en_ordinal_units, k_anchor, true);
  // "un", "une", "one" alone are not figures: they open one ("un million") but carry nothing.
  values(k_fr_un, k_start, false);
  values(k_en_one, k_start, false);
  for (auto const& entries : {k_scale_words_fr, k_scale_words_en, k_scale_thousand}) {
    for (auto const& [key, value] : entries) f.words.add(first_word(key), k_anchor);
  }
  for (auto word : k_rule_start_words) f.words.add(word, k_start);
  for (auto word : k_rule_anchor_words) f.words.add(word, k_anchor);
  for (auto const& [key, value] : k_currency_before) {
    longest_lead = std::max(longest_lead, std::string_view(key).size());
    auto const word = first_word(key);
    if (word.empty()) continue;  // "$", "€": signs, always parsed
    f.currency_words.push_back(word);
    f.currency_first_byte[static_cast<unsigned char>(word[0])] = true;
  }
  f.words.build();
  // A modifier, then at most a body lead ("de magnitude", "between", a currency) and a lead
  // inside the figure ("one and a half million", "plusieurs dizaines"), spaces of 3 bytes
  // between them. The longest today is about 60 bytes; the window is 72.
  f.lead_window = longest_modifier + longest_lead + 8 * 3;
  return f;
}

Prefilter const& prefilter() {
  static Prefilter const filter = build_prefilter();
  return filter;
}

// Finds, for a word that may open a figure, whether an anchor (a digit, or the start of a word
// that carries a value) lies within the lead window after it. Positions asked about only grow,
// so every byte is examined about once: the scan is linear in the text.
class AnchorFinder {
 public:
  AnchorFinder(char const* begin, char const* end, Prefilter const& filter)
      : m_begin(begin), m_end(end), m_filter(filter), m_scanned(begin) {}

  bool anchor_near(char const* p) {
    if (m_anchor && m_anchor >= p) return static_cast<std::size_t>(m_anchor - p) <= m_filter.lead_window;
    m_anchor = nullptr;
    char const* q = std::max(p, m_scanned);
    char const* const limit = m_end - p > static_cast<std::ptrdiff_t>(m_filter.lead_window)
                                  ? p + m_filter.lead_window + 1
                                  : m_end;
    while (q < limit) {
      auto const c = static_cast<unsigned char>(*q);
      if (is_digit(c)) {
        m_anchor = q;
        break;
      }
      if (!parser::is_word_at(q, m_end)) {
        ++q;
        continue;
      }
      char const* const end = word_end_from(q, m_end);
      if (!parser::is_word_before(m_begin, q) &&
          (m_filter.words.find(q, static_cast<std::size_t>(end - q)) & k_anchor)) {
        m_anchor = q;
        break;
      }
      char const* const digit = std::find_if(q, end, [](char d) { return is_digit(static_cast<unsigned char>(d)); });
      if (digit != end) {
        m_anchor = digit;
        break;
      }
      q = end;
    }
    m_scanned = m_anchor ? m_anchor : q;
    return m_anchor && static_cast<std::size_t>(m_anchor - p) <= m_filter.lead_window;
  }

 private:
  char const* m_begin;
  char const* m_end;
  Prefilter const& m_filter;
  char const* m_scanned;            // every anchor before here, from the last start on, is known
  char const* m_anchor = nullptr;   // the first anchor at or after the last position asked about
};

// Whether the word [p, end) (p at a word start) may open a figure, by the two tests above.
// `text_end` is the end of the whole text.
bool may_open_figure(char const* p, char const* end, char const* text_end, Prefilter const& filter,
                     AnchorFinder& anchors) {
  auto const c = static_cast<unsigned char>(*p);
  if (is_digit(c)) return true;
  // Letters glued to digits: an identifier ("H5N1", "COVID-19") or a currency ("CHF12").
  char const* q = p;
  while (q < end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z'))) ++q;
  if (q > p && q < text_end) {
    if (*q == '-') ++q;
    if (q < text_end && is_digit(static_cast<unsigned char>(*q))) return true;
  }
  std::string_view const word{p, static_cast<std::size_t>(end - p)};
  if (filter.currency_first_byte[c]) {
    for (auto currency : filter.currency_words) {
      if (word.starts_with(currency)) return true;
    }
  }
  return (filter.words.find(p, word.size()) & k_start) && anchors.anchor_near(p);
}

enum class Filter { on, off };

std::vector<ast::Quantity> scan(std::string_view text, Language lang, Filter filter_mode) {
  std::vector<ast::Quantity> found;
  try {
    char const* const begin = text.data();
    char const* const end = begin + text.size();
    parser::Env const env{begin, lang};
    auto const context = parser::x3::make_context<parser::env_tag>(env);
    Prefilter const& filter = prefilter();
    AnchorFinder anchors{begin, end, filter};

    auto const try_parse = [&](char const* p) -> char const* {
      char const* it = p;
      ast::Parsed parsed;
      if (parser::quantity.parse(it, end, context, parser::x3::unused, parsed) && it > p) {
        found.push_back(to_quantity(parsed, static_cast<std::size_t>(p - begin),
                                    static_cast<std::size_t>(it - begin)));
        return it;
      }
      return nullptr;
    };

    char const* p = begin;
    while (p < end) {
      auto const c = static_cast<unsigned char>(*p);
      bool const sign_or_mark = (c == '-' || c == '.' || c == ',') && p + 1 < end &&
                                is_digit(static_cast<unsigned char>(p[1]));  // "-5", ",08", ".25"
      if (c < 0x80 && !parser::is_ascii_alnum(c) && c != '$' && c != '+' && c != '(' &&
          !sign_or_mark) {
        ++p;  // space or punctuation that opens nothing
        continue;
      }
      if (parser::is_word_at(p, end)) {
        char const* const word_end = word_end_from(p, end);
        // Inside a word ("5N1" in "H5N1") never starts a figure of its own.
        if (!parser::is_word_before(begin, p) &&
            (filter_mode == Filter::off || may_open_figure(p, word_end, end, filter, anchors))) {
          if (char const* const next = try_parse(p)) {
            p = next;
            continue;
          }
        }
        p = word_end;
        continue;
      }
      if (may_start_quantity(p, end)) {  // "$", "€", "£", "₸", "₽", "+", "("
        if (char const* const next = try_parse(p)) {
          p = next;
          continue;
        }
      }
      p += parser::utf8_length(c);
    }
  } catch (...) {
    // The grammar has no expectation points and the scanner allocates little; should anything
    // still throw (out of memory), return what was found so far rather than fail the caller.
  }
  return found;
}

}  // namespace

std::vector<ast::Quantity> scan_numbers(std::string_view text, Language lang) {
  return scan(text, lang, Filter::on);
}

std::vector<ast::Quantity> scan_numbers_unfiltered(std::string_view text, Language lang) {
  return scan(text, lang, Filter::off);
}

}  // namespace figcheck::grammar
