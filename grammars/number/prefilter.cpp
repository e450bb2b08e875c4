// The scanner's prefilter (see prefilter.hpp).
//
// A figure starts either with a digit or a sign ("$", "€", "-5", ",08"), or with letters glued to
// digits ("H5N1", "CHF12"), or with a word. Digits and signs are always tried. A word is tried
// only when the words from it on can lead to an *anchor*, a word that carries a value:
//
//   près de 8.000        "près" "de" lead to the digits
//   plusieurs dizaines   "plusieurs" leads to "dizaines", the last word of a vague quantity
//   one and a half million, un demi-million, Monday, March 3, âgé de 52 ans, US$ 5 ...
//
// The leads are a small automaton over folded words, built once per language from the tables
// of tables.hpp: a modifier ("près de", "at least"), then a body lead (a vague quantity, a
// weekday and a month, an age prefix, a currency, "de magnitude", "vol", "entre", "between"),
// then a figure lead ("un", "a", "half a", "one and a half"). The anchors are the number words,
// ordinals, scale words, the last words of vague quantities and a few literals of the rules.
// "de", "des", "une", "a", "un" are the commonest French and English words and open figures;
// the automaton dismisses "de la", "un homme", "a man" after one word.
//
// The automaton may accept more than the grammar (it is only a filter), never less. A rule of
// number_def.hpp that starts with, or anchors on, a literal word must have it below; the tests,
// the conformance tool and figcheck_bench_numbers --check compare the filtered scan with
// scan_numbers_unfiltered() and fail on any difference.
#include "grammars/number/prefilter.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "grammars/number/chars.hpp"
#include "grammars/number/tables.hpp"

namespace figcheck::grammar::detail {

namespace {

using parser::is_word_at;
using parser::utf8_length;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// ASCII letters to lower case; digits and the bytes of UTF-8 sequences unchanged. Applied to
// word bytes only (letters, digits, UTF-8), where setting 0x20 on ASCII is exactly that.
unsigned char fold(char c) {
  auto const b = static_cast<unsigned char>(c);
  return b < 0x80 ? static_cast<unsigned char>(b | 0x20) : b;
}

// Which ASCII bytes are word characters (letters and digits), by table.
constexpr std::array<bool, 128> k_ascii_word = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[static_cast<std::size_t>(c)] = parser::is_ascii_alnum(static_cast<unsigned char>(c));
  return t;
}();

// One past the last byte of the word that starts at `p` (whole UTF-8 sequences), never past `end`.
char const* word_end_from(char const* p, char const* end) {
  while (p < end) {
    auto const c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      if (!k_ascii_word[c]) break;
      ++p;
    } else {
      if (!is_word_at(p, end)) break;
      p += utf8_length(c);
    }
  }
  return std::min(p, end);
}

// The words of a table key, folded: "près d'" -> {"près", "d"}, "Jan." -> {"jan"}.
std::vector<std::string> words_of(std::string_view key) {
  std::vector<std::string> words;
  char const* p = key.data();
  char const* const end = p + key.size();
  while (p < end) {
    if (!is_word_at(p, end)) {
      p += std::min<std::size_t>(utf8_length(static_cast<unsigned char>(*p)), static_cast<std::size_t>(end - p));
      continue;
    }
    char const* const word_end = word_end_from(p, end);
    std::string word;
    for (char const* q = p; q < word_end; ++q) word.push_back(static_cast<char>(fold(*q)));
    words.push_back(std::move(word));
    p = word_end;
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Folded words, each with an id and whether it carries a value. Looked up straight from the
// text (folding on the fly) in an open-addressing table, behind a Bloom-style bit set that
// turns most words away after one memory access.
class Vocabulary {
 public:
  static constexpr std::size_t k_max_word = 40;  // longer words are never in the vocabulary

  struct Entry {
    std::string word;
    std::uint16_t id = 0;
    bool anchor = false;
    bool lone_one = false;  // "un", "une", "one": read as 1 (class article) where nothing else is
  };

  std::uint16_t intern(std::string const& folded) {
    for (auto const& e : m_entries) {
      if (e.word == folded) return e.id;
    }
    if (folded.empty() || folded.size() > k_max_word) throw std::logic_error("bad word in a number table");
    if (m_entries.size() >= 0xFFFF) throw std::logic_error("too many words in the number tables");
    m_entries.push_back({folded, static_cast<std::uint16_t>(m_entries.size()), false});
    return m_entries.back().id;
  }
  void mark_anchor(std::string const& folded) { m_entries[intern(folded)].anchor = true; }
  void mark_lone_one(std::string const& folded) { m_entries[intern(folded)].lone_one = true; }

  void build() {
    std::size_t size = 64;
    while (size < m_entries.size() * 4) size *= 2;
    m_mask = size - 1;
    m_slots.assign(size, Slot{});
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
      auto const& word = m_entries[i].word;
      auto const h = hash(prefix(word.data(), word.size()), word.size());
      m_bloom[bloom_bit(h) / 64] |= std::uint64_t{1} << (bloom_bit(h) % 64);
      std::size_t slot = h & m_mask;
      while (m_slots[slot].entry != 0) slot = (slot + 1) & m_mask;
      m_slots[slot] = Slot{prefix(word.data(), word.size()), static_cast<std::uint32_t>(word.size()),
                           static_cast<std::uint32_t>(i + 1)};
    }
  }

  // The entry for the word [p, p + n) of a text that ends at `end`, or nullptr.
  Entry const* find(char const* p, std::size_t n, char const* end) const {
    if (n > k_max_word) return nullptr;
    auto const pre = end - p >= 8 ? prefix8(p, n) : prefix(p, n);
    auto const h = hash(pre, n);
    if (!(m_bloom[bloom_bit(h) / 64] >> (bloom_bit(h) % 64) & 1)) return nullptr;
    for (std::size_t slot = h & m_mask;; slot = (slot + 1) & m_mask) {
      Slot const& s = m_slots[slot];
      if (s.entry == 0) return nullptr;
      if (s.size != n || s.prefix != pre) continue;
      Entry const& e = m_entries[s.entry - 1];
      bool same = true;
      for (std::size_t i = 8; i < n && same; ++i) same = fold(p[i]) == static_cast<unsigned char>(e.word[i]);
      if (same) return &e;
    }
  }

 private:
  // The first 8 bytes of a word, folded, zero past its end, when 8 bytes can be read at `p`:
  // one load, folded in a register (a byte under 0x80 gets 0x20), then masked to the word.
  static std::uint64_t prefix8(char const* p, std::size_t n) {
    std::uint64_t v = 0;
    std::memcpy(&v, p, 8);
    v |= (~v & 0x8080808080808080ULL) >> 2;
    return v & k_masks[std::min<std::size_t>(n, 8)];
  }
  // The same, a byte at a time.
  static std::uint64_t prefix(char const* p, std::size_t n) {
    unsigned char bytes[8] = {};
    for (std::size_t i = 0; i < n && i < 8; ++i) bytes[i] = fold(p[i]);
    std::uint64_t v = 0;
    std::memcpy(&v, bytes, 8);
    return v;
  }
  static std::uint64_t hash(std::uint64_t prefix, std::size_t n) {
    return (prefix ^ (n * 0xD6E8FEB86659FD93ULL)) * 0x9E3779B97F4A7C15ULL >> 20;
  }
  static std::size_t bloom_bit(std::uint64_t h) { return static_cast<std::size_t>(h >> 30) % k_bloom_bits; }

  static constexpr std::size_t k_bloom_bits = 16384;
  // k_masks[n]: the first n bytes of a word in memory order, whatever the machine's byte order.
  static inline std::array<std::uint64_t, 9> const k_masks = [] {
    std::array<std::uint64_t, 9> masks{};
    for (std::size_t n = 0; n <= 8; ++n) {
      unsigned char bytes[8] = {};
      for (std::size_t i = 0; i < n; ++i) bytes[i] = 0xFF;
      std::memcpy(&masks[n], bytes, 8);
    }
    return masks;
  }();
  struct Slot {
    std::uint64_t prefix = 0;
    std::uint32_t size = 0;
    std::uint32_t entry = 0;  // index + 1 into m_entries; 0 is empty
  };
  std::vector<Entry> m_entries;
  std::vector<Slot> m_slots;
  std::size_t m_mask = 0;
  std::array<std::uint64_t, k_bloom_bits / 64> m_bloom{};
};

// ---------------------------------------------------------------------------------------------
// The lead automaton: built as a nondeterministic automaton over word ids (chains of words and
// empty moves), then made deterministic by the subset construction. It has no cycle, so a walk
// ends after a few words.
class Nfa {
 public:
  int add() {
    m_nodes.emplace_back();
    return static_cast<int>(m_nodes.size() - 1);
  }
  void empty_move(int from, int to) { m_nodes[static_cast<std::size_t>(from)].moves.push_back(to); }
  // `from` -w1-> . -w2-> ... -wn-> `to`.
  void chain(int from, std::vector<std::uint16_t> const& words, int to) {
    int at = from;
    for (std::size_t i = 0; i < words.size(); ++i) {
      int const next = i + 1 == words.size() ? to : add();
      m_nodes[static_cast<std::size_t>(at)].edges.emplace_back(words[i], next);
      at = next;
    }
  }

  // Deterministic transitions: state -> word -> state, state 0 being {start} and its closure.
  // `marked[d]` says whether state d holds a node of `mark`.
  std::vector<std::map<std::uint16_t, int>> determinize(int start, std::vector<int> const& mark,
                                                        std::vector<bool>& marked) const {
    std::map<std::vector<int>, int> ids;
    std::vector<std::vector<int>> states;
    std::vector<std::map<std::uint16_t, int>> out;
    auto intern = [&](std::vector<int> set) {
      set = closure(std::move(set));
      auto const [it, added] = ids.emplace(set, static_cast<int>(states.size()));
      if (added) {
        states.push_back(set);
        out.emplace_back();
        marked.push_back(std::any_of(set.begin(), set.end(), [&](int n) {
          return std::find(mark.begin(), mark.end(), n) != mark.end();
        }));
      }
      return it->second;
    };
    intern({start});
    for (std::size_t d = 0; d < states.size(); ++d) {
      std::map<std::uint16_t, std::vector<int>> targets;
      for (int n : states[d]) {
        for (auto const& [word, to] : m_nodes[static_cast<std::size_t>(n)].edges) targets[word].push_back(to);
      }
      for (auto& [word, to] : targets) {
        int const id = intern(std::move(to));
        out[d][word] = id;
      }
    }
    return out;
  }

 private:
  std::vector<int> closure(std::vector<int> set) const {
    for (std::size_t i = 0; i < set.size(); ++i) {
      for (int m : m_nodes[static_cast<std::size_t>(set[i])].moves) {
        if (std::find(set.begin(), set.end(), m) == set.end()) set.push_back(m);
      }
    }
    std::sort(set.begin(), set.end());
    return set;
  }
  struct Node {
    std::vector<std::pair<std::uint16_t, int>> edges;
    std::vector<int> moves;
  };
  std::vector<Node> m_nodes;
};

}  // namespace

// What a block of up to 64 bytes of text is, one bit per byte, as the block-wise search saw
// it. Lets the word checks below find words and digits without reading bytes again.
struct Masks {
  char const* base = nullptr;   // the block's first byte: bit i is base[i]
  char const* limit = nullptr;  // the bits say nothing about bytes from here on
  std::uint64_t word = 0;       // word characters
  std::uint64_t starts = 0;     // first bytes of words
  std::uint64_t digit = 0;      // ASCII digits
  std::uint64_t letter = 0;     // ASCII letters
};

// What the prefilter knows for one language.
class Leads {
 public:
  explicit Leads(Language lang);

  Vocabulary::Entry const* word(char const* p, std::size_t n, char const* end) const {
    return m_words.find(p, n, end);
  }
  // The state after `word` from `state`, or -1.
  // Whether a word with digits may come next in `state`: after "de", "près de", "lundi",
  // "March", "aged", but not after "un", "des", "a" or "plus" ("un 5" is no figure).
  bool digits_next(int state) const { return m_digits_next[static_cast<std::size_t>(state)]; }
  int next(int state, std::uint16_t word) const {
    std::uint32_t const key = static_cast<std::uint32_t>(state) << 16 | word;
    for (std::size_t slot = (key * 0x9E3779B1U >> 8) & m_mask;; slot = (slot + 1) & m_mask) {
      auto const& e = m_edges[slot];
      if (e.key == key) return e.to;
      if (e.to < 0) return -1;
    }
  }
  // Whether a currency that is written before its figure starts the word ("CHFdeux").
  bool currency_prefix(std::string_view word) const {
    if (!m_currency_first[static_cast<unsigned char>(word[0])]) return false;
    for (auto const& c : m_currency_words) {
      if (word.starts_with(c)) return true;
    }
    return false;
  }

  // Whether a non-word multibyte character at `p` opens a figure: a currency sign of the grammar
  // written before its figure ("€", "£", "₸", "₽"), or "−" (U+2212) before a digit.
  bool multibyte_sign(char const* p, char const* end) const {
    std::string_view const rest{p, static_cast<std::size_t>(end - p)};
    for (auto const& sign : m_signs) {
      if (rest.starts_with(sign)) return true;
    }
    return rest.size() > k_minus.size() && rest.starts_with(k_minus) && is_digit(rest[k_minus.size()]);
  }
  // The first bytes of those characters, for the block-wise search to flag.
  std::vector<unsigned char> const& sign_leads() const { return m_sign_leads; }

  static constexpr int k_start = 0;
  static constexpr std::string_view k_minus = "\xE2\x88\x92";

 private:
  struct Edge {
    std::uint32_t key = 0;
    int to = -1;  // -1: empty slot
  };
  Vocabulary m_words;
  std::vector<Edge> m_edges;
  std::vector<bool> m_digits_next;
  std::size_t m_mask = 0;
  std::vector<std::string> m_currency_words;
  std::vector<std::string> m_signs;  // multibyte currency signs ("$" is ASCII: a byte class)
  std::vector<unsigned char> m_sign_leads;
  std::array<bool, 256> m_currency_first{};
};

Leads::Leads(Language lang) {
  using namespace parser;
  bool const fr = lang == Language::fr;
  Nfa nfa;
  int const start = nfa.add();
  int const body = nfa.add();    // after the modifier, if any
  int const figure = nfa.add();  // where a figure itself starts (sfig)
  int const done = nfa.add();    // an anchor word must come next ("une" "dizaine")
  int const digits = nfa.add();  // an anchor must come next, digits included ("lundi" "10")
  int const weekday_en = nfa.add();
  nfa.empty_move(start, body);
  nfa.empty_move(body, figure);

  auto ids = [&](std::string_view key) {
    std::vector<std::uint16_t> out;
    for (auto const& w : words_of(key)) out.push_back(m_words.intern(w));
    return out;
  };
  auto chains = [&](auto const& entries, int from, int to) {
    for (auto const& [key, value] : entries) nfa.chain(from, ids(key), to);
  };
  auto anchors = [&](auto const& entries, bool plural) {
    for (auto const& [key, value] : entries) {
      auto const words = words_of(key);
      for (auto const& w : words) m_words.mark_anchor(w);
      if (plural && !words.empty()) m_words.mark_anchor(words.back() + "s");
    }
  };
  auto literal_anchors = [&](std::initializer_list<std::string_view> words) {
    for (auto w : words) m_words.mark_anchor(std::string(w));
  };
  // Words that open a figure on their own ("deux", "quatrième", "mille").
  auto self_starting = [&](auto const& entries, bool plural) {
    for (auto const& [key, value] : entries) {
      auto const words = ids(key);
      nfa.chain(figure, {words.front()}, done);
      if (plural) nfa.chain(figure, ids(std::string(words_of(key).front()) + "s"), done);
    }
  };

  // Modifiers: quantity = -modifier >> body.
  if (fr) {
    chains(k_modifiers_fr, start, body);
    for (auto const& [key, value] : k_modifiers_fr) {  // "près de" also comes as "près d'"
      auto words = ids(key);
      if (words_of(key).back() == "de") {
        words.back() = m_words.intern("d");
        nfa.chain(start, words, body);
      }
    }
  } else {
    chains(k_modifiers_en, start, body);
  }

  // Bodies that open with words (number_def.hpp: date_q, prefixed_q, vague_q, range_q).
  if (fr) {
    chains(k_vague_fr, body, done);
    chains(k_weekdays_fr, body, digits);  // "lundi 10 janvier"
    nfa.chain(body, ids("entre"), figure);
    nfa.chain(body, ids("de"), figure);
  } else {
    chains(k_vague_en, body, done);
    nfa.chain(body, ids("scores"), done);  // "scores of"
    chains(k_weekdays_en, body, weekday_en);  // "Monday, March 3"
    chains(k_months_en, weekday_en, digits);
    chains(k_months_en, body, digits);  // "March 3"
    nfa.chain(body, ids("between"), figure);
    nfa.chain(body, ids("from"), figure);
  }
  chains(k_age_prefixes, body, figure);  // "âgé de 52 ans", "aged 52"
  for (auto const& [key, value] : k_age_prefixes) {  // "aged between 19 and 27", "âgés entre 19 et 27"
    nfa.chain(body, ids(std::string(key) + (fr ? " entre" : " between")), figure);
  }
  for (auto const& [key, value] : k_currency_before) {  // "US$ 5", "CHF 12"
    std::string_view const k{key};
    auto const word = k.substr(0, static_cast<std::size_t>(word_end_from(k.data(), k.data() + k.size()) - k.data()));
    if (word.empty()) {  // "$", "€": signs, always tried
      if (static_cast<unsigned char>(k[0]) >= 0x80) m_signs.emplace_back(k);
      continue;
    }
    nfa.chain(body, ids(word), figure);
    m_currency_words.emplace_back(word);  // as written: these are matched with case
    m_currency_first[static_cast<unsigned char>(word[0])] = true;
  }
  for (std::string_view sign : m_signs) m_sign_leads.push_back(static_cast<unsigned char>(sign[0]));
  m_sign_leads.push_back(static_cast<unsigned char>(k_minus[0]));
  std::sort(m_sign_leads.begin(), m_sign_leads.end());
  m_sign_leads.erase(std::unique(m_sign_leads.begin(), m_sign_leads.end()), m_sign_leads.end());
  nfa.chain(body, ids("de magnitude"), figure);
  nfa.chain(body, ids("magnitude"), figure);
  nfa.chain(body, ids("vol"), digits);
  nfa.chain(body, ids("flight"), digits);

  // Figures that open with words that carry no value of their own (figure_words).
  if (fr) {
    int const un = nfa.add();  // "un million", "une douzaine", "un demi-million"
    chains(k_fr_un, figure, un);
    nfa.chain(un, ids("demi"), done);
    self_starting(k_fr_small, false);
    self_starting(k_fr_tens, false);
    self_starting(k_fr_ordinals, true);
    nfa.chain(figure, ids("cent"), done);
    nfa.chain(figure, ids("cents"), done);
    nfa.chain(figure, ids("mille"), done);
  } else {
    int const one = nfa.add();  // "one million", "one and a half million", "a dozen"
    chains(k_en_one, figure, one);
    nfa.chain(figure, ids("a"), one);
    nfa.chain(one, ids("and a half"), done);
    nfa.chain(figure, ids("half a"), done);  // "half a dozen"
    self_starting(k_en_units, false);
    self_starting(k_en_tens, false);
    self_starting(k_en_ordinals, true);
    nfa.chain(figure, ids("minus"), digits);  // "minus 5", "minus one"
    nfa.chain(figure, ids("negative"), digits);
  }

  // Anchors: words that carry a value.
  if (fr) {
    anchors(k_fr_small, false);
    anchors(k_fr_tens, false);
    anchors(k_fr_ordinals, true);
    anchors(k_fr_ordinal_units, true);
    anchors(k_scale_words_fr, false);
    literal_anchors({"cent", "cents", "mille", "douzaine", "douzaines"});
  } else {
    anchors(k_en_units, false);
    anchors(k_en_tens, false);
    anchors(k_en_ordinals, true);
    anchors(k_en_ordinal_units, true);
    anchors(k_scale_words_en, false);
    literal_anchors({"hundred", "thousand", "dozen", "dozens", "doz", "dozs", "dz", "dzs", "scores",
                     "minus", "negative"});
  }
  anchors(k_scale_thousand, false);
  for (auto const& [key, value] : fr ? k_vague_fr : k_vague_en) m_words.mark_anchor(words_of(key).back());
  for (auto const& [key, value] : fr ? k_fr_un : k_en_one) m_words.mark_lone_one(words_of(key).front());
  m_words.build();

  // Digits may follow where a figure may start, and after the leads that take digits.
  std::vector<int> digit_nodes{figure, digits};
  if (!fr) digit_nodes.push_back(weekday_en);  // "Monday, 3 March"
  auto const dfa = nfa.determinize(start, digit_nodes, m_digits_next);
  if (dfa.size() >= 0xFFFF) throw std::logic_error("lead automaton too large");
  std::size_t edges = 0;
  for (auto const& state : dfa) edges += state.size();
  std::size_t size = 64;
  while (size < edges * 2) size *= 2;
  m_mask = size - 1;
  m_edges.assign(size, Edge{});
  for (std::size_t s = 0; s < dfa.size(); ++s) {
    for (auto const& [word, to] : dfa[s]) {
      std::uint32_t const key = static_cast<std::uint32_t>(s) << 16 | word;
      std::size_t slot = (key * 0x9E3779B1U >> 8) & m_mask;
      while (m_edges[slot].to >= 0) slot = (slot + 1) & m_mask;
      m_edges[slot] = Edge{key, to};
    }
  }
}

namespace {

Leads const& leads(Language lang) {
  static Leads const fr{Language::fr};
  static Leads const en{Language::en};
  return lang == Language::fr ? fr : en;
}

inline int lowest(std::uint64_t m) { return std::countr_zero(m); }
inline std::uint64_t from_bit(int i) { return ~std::uint64_t{0} << i; }

// The next word at or after `p`: its first byte and one past its last, and whether it holds a
// digit. Reads the masks while `p` is inside their block, the bytes after.
struct Word {
  char const* begin = nullptr;
  char const* end = nullptr;
  bool digit = false;
};
Word next_word(char const* p, char const* end, Masks const* masks) {
  if (masks != nullptr && p >= masks->base && p < masks->limit) {
    int const at = static_cast<int>(p - masks->base);
    std::uint64_t const starts = masks->starts & from_bit(at);
    if (starts != 0) {
      int const i = lowest(starts);
      std::uint64_t const after = ~masks->word & from_bit(i);
      if (after != 0 && masks->base + lowest(after) <= masks->limit) {
        int const e = lowest(after);
        std::uint64_t const bits = from_bit(i) & ~from_bit(e);
        return {masks->base + i, masks->base + e, (masks->digit & bits) != 0};
      }
      p = masks->base + i;  // a word that runs over the block: read it byte by byte
    } else {
      p = masks->limit;
    }
  }
  while (p < end && !is_word_at(p, end)) p += utf8_length(static_cast<unsigned char>(*p));
  if (p >= end) return {};
  char const* const word_end = word_end_from(p, end);
  return {p, word_end, std::any_of(p, word_end, is_digit)};
}

// Whether the words from `p` on, starting in `state`, reach an anchor (a word that carries a
// value, or holds a digit) along the automaton.
bool leads_to_anchor(Leads const& leads, int state, char const* p, char const* end, Masks const* masks) {
  for (int steps = 0; steps < 64; ++steps) {
    Word const w = next_word(p, end, masks);
    if (w.begin == nullptr) return false;
    if (w.digit) return leads.digits_next(state);
    auto const* entry = leads.word(w.begin, static_cast<std::size_t>(w.end - w.begin), end);
    if (entry == nullptr) return false;
    if (entry->anchor) return true;
    state = leads.next(state, entry->id);
    if (state < 0) return false;
    p = w.end;
  }
  return false;
}

// What a byte tells the search, before anything else is read.
enum ByteClass : std::uint8_t {
  k_nothing,  // space or punctuation that opens no figure
  k_word,     // ASCII letter or digit
  k_sign,     // "$", "+", "(": always tried
  k_mark,     // "-", ".", ",": tried before a digit ("-5", ".25", ",08")
  k_utf8,     // start of a multibyte sequence: a letter, or a sign such as "€"
};

constexpr std::array<ByteClass, 256> make_byte_classes() {
  std::array<ByteClass, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      classes[static_cast<std::size_t>(c)] = k_word;
    } else if (c == '$' || c == '+' || c == '(') {
      classes[static_cast<std::size_t>(c)] = k_sign;
    } else if (c == '-' || c == '.' || c == ',') {
      classes[static_cast<std::size_t>(c)] = k_mark;
    } else if (c >= 0x80) {
      classes[static_cast<std::size_t>(c)] = k_utf8;
    }
  }
  return classes;
}
constexpr std::array<ByteClass, 256> k_byte_classes = make_byte_classes();

}  // namespace

Candidates::Candidates(std::string_view text, Language lang, Mode mode, Search search)
    : m_begin(text.data()),
      m_end(text.data() + text.size()),
      m_leads(&leads(lang)),
      m_mode(mode),
      m_search(search) {}

Candidates::Open Candidates::may_open(char const* p, char const* word_end, Masks const* masks) const {
  if (is_digit(*p)) return Open::grammar;
  // Letters glued to digits: an identifier ("H5N1", "COVID-19") or a currency ("CHF12").
  char const* q = p;
  if (masks != nullptr && word_end <= masks->limit) {
    int const at = static_cast<int>(p - masks->base);
    std::uint64_t const other = ~masks->letter & from_bit(at);  // the first byte that is no letter
    q = other != 0 ? std::min(masks->base + lowest(other), word_end) : word_end;
  } else {
    while (q < word_end && is_ascii_letter(*q)) ++q;
  }
  if (q > p && q < m_end) {
    if (*q == '-') ++q;
    if (q < m_end && is_digit(*q)) return Open::grammar;
  }
  auto const& l = *m_leads;
  std::string_view const word{p, static_cast<std::size_t>(word_end - p)};
  if (l.currency_prefix(word)) return Open::grammar;
  auto const* entry = l.word(p, word.size(), m_end);
  if (entry == nullptr) return Open::no;
  int const state = l.next(Leads::k_start, entry->id);
  if (state >= 0 && (entry->anchor || leads_to_anchor(l, state, word_end, m_end, masks))) return Open::grammar;
  return entry->lone_one ? Open::lone_one : Open::no;
}

Candidates::Place Candidates::next(char const* from) const {
#if defined(__SSE2__)
  if (m_search == Search::blocks) return next_by_blocks(from);
#endif
  return next_by_bytes(from);
}

// A byte at a time: the reference, and the search where SSE2 is missing.
Candidates::Place Candidates::next_by_bytes(char const* from) const {
  char const* p = from;
  while (p < m_end) {
    auto const c = static_cast<unsigned char>(*p);
    switch (k_byte_classes[c]) {
      case k_nothing:
        ++p;
        continue;
      case k_sign:
        return {p, p + 1};
      case k_mark:
        if (p + 1 < m_end && is_digit(p[1])) return {p, p + 1};
        ++p;
        continue;
      case k_utf8:
        if (!is_word_at(p, m_end)) {
          char const* const after = std::min(p + utf8_length(c), m_end);
          if (m_leads->multibyte_sign(p, m_end)) return {p, after};
          p = after;
          continue;
        }
        break;
      case k_word:
        break;
    }
    // A word. Inside a word ("5N1" in "H5N1", after a figure that ended there) no figure starts.
    char const* const word_end = word_end_from(p, m_end);
    if (!(p == from && parser::is_word_before(m_begin, p))) {
      if (m_mode == Mode::every_word) return {p, word_end};
      Open const open = may_open(p, word_end, nullptr);
      if (open != Open::no) return {p, word_end, open == Open::lone_one};
    }
    p = word_end;
  }
  return {};
}

#if defined(__SSE2__)
namespace {

// What 64 bytes of text are, one bit per byte (bit i for byte i).
struct Block {
  std::uint64_t word = 0;   // the byte is part of a word character
  std::uint64_t digit = 0;
  std::uint64_t letter = 0;
  std::uint64_t signs = 0;  // "$", "+", "(", or "-", ".", "," before a digit
  std::uint64_t lead = 0;   // first byte of a non-word multibyte character that may be a sign
                            // ("€", "£", "₸", "₽", "−"), to be checked byte by byte
  std::uint64_t spill = 0;  // bytes of the next block inside a non-word character of this one
};

inline std::uint64_t mask16(__m128i v, int chunk) {
  return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(v))) << (16 * chunk);
}

// Classifies the 64 bytes at `q` (65 readable: one byte of lookahead). `spill_in` marks the
// bytes at the start that continue a non-word character of the previous block. Agrees with
// is_word_at() and utf8_length() on valid UTF-8 (the text has been checked or repaired by then).
Block classify(unsigned char const* q, std::uint64_t spill_in, std::vector<unsigned char> const& sign_leads) {
  std::uint64_t alnum = 0, letters = 0, digit = 0, high = 0, lead2 = 0, lead3 = 0, lead4 = 0, stray = 0, c3 = 0,
                times_divide = 0, sign = 0, mark = 0, maybe_sign = 0;
  auto const bias = _mm_set1_epi8(static_cast<char>(0x80));
  auto const eq = [](__m128i v, int c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c))); };
  // Unsigned lo <= v <= hi, by comparing with the sign bit flipped.
  auto const in = [&](__m128i v, int lo, int hi) {
    auto const x = _mm_xor_si128(v, bias);
    return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>((lo - 1) ^ 0x80))),
                         _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>((hi + 1) ^ 0x80))));
  };
  for (int k = 0; k < 4; ++k) {
    auto const v = _mm_loadu_si128(reinterpret_cast<__m128i const*>(q + 16 * k));
    auto const d = in(v, '0', '9');
    auto const letter = in(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 'z');
    digit |= mask16(d, k);
    alnum |= mask16(_mm_or_si128(d, letter), k);
    letters |= mask16(letter, k);
    high |= mask16(v, k);
    lead2 |= mask16(in(v, 0xC0, 0xC2), k);
    lead3 |= mask16(_mm_or_si128(eq(v, 0xE2), eq(v, 0xEF)), k);
    lead4 |= mask16(in(v, 0xF0, 0xF7), k);
    stray |= mask16(_mm_cmpgt_epi8(_mm_xor_si128(v, bias), _mm_set1_epi8(0x77)), k);  // F8..FF
    c3 |= mask16(eq(v, 0xC3), k);
    times_divide |= mask16(_mm_or_si128(eq(v, 0x97), eq(v, 0xB7)), k);
    sign |= mask16(_mm_or_si128(_mm_or_si128(eq(v, '$'), eq(v, '+')), eq(v, '(')), k);
    mark |= mask16(_mm_or_si128(_mm_or_si128(eq(v, '-'), eq(v, '.')), eq(v, ',')), k);
    for (unsigned char lead : sign_leads) maybe_sign |= mask16(eq(v, lead), k);
  }
  std::uint64_t const next_digit = q[64] >= '0' && q[64] <= '9' ? 1 : 0;
  std::uint64_t const next_times = q[64] == 0x97 || q[64] == 0xB7 ? 1 : 0;
  // "×" and "÷" (C3 97, C3 B7) are the only non-letters of U+00C0..U+00FF.
  std::uint64_t const c3_sign = c3 & ((times_divide >> 1) | (next_times << 63));
  std::uint64_t const lead2_all = lead2 | c3_sign;
  // A non-word character covers its lead and the bytes after it: C0..C2 and "×" "÷" two,
  // E2 and EF three, F0..F7 four; F8..FF are single bytes. Bytes pushed past the block spill
  // into the next one.
  std::uint64_t nonword = stray | spill_in;
  std::uint64_t spill = 0;
  auto const cover = [&](std::uint64_t leads, int length) {
    nonword |= leads;
    for (int s = 1; s < length; ++s) {
      nonword |= leads << s;
      spill |= leads >> (64 - s);
    }
  };
  cover(lead2_all, 2);
  cover(lead3, 3);
  cover(lead4, 4);
  Block b;
  b.spill = spill;
  b.word = (alnum | (high & ~nonword)) & ~spill_in;
  b.digit = digit;
  b.letter = letters;
  b.signs = (sign | (mark & ((digit >> 1) | (next_digit << 63)))) & ~spill_in;
  b.lead = maybe_sign & ~spill_in;
  return b;
}

}  // namespace

// 64 bytes at a time: word starts and signs come from bit masks, so the search branches once
// per word rather than once per byte.
Candidates::Place Candidates::next_by_blocks(char const* from) const {
  char const* p = from;
  // Inside a word ("5N1" in "H5N1", after a figure that ended there) no figure starts.
  std::uint64_t word_before = parser::is_word_before(m_begin, p) ? 1 : 0;
  std::uint64_t spill = 0;
  unsigned char padded[80];
  while (p < m_end) {
    auto const left = static_cast<std::size_t>(m_end - p);
    auto const* bytes = reinterpret_cast<unsigned char const*>(p);
    std::uint64_t valid = ~std::uint64_t{0};
    if (left < 65) {  // the last bytes: zeros (not word characters) after the end
      std::memset(padded, 0, sizeof padded);
      std::memcpy(padded, p, left);
      bytes = padded;
      if (left < 64) valid = (std::uint64_t{1} << left) - 1;
    }
    Block const b = classify(bytes, spill, m_leads->sign_leads());
    std::uint64_t const word = b.word & valid;
    std::uint64_t const starts = word & ~((word << 1) | word_before);
    std::uint64_t const signs = (b.signs | b.lead) & valid;
    std::uint64_t todo = starts | signs;
    Masks const masks{p, p + std::min<std::size_t>(left, 64), word, starts, b.digit & valid, b.letter & valid};
    char const* jump = nullptr;  // a word ran past this block: go on from its end
    while (todo != 0) {
      int const i = lowest(todo);
      char const* const q = p + i;
      std::uint64_t const bit = std::uint64_t{1} << i;
      if (signs & bit) {
        todo &= todo - 1;
        if (b.signs & bit) return {q, q + 1};
        if (m_leads->multibyte_sign(q, m_end)) {
          return {q, std::min(q + utf8_length(static_cast<unsigned char>(*q)), m_end)};
        }
        continue;
      }
      // A word: it ends at the first byte that is not a word character.
      std::uint64_t const after = ~word & ~(bit - 1) & ~bit;
      char const* const word_end = after != 0 ? p + lowest(after)
                                   : left <= 64 ? m_end
                                                : word_end_from(q, m_end);  // whole characters
      if (m_mode == Mode::every_word) return {q, word_end};
      Open const open = may_open(q, word_end, &masks);
      if (open != Open::no) return {q, word_end, open == Open::lone_one};
      if (after == 0) {
        jump = word_end;
        break;
      }
      todo &= ~((std::uint64_t{1} << lowest(after)) - 1);
    }
    if (jump != nullptr) {
      p = jump;
      word_before = 0;
      spill = 0;
      continue;
    }
    if (left <= 64) break;
    word_before = word >> 63;
    spill = b.spill;
    p += 64;
  }
  return {};
}
#endif

}  // namespace figcheck::grammar::detail
