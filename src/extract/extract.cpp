#include "extract/extract.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "extract/tokens.hpp"
#include "grammars/number/number.hpp"
#include "ingest/ingest.hpp"
#include "util/text.hpp"

namespace figcheck::extract {
namespace {

using grammar::ast::Quantity;
using Entry = PhraseTable::Entry;

constexpr std::size_t k_npos = static_cast<std::size_t>(-1);
// How far after a figure's noun a verb may name its metric ("... ont été arrêtées").
constexpr std::size_t k_metric_window = 14;
// A verb this close to the noun beats a cue right before the figure.
constexpr std::size_t k_near_window = 6;
constexpr std::size_t k_max_source_words = 7;

bool in(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

// Words that end a source's name when reading forward, or backward.
bool ends_name(std::string_view w) {
  return in(w, {"dans", "lors", "sur", "a", "au", "aux", "en", "par", "pour", "apres", "avant",
                "pendant", "depuis", "selon", "que", "qu'", "qui", "dont", "et", "mais",
                "tandis", "alors", "sans", "avec", "ayant", "in", "on", "at", "during", "after",
                "before", "with", "that", "who", "which", "and", "but", "while", "as", "to",
                "from", "for", "by", "was", "were", "is", "has", "have", "had", "would",
                "show", "shows", "showed", "indicate", "indicates", "suggest", "suggests",
                "montrent", "montre", "indiquent", "avait", "avaient", "ont", "est", "sont", "etait",
                "etaient", "sera", "serait", "avoir", "etre", "quand", "lorsque", "puisque", "car",
                "when", "whereas", "night", "morning", "evening", "afternoon", "monday", "tuesday",
                "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi",
                "jeudi", "vendredi", "samedi", "dimanche", "soir", "matin"});
}

// The shape of an adjective of nationality: "Mexican", "Sudanese", "Polish".
bool nationality_adjective(std::string_view w) {
  return w.ends_with("an") || w.ends_with("ese") || w.ends_with("ish");
}

// A word that does not count against a name's length: "ministre de la Sécurité et de la ...".
bool name_function_word(std::string_view w) {
  return in(w, {"de", "du", "des", "la", "le", "l'", "et", "of", "the", "and"});
}

bool is_aux(std::string_view w, Language lang) {
  if (lang == Language::en) return in(w, {"has", "have", "had"});  // English "a" is the article
  return in(w, {"a", "ont", "avait", "avaient", "aurait", "auraient", "ayant", "a-t-il", "a-t-elle",
                "ont-ils", "ont-elles", "avait-il", "avait-elle"});
}

bool is_closing_punct(std::string_view w) {
  return in(w, {",", ";", ":", "(", ")", "\"", "-", "\xE2\x80\x94", "\xE2\x80\x93", "[", "]"});
}

struct Metric {
  std::string metric;
  std::string subject;
  std::size_t quote_begin = 0;  // token indexes of the quote, end exclusive
  std::size_t quote_end = 0;
  std::vector<std::size_t> conjuncts;  // other figures sharing the same verb ("26 X et 16 Y tués")
  bool exceeds = false;  // the figure is a floor the count passes ("le nombre de morts pourrait dépasser 50")
  bool own_word = false;  // a metric word right after the figure or its noun ("quatre mortels",
                          // "52 d'entre eux ont été interpellés")
};

struct NamedSource {
  std::string name;  // as written, without article
  enum class Kind { named, pronoun, same, none } kind = Kind::none;
};

class StoryExtractor {
 public:
  StoryExtractor(Document& doc, Story& story, const Lexicons& lexicons,
                 const std::vector<Quantity>& quantities)
      : m_doc(doc), m_story(story), m_lexicons(lexicons), m_lex(lexicons.of(story.language)),
        m_quantities(quantities) {
    m_tokens = tokenize(doc.text, story.span.start, story.span.end, quantities);
    m_words.reserve(m_tokens.size());
    for (const Token& t : m_tokens) {
      m_words.emplace_back(t.kind == TokenKind::number ? std::string_view("\x01#") : std::string_view(t.folded));
    }
    split_sentences();
  }

  void locate_story();
  std::vector<Claim> run();
  void merge_headline(std::vector<Claim>& claims) const;

 private:
  Document& m_doc;
  Story& m_story;
  const Lexicons& m_lexicons;
  const LanguageLexicon& m_lex;
  const std::vector<Quantity>& m_quantities;
  std::vector<Token> m_tokens;
  std::vector<std::string_view> m_words;
  std::vector<std::pair<std::size_t, std::size_t>> m_sentences;  // token ranges
  std::string m_last_source;  // the source named last in the story, for "il", "la même source"
  std::vector<std::string> m_named_sources;  // every source named so far, in order
  std::size_t m_breakdowns = 0;
  // Tokens whose dates are not the figure's: a stated change's reference ("up 12 from Sunday").
  std::pair<std::size_t, std::size_t> m_not_dates{0, 0};
  // Whether the last place_for() fell back to the story's main place.
  mutable bool m_place_fell_back = false;

  const Quantity& quantity(std::size_t t) const {
    return m_quantities[static_cast<std::size_t>(m_tokens[t].quantity)];
  }
  bool is_number(std::size_t t) const { return t < m_tokens.size() && m_tokens[t].kind == TokenKind::number; }
  bool is_word(std::size_t t) const { return t < m_tokens.size() && m_tokens[t].kind == TokenKind::word; }
  // A word written as an acronym: "WHO", "CHU".
  bool acronym_at(std::size_t t) const {
    const std::string_view text = std::string_view(m_doc.text).substr(m_tokens[t].start, m_tokens[t].end - m_tokens[t].start);
    return text.size() >= 2 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }
  // A word that ends a source's name, unless written as an acronym ("the WHO said", "AND").
  // ... nor a compass point named as a region: "gouverneur de la région de l'Est".
  bool ends_name_at(std::size_t t) const {
    if (t > 0 && m_tokens[t].capitalised && in(m_words[t - 1], {"l'", "de", "du"}) &&
        in(m_words[t], {"est", "ouest", "nord", "sud"})) {
      return false;
    }
    return ends_name(m_words[t]) && !acronym_at(t);
  }
  std::string_view text_of(std::size_t begin, std::size_t end) const {
    return std::string_view(m_doc.text).substr(m_tokens[begin].start,
                                               m_tokens[end - 1].end - m_tokens[begin].start);
  }

  // The kind of the longest source cue starting at `p` ("selon lequel" is relative, not
  // according), or "" when none starts there.
  std::string_view source_cue_at(std::size_t p) const {
    const Entry* cue = m_lex.sources.longest_at(m_words, p);
    return cue == nullptr ? std::string_view() : std::string_view(cue->kind);
  }
  std::string join_words(std::size_t begin, std::size_t end) const;
  // One past the title's last token: the title is the story's first line.
  std::size_t title_end() const {
    std::size_t end = 0;
    while (end < m_tokens.size() && m_tokens[end].kind != TokenKind::newline) ++end;
    return end;
  }
  void split_sentences();
  std::pair<std::size_t, std::size_t> clause_of(std::size_t t, std::size_t sb, std::size_t se) const;
  struct VerbUse {
    std::size_t verb = 0;      // first token of the verb phrase
    std::size_t verb_end = 0;  // one past its last token
    std::size_t subject_at = 0;  // where the subject's search starts (aux or verb)
    bool inverted = false;
    bool counts = false;  // a counting verb ("recorded", "a recensé"): a speech verb's subject wins
  };
  std::optional<Metric> find_metric(std::size_t k, std::size_t sb, std::size_t se) const;
  std::size_t skip_modifiers(std::size_t j, std::size_t se) const;
  bool condition_noun_after_event(std::size_t k, std::size_t sb, const Entry* direct) const;
  std::size_t share_words_end(std::size_t j, std::size_t se) const;
  std::optional<Metric> part_metric(std::size_t k, std::size_t se, const Claim& whole) const;
  std::optional<std::pair<std::string, std::size_t>> toll_before(std::size_t k, std::size_t sb) const;
  bool has_damage_cue(std::size_t sb, std::size_t se) const;
  // The sentence's reporting verbs (verbs_in) are found once per sentence and passed on.
  NamedSource source_for(std::size_t k, std::size_t sb, std::size_t se,
                         const std::vector<VerbUse>& verbs) const;
  NamedSource name_from(std::size_t begin, std::size_t end, std::size_t sb, std::size_t se) const;
  const std::string* earlier_name(std::size_t begin, std::size_t end) const;
  std::size_t name_after(std::size_t p, std::size_t se) const;
  std::size_t agent_after(std::size_t p, std::size_t se) const;
  bool contrast_between(std::size_t a, std::size_t b) const;
  std::size_t mentions(std::size_t sb, std::size_t se, const std::string& place) const;
  std::pair<std::size_t, std::size_t> name_after_cue(std::size_t b, std::size_t se) const;
  std::size_t name_before(std::size_t p, std::size_t sb) const;
  std::size_t appositive_name_end(std::size_t b, std::size_t e, std::size_t se) const;
  std::vector<VerbUse> verbs_in(std::size_t sb, std::size_t se) const;
  NamedSource verb_source(const VerbUse& v, std::size_t sb, std::size_t se) const;
  // The bytes of a non-inverted verb's subject: its name, back from the verb.
  std::pair<std::size_t, std::size_t> subject_span(const VerbUse& v, std::size_t sb) const;
  ClaimStatus status_for(std::size_t k, std::size_t sb, std::size_t se,
                         const std::vector<VerbUse>& verbs) const;
  std::optional<ClaimStatus> status_referring_back(std::size_t sb, std::size_t se) const;
  Date date_for(std::size_t k, std::size_t sb, std::size_t se) const;
  std::optional<Date> date_at(std::size_t t, bool years) const;
  std::pair<std::string, std::string> place_for(std::size_t k, std::size_t sb, std::size_t se,
                                                std::size_t quote_end) const;
  std::optional<std::pair<std::string, std::string>> place_in(std::size_t begin, std::size_t end,
                                                              std::size_t k) const;
  const Entry* gazetteer_at(std::size_t p) const;
  // A word after which "de X" / "of X" names a place (places.txt kind "noun"): "ville", "town",
  // "rues", "prison", "au large".
  bool place_noun(std::size_t t) const {
    return is_word(t) && m_lex.places.longest_ending_at(m_words, t + 1, "noun") != nullptr;
  }
  std::size_t unknown_place_at(std::size_t p, std::size_t end) const;
  const Place* place_named(const std::string& name) const;
  std::optional<Claim::Change> stated_change(std::size_t from, std::size_t se, const Date& when,
                                             std::pair<std::size_t, std::size_t>* words = nullptr) const;
  const Place* nation_of_adjective(const std::string& name) const;
  std::size_t unknown_place_before_event(std::size_t p, std::size_t begin, std::size_t end) const;
  std::optional<std::pair<std::string, std::string>> place_in_apposition(std::size_t sb, std::size_t se) const;
  const Place* unit_referred_to(std::size_t p) const;
  bool people_of_place(std::size_t t) const;
  // The first of two ages at `t`: "de 84 et 91 ans".
  bool first_of_two_ages(std::size_t t, std::size_t se) const {
    return t + 2 < se && in(m_words[t + 1], {"et", "and", "a", "to", "ou", "or"}) && is_number(t + 2) &&
           quantity(t + 2).cls == NumberClass::age;
  }
  // The first metric cue after a figure's cue, in [from, until), before any punctuation or other
  // figure, that `wanted` accepts, and where it starts; nullptr when there is none.
  template <typename Wanted>
  std::pair<const Entry*, std::size_t> later_cue(std::size_t from, std::size_t until, std::size_t se,
                                                 Wanted wanted) const {
    for (std::size_t p = from; p < se && p < until; ++p) {
      if (m_tokens[p].kind == TokenKind::punct || is_number(p)) break;
      if (const Entry* cue = m_lex.metrics.longest_at(m_words, p, "after"); cue != nullptr && wanted(*cue)) return {cue, p};
    }
    return {nullptr, k_npos};
  }
  // The comma that closes an aside opening with the comma at `p`, fewer than `reach` tokens on;
  // k_npos when there is none.
  std::size_t closing_comma(std::size_t p, std::size_t se, std::size_t reach) const {
    std::size_t close = p + 1;
    while (close < se && m_words[close] != "," && close - p < reach) ++close;
    return close < se && m_words[close] == "," ? close : k_npos;
  }
  // For some metrics a group is everyone counted: troops deployed are soldiers.
  void drop_whole_subject(const std::string& metric, std::string& subject) const {
    if (const auto it = m_lex.whole_subjects.find(metric);
        it != m_lex.whole_subjects.end() && std::find(it->second.begin(), it->second.end(), subject) != it->second.end()) {
      subject.clear();
    }
  }
  // A status cue at `p` (status.txt), but not "retiré" of the living: "a retiré vivantes neuf
  // personnes des décombres" rescues them.
  const Entry* status_cue_at(std::size_t p) const {
    const Entry* cue = m_lex.status.longest_at(m_words, p);
    const std::size_t next = p + (cue != nullptr ? cue->words.size() : 0);
    if (cue != nullptr && cue->kind == "retracted" && next < m_words.size() &&
        in(m_words[next], {"vivants", "vivantes", "vivant", "vivante", "alive"})) {
      return nullptr;
    }
    return cue;
  }
  // Whether the words before `t` close the claim `last`: right after its quote, or after a
  // complement and an aside that hold no other figure ("quatre ouvriers du GCT et deux agents",
  // "un ouvrier agricole de 52 ans, mort d'un coup de chaleur, et trois personnes âgées").
  bool follows_claim(std::size_t t, std::size_t sb, const Claim& last) const {
    std::size_t b = t;
    while (b > sb && m_tokens[b - 1].start >= last.span.end) --b;
    if (b == t) return m_tokens[t - 1].end == last.span.end;
    // (Or a place: "dont 30 à Dosso et 25 à Zinder".)
    if (t - b > 16 || !(in(m_words[b], {"de", "du", "des", "d'", "of", ",", "a", "au", "aux", "in", "at", "en", "dans"}))) {
      return false;
    }
    bool comma = false;
    for (std::size_t i = b; i < t; ++i) {
      if (is_number(i) && quantity(i).cls == NumberClass::count) return false;
      if (m_tokens[i].kind == TokenKind::punct && in(m_words[i], {";", ":", ".", "(", ")"})) return false;
      comma = comma || m_words[i] == ",";
    }
    return !comma || m_words[t - 1] == ",";
  }
  // Whether the place [p, after) is named before an event noun: "the Warsaw march", "Tuesday's
  // Auckland crowd", "the 2018 Kerala floods".
  bool event_named_before(std::size_t p, std::size_t after, std::size_t begin, std::size_t end) const {
    if (after >= end || m_lex.places.longest_at(m_words, after, "event") == nullptr) return false;
    std::size_t b = p - 1;
    if (b > begin && is_number(b) && quantity(b).cls == NumberClass::year) --b;
    return m_words[b] == "the" || (b > begin && m_words[b] == "s" && m_words[b - 1] == "'");
  }
  // "au moins" / "at least" right after a figure or its noun: "Deux personnes au moins".
  bool floor_after(std::size_t k, std::size_t se) const {
    for (std::size_t t = k + 1; t < se && t <= k + 3; ++t) {
      if (t + 1 < se && ((m_words[t] == "au" && m_words[t + 1] == "moins") || (m_words[t] == "at" && m_words[t + 1] == "least"))) {
        return t == k + 1 || m_lex.nouns.longest_ending_at(m_words, t) != nullptr;
      }
      if (!is_word(t)) return false;
    }
    return false;
  }
  // A title written short before a name: "Dr.", "M.", "Lt.".
  bool title_abbreviation(std::size_t t) const {
    return is_word(t) && m_tokens[t].capitalised &&
           in(m_words[t], {"m", "mme", "mm", "mlle", "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "sgt", "capt", "cpt"});
  }
  // How badly someone was hurt: "dont un grièvement", "one of them seriously".
  bool severity_word(std::size_t t) const {
    return in(m_words[t], {"grievement", "gravement", "serieusement", "seriously", "critically", "severely"});
  }
  // A pronoun of one word at `t` ("they", "il"), which stands for the source named last.
  bool pronoun_at(std::size_t t) const {
    const Entry* pronoun = is_word(t) ? m_lex.sources.longest_at(m_words, t, "pronoun") : nullptr;
    return pronoun != nullptr && pronoun->words.size() == 1;
  }
  // The last token in [from, to) that ends at or before byte `offset` (from if none).
  std::size_t token_before(std::size_t offset, std::size_t from, std::size_t to) const {
    std::size_t t = to;
    while (t > from && m_tokens[t - 1].end > offset) --t;
    return t > from ? t - 1 : from;
  }
  // An administrative unit that takes the name before it: "Sindh province", "Nimba County".
  bool admin_unit(std::size_t t) const {
    return in(m_words[t], {"province", "region", "state", "county", "district", "prefecture", "governorate",
                           "oblast", "wilaya", "settlement", "township"});
  }
  // "et de" / "and of" inside a name, after a capitalised word: "ministre de la Sécurité et de la
  // Protection civile". `limit`: the first index the "de" may not reach.
  // Also a linking word between capitalised words: "Department of Fire and Emergency Services",
  // "Office for the Coordination of Humanitarian Affairs".
  bool joins_name_at(std::size_t t, std::size_t limit) const {
    if (t == 0 || t + 1 >= limit || !m_tokens[t - 1].capitalised) return false;
    if (in(m_words[t], {"et", "and"}) && in(m_words[t + 1], {"de", "du", "des", "of"})) return true;
    if (m_words[t] == "sans" && is_word(t + 1)) return true;  // "Médecins sans frontières"
    if (!in(m_words[t], {"and", "for", "et", "pour"})) return false;
    std::size_t n = t + 1;
    if (n + 1 < limit && in(m_words[n], {"the", "la", "le", "les", "l'"})) ++n;
    return is_word(n) && m_tokens[n].capitalised;
  }
  // Where a run of words of time ending at `end` starts ("dimanche matin"), not going below `floor`.
  std::size_t before_time_words(std::size_t end, std::size_t floor) const {
    while (end > floor) {
      const Entry* time = m_lex.sources.longest_ending_at(m_words, end, "time");
      if (time == nullptr) break;
      end -= time->words.size();
    }
    return end;
  }
  void update_last_source(std::size_t sb, std::size_t se, const std::vector<VerbUse>& verbs);
};

void StoryExtractor::split_sentences() {
  std::size_t begin = 0;
  const std::vector<std::string> dateline = phrase_words(m_story.dateline);
  const auto close = [&](std::size_t end) {
    // "ALMATY: Dans la seule ville ...": the dateline is not part of the first sentence.
    // So is its qualifier: "SAINT-DIZIER (Haute-Marne):", "KITWE, Zambia:".
    if (!dateline.empty() && begin + dateline.size() < end &&
        std::equal(dateline.begin(), dateline.end(), m_words.begin() + static_cast<std::ptrdiff_t>(begin))) {
      std::size_t colon = begin + dateline.size();
      if (!m_story.dateline_qualifier.empty() && colon < end && in(m_words[colon], {"(", ","})) {
        while (colon < end && colon < begin + dateline.size() + 12 && m_words[colon] != ":") ++colon;
      }
      if (colon < end && m_words[colon] == ":") begin = colon + 1;
    }
    if (end > begin) m_sentences.emplace_back(begin, end);
    begin = end;
  };
  for (std::size_t i = 0; i < m_tokens.size(); ++i) {
    const Token& t = m_tokens[i];
    if (t.kind == TokenKind::newline) {
      close(i);
      begin = i + 1;
      continue;
    }
    if (t.kind != TokenKind::punct) continue;
    if (t.folded != "." && t.folded != "!" && t.folded != "?" && t.folded != "\xE2\x80\xA6") continue;
    if (t.folded == "." && i > 0 && is_word(i - 1)) {
      const std::string_view prev = m_words[i - 1];
      const bool abbreviation = title_abbreviation(i - 1) ||
                                in(prev, {"st", "no", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "etc", "vs"}) ||
                                (prev.size() == 1 && m_tokens[i - 1].capitalised);
      if (abbreviation) continue;
    }
    std::size_t end = i + 1;
    while (end < m_tokens.size() && m_tokens[end].kind == TokenKind::punct &&
           (m_tokens[end].folded == "\"" || m_tokens[end].folded == ")")) {
      ++end;
    }
    close(end);
    i = end - 1;
  }
  close(m_tokens.size());
}

std::pair<std::size_t, std::size_t> StoryExtractor::clause_of(std::size_t t, std::size_t sb,
                                                              std::size_t se) const {
  std::size_t b = t;
  while (b > sb && !(m_tokens[b - 1].kind == TokenKind::punct && is_closing_punct(m_words[b - 1]))) --b;
  std::size_t e = t;
  while (e < se && !(m_tokens[e].kind == TokenKind::punct && is_closing_punct(m_words[e]))) ++e;
  return {b, e};
}

bool StoryExtractor::has_damage_cue(std::size_t sb, std::size_t se) const {
  for (std::size_t p = sb; p < se; ++p) {
    if (m_lex.metrics.longest_at(m_words, p, "damage") != nullptr) return true;
  }
  return false;
}

std::optional<Metric> StoryExtractor::find_metric(std::size_t k, std::size_t sb,
                                                  std::size_t se) const {
  const Quantity& q = quantity(k);
  Metric found;
  found.quote_begin = k;
  found.quote_end = k + 1;
  if (q.cls == NumberClass::money) {
    if (!has_damage_cue(sb, se)) return std::nullopt;
    found.metric = "damage";
    return found;
  }
  // "un", "une", "one" alone (class article) count only when a metric word or a counted noun
  // follows right away: "un mort", "one dead", "un policier a été tué", "one person was killed";
  // never "un homme" or "one of them" on their own.
  const bool article = q.cls == NumberClass::article;
  if (q.cls != NumberClass::count && !article) return std::nullopt;
  // "de 84 et 91 ans": the first of two ages.
  if (first_of_two_ages(k, se)) return std::nullopt;
  // "rescued by a coast guard", "abattu par un policier": an agent, not a count.
  if (article && k > sb && in(m_words[k - 1], {"by", "par"})) return std::nullopt;
  // A population: "a country of about 400,000 people", "une ville de 300.000 habitants", "home to
  // some 2 million people".
  if (k >= sb + 2 && ((in(m_words[k - 1], {"of", "de", "d'"}) &&
                       in(m_words[k - 2], {"country", "city", "town", "nation", "island", "province", "region", "district",
                                           "village", "pays", "ville", "ile", "commune", "agglomeration", "metropole"})) ||
                      (m_words[k - 1] == "to" && m_words[k - 2] == "home"))) {
    return std::nullopt;
  }
  // An age between commas after a person: "The driver, 42, was arrested".
  if (k >= sb + 2 && k + 1 < se && m_words[k - 1] == "," && m_words[k + 1] == "," && is_word(k - 2) &&
      m_lex.nouns.longest_ending_at(m_words, k - 1) != nullptr && q.value.low && *q.value.low < 120) {
    return std::nullopt;
  }

  // The noun right after the figure ("164 morts", "8.000 personnes", "dozens of people"), past
  // the quotation mark that closes a quoted figure ("« une quinzaine » de manifestants blessés").
  std::size_t j = skip_modifiers(k + 1, se);
  if (j < se && j == k + 1 && m_words[j] == "\"" && k > sb && m_words[k - 1] == "\"") ++j;
  // "52 d'entre eux", "two of them", "two of those rescued": people of a group named before.
  std::size_t share_end = article ? 0 : share_words_end(j, se);
  if (!article && share_end == 0 && j + 2 < se && m_words[j] == "of" && m_words[j + 1] == "those" &&
      is_word(j + 2)) {
    share_end = j + 3;
  }
  if (!article && share_end == 0 && j < se && in(m_words[j], {"de", "d'", "of"})) {
    ++j;
    // "more than 600 of its activists", "200 de ses militants".
    if (j < se && in(m_words[j], {"its", "their", "his", "her", "ses", "leurs", "son", "sa"})) ++j;
  }
  if (j < se && m_lex.nouns.longest_at(m_words, j, "exclude") != nullptr) return std::nullopt;
  // ... or after one word that is not itself a noun: "three downstream communities".
  if (j + 1 < se && is_word(j) && m_lex.nouns.longest_at(m_words, j) == nullptr &&
      m_lex.metrics.longest_at(m_words, j) == nullptr && m_lex.nouns.longest_at(m_words, j + 1, "exclude") != nullptr) {
    return std::nullopt;
  }
  // "Some 900 federal police officers were deployed", "Two Polish tourists": one English
  // adjective before the noun (a capitalised one only before a one-word noun: not "150 National
  // Guard soldiers").
  if (m_story.language == Language::en && !article && j + 1 < se && is_word(j) &&
      m_lex.nouns.longest_at(m_words, j) == nullptr && m_lex.metrics.longest_at(m_words, j) == nullptr) {
    const Entry* next = m_lex.nouns.longest_at(m_words, j + 1);
    if (next != nullptr && next->kind != "exclude" &&
        (m_tokens[j].capitalised ? j + 2 >= se || m_lex.nouns.longest_at(m_words, j + 2) == nullptr
                                 : next->kind == "subject" || next->kind == "people")) {
      ++j;
    }
  }
  const Entry* noun = j < se ? m_lex.nouns.longest_at(m_words, j) : nullptr;
  if (noun != nullptr && noun->kind == "exclude") return std::nullopt;
  // An adjective cue before a noun qualifies it: "more than 70 fatal air crashes".
  const auto qualifies_noun = [&](const Entry* cue, std::size_t p) {
    return cue != nullptr && cue->words.size() == 1 &&
           in(cue->words.front(), {"fatal", "mortel", "mortels", "mortelle", "mortelles"}) && p + 1 < se &&
           is_word(p + 1) && !in(m_words[p + 1], {"et", "and", "ou", "or"});
  };
  const Entry* direct = j < se ? m_lex.metrics.longest_at(m_words, j, "after") : nullptr;
  if (qualifies_noun(direct, j)) direct = nullptr;
  // "six sans-abri ont été retrouvés morts", "three homeless men died": a condition noun followed by
  // a death counts the deaths.
  // (Not across another figure: "1.120 cas d'intoxication et 19 décès".)
  const auto death = [](const Entry& cue) { return cue.value == "deaths"; };
  if (direct != nullptr && in(direct->value, {"displaced", "injured", "missing"})) {
    const std::size_t from = j + direct->words.size();
    if (const auto [cue, at] = later_cue(from, from + 6, se, death); cue != nullptr) {
      found.metric = cue->value;
      found.quote_end = at + cue->words.size();
      return found;
    }
  }
  if (article && noun == nullptr && direct == nullptr) return std::nullopt;
  // English "a" / "an" count one only before a counted noun: "a child was killed", never
  // "a dead end".
  if (article && noun == nullptr && in(m_words[k], {"a", "an"})) return std::nullopt;
  std::string fallback;
  std::size_t head_end = j;
  if (share_end != 0) {
    noun = nullptr;
    direct = nullptr;
    head_end = share_end;
  } else if (noun != nullptr && (direct == nullptr || noun->words.size() >= direct->words.size())) {
    found.subject = noun->value;
    head_end = j + noun->words.size();
    // "manifestants": turnout, unless a verb says otherwise (but "un manifestant" is no turnout).
    // Not "1.050 détenus": people already held are counted as arrested only by a verb.
    if (direct != nullptr && !article && noun->value != "prisoners") fallback = direct->value;
  } else if (direct != nullptr && !condition_noun_after_event(k, sb, direct)) {
    found.metric = direct->value;
    found.quote_end = j + direct->words.size();
    found.own_word = true;
    return found;
  }

  // A verb or participle after the noun phrase, across a list of figures that share it.
  std::size_t after_at = k_npos;
  const Entry* after = nullptr;
  std::vector<std::size_t> conjuncts;
  bool conjoined = false;  // the list has an "et" / "and"
  // The window counts words: punctuation and parenthesised asides ("(OTSC)") are free.
  // (After a lone "un" / "a", only a verb close by: not "A doctor at the hospital said the man who died".)
  const std::size_t word_limit = noun != nullptr || share_end != 0 ? (article ? 8 : k_metric_window) : 4;
  std::size_t words_seen = 0;
  std::size_t last_end = head_end;
  bool after_and = false;  // the verb found comes after "et" / "and"
  bool in_complement = false;  // inside an "of" / "de" complement of the noun
  for (std::size_t p = head_end; p < se && words_seen < word_limit; ++p) {
    if (m_tokens[p].kind == TokenKind::punct && in(m_words[p], {";", ":"})) break;
    // After a lone "un" / "a", a reporting verb or a relative ends the search: "A doctor at the
    // hospital said the man who died", "un médecin du CHU, où la plupart des blessés".
    if (article && (m_lex.sources.longest_at(m_words, p, "verb") != nullptr ||
                    in(m_words[p], {"who", "where", "which", "that", "qui", "que", "ou"}))) {
      break;
    }
    if (m_words[p] == "(") {
      std::size_t close = p + 1;
      while (close < se && m_words[close] != ")" && close - p < 8) ++close;
      if (close < se && m_words[close] == ")") {
        p = close;
        continue;
      }
    }
    // "Un pêcheur de Raiatea, parti en mer mardi soir, est toujours porté disparu": an aside
    // without a figure between the noun and a verb that names the metric.
    if (m_words[p] == "," && p + 1 < se && is_word(p + 1) && !m_tokens[p + 1].capitalised &&
        m_lex.metrics.longest_at(m_words, p + 1, "part") == nullptr) {
      const std::size_t close = closing_comma(p, se, 10);
      bool figure = false;
      for (std::size_t t = p + 1; close != k_npos && t < close; ++t) figure = figure || is_number(t);
      if (!figure && close != k_npos) {
        bool cue_follows = false;
        for (std::size_t c = close + 1; c < se && c <= close + 3 && !cue_follows; ++c) {
          cue_follows = m_lex.metrics.longest_at(m_words, c, "after") != nullptr;
        }
        if (cue_follows) {
          p = close;
          continue;
        }
      }
    }
    // ", including six firefighters," / ", dont deux enfants,": a part between the noun and its
    // verb is skipped (it is read as a claim of its own).
    if (m_words[p] == "," && p + 1 < se && m_lex.metrics.longest_at(m_words, p + 1, "part") != nullptr) {
      if (const std::size_t close = closing_comma(p, se, 10); close != k_npos) {
        p = close;
        continue;
      }
    }
    if (is_word(p)) ++words_seen;
    // "... et causé la mort", "412 people and killed": a new verb after "et" / "and" is another
    // clause; only a list of figures goes on past them.
    // ("800 residents of Margaret River and surrounding hamlets were evacuated": an "and" inside
    // the noun's complement.)
    if (is_word(p) && in(m_words[p], {"of", "de", "du", "des", "d'"})) in_complement = true;
    if (m_tokens[p].kind == TokenKind::punct) in_complement = false;
    if (is_word(p) && in(m_words[p], {"et", "and"}) && p + 1 < se && !is_number(p + 1) && !in_complement &&
        !(p + 2 < se && in(m_words[p + 1], {"de", "d'", "of"}) && is_number(p + 2)) &&
        m_lex.metrics.longest_at(m_words, p + 1, "after") == nullptr &&
        m_lex.nouns.longest_at(m_words, p + 1) == nullptr &&  // "police officers and soldiers were sent"
        // ("1,200 soldiers and Revolutionary Guards were sent", "700 soldiers and coast guard
        // personnel had been deployed": a group of a few words.)
        !(noun != nullptr && p + 3 < se &&
          [&] {
            for (std::size_t w = p + 2; w <= p + 3; ++w) {
              if (!is_word(w)) return false;
              if (const Entry* n = m_lex.nouns.longest_at(m_words, w); n != nullptr && n->kind != "exclude") return true;
            }
            return false;
          }()) &&
        !(p + 2 < se && in(m_words[p + 1], {"de", "d'"}) &&
          m_lex.nouns.longest_at(m_words, p + 2, "subject") != nullptr) &&  // "policiers et de CRS"
        !(p + 2 < se && in(m_words[p + 1], {"a", "an", "un", "une"}) &&
          m_lex.nouns.longest_at(m_words, skip_modifiers(p + 2, se)) != nullptr)) {  // "two guards and a teacher were killed"
      break;
    }
    if (is_word(p) && in(m_words[p], {"et", "and"})) after_and = true;
    // ", backed by 18 water-bombing aircraft,", ", appuyés par 22 moyens aériens,", ", most of them
    // volunteers,": an aside.
    if (m_words[p] == "," && p + 1 < se &&
        (in(m_words[p + 1], {"backed", "supported", "aided", "assisted", "helped", "appuyes", "appuyees",
                             "soutenus", "soutenues", "epaules", "epaulees", "aides", "accompagnes"}) ||
         (p + 3 < se && in(m_words[p + 1], {"most", "many", "all", "some", "half"}) && m_words[p + 2] == "of" &&
          in(m_words[p + 3], {"them", "whom"})) ||
         (p + 2 < se && m_words[p + 1] == "la" && m_words[p + 2] == "plupart"))) {
      if (const std::size_t close = closing_comma(p, se, 12); close != k_npos) {
        if (last_end == p) last_end = close + 1;  // a list goes on past it
        p = close;
        continue;
      }
    }
    // An identifier or a year on the way ("Airbus A320", "Flight 447") is just a word; so is a count
    // inside a complement ("1,200 residents of three downstream communities were evacuated").
    if (is_number(p) && ((quantity(p).cls != NumberClass::count && quantity(p).cls != NumberClass::money) ||
                         first_of_two_ages(p, se) ||  // "de 84 et 91 ans"
                         (p > last_end && in(m_words[p - 1], {"of", "de", "des", "d'"}) && noun != nullptr &&
                          !in(m_words[p - 2], {"et", "and", ",", "ainsi", "que", "qu'"})))) {  // not "et de 16"
      ++words_seen;
      continue;
    }
    if (is_number(p)) {
      bool joined = p > last_end || p == last_end;
      for (std::size_t i = last_end; i < p; ++i) {
        if (!in(m_words[i], {",", "et", "and", "de", "d'", "ainsi", "que", "as", "well"})) joined = false;
        if (in(m_words[i], {"et", "and", "ainsi", "well"})) conjoined = true;
      }
      if (!joined || quantity(p).cls != NumberClass::count) break;
      std::size_t h = p + 1;
      if (h < se && in(m_words[h], {"de", "d'", "of"})) ++h;
      const Entry* other = h < se ? m_lex.nouns.longest_at(m_words, h) : nullptr;
      if (other == nullptr) break;
      if (other->kind == "exclude") {
        // Things listed with the people share the verb but are not counted: "Une quarantaine
        // de secouristes, trois hélicoptères et six chiens ont été engagés".
        last_end = h + other->words.size();
        p = last_end - 1;
        continue;
      }
      if (const Entry* own = m_lex.metrics.longest_at(m_words, h, "after");
          own != nullptr && own->words.size() > other->words.size()) {
        break;  // "26 morts et 100 blessés": each figure has its own metric
      }
      conjuncts.push_back(p);
      last_end = h + other->words.size();
      p = last_end - 1;
      continue;
    }
    if (const Entry* cue = m_lex.metrics.longest_at(m_words, p, "after"); cue != nullptr && !qualifies_noun(cue, p)) {
      // Not people who speak: "more than 150 on board, survivors said", "selon des survivants".
      const std::size_t cue_end = p + cue->words.size();
      if ((cue_end < se && m_lex.sources.longest_at(m_words, cue_end, "verb") != nullptr) ||
          (p >= 2 && (source_cue_at(p - 1) == "according" || source_cue_at(p - 2) == "according"))) {
        break;
      }
      after = cue;
      after_at = p;
      found.own_word = words_seen <= 3;
      break;
    }
  }
  // A cue right before the figure ("a tué 40 personnes", "l'arrestation de 5.800").
  // A cue right before the figure, maybe across a comma or a quotation mark ("Parmi les blessés,
  // quatre salariés", "affirmé avoir tué « plus de 40 militaires »").
  std::size_t cue_end = k;
  if (cue_end > sb + 1 && m_tokens[cue_end - 1].kind == TokenKind::punct && in(m_words[cue_end - 1], {",", "\""})) {
    --cue_end;
  }
  const Entry* before = m_lex.metrics.longest_ending_at(m_words, cue_end, "before");
  std::size_t before_at = before != nullptr ? cue_end - before->words.size() : k_npos;
  // ... or across words of time: "L'armée a dépêché mardi quelque 200 soldats".
  if (before == nullptr && k > sb + 1) {
    const std::size_t t = before_time_words(k, sb + 1);
    if (t < k && t > sb) {
      before = m_lex.metrics.longest_ending_at(m_words, t, "before");
      if (before != nullptr) before_at = t - before->words.size();
    }
  }
  // ... or across the place it goes to: "l'envoi à Mahajanga de 300 gendarmes", "l'envoi aux îles
  // Sous-le-Vent de 120 militaires".
  if (before == nullptr && k > sb + 3 && in(m_words[k - 1], {"de", "d'", "of"})) {
    for (std::size_t loc = k - 2; loc > sb && k - loc <= 7; --loc) {
      if (!is_word(loc)) break;
      if (m_lex.places.longest_at(m_words, loc, "locative") == nullptr) continue;
      const Entry* sent = m_lex.metrics.longest_ending_at(m_words, loc, "before");
      if (sent != nullptr && sent->value == "deployed") {
        before = sent;
        before_at = loc - sent->words.size();
      }
      break;
    }
  }
  // ... or across an article or an adverb: "l'arrestation de 5.800", "avait déjà tué 11 personnes",
  // "killing all 18 people on board".
  if (before == nullptr && k > sb + 1 &&
      in(m_words[k - 1], {"de", "d'", "des", "les", "of", "the", "deja", "encore", "already", "all", "tous", "toutes"})) {
    before = m_lex.metrics.longest_ending_at(m_words, k - 1, "before");
    if (before != nullptr) before_at = k - 1 - before->words.size();
  }
  bool among_group = false;  // the cue names the group the figure is among
  // "Parmi les victimes figurent deux Belges", "Among the survivors were 34 Egyptians": the cue,
  // then a copula, then the figure.
  if (before == nullptr && cue_end > sb + 2) {
    std::size_t copula = 0;
    if (m_words[cue_end - 1] == "compte" && m_words[cue_end - 2] == "on" && m_words[cue_end - 3] == ",") {
      copula = 3;  // "Parmi les personnes tuées, on compte six femmes"
    } else if (in(m_words[cue_end - 1], {"figurent", "figure", "figuraient", "figurait", "were", "are", "was", "is",
                                         "included", "include", "includes", "comptent", "comptaient"})) {
      copula = 1;
    } else if (m_words[cue_end - 2] == "se" && in(m_words[cue_end - 1], {"trouvent", "trouvaient", "trouve", "trouvait"})) {
      copula = 2;
    }
    if (copula > 0) {
      const Entry* among = m_lex.metrics.longest_ending_at(m_words, cue_end - copula, "before");
      if (among == nullptr && cue_end > sb + copula + 2 && is_word(cue_end - copula - 1)) {
        among = m_lex.metrics.longest_ending_at(m_words, cue_end - copula - 1, "before");  // "... identifiées figurent"
        if (among != nullptr) ++copula;
      }
      if (among != nullptr && in(among->words.front(), {"parmi", "among"})) {
        before = among;
        before_at = cue_end - copula - among->words.size();
      } else if (among == nullptr && in(m_words[sb], {"parmi", "among"})) {
        // "Parmi les 23 morts de Karongi figurent neuf enfants": the metric word of the group.
        for (std::size_t p = sb + 1; p + copula < cue_end && before == nullptr; ++p) {
          if (const Entry* cue = m_lex.metrics.longest_at(m_words, p, "after"); cue != nullptr) {
            before = cue;
            before_at = p;
            among_group = true;
          }
        }
      }
    }
  }
  if (before != nullptr && before_at < sb) before = nullptr;

  // "had infected 412 people and killed 23": a verb after "and" belongs to another figure.
  if (after != nullptr && after_and && before != nullptr) after = nullptr;
  // "Parmi les morts figurent trois enfants, ensevelis sous ...": what they are among says what is
  // counted; a participle after them only describes them.
  if (after != nullptr && before != nullptr &&
      (among_group || (in(before->words.front(), {"parmi", "among"}) && before_at + before->words.size() < k))) {
    after = nullptr;
  }
  // A cue right before the figure wins over a word further on: "Police arrested 14 people in
  // Warsaw after protesters ...", "a libéré 14 otages, dont quatre femmes, détenus depuis juin".
  // So does a participle right after the noun, which only describes it: "saved 112 people
  // trapped in their cars".
  // ("left 23 people injured", "sent 32 people to hospital": "left" and "sent" only say what the
  // words after them say.)
  if (after != nullptr && before != nullptr && before_at + before->words.size() == k &&
      !in(before->words.front(), {"left", "leaving", "laissant", "laisse", "sent", "sending"}) &&
      (after_at > head_end || !in(after->words.front(), {"were", "was", "are", "is", "have", "has", "had", "ont",
                                                          "sont", "a", "est", "avaient", "etaient", "avait",
                                                          "etait", "se", "s'"}))) {
    after = nullptr;
  }
  // "More than 400 people trapped in their cars were rescued", "coincés dans leur véhicule ont été
  // secourus": a state that describes them, then the verb that counts them.
  if (after != nullptr && in(after->words.front(), {"trapped", "stranded", "coinces", "coincees", "bloques", "bloquees",
                                                    "pieges", "piegees"})) {
    const auto other = [&](const Entry& cue) { return cue.value != after->value; };
    if (const auto [cue, at] = later_cue(after_at + after->words.size(), after_at + 10, se, other); cue != nullptr) {
      after = cue;
      after_at = at;
    }
  }
  // "two of the injured died in hospital", "trois des blessés sont morts": a condition used as a
  // noun, then a death.
  // ("Four of the victims were homeless men found frozen to death": a condition after a copula.)
  if (after != nullptr && in(after->value, {"injured", "missing", "displaced"}) && after_at > head_end &&
      (in(m_words[after_at - 1], {"the", "les", "des"}) ||
       (in(m_words[after_at - 1], {"were", "was", "etaient", "sont"}) && in(after->words.front(), {"homeless", "sans-abri"})))) {
    const std::size_t from = after_at + after->words.size();
    if (const auto [cue, at] = later_cue(from, from + 6, se, death); cue != nullptr) {
      after = cue;
      after_at = at;
    }
  }
  // "a city of some 200,000 inhabitants, about 95,000 people were evacuated": figures joined by
  // commas alone are no list; the first is an aside, and the verb is the last one's.
  if (after != nullptr && !conjuncts.empty() && !conjoined) return std::nullopt;
  if (after != nullptr && (after_at - head_end <= k_near_window || before == nullptr)) {
    found.metric = after->value;
    found.quote_end = after_at + after->words.size();
    found.conjuncts = std::move(conjuncts);
  } else if (before != nullptr) {
    found.metric = before->value;
    found.quote_begin = before_at;
    found.quote_end = head_end;
    found.own_word = true;
  } else if (!fallback.empty()) {
    found.metric = fallback;
    found.quote_end = head_end;
  } else if (const auto toll = toll_before(k, sb)) {
    // "put the toll at 71", "the death toll from the sinking rose to 27", "estimated the crowd at
    // roughly 32,000", "le bilan des inondations s'élève à neuf".
    found.metric = toll->first;
    found.quote_begin = toll->second;
    found.quote_end = head_end;
    found.exceeds = in(m_words[k - 1], {"depasser", "depasse", "depassait", "exceed", "exceeded", "topped"});
  } else if (const Entry* by_default = noun != nullptr ? m_lex.metrics.longest_at(m_words, j, "default") : nullptr;
             by_default != nullptr && !article &&
             // (not an item of a list, which takes the list's metric: "The dead include 19
             // civilians, four soldiers and the three attackers")
             !(k > sb + 1 && (in(m_words[k - 1], {",", "and", "et", "ou", "or", "qu'", "que", "as"}) ||
                              (in(m_words[k - 1], {"the", "les"}) && in(m_words[k - 2], {",", "and", "et"}))))) {
    // "some 200 firefighters", "Quelque 600 pompiers": responders with no cue are deployed.
    found.metric = by_default->value;
    found.quote_end = head_end;
  } else {
    return std::nullopt;
  }
  drop_whole_subject(found.metric, found.subject);
  return found;
}

// A noun that names people by their condition ("deux blessés", "30 missing") right after a cue
// for another event: "le décès de deux blessés" are deaths, "l'évacuation de 30 blessés" an
// evacuation.
bool StoryExtractor::condition_noun_after_event(std::size_t k, std::size_t sb, const Entry* direct) const {
  if (direct == nullptr || !in(direct->value, {"injured", "missing", "displaced"}) || k <= sb) return false;
  const Entry* before = m_lex.metrics.longest_ending_at(m_words, k, "before");
  if (before == nullptr && k > sb + 1 && in(m_words[k - 1], {"de", "d'", "des", "of", "the"})) {
    before = m_lex.metrics.longest_ending_at(m_words, k - 1, "before");
  }
  return before != nullptr && before->value != direct->value && k - before->words.size() >= sb;
}

// Past the words that may stand between a figure and its noun without changing what is
// counted: "cinq autres skieurs", "two more soldiers", "a 17-year-old supporter".
std::size_t StoryExtractor::skip_modifiers(std::size_t j, std::size_t se) const {
  while (j < se && ((is_word(j) && in(m_words[j], {"autres", "other", "more", "additional", "further"})) ||
                    (is_number(j) && quantity(j).cls == NumberClass::age))) {
    ++j;
  }
  return j;
}

// Where "of them" / "d'entre eux" ends when it starts at `j` (a share of a group named before:
// "96 of them", "12 d'entre eux"); 0 when it does not start there.
std::size_t StoryExtractor::share_words_end(std::size_t j, std::size_t se) const {
  if (j + 1 >= se || !((m_words[j] == "of" && m_words[j + 1] == "them") || (m_words[j] == "d'" && m_words[j + 1] == "entre"))) {
    return 0;
  }
  std::size_t end = j + 2;
  if (end < se && in(m_words[end], {"eux", "elles"})) ++end;
  return end;
}

// A toll phrase ("death toll", "crowd", "turnout", "le bilan") earlier in the figure's clause, when
// the figure comes right after a linking word ("at", "to", "à", "de", "reached"): its metric and
// where the quote starts.
std::optional<std::pair<std::string, std::size_t>> StoryExtractor::toll_before(std::size_t k, std::size_t sb) const {
  // (An adverb or a quotation mark between: "les dégâts atteignent plutôt 1,2 milliard", "le
  // nombre réel de décès à « plus de 300 »".)
  if (k > sb + 1 && m_words[k - 1] == "\"") --k;
  if (k > sb + 1 && is_word(k - 1) && in(m_words[k - 1], {"plutot", "deja", "encore", "already", "rather", "still"})) --k;
  if (k <= sb || !is_word(k - 1) ||
      !in(m_words[k - 1], {"at", "to", "a", "de", "of", "reached", "atteint", "atteignent", "atteignait", "was", "est",
                           "hit", "topped", "depasser", "depasse", "depassait", "exceed", "exceeded", "atteindre",
                           "reach", "from", "desormais", "now"})) {
    return std::nullopt;
  }
  for (std::size_t p = k - 1; p > sb && k - p <= 24; --p) {
    const std::size_t t = p - 1;
    // Another count ends the search; a magnitude, a date or an age on the way does not ("the death
    // toll from Friday's magnitude 6.4 earthquake was revised upwards to 157").
    if ((is_number(t) && (quantity(t).cls == NumberClass::count || quantity(t).cls == NumberClass::money)) ||
        (m_tokens[t].kind == TokenKind::punct && in(m_words[t], {";", ".", ":"}))) {
      break;
    }
    if (const Entry* toll = m_lex.metrics.longest_at(m_words, t, "toll"); toll != nullptr) {
      return std::make_pair(toll->value, t);
    }
  }
  return std::nullopt;
}

// The figure after "dont" / "including" keeps the metric of the claim before it; its noun, if
// any, names the group ("dont 3 Belges" -> Belgians).
std::optional<Metric> StoryExtractor::part_metric(std::size_t k, std::size_t se, const Claim& whole) const {
  const Quantity& q = quantity(k);
  if (q.cls != NumberClass::count && q.cls != NumberClass::article) return std::nullopt;
  if (q.unit != whole.unit) return std::nullopt;
  Metric found;
  found.metric = whole.metric;
  found.quote_begin = k;
  found.quote_end = k + 1;
  std::size_t j = skip_modifiers(k + 1, se);
  if (j < se && in(m_words[j], {"de", "d'", "of"})) {
    ++j;
    if (j < se && in(m_words[j], {"its", "their", "his", "her", "ses", "leurs", "son", "sa"})) ++j;  // "two of his bodyguards"
  }
  // One adjective before the noun: "including a local councillor" (English puts it there).
  // ("including a pregnant woman")
  if (const Entry* noun = j + 1 < se ? m_lex.nouns.longest_at(m_words, j + 1) : nullptr;
      m_story.language == Language::en && noun != nullptr && noun->kind != "exclude" && is_word(j) &&
      !m_tokens[j].capitalised && m_lex.nouns.longest_at(m_words, j) == nullptr &&
      m_lex.metrics.longest_at(m_words, j) == nullptr) {
    // ... where the noun ends the phrase (not "a coast guard official said").
    const std::size_t after = j + 1 + noun->words.size();
    if (after >= se || !is_word(after) || in(m_words[after], {"and", "or", "was", "were", "is", "are", "had", "has", "who"})) ++j;
  }
  if (const Entry* noun = j < se ? m_lex.nouns.longest_at(m_words, j) : nullptr; noun != nullptr) {
    if (noun->kind == "exclude") return std::nullopt;
    found.subject = noun->value;
    found.quote_end = j + noun->words.size();
  } else if (j < se && is_word(j) && m_tokens[j].capitalised && gazetteer_at(j) == nullptr &&
             (j + 1 >= se || !is_word(j + 1) ||
              in(m_words[j + 1], {"and", "et", "or", "ou", "was", "were", "is", "who", "qui", "a", "est", "ont", "sont"}))) {
    // "dont 11 Guinéens", "and an Argentine": a group the lists lack; not a place or a name
    // ("and a Scotland Yard officer", "a Dhanbad district official").
    found.subject = std::string(text_of(j, j + 1));
    found.quote_end = j + 1;
  } else if (q.cls == NumberClass::article && !(j < se && (m_tokens[j].kind == TokenKind::punct || severity_word(j)))) {
    return std::nullopt;  // but "41 blessés, dont un grièvement", "including one seriously"
  }
  return found;
}

// Where the name of the agent of a document starts ("un bilan publié jeudi par X" -> X), when
// the words at `p` name a document and "par" / "by" follows within a few words; else k_npos.
std::size_t StoryExtractor::agent_after(std::size_t p, std::size_t se) const {
  std::size_t q = p;
  while (q < se && m_lex.sources.longest_at(m_words, q, "skip") != nullptr) ++q;
  // A document word, maybe after an adjective ("un nouveau bilan", "a corrected toll").
  bool document = false;
  for (std::size_t i = q; i < se && i < q + 3 && !document; ++i) {  // "un premier bilan"
    document = m_lex.sources.longest_at(m_words, i, "document") != nullptr;
  }
  if (!document) return k_npos;
  for (std::size_t i = q; i < se && i < q + 10; ++i) {
    // ("Un premier bilan, diffusé dimanche matin par la wilaya": a comma after the document word.)
    if (m_words[i] == "," && i > q && m_lex.sources.longest_ending_at(m_words, i, "document") != nullptr) continue;
    if (m_tokens[i].kind == TokenKind::punct ||
        (is_number(i) && (quantity(i).cls == NumberClass::count || quantity(i).cls == NumberClass::money))) {
      return k_npos;  // (an ordinal or an article is a word here: "un premier bilan")
    }
    if (in(m_words[i], {"par", "by"})) return i + 1;
    // "le dernier point de la Protection civile", "a report by", "the figures of the UN".
    if (in(m_words[i], {"de", "du", "des", "d'", "of", "from"})) {
      std::size_t n = i + 1;
      while (n < se && in(m_words[n], {"la", "le", "les", "l'", "the"})) ++n;
      // (A body named in lower case: "le dernier bilan de la préfecture", "du front commun syndical".)
      if (n < se && is_word(n) && (m_tokens[n].capitalised || m_lex.sources.longest_at(m_words, n, "body") != nullptr)) {
        return i + 1;
      }
      return k_npos;
    }
  }
  return k_npos;
}

// The name after "selon", "according to", "citing": "les syndicats FGTB et CSC", "the teachers'
// unions CCOO and UGT", or the agent of a document ("un bilan publié jeudi par l'Unité ...").
std::pair<std::size_t, std::size_t> StoryExtractor::name_after_cue(std::size_t b, std::size_t se) const {
  if (const std::size_t agent = agent_after(b, se); agent != k_npos) b = agent;
  std::size_t e = b;
  while (e < se && e - b < k_max_source_words + 2 &&
         (is_word(e) || (m_tokens[e].kind == TokenKind::punct && in(m_words[e], {"(", ")"})) ||
          (m_words[e] == "'" && e > b &&
           (m_words[e - 1].ends_with('s') || (e + 2 < se && m_words[e + 1] == "s" && is_word(e + 2)))))) {
    // ("the teachers' unions", "Poland's foreign ministry")
    if (e > b && in(m_words[e], {"et", "and"}) && m_tokens[e - 1].capitalised && e + 1 < se && is_word(e + 1) &&
        m_tokens[e + 1].capitalised) {
      e += 2;  // "FGTB et CSC", "CCOO and UGT"
      continue;
    }
    if (e > b && ends_name_at(e)) break;
    if (e > b && m_lex.sources.longest_at(m_words, e, "time") != nullptr) break;
    ++e;
  }
  // ("... des urgences (MINEMA)": the length limit does not cut an acronym from its bracket.)
  if (e < se && e >= b + 2 && m_words[e] == ")" && m_words[e - 2] == "(") ++e;
  e = appositive_name_end(b, e, se);
  // "Médecins sans frontières", "l'Organisation internationale pour les migrations", "le Conseil
  // national de secours d'urgence et de réhabilitation": a capitalised institution's name runs
  // to the next punctuation across "sans", "pour", "et de", when only words follow.
  std::size_t head = b;
  while (head < e && m_lex.sources.longest_at(m_words, head, "skip") != nullptr) ++head;
  if (head < e && m_tokens[head].capitalised && e < se && in(m_words[e], {"sans", "pour", "et", "for", "and"})) {
    std::size_t f = e;
    while (f < se && f - b < 12 && is_word(f) && m_lex.sources.longest_at(m_words, f, "verb") == nullptr &&
           !in(m_words[f], {"qui", "que", "qu'", "who", "which", "that", "dont"})) {
      ++f;
    }
    if (f == se || (m_tokens[f].kind == TokenKind::punct && in(m_words[f], {",", ".", ";", ")"}))) e = f;
  }
  return {b, e};
}

// Where a title's name goes on to the person who holds it, after a comma: "le gouverneur de
// Bitlis, Ahmet Çınar,", "the local MP, Jenny Waim." (two to four capitalised words, then
// punctuation). `e` when there is none.
std::size_t StoryExtractor::appositive_name_end(std::size_t b, std::size_t e, std::size_t se) const {
  if (e <= b || e + 2 >= se || m_words[e] != "," || m_tokens[b].capitalised) return e;
  std::size_t n = e + 1;
  while (n < se && n - e <= 4 && is_word(n) && m_tokens[n].capitalised) ++n;
  if (n - e - 1 < 2) return e;
  if (n < se && is_word(n)) return e;  // "..., Ahmet Çınar a ajouté": not an apposition
  return n;
}

// How often the sentence names `place` (folded words).
std::size_t StoryExtractor::mentions(std::size_t sb, std::size_t se, const std::string& place) const {
  const std::vector<std::string> words = phrase_words(place);
  if (words.empty()) return 0;
  std::size_t count = 0;
  for (std::size_t p = sb; p + words.size() <= se; ++p) {
    if (std::equal(words.begin(), words.end(), m_words.begin() + static_cast<std::ptrdiff_t>(p))) ++count;
  }
  return count;
}

// Whether a contrast ("tandis que", "while", "whereas", "alors que", "mais", "but") stands between
// tokens a and b.
bool StoryExtractor::contrast_between(std::size_t a, std::size_t b) const {
  for (std::size_t i = std::min(a, b) + 1; i < std::max(a, b); ++i) {
    if (in(m_words[i], {"tandis", "while", "whereas", "mais", "but", "quand", ";"})) return true;
    if (m_words[i] == "alors" && i + 1 < m_words.size() && m_words[i + 1] == "que") return true;
  }
  return false;
}

std::size_t StoryExtractor::name_after(std::size_t p, std::size_t se) const {
  const auto skip_time = [&] {
    while (p < se) {
      const Entry* time = m_lex.sources.longest_at(m_words, p, "time");
      if (time == nullptr) break;
      p += time->words.size();
    }
  };
  skip_time();  // "a indiqué mardi à l'AFP le porte-parole"
  // "a déclaré à la radio le commandant": the audience is not the subject.
  if (p + 2 < se && in(m_words[p], {"a", "au", "aux"})) {
    std::size_t q = p + 1;
    if (in(m_words[q], {"la", "le", "les", "l'"})) ++q;
    // ... up to three words for the audience: "à la radio nationale le directeur", "à la radio
    // publique CRTV le préfet".
    for (std::size_t n = 0; n < 3 && q + 1 < se && is_word(q); ++n, ++q) {
      if (in(m_words[q + 1], {"le", "la", "les", "l'", "un", "une"}) || (n == 0 && m_tokens[q + 1].capitalised)) {
        p = q + 1;  // "... à la presse Sory Condé"
        break;
      }
    }
  }
  // Skip words of time between an inverted verb and its subject ("a annoncé lundi le gouvernement").
  skip_time();
  return p;
}

std::size_t StoryExtractor::name_before(std::size_t p, std::size_t sb) const {
  // A pronoun right before the verb is the whole subject: "a figure they said was wrong".
  if (p > sb && pronoun_at(p - 1)) return p - 1;
  std::size_t b = p;
  std::size_t words = 0;
  bool bracket = false;  // inside "(...)", whose words do not count: "... Industries Group (Vinacomin)"
  while (b > sb && words < k_max_source_words) {
    const std::size_t t = b - 1;
    if (m_tokens[t].kind == TokenKind::punct) {
      if (m_words[t] == ")" || m_words[t] == "(") {
        bracket = m_words[t] == ")";
        --b;
        continue;
      }
      // "Dr. Joseph Muhindo", "Lt. Col. Ilunga": a title's period is part of the name.
      if (m_words[t] == "." && t > sb && title_abbreviation(t - 1)) {
        --b;
        continue;
      }
      // "Papua New Guinea's government", "a local doctors' union": the possessive is part of the name.
      if (m_words[t] == "'" && t + 1 < p && t > sb && is_word(t - 1) &&
          (m_words[t + 1] == "s" || m_words[t - 1].ends_with('s'))) {
        --b;
        continue;
      }
      break;
    }
    // "Emergency services provider ER24", "M23 rebels": an identifier is a word of a name.
    if (is_number(t) && quantity(t).cls == NumberClass::identifier && !text_of(t, t + 1).empty() &&
        text_of(t, t + 1).front() >= 'A' && text_of(t, t + 1).front() <= 'Z') {
      --b;
      ++words;
      continue;
    }
    // "ministre de la Sécurité et de la Protection civile": "et de" inside a name goes on.
    const bool joins = t > sb && joins_name_at(t, p - 1);
    if (m_tokens[t].kind != TokenKind::word || (ends_name_at(t) && !joins)) break;
    if (m_lex.sources.longest_at(m_words, t, "verb") != nullptr) break;  // "indiqué le ministère"
    --b;
    if (!name_function_word(m_words[t]) && !bracket) ++words;
  }
  // (A long name that used up the count still takes its article: "the state-run Vietnam National
  // Coal and Mineral Industries Group said".)
  if (b > sb && words >= k_max_source_words && is_word(b - 1) && in(m_words[b - 1], {"the", "le", "la", "les", "l'"})) --b;
  return b;
}

std::string StoryExtractor::join_words(std::size_t begin, std::size_t end) const {
  std::string name;
  for (std::size_t i = begin; i < end; ++i) {
    if (m_tokens[i].kind == TokenKind::punct && m_words[i] == "'" && i + 1 < end && m_words[i + 1] == "s" &&
        !name.empty()) {
      name += "'s";  // "Guinea's"
      ++i;
      continue;
    }
    if (m_tokens[i].kind == TokenKind::punct && m_words[i] == "'" && !name.empty() && name.ends_with('s')) {
      name += "' ";  // "doctors' union"
      continue;
    }
    if (m_tokens[i].kind == TokenKind::punct && m_words[i] == "(" && i + 2 < end && m_words[i + 2] == ")") {
      name += " (";  // "Agence régionale de santé (ARS) des Pays de la Loire"
      name += m_doc.text.substr(m_tokens[i + 1].start, m_tokens[i + 1].end - m_tokens[i + 1].start);
      name += ')';
      i += 2;
      continue;
    }
    if (m_tokens[i].kind == TokenKind::punct && m_words[i] == "." && i > begin &&
        (m_words[i - 1].size() == 1 || title_abbreviation(i - 1))) {
      name += '.';  // an initial or a title: "S. Anand", "Dr. Joseph Muhindo"
      continue;
    }
    if (m_tokens[i].kind == TokenKind::punct && m_words[i] == "," && !name.empty() && i + 1 < end) {
      name += ',';  // an apposition: "gouverneur de Bitlis, Ahmet Çınar"
      continue;
    }
    // (A word or an identifier: "ER24".)
    if (m_tokens[i].kind != TokenKind::word &&
        !(is_number(i) && quantity(i).cls == NumberClass::identifier)) {
      continue;
    }
    if (!name.empty() && !name.ends_with('\'') && !name.ends_with("\xE2\x80\x99")) name += ' ';
    name += m_doc.text.substr(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
  }
  return name;
}

NamedSource StoryExtractor::name_from(std::size_t begin, std::size_t end, std::size_t sb,
                                      std::size_t se) const {
  // Drop conjunctions, articles and possessives in front, and a parenthesised acronym at the end.
  while (begin < end && (m_tokens[begin].kind == TokenKind::punct ||
                         in(m_words[begin], {"and", "but", "while", "whereas", "et", "mais", "tandis", "que", "par",
                                             "by"}) ||
                         m_lex.sources.longest_at(m_words, begin, "skip") != nullptr)) {
    ++begin;
  }
  if (end > begin && m_words[end - 1] == ")") {
    std::size_t open = end - 1;
    while (open > begin && m_words[open] != "(") --open;
    if (open > begin) end = open;
  }
  while (end > begin && m_tokens[end - 1].kind == TokenKind::punct) --end;
  if (begin >= end) return {};
  // "retiré quelques heures plus tard": a time, not a name.
  if (in(m_words[begin], {"quelques", "plusieurs", "several", "few", "peu"})) return {};
  // "On recense 340 cas": an impersonal subject names no one.
  if (end - begin == 1 && in(m_words[begin], {"on", "nous", "je", "we", "i", "you", "vous"})) return {};
  // "damage put at C$1.2 billion", "deaths reached 81": what is counted is not who counts it.
  // ("Hail damage put at C$1.2 billion": a short phrase whose head is a metric word.)
  // (Not a group that only defaults to a metric: "firefighters said".)
  const Entry* counted = m_lex.metrics.longest_ending_at(m_words, end);
  if (counted != nullptr && counted->kind == "default") {
    counted = nullptr;
    for (const std::string_view kind : {"after", "before", "toll", "damage"}) {
      if (counted == nullptr) counted = m_lex.metrics.longest_ending_at(m_words, end, kind);
    }
  }
  // (Survivors who tell are a source: "d'après des rescapés".)
  if (counted != nullptr && in(m_words[end - 1], {"rescapes", "survivants", "survivors"})) counted = nullptr;
  if (end - begin <= 3 && (counted != nullptr ||
                           in(m_words[end - 1], {"toll", "bilan", "total", "tally"}))) {
    return {};
  }
  for (std::size_t p = begin; p + 1 < end; ++p) {  // "the total number of confirmed infections"
    if ((m_words[p] == "number" && m_words[p + 1] == "of") || (m_words[p] == "nombre" && m_words[p + 1] == "de")) return {};
  }
  for (std::size_t p = begin; p < end; ++p) {
    if (in(m_words[p], {"error", "erreur", "errors", "erreurs", "problem", "probleme", "reasons", "raisons"})) {
      return {};  // "citing a data-entry error": a cause, not a source
    }
  }
  for (std::size_t p = begin; p < end; ++p) {
    if (m_lex.sources.longest_at(m_words, p, "same") != nullptr) {
      return {m_last_source, m_last_source.empty() ? NamedSource::Kind::none : NamedSource::Kind::same};
    }
  }
  // ("It initially put the number at 72": a pronoun and an adverb.)
  if ((end - begin == 1 || (end - begin == 2 && (m_words[begin + 1].ends_with("ly") ||
                                                   in(m_words[begin + 1], {"also", "then", "later", "first", "aussi", "ensuite",
                                                                           "d'abord", "egalement"})))) &&
      m_lex.sources.longest_at(m_words, begin, "pronoun") != nullptr) {
    return {m_last_source, m_last_source.empty() ? NamedSource::Kind::none : NamedSource::Kind::pronoun};
  }
  // "X posted ..., then deleted it and gave a corrected toll": words of another clause, whose
  // subject is the one named last.
  bool clause = in(m_words[end - 1], {"and", "et"}) || in(m_words[begin], {"then", "puis"});
  for (std::size_t p = begin + 1; p < end; ++p) clause = clause || in(m_words[p], {"it", "them", "him"});
  if (clause) return {m_last_source, m_last_source.empty() ? NamedSource::Kind::none : NamedSource::Kind::pronoun};
  if (m_lex.sources.longest_at(m_words, begin, "document") != nullptr &&
      (end - begin <= 2 || !m_tokens[begin].capitalised)) {
    return {m_last_source, m_last_source.empty() ? NamedSource::Kind::none : NamedSource::Kind::same};
  }
  // "the ministry", "officials", "the spokesman": a fuller name given earlier in the story
  // ("Nepal's Home Ministry", "Bharuch district officials", "Conred spokesman").
  if (const std::string* fuller = earlier_name(begin, end)) return {*fuller, NamedSource::Kind::same};
  if (end - begin == 1 && !m_tokens[begin].capitalised) {
    // A bare head ("le ministère"): the fuller name written nearby ("(ministère) de l'Intérieur").
    for (std::size_t p = sb; p < se; ++p) {
      if (p == begin || m_words[p] != m_words[begin]) continue;
      std::size_t q = p + 1;
      if (q < se && m_words[q] == ")") ++q;
      if (q < se && in(m_words[q], {"de", "du", "des", "d'", "of"})) {
        std::size_t e = q + 1;
        while (e < se && is_word(e) && !ends_name_at(e) && e - p < k_max_source_words) ++e;
        const std::string name = join_words(p, e);
        return {util::squeeze_spaces(name), NamedSource::Kind::named};
      }
    }
    const std::string head(m_words[begin]);
    if (util::fold(m_last_source).starts_with(head + " ")) return {m_last_source, NamedSource::Kind::same};
  }
  const std::string name = join_words(begin, end);
  return {util::squeeze_spaces(name), NamedSource::Kind::named};
}

// An earlier source of the story that the lower-case description in [begin, end) shortens: the
// description's words end its name, or come right before a capitalised name or an acronym
// ("agency" in "Guatemala's disaster agency Conred"). The latest such source; nullptr if none.
const std::string* StoryExtractor::earlier_name(std::size_t begin, std::size_t end) const {
  if (end - begin > 3) return nullptr;
  for (std::size_t p = begin; p < end; ++p) {
    if (!is_word(p) || m_tokens[p].capitalised) return nullptr;
  }
  const std::string description = join_words(begin, end);
  for (auto it = m_named_sources.rbegin(); it != m_named_sources.rend(); ++it) {
    if (util::shortens(description, *it)) return &*it;
  }
  return nullptr;
}

std::vector<StoryExtractor::VerbUse> StoryExtractor::verbs_in(std::size_t sb, std::size_t se) const {
  std::vector<VerbUse> uses;
  for (std::size_t p = sb; p < se; ++p) {
    const Entry* verb = m_lex.sources.longest_at(m_words, p, "verb");
    const Entry* counting = verb == nullptr ? m_lex.sources.longest_at(m_words, p, "count") : nullptr;
    if (verb == nullptr && counting == nullptr) continue;
    // "when it gave way", "gave up": an idiom, not a figure given.
    if (const std::size_t after = p + (verb != nullptr ? verb : counting)->words.size();
        after < se && in(m_words[p], {"gave", "give", "gives", "put", "puts"}) &&
        in(m_words[after], {"way", "up", "birth", "rise", "chase", "in", "out", "off", "down", "pressure"})) {
      continue;
    }
    VerbUse use;
    use.verb = p;
    use.verb_end = p + (verb != nullptr ? verb : counting)->words.size();
    use.counts = counting != nullptr;
    use.subject_at = p;
    // An auxiliary a few words before ("a pour sa part indiqué", "a, de son côté, rejeté").
    for (std::size_t back = 1; back <= 4 && p >= sb + back; ++back) {
      if (is_word(p - back) && is_aux(m_words[p - back], m_story.language)) {
        use.subject_at = p - back;
        break;
      }
      if (is_number(p - back)) break;
    }
    const std::size_t before = use.subject_at;
    use.inverted = before == sb || (m_tokens[before - 1].kind == TokenKind::punct &&
                                    in(m_words[before - 1], {",", "\""}));
    // ", a indiqué le ministère." is inverted; "Le groupe X, son propriétaire, estime les dégâts à
    // 30 millions" is not: a figure follows the verb in its clause.
    if (use.inverted && before > sb) {
      for (std::size_t i = use.verb_end; i < se && i < use.verb_end + 10; ++i) {
        if (m_tokens[i].kind == TokenKind::punct && in(m_words[i], {",", ".", ";", ":"})) break;
        if (is_number(i)) {
          use.inverted = false;
          break;
        }
      }
    }
    // "X, a Spanish NGO, said the boat had left ...": in English an inverted verb's subject ends
    // its clause; a verb after the name means the name opens a reported clause instead.
    if (use.inverted && before > sb && m_story.language == Language::en) {
      for (std::size_t i = use.verb_end; i < se && i < use.verb_end + 8; ++i) {
        if (m_tokens[i].kind == TokenKind::punct) break;
        if (in(m_words[i], {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "that"})) {
          use.inverted = false;
          break;
        }
      }
    }
    if (m_words[use.subject_at].find("-t-") != std::string_view::npos ||
        m_words[use.subject_at].ends_with("-il") || m_words[use.subject_at].ends_with("-ils")) {
      use.inverted = true;  // "a-t-il dit": the pronoun is the subject
    }
    uses.push_back(use);
    p = use.verb_end - 1;
  }
  return uses;
}

NamedSource StoryExtractor::verb_source(const VerbUse& v, std::size_t sb, std::size_t se) const {
  const std::string_view aux = m_words[v.subject_at];
  if (aux.find("-t-") != std::string_view::npos || aux.ends_with("-il") || aux.ends_with("-ils") ||
      aux.ends_with("-elle")) {
    return {m_last_source, m_last_source.empty() ? NamedSource::Kind::none : NamedSource::Kind::pronoun};
  }
  if (v.inverted) {
    const std::size_t b = name_after(v.verb_end, se);
    std::size_t e = b;
    std::size_t words = 0;
    // A long proper name goes on past the usual length while its words are capitalised ("l'Agence
    // régionale de santé (ARS) des Pays de la Loire").
    const auto name_goes_on = [&](std::size_t t) {
      return words < k_max_source_words + 5 &&
             ((is_word(t) && m_tokens[t].capitalised) ||
              (in(m_words[t], {"de", "des", "du", "d'", "la", "of", "the"}) && is_word(t + 1) &&
               (m_tokens[t + 1].capitalised || (in(m_words[t + 1], {"la", "the"}) && is_word(t + 2) &&
                                                m_tokens[t + 2].capitalised))));
    };
    while (e < se && (words < k_max_source_words || name_goes_on(e))) {
      if (m_tokens[e].kind == TokenKind::punct) {
        if (m_words[e] == "(" || m_words[e] == ")") {
          ++e;
          continue;
        }
        // A possessive: "said the state relief commissioner's office".
        if (m_words[e] == "'" && e > b && e + 2 < se && m_words[e + 1] == "s" && is_word(e + 2)) {
          e += 2;
          continue;
        }
        // An initial: "district collector S. Anand".
        if (m_words[e] == "." && e > b && m_words[e - 1].size() == 1 && m_tokens[e - 1].capitalised &&
            e + 1 < se && is_word(e + 1) && m_tokens[e + 1].capitalised) {
          ++e;
          continue;
        }
        break;
      }
      if (m_tokens[e].kind != TokenKind::word) break;
      // ("ministre de la Sécurité et de la Protection civile": "et de" goes on.)
      const bool joins = e > b && joins_name_at(e, se);
      if (e > b && ends_name_at(e) && !joins) break;
      if (e > b && m_lex.sources.longest_at(m_words, e, "time") != nullptr) break;
      if (!name_function_word(m_words[e])) ++words;
      ++e;
    }
    e = appositive_name_end(b, e, se);
    // "..., the union, which called the march, said.": nothing after the verb, so its subject is
    // before it after all.
    NamedSource named = name_from(b, e, sb, se);
    if (named.kind != NamedSource::Kind::none || e > b || !(v.verb > sb && m_words[v.verb - 1] == ",")) return named;
  }
  // A passive verb says nothing of who speaks: "Damage to roads ... was put at 2.1 million rials".
  if (v.verb > sb && in(m_words[v.verb - 1], {"was", "were", "is", "are", "been", "being"})) return {};
  auto [begin, end] = subject_span(v, sb);
  // "Un premier bilan, diffusé dimanche matin par la wilaya de Casablanca-Settat, faisait état de":
  // a document's agent.
  std::size_t agent = agent_after(begin, end);
  if (agent == k_npos && begin > sb && begin < sb + 6) agent = agent_after(sb, end);  // the apposition itself
  if (agent != k_npos) {
    std::size_t e = agent;
    while (e < end && is_word(e)) ++e;
    return name_from(agent, e, sb, se);
  }
  // "Egypt's health ministry on Friday retracted ..., and said the correct figure was 34": a verb
  // joined by "and" / "et" shares the subject that opens the sentence.
  // ... and so does a participle after "après avoir" / "after having": "X a ramené jeudi à six le
  // nombre de décès, après avoir retiré un bilan de 16 morts".
  const bool having = end >= sb + 2 && end - begin <= 1 && in(m_words[end - 1], {"avoir", "having"}) &&
                      in(m_words[end - 2], {"apres", "after", "sans", "without"});
  if ((end > sb && in(m_words[end - 1], {"and", "et"}) && end - begin <= 1) || having) {
    // The subject of the verb before in the sentence ("..., l'État islamique a revendiqué
    // l'attaque et affirmé"), else the name that opens the sentence.
    for (const VerbUse& other : verbs_in(sb, v.verb)) {
      // Not a participle with its agent ("le chiffre de cinq morts avancé par l'opposition").
      const bool passive = other.verb_end < v.verb && in(m_words[other.verb_end], {"par", "by"});
      if (other.verb < v.verb && !other.inverted && !passive) {
        const auto [b2, e2] = subject_span(other, sb);
        if (b2 < e2) return name_from(b2, e2, sb, se);
      }
    }
  }
  if (end > sb && in(m_words[end - 1], {"and", "et"}) && end - begin <= 1 && m_tokens[sb].capitalised) {
    std::size_t e = sb;
    // ... up to a verb, or the word after a person's name ("spokesman Harold Mwale dismissed").
    while (e < se && e - sb < k_max_source_words + 3 &&
           (is_word(e) || (m_words[e] == "'" && e + 1 < se && m_words[e + 1] == "s")) &&
           !(e >= sb + 2 && is_word(e) && !m_tokens[e].capitalised && m_tokens[e - 1].capitalised &&
             m_tokens[e - 2].capitalised && !in(m_words[e], {"of", "de", "du", "des", "d'", "and", "et"})) &&
           !(e > sb && (m_lex.sources.longest_at(m_words, e, "verb") != nullptr || is_aux(m_words[e], m_story.language) ||
                        m_lex.sources.longest_at(m_words, e, "time") != nullptr ||
                        in(m_words[e], {"on", "in", "dans", "that", "que", "qui", "who", "which"})))) {
      ++e;
    }
    while (e > sb && is_aux(m_words[e - 1], m_story.language)) --e;  // "... a revendiqué": not the "a"
    if (e > sb) return name_from(sb, e, sb, se);
  }
  NamedSource named = name_from(begin, end, sb, se);
  // "the ministry said, correcting a toll of 15 it had given on Sunday": a pronoun after a name
  // given earlier in the same sentence stands for that name.
  if (named.kind == NamedSource::Kind::pronoun ||
      (named.kind == NamedSource::Kind::none && end == begin + 1 && pronoun_at(begin))) {
    for (const VerbUse& other : verbs_in(sb, v.verb)) {
      if (other.verb >= v.verb) break;
      if (NamedSource earlier = verb_source(other, sb, se); earlier.kind == NamedSource::Kind::named) named = earlier;
    }
  }
  return named;
}

std::pair<std::size_t, std::size_t> StoryExtractor::subject_span(const VerbUse& v, std::size_t sb) const {
  std::size_t end = v.subject_at;
  // "the group also said", "l'ONG a ensuite indiqué": adverbs are not the name.
  while (end > sb && is_word(end - 1) &&
         in(m_words[end - 1], {"also", "later", "further", "separately", "aussi", "egalement", "ensuite", "alors",
                               "n'", "ne", "en", "y"})) {  // "Le ministère, lui, n'a confirmé que trois décès",
                                                         // "la CGT en revendiquait 3,5 millions"
    --end;
  }
  // "Spain's health ministry on Monday raised the toll": a time between the name and its verb.
  for (const Entry* time = nullptr; end > sb + 1 && (time = m_lex.sources.longest_ending_at(m_words, end, "time")) != nullptr &&
                                    end - time->words.size() > sb && is_word(end - time->words.size() - 1);) {
    end -= time->words.size();
  }
  // "..., a annoncé la préfecture, qui faisait état de six morts", "the ARS, which had announced":
  // the subject of a relative clause is its antecedent.
  if (end > sb + 1 && in(m_words[end - 1], {"qui", "who", "which"}) && m_words[end - 2] == ",") {
    const std::size_t b = name_before(end - 2, sb);
    if (b < end - 2) return {b, end - 2};
  }
  // "the teachers' union Asoprof, which called the march, said": the antecedent of the relative.
  if (end > sb + 2 && m_words[end - 1] == ",") {
    std::size_t c = end - 1;
    while (c > sb && c + 12 > end && m_words[c - 1] != ",") --c;
    if (c > sb + 1 && m_words[c - 1] == "," && in(m_words[c], {"which", "who", "qui", "that"})) {
      const std::size_t b = name_before(c - 1, sb);
      if (b < c - 1) return {b, c - 1};
    }
  }
  std::size_t begin = name_before(end, sb);
  // "Residents who reached Pemba by boat told AFP": the subject is the antecedent of "who".
  for (std::size_t t = end; t > sb + 1 && end - t < 10; --t) {
    if (m_tokens[t - 1].kind == TokenKind::punct) break;
    if (in(m_words[t - 1], {"who", "qui"}) && !m_tokens[t - 1].capitalised && is_word(t - 2)) {  // not "the WHO"
      const std::size_t b = name_before(t - 1, sb);
      if (b < t - 1) return {b, t - 1};
      break;
    }
  }
  // "Le groupe Chimeval, son propriétaire, estime", "l'Indeci, l'agence nationale de défense
  // civile, a indiqué": the name before the apposition between commas.
  if (begin == end && end > sb + 1 && m_words[end - 1] == ",") {
    std::size_t c2 = end - 1;
    std::size_t c1 = c2;
    while (c1 > sb && c2 - c1 < 10 && m_words[c1 - 1] != "," && !is_number(c1 - 1)) --c1;
    if (c1 < c2 && (c1 == sb || m_words[c1 - 1] == ",")) {
      std::size_t c0 = c1 > sb ? c1 - 1 : c1;
      std::size_t first = c0;
      while (first > sb && c0 - first < 8 && is_word(first - 1)) --first;
      if (c1 > sb && first < c0 && (first == sb || m_words[first - 1] == ",")) return {first, c0};
      return {c1, c2};
    }
  }
  // "Un groupe lié à Al-Qaïda a revendiqué", "A local official in Gao gave": a subject that opens
  // the sentence keeps its prepositions.
  if (begin > sb && end - sb <= 10) {
    bool clean = true;
    for (std::size_t i = sb; i < end && clean; ++i) {
      clean = is_word(i) && m_lex.metrics.longest_at(m_words, i) == nullptr &&
              (m_words[i] == "on" || m_lex.sources.longest_at(m_words, i, "time") == nullptr) &&
              m_lex.sources.longest_at(m_words, i, "verb") == nullptr &&
              !in(m_words[i], {"que", "qu'", "qui", "that", "who", "which", "selon", "according", "si", "if"});
    }
    // Not a sentence that opens with a time or a place ("On Monday night the ministry ...").
    if (clean && (in(m_words[sb], {"on", "in", "at", "during", "after", "before", "dans", "en", "lors", "apres",
                                   "avant", "depuis", "pendant", "sur"}) ||
                  (m_story.language == Language::fr && in(m_words[sb], {"a", "au", "aux"})))) {
      clean = false;
    }
    if (clean && (m_tokens[sb].capitalised)) begin = sb;
  }
  // "..., the national search and rescue agency said": after a figure, the name runs back to the
  // comma, across "and", "of", "for" and a possessive.
  // (Not past a pronoun: "..., a figure they said was wrong".)
  if (m_story.language == Language::en && begin > sb &&
      !(end == begin + 1 && pronoun_at(begin)) &&
      !(m_tokens[begin - 1].kind == TokenKind::punct && m_words[begin - 1] == ",")) {
    std::size_t b = end;
    while (b > sb && end - b < 12 && (is_word(b - 1) || (m_words[b - 1] == "'" && b < end && m_words[b] == "s"))) --b;
    if (b > sb && m_tokens[b - 1].kind == TokenKind::punct && m_words[b - 1] == "," && b < end) {
      bool clean = true;
      for (std::size_t i = b; i < end; ++i) {
        if (m_lex.metrics.longest_at(m_words, i) != nullptr || in(m_words[i], {"that", "que", "qu'", "who", "qui", "which"})) {
          clean = false;
        }
      }
      if (clean) begin = b;
    }
  }
  return {begin, end};
}

NamedSource StoryExtractor::source_for(std::size_t k, std::size_t sb, std::size_t se,
                                       const std::vector<VerbUse>& verbs) const {
  // "La préfecture a compté 2.100 manifestants, l'intersyndicale entre 8 000 et 10 000": a name
  // and a figure after a comma, the verb left out, the name gives the figure.
  if (k > sb + 3) {
    std::size_t c = k;
    while (c > sb && k - c < 8 && is_word(c - 1) && m_lex.sources.longest_at(m_words, c - 1, "verb") == nullptr &&
           m_lex.sources.longest_ending_at(m_words, c, "count") == nullptr &&
           m_lex.metrics.longest_at(m_words, c - 1) == nullptr && m_lex.sources.longest_at(m_words, c - 1, "according") == nullptr) {
      --c;
    }
    bool figure_before = false;
    for (std::size_t t = sb; t + 1 < c && !figure_before; ++t) {
      figure_before = is_number(t) && quantity(t).cls == NumberClass::count;
    }
    // (", et le ministère de l'Intérieur 52.000 participants")
    const std::size_t n = c + 1 < k && in(m_words[c], {"et", "and"}) ? c + 1 : c;
    if (c > sb + 1 && n < k && m_words[c - 1] == "," && figure_before &&
        (in(m_words[n], {"la", "le", "les", "l'", "the"}) || m_tokens[n].capitalised)) {
      if (NamedSource named = name_from(c, k, sb, se); named.kind == NamedSource::Kind::named) return named;
    }
  }
  // "selon X", "according to X": the nearest one in the sentence.
  std::size_t best_distance = k_npos;
  std::size_t best_at = k_npos;
  NamedSource best;
  for (std::size_t p = sb; p < se; ++p) {
    const Entry* cue = m_lex.sources.longest_at(m_words, p, "");
    if (cue == nullptr || (cue->kind != "according" && cue->kind != "relative")) continue;
    NamedSource named;
    if (cue->kind == "relative") {
      // "a retiré un bilan ..., selon lequel plus de 164 ...": the main clause's subject.
      for (const VerbUse& v : verbs) {
        if (v.verb >= p) break;
        if (!v.inverted) {
          named = verb_source(v, sb, se);
          break;
        }
      }
    } else {
      const auto [b, e] = name_after_cue(p + cue->words.size(), se);
      named = name_from(b, e, sb, se);
      // "..., a indiqué la préfecture de police, et neuf policiers ..., selon la même source": the
      // same source as the one named earlier in this sentence.
      // (An inverted verb that names a body: ", a indiqué la préfecture de police,".)
      bool same_cue = false;
      for (std::size_t i = b; i < e && !same_cue; ++i) same_cue = m_lex.sources.longest_at(m_words, i, "same") != nullptr;
      if (same_cue) {
        for (const VerbUse& v : verbs) {
          if (v.verb >= p) break;
          if (!v.inverted) continue;
          const std::size_t at = name_after(v.verb_end, se);
          const std::size_t head = at < se && m_lex.sources.longest_at(m_words, at, "skip") != nullptr ? at + 1 : at;
          if (head >= p || (!m_tokens[head].capitalised && m_lex.sources.longest_at(m_words, head, "body") == nullptr)) continue;
          if (NamedSource earlier = verb_source(v, sb, se); earlier.kind == NamedSource::Kind::named) named = earlier;
        }
      }
    }
    // A cue right after another figure is that figure's ("80.000, 25.000 selon la police"), but
    // not one after a part ("3.000 évacuées, dont 1.200 à Lunel, selon la préfecture"), nor one
    // after a comma that closes the clause ("has infected 412 people and killed 40, figures from
    // the WHO show").
    bool other_figure = false;
    for (std::size_t t = k + 1; t < p; ++t) {
      if (is_number(t) && p - t <= 2 && !(p - t == 2 && m_tokens[t + 1].kind == TokenKind::punct) &&
          (quantity(t).cls == NumberClass::count || quantity(t).cls == NumberClass::money)) {
        other_figure = true;
      }
    }
    const std::size_t distance = p > k ? p - k : k - p;
    if (named.kind != NamedSource::Kind::none && !other_figure && distance < best_distance) {
      best = named;
      best_distance = distance;
      best_at = p;
    }
    p += cue->words.size() - 1;
  }

  // A "selon" / "according to" / "citing" names the figure's origin, unless a contrast separates it
  // from the figure: in "70.000 selon les syndicats, tandis que la police a compté 38.000
  // manifestants", the police counted the 38.000.
  if (best.kind != NamedSource::Kind::none && !contrast_between(best_at, k)) return best;

  // A reporting verb: its subject before it, or after it when inverted (", a indiqué le ministère").
  std::pair<NamedSource, std::size_t> spoken{NamedSource{}, k_npos};
  std::pair<NamedSource, std::size_t> counted{NamedSource{}, k_npos};
  for (const VerbUse& v : verbs) {
    const bool before_claim = v.verb < k;
    bool usable = false;
    if (v.inverted) {
      usable = !before_claim || v.subject_at == sb;
    } else if (before_claim) {
      // "X a annoncé dimanche que 5.800 ...": the figure is in the verb's own clause, not in a
      // later one after a comma ("X said on Saturday, after a week in which dozens ...").
      // ("X said the true toll was higher, putting it at 19": a participle goes on with the same
      // speaker.)
      // (Nor the comma of a list: "estimated losses to crops, livestock and roads at 120 million".)
      const auto list_comma = [&](std::size_t i) {
        if (m_words[i] != "," || i + 2 >= k || !is_word(i + 1) || m_tokens[i + 1].capitalised) return false;
        for (std::size_t n = i + 2; n < k && n < i + 4; ++n) {
          if (in(m_words[n], {"and", "et", "or", "ou"})) return true;
          if (!is_word(n)) return false;
        }
        return false;
      };
      usable = true;
      for (std::size_t i = v.verb_end; i < k; ++i) {
        if (list_comma(i)) continue;
        if (m_tokens[i].kind == TokenKind::punct && in(m_words[i], {",", ";"}) &&
            !(i + 1 < k && in(m_words[i + 1], {"que", "qu'", "that", "putting", "bringing", "raising", "portant",
                                               "adding", "ajoutant", "and", "et", "dont", "including"})) &&
            // ("a revu le bilan à la hausse, à 25 morts", "avance un bilan plus lourd, d'au moins 31
            // morts": the figure completes the toll after the comma.)
            !(i + 2 == k && in(m_words[i + 1], {"a", "to", "at", "de", "d'", "of"}))) {
          usable = false;
        }
      }
    } else if (m_story.language == Language::en) {
      // "..., the health ministry said": the subject opens a clause after the figure.
      const auto [b, e] = subject_span(v, sb);
      usable = b > sb && m_tokens[b - 1].kind == TokenKind::punct && m_words[b - 1] == ",";
      // ("They listed 11 deaths, a figure they said was wrong": a pronoun after the comma.)
      // ("a toll of 15 it had given on Sunday": the pronoun right after the figure gave it.)
      if (!usable && e == b + 1 && pronoun_at(b)) {
        for (std::size_t i = k + 1; i < b && !usable; ++i) usable = m_words[i] == ",";
        usable = usable || b <= k + 2;
      }
      // ... but not a new subject whose own clause goes on to a figure: "..., and doctors said they
      // were treating 14 students".
      const bool fresh = in(m_words[b], {"and", "et"}) && e > b + 1 && e == v.subject_at;
      for (std::size_t i = v.verb_end; usable && fresh && i < se && i < v.verb_end + 12; ++i) {
        if (m_tokens[i].kind == TokenKind::punct && in(m_words[i], {",", ";", ":"})) break;
        if (is_number(i) && quantity(i).cls == NumberClass::count) usable = false;
      }
    }
    if (!usable) continue;
    NamedSource named = verb_source(v, sb, se);
    if (named.kind == NamedSource::Kind::none) continue;
    // "Haiti has recorded 63 deaths, the health ministry said": the one who says it, over the one
    // who counted; the nearest of each.
    const std::size_t distance = v.verb > k ? v.verb - k : k - v.verb;
    auto& [chosen, chosen_distance] = v.counts ? counted : spoken;
    if (distance < chosen_distance) {
      chosen = named;
      chosen_distance = distance;
    }
  }
  // ("MSF a recensé 112 cas, a indiqué l'organisation": a bare description that speaks is the
  // name that counted.)
  if (spoken.first.kind != NamedSource::Kind::none && counted.first.kind == NamedSource::Kind::named &&
      spoken.first.name.find(' ') == std::string::npos && !spoken.first.name.empty() &&
      std::islower(static_cast<unsigned char>(spoken.first.name.front())) &&
      std::isupper(static_cast<unsigned char>(counted.first.name.front()))) {
    return counted.first;
  }
  if (spoken.first.kind != NamedSource::Kind::none) return spoken.first;
  if (counted.first.kind != NamedSource::Kind::none) return counted.first;
  if (best.kind != NamedSource::Kind::none) return best;

  // "Pour la préfecture, ils étaient 4.500": "pour" and a name opening the sentence.
  if (m_story.language == Language::fr && sb < se && m_words[sb] == "pour") {
    std::size_t comma = sb + 1;
    while (comma < se && comma < sb + 10 && is_word(comma)) ++comma;
    if (comma < se && comma > sb + 1 && comma < k && m_words[comma] == ",") {
      bool person_or_body = true;
      for (std::size_t i = sb + 1; i < comma; ++i) {
        if (in(m_words[i], {"fois", "part", "moment", "instant", "heure", "cela", "ca", "l'heure", "autant",
                            "l'instant", "premiere", "annee", "mois", "semaine", "cause"})) {
          person_or_body = false;
        }
      }
      if (person_or_body) {
        NamedSource named = name_from(sb + 1, comma, sb, se);
        if (named.kind != NamedSource::Kind::none) return named;
      }
    }
  }
  // "turnout was put at 15,000 by the mayor's office", "estimée à 3.000 par la police".
  // (After the whole figure: "estimés à 4,5 millions de dinars par la chambre régionale".)
  std::size_t past = k + 1;
  while (past < se && m_tokens[past].start < quantity(k).end) ++past;
  // (A currency the figure did not take in: "4,5 millions de dinars par ...".)
  if (past + 3 < se && in(m_words[past], {"de", "d'", "of"}) && is_word(past + 1) && in(m_words[past + 2], {"by", "par"})) {
    past += 2;
  } else if (past + 2 < se && is_word(past) && !in(m_words[past], {"by", "par"}) && in(m_words[past + 1], {"by", "par"})) {
    ++past;
  }
  if (past + 1 < se && in(m_words[past], {"by", "par"}) && k > sb && in(m_words[k - 1], {"at", "a", "to"})) {
    std::size_t e = past + 1;
    while (e < se && e - past <= k_max_source_words + 1 &&
           (is_word(e) || (m_words[e] == "'" && e > past + 1 &&
                           (m_words[e - 1].ends_with('s') || (e + 1 < se && m_words[e + 1] == "s")))) &&
           !(e > past + 1 && ends_name_at(e))) {
      ++e;
    }
    NamedSource named = name_from(past + 1, e, sb, se);
    if (named.kind != NamedSource::Kind::none) return named;
  }
  // "Le bilan, communiqué mercredi par la protection civile, s'élève à neuf morts".
  for (std::size_t p = sb + 2; p + 1 < k; ++p) {
    if (!in(m_words[p], {"par", "by"})) continue;
    const std::size_t v = before_time_words(p, sb + 2) - 1;  // "diffusé dimanche matin par"
    if (!in(m_words[v], {"diffuse", "publie", "communique", "fourni", "etabli", "released", "published", "issued",
                         "compiled"})) {
      continue;
    }
    std::size_t e = p + 1;
    while (e < k && e - p <= k_max_source_words && is_word(e) && !(e > p + 1 && ends_name_at(e))) ++e;
    NamedSource named = name_from(p + 1, e, sb, se);
    if (named.kind != NamedSource::Kind::none) return named;
  }
  // "un bilan de 51 morts diffusé par le gouverneur", "a toll of 17 dead released by the hospital",
  // "An initial toll of 20 dead, released by an official on Sunday night, was withdrawn", "Un bilan
  // de quatre morts, diffusé lundi matin sur les réseaux sociaux par un conseiller municipal".
  const auto published = [&](std::size_t t) {
    return in(m_words[t], {"diffuse", "publie", "communique", "fourni", "avance", "annonce", "relaye", "released",
                           "published", "issued", "given", "provided", "announced", "reported", "posted"});
  };
  bool comma_seen = false;
  bool participle_seen = false;
  for (std::size_t p = k + 1; p + 1 < se && p < k + 16; ++p) {
    if (m_tokens[p].kind == TokenKind::punct) {
      if (m_words[p] == "," && !comma_seen && p + 1 < se && published(p + 1)) {
        comma_seen = true;
        continue;
      }
      break;
    }
    if (published(p)) participle_seen = true;
    // (The agent may come after a time or a channel: "diffusé lundi matin sur les réseaux sociaux par".)
    if (in(m_words[p], {"par", "by"}) && p > k + 1 && participle_seen) {
      std::size_t e = p + 1;
      while (e < se && e - p <= k_max_source_words && is_word(e) && !(e > p + 1 && ends_name_at(e))) ++e;
      NamedSource named = name_from(p + 1, e, sb, se);
      if (named.kind != NamedSource::Kind::none) return named;
    }
  }
  for (std::size_t p = sb; p + 2 < se + 1 && p < se; ++p) {
    if (m_words[p] == "(" && p + 2 < se && m_words[p + 2] == ")" &&
        m_lex.sources.longest_at(m_words, p + 1, "agency") != nullptr) {
      return {std::string(text_of(p + 1, p + 2)), NamedSource::Kind::named};
    }
  }
  return {};
}

void StoryExtractor::update_last_source(std::size_t sb, std::size_t se,
                                        const std::vector<VerbUse>& verbs) {
  std::string named;
  const auto remember = [&](const NamedSource& s) {
    if (s.kind != NamedSource::Kind::named) return;
    named = s.name;
    if (m_named_sources.empty() || m_named_sources.back() != s.name) m_named_sources.push_back(s.name);
  };
  for (std::size_t p = sb; p < se; ++p) {
    if (source_cue_at(p) != "according") continue;
    const Entry* cue = m_lex.sources.longest_at(m_words, p);
    const auto [b, e] = name_after_cue(p + cue->words.size(), se);
    remember(name_from(b, e, sb, se));
  }
  for (const VerbUse& v : verbs) remember(verb_source(v, sb, se));
  if (!named.empty()) m_last_source = named;
}

// The statuses in order of strength, the strongest first: a figure both withdrawn and
// unverified is withdrawn.
constexpr std::array<std::pair<std::string_view, ClaimStatus>, 4> k_rank{{
    {"retracted", ClaimStatus::retracted},
    {"denied", ClaimStatus::denied},
    {"corrected", ClaimStatus::corrected},
    {"unverified", ClaimStatus::unverified},
}};

std::size_t rank(ClaimStatus status) {
  for (std::size_t r = 0; r < k_rank.size(); ++r) {
    if (k_rank[r].second == status) return r;
  }
  return k_rank.size();  // reported
}

std::optional<ClaimStatus> StoryExtractor::status_referring_back(std::size_t sb, std::size_t se) const {
  bool refers = false;
  std::optional<std::size_t> best;
  for (std::size_t p = sb; p < se; ++p) {
    if (m_lex.status.longest_at(m_words, p, "refers") != nullptr) refers = true;
    const Entry* cue = status_cue_at(p);
    if (cue == nullptr) continue;
    for (std::size_t r = 0; r < k_rank.size(); ++r) {
      if (cue->kind == k_rank[r].first && (!best || r < *best)) best = r;
    }
  }
  if (!refers || !best) return std::nullopt;
  return k_rank[*best].second;
}

ClaimStatus StoryExtractor::status_for(std::size_t k, std::size_t sb, std::size_t se,
                                       const std::vector<VerbUse>& verbs) const {
  // The figure a withdrawal names, if it names one ("retiré un bilan de 16 morts", "retracted a
  // figure of 340"); k_npos otherwise.
  const auto withdrawn_figure = [&](std::size_t p, const Entry* cue) {
    for (std::size_t i = p + cue->words.size(); i < se && i < p + cue->words.size() + 6; ++i) {
      if (m_tokens[i].kind == TokenKind::punct) break;
      if (is_number(i) && quantity(i).cls == NumberClass::count) return i;
    }
    return k_npos;
  };
  // The figure the sentence withdraws by name: an error it blames ("qu'il attribue à une « erreur
  // de saisie »") is that figure's, not the others'.
  std::size_t named_withdrawal = k_npos;
  for (std::size_t p = sb; p < se && named_withdrawal == k_npos; ++p) {
    if (const Entry* cue = status_cue_at(p); cue != nullptr && cue->kind == "retracted") {
      named_withdrawal = withdrawn_figure(p, cue);
    }
  }
  std::optional<std::size_t> best;
  for (std::size_t p = sb; p < se; ++p) {
    const Entry* cue = status_cue_at(p);
    if (cue == nullptr) continue;
    // A cue before the figure does not reach past a clause that names its own source
    // ("..., n'a pas pu être vérifié, les autorités ayant fait état de 26 ...").
    bool reaches = true;
    if (p < k) {
      for (const VerbUse& v : verbs) {
        if (v.verb > p + cue->words.size() && v.verb < k &&
            verb_source(v, sb, se).kind == NamedSource::Kind::named) {
          reaches = false;
        }
      }
      for (std::size_t i = p + cue->words.size(); i < k; ++i) {
        if (source_cue_at(i) == "according") reaches = false;
      }
    }
    if (!reaches) continue;
    // A withdrawal that names the figure it withdraws ("après avoir retiré un bilan de 16 morts",
    // "retracted a figure of 340") withdraws that one; another figure of the sentence replaces it.
    std::string_view kind = cue->kind;
    if (kind == "retracted") {
      std::size_t object = withdrawn_figure(p, cue);
      if (object == k_npos) object = named_withdrawal;
      if (object != k_npos && object != k) kind = "corrected";
      // "... then deleted it and gave a corrected toll of five": a correction between the
      // withdrawal and the figure is the figure's.
      for (std::size_t c = p + cue->words.size(); c < k && kind == "retracted"; ++c) {
        if (const Entry* later = status_cue_at(c); later != nullptr && later->kind == "corrected") kind = "corrected";
      }
    }
    for (std::size_t r = 0; r < k_rank.size(); ++r) {
      if (kind == k_rank[r].first && (!best || r < *best)) best = r;
    }
    p += cue->words.size() - 1;
  }
  return best ? k_rank[*best].second : ClaimStatus::reported;
}

std::optional<Date> StoryExtractor::date_at(std::size_t t, bool years) const {
  const Date& published = m_story.published;
  // "depuis le 1er octobre", "since Monday": where a running count starts, not the date it holds
  // (but "since 2008, when ...": see date_for).
  if (t > 0 && (in(m_words[t - 1], {"depuis", "since"}) ||
                (t > 1 && in(m_words[t - 1], {"le", "l'"}) && m_words[t - 2] == "depuis"))) {
    return std::nullopt;
  }
  if (is_number(t)) {
    const Quantity& q = quantity(t);
    if (q.cls == NumberClass::date && q.value.low) {
      Date date{published.year, 0, static_cast<int>(*q.value.low)};
      for (const std::string& w : phrase_words(std::string_view(m_doc.text).substr(q.start, q.end - q.start))) {
        if (const int month = ingest::month_from_name(w); month != 0) date.month = month;
        if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          date.year = std::stoi(w);
        }
      }
      if (date.month == 0 || date.day < 1 || date.day > 31) return std::nullopt;
      if (date.year == 0) return std::nullopt;
      // "le 28 décembre" read in a January story is last year's.
      if (published.known() && date.year == published.year && date.month > published.month + 1) --date.year;
      return date;
    }
    // ("The 2018 Kerala floods killed 483 people": a year that names the event.)
    const bool names_event = t > 0 && m_words[t - 1] == "the" && t + 1 < m_words.size() &&
                             (m_tokens[t + 1].capitalised || m_lex.places.longest_at(m_words, t + 1, "event") != nullptr);
    if (years && q.cls == NumberClass::year && q.value.low && t > 0 &&
        (m_lex.dates.longest_ending_at(m_words, t, "year") != nullptr || names_event)) {
      return Date{static_cast<int>(*q.value.low), 0, 0};
    }
    return std::nullopt;
  }
  if (!published.known()) return std::nullopt;
  if (const Entry* e = m_lex.dates.longest_at(m_words, t, "weekday"); e != nullptr) {
    // "Friday's earthquake", "Friday night's quake": the day of the event the noun names, not of
    // the figure ("the death toll from Friday's earthquake rose to 157" is today's toll).
    std::size_t after = t + e->words.size();
    if (after < m_words.size() && in(m_words[after], {"night", "morning", "afternoon", "evening"})) ++after;
    // But a turnout holds on the day of its event: "Police put Tuesday's crowd at 4,500".
    if (after + 1 < m_words.size() && m_words[after] == "'" && m_words[after + 1] == "s") {
      const std::size_t noun = after + 2 < m_words.size() && is_word(after + 2) && m_tokens[after + 2].capitalised ? after + 3 : after + 2;
      if (noun >= m_words.size() || !in(m_words[noun], {"march", "marches", "protest", "protests", "rally", "rallies",
                                                        "demonstration", "demonstrations", "crowd", "crowds",
                                                        "turnout", "strike", "walkout"})) {
        return std::nullopt;
      }
    }
    const int weekday = std::stoi(e->value);  // 1 = Monday
    const int days = days_from_civil(published);
    const int published_weekday = ((days % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday
    const int back = (published_weekday - weekday + 7) % 7;
    return civil_from_days(days - back);
  }
  if (const Entry* e = m_lex.dates.longest_at(m_words, t, "offset"); e != nullptr) {
    return civil_from_days(days_from_civil(published) + std::stoi(e->value));
  }
  // "last year", "l'an dernier": a year relative to publication.
  if (const Entry* e = years ? m_lex.dates.longest_at(m_words, t, "years") : nullptr; e != nullptr) {
    return Date{published.year + std::stoi(e->value), 0, 0};
  }
  return std::nullopt;
}

Date StoryExtractor::date_for(std::size_t k, std::size_t sb, std::size_t se) const {
  const auto nearest = [&](std::size_t b, std::size_t e, bool years) -> std::optional<Date> {
    std::optional<Date> best;
    std::size_t best_distance = k_npos;
    for (std::size_t p = b; p < e; ++p) {
      if (p == k || (p >= m_not_dates.first && p < m_not_dates.second)) continue;
      if (auto date = date_at(p, years)) {
        const std::size_t distance = p > k ? p - k : k - p;
        if (distance < best_distance) {
          best = date;
          best_distance = distance;
        }
      }
    }
    return best;
  };
  const auto [cb, ce] = clause_of(k, sb, se);
  if (auto date = nearest(cb, ce, true)) return *date;
  // "since 2008, when a crush at the same ground killed four fans", "memories of 2014, when ...":
  // a "when" clause holds at the year or date right before it.
  if (cb >= sb + 2 && m_words[cb - 1] == "," && in(m_words[cb], {"when", "lorsque", "quand"}) && is_number(cb - 2)) {
    const Quantity& q = quantity(cb - 2);
    if (q.cls == NumberClass::year && q.value.low) return Date{static_cast<int>(*q.value.low), 0, 0};
    if (const auto date = date_at(cb - 2, false)) return *date;
  }
  if (auto date = nearest(sb, se, false)) return *date;
  // A fronted clause with a year: "In 2011, police killed 14 ...".
  if (cb > sb) {
    const auto [fb, fe] = clause_of(sb, sb, se);
    if (auto date = nearest(fb, fe, true)) return *date;
  }
  return m_story.published;
}

std::optional<std::pair<std::string, std::string>> StoryExtractor::place_in(
    std::size_t begin, std::size_t end, std::size_t k) const {
  std::optional<std::pair<std::string, std::string>> best;
  std::optional<std::pair<std::string, std::string>> possessive;  // "Oman's ...", when nothing follows
  std::optional<std::pair<std::string, std::string>> landmark;    // "east of Istanbul", when nothing else
  std::size_t best_distance = k_npos;
  std::size_t best_at = 0;
  std::vector<std::pair<std::size_t, std::pair<std::string, std::string>>> found;  // every place named
  const auto locative_within = [&](std::size_t p, std::size_t reach, bool any_words) {
    for (std::size_t back = 1; back <= reach && p >= begin + back; ++back) {
      const std::size_t t = p - back;
      // ("In the capital, Accra, ...": a place noun and a comma before the name.)
      if (m_words[t] == "," && back == 1 && t > begin && place_noun(t - 1)) continue;
      // ("à une quinzaine de kilomètres de Kaffrine", "20 km from Gao": a distance on the way.)
      if (is_number(t) && t + 2 < p &&
          (in(m_words[t + 1], {"kilometres", "kilometers", "km", "miles", "metres"}) ||
           (in(m_words[t + 1], {"de", "d'", "of"}) && in(m_words[t + 2], {"kilometres", "kilometers", "km", "miles"})))) {
        continue;
      }
      if (!is_word(t)) return false;
      // (A locative of several words ends here: "à travers N'Djamena".)
      if (m_lex.places.longest_at(m_words, t, "locative") != nullptr ||
          m_lex.places.longest_ending_at(m_words, t + 1, "locative") != nullptr) {
        return true;
      }
      // Between the locative and the name: articles, "de", directions, "seule" / "alone", and
      // place nouns ("dans les rues de Lille", "in the town of Sale", "dans une prison de Manaus").
      if (!any_words && !in(m_words[t], {"le", "la", "les", "l'", "un", "une", "a", "an", "seule", "d'",
                                         "de", "du", "des", "of", "the", "alone", "near", "around", "neighbouring", "neighboring", "nearby", "voisine", "voisin", "neighbour",
                                         "toute", "tout", "all", "entire", "whole", "ensemble", "reste", "rest",
                                         "leur", "leurs", "sa", "son", "ses", "their", "its", "his", "her",
                                         "regional", "provincial", "coastal", "border", "regionale", "provinciale",
                                         "deplaces", "refugies", "displaced", "refugee",
                                         "eastern", "western", "northern", "southern", "central", "nord", "sud",
                                         "ouest", "est", "north", "south", "east", "west", "nord-est", "nord-ouest",
                                         "sud-est", "sud-ouest", "centre", "centre-est", "centre-ouest", "centre-nord",
                                         "centre-sud", "north-east", "north-west", "south-east", "south-west",
                                         "northeastern", "northwestern", "southeastern", "southwestern",
                                         "north-eastern", "north-western", "south-eastern", "south-western",
                                         "kilometres", "kilometers", "km", "miles", "metres"}) &&
          !place_noun(t)) {
        return false;
      }
    }
    return false;
  };
  for (std::size_t p = begin; p < end; ++p) {
    if (!is_word(p)) continue;
    std::optional<std::pair<std::string, std::string>> here;
    std::size_t length = 1;
    if (const Entry* g = gazetteer_at(p); g != nullptr) {
      length = g->words.size();
      const Place& place = m_lexicons.place(std::stoul(g->value));
      // "à Almaty", "dans la seule ville d'Almaty"; or a region named with its article as what the
      // clause is about ("les inondations qui frappent l'Hérault").
      const bool region_with_article = (place.kind == "region" || place.kind == "nation") && p > begin && is_word(p - 1) &&
                                       in(m_words[p - 1], {"l'", "le", "la", "les"}) &&
                                       !(p > begin + 1 && in(m_words[p - 2], {"de", "du", "d'", "des"}));
      // "Sindh province accounts for 38 of the dead", "in Aswan province".
      const std::size_t after = p + g->words.size();
      const bool named_region = after < end && is_word(after) && admin_unit(after);
      // "the northern Portuguese city of Braga": a place noun and "of" name the place by themselves.
      // So does an acronym in brackets: "du centre hospitalier universitaire (CHU) de Bouaké".
      // And so do its people: "Plus de 6.000 habitants des îles Loyauté", "residents of Cleveland",
      // "les 40 morts de Kindu".
      // ("dans l'Etat nigérian de Kaduna": one adjective between.)
      // (Not a name's noun: "three University of Alabama students".)
      const bool after_place_noun =
          p >= begin + 3 && in(m_words[p - 1], {"of", "de", "d'", "du", "des"}) &&
          ((place_noun(p - 2) && !m_tokens[p - 2].capitalised) || (m_words[p - 2] == ")" && place_noun(p - 3)) ||
           people_of_place(p - 2) ||
           // "au rassemblement d'Antananarivo", "l'explosion de Beyrouth": an event of the place.
           m_lex.places.longest_ending_at(m_words, p - 1, "event") != nullptr ||
           (is_word(p - 2) && !m_tokens[p - 2].capitalised && place_noun(p - 3) &&
            in(m_words[p - 3], {"etat", "province", "region", "state", "district", "ville", "city"})));
      // "during the Warsaw march": a place before an event noun.
      // (Or after a possessive, "Tuesday's Auckland crowd", or a year, "the 2018 Kerala floods".)
      const bool before_event = p > begin && event_named_before(p, after, begin, end);
      if (locative_within(p, 5, false) || region_with_article || named_region || after_place_noun || before_event) {
        here = std::make_pair(place.name, place.country);
      }
    } else if (const std::size_t n = unknown_place_at(p, end); n > 0) {
      // "à Villarrica": a name the gazetteer does not know, right after a locative; "aux Abymes"
      // is "Les Abymes", "au Caire" "Le Caire".
      length = n;
      std::string name = join_words(p, p + n);
      if (m_words[p - 1] == "aux") name = "Les " + name;
      if (m_words[p - 1] == "au") name = "Le " + name;
      if (const Place* known = place_named(name); known != nullptr) {
        here = std::make_pair(known->name, known->country);  // "au Caire": Cairo
      } else if (const Place* nation = nation_of_adjective(name); nation != nullptr) {
        here = std::make_pair(nation->name, nation->country);  // "in South African mines": South Africa
      } else {
        here = std::make_pair(std::move(name), m_story.country);
      }
    } else if (const std::size_t m = unknown_place_before_event(p, begin, end); m > 0) {
      // "The 2016 Fort McMurray wildfire forced the evacuation of about 88,000 people".
      length = m;
      here = std::make_pair(join_words(p, p + m), m_story.country);
    } else if (const Place* unit = unit_referred_to(p); unit != nullptr && locative_within(p, 4, false)) {
      // "dans le département", "in the province alone": the unit of that kind named last.
      here = std::make_pair(unit->name, unit->country);
    } else if (const Entry* c = m_lex.places.longest_at(m_words, p, "country"); c != nullptr) {
      length = c->words.size();
      const bool needs_locative = c->words.size() == 1 && c->words.front() != "nationwide";
      if ((!needs_locative || locative_within(p, 4, true)) && !m_story.country.empty()) {
        here = std::make_pair(m_story.country, m_story.country);
      }
    }
    // "in Himachal Pradesh's Chamba district", "in Oman's Al Dhahirah governorate": the place after
    // the possessive is the more precise one.
    if (here && p + length + 2 < end && m_words[p + length] == "'" && m_words[p + length + 1] == "s" &&
        is_word(p + length + 2) && m_tokens[p + length + 2].capitalised) {
      if (!possessive) possessive = here;
      // ... even one the gazetteer lacks: "in Tasmania's Huon Valley" (not "Nigeria's National
      // Emergency Management Agency").
      const std::size_t q = p + length + 2;
      std::size_t n = 0;
      bool body = false;
      while (q + n < end && n < 3 && is_word(q + n) && m_tokens[q + n].capitalised &&
             m_lexicons.gazetteer().longest_at(m_words, q + n) == nullptr) {
        body = body || m_lex.sources.longest_at(m_words, q + n, "body") != nullptr ||
               in(m_words[q + n], {"agency", "ministry", "authority", "institute", "society", "committee", "national",
                                   "university", "hospital", "red", "cross", "crescent", "force", "forces", "army"});
        ++n;
      }
      if (n > 0 && !body && !(q + n < end && is_word(q + n) && m_tokens[q + n].capitalised)) {
        found.emplace_back(q, std::make_pair(join_words(q, q + n), here->second));
        const std::size_t distance = q > k ? q - k : k - q;
        if (distance < best_distance) {
          best = std::make_pair(join_words(q, q + n), here->second);
          best_distance = distance;
          best_at = q;
        }
      }
      here.reset();
    }
    // A place named only as a landmark ("in Gebze, 50 km east of Istanbul", "à 20 kilomètres au
    // nord de Fianarantsoa") counts only when the clause names no other.
    if (here && p >= begin + 2 && in(m_words[p - 1], {"of", "de", "d'", "du"}) &&
        (in(m_words[p - 2], {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                              "north-east", "north-west", "south-east", "south-west", "nord", "sud", "est", "ouest",
                              "nord-est", "nord-ouest", "sud-est", "sud-ouest"}))) {
      if (!landmark) landmark = here;
      here.reset();
    }
    if (here) {
      // The nearest; at equal distance, the one after the figure ("112 à Moroni et 37 à Mutsamudu").
      const std::size_t distance = p > k ? p - k : k - p;
      if (distance < best_distance || (distance == best_distance && p > k)) {
        best = here;
        best_distance = distance;
        best_at = p;
      }
      found.emplace_back(p, *here);
    }
    p += length - 1;
  }
  // A country that only locates a place named next to it gives way to that place: "dans le
  // district de Karongi, dans l'ouest du Rwanda", "in Gebze, in north-western Turkey".
  if (best && best->first == best->second) {
    for (const auto& [at, place] : found) {
      if (place.first == best->first || place.second != best->first) continue;
      const std::size_t lo = std::min(at, best_at);
      const std::size_t hi = std::max(at, best_at);
      // (The country in apposition after the place, or owning it: not "killed 40 people in
      // Mozambique since making landfall near Quelimane".)
      bool apposition = false;
      for (std::size_t t = lo; t < hi; ++t) {
        if (at < best_at ? m_words[t] == "," : (m_words[t] == "'" && t + 1 < hi && m_words[t + 1] == "s")) apposition = true;
        if (is_number(t) && quantity(t).cls == NumberClass::count) apposition = false;
      }
      if (apposition && hi - lo <= 10) return place;
    }
  }
  if (!best && landmark) return landmark;
  return best ? best : possessive;
}

// A gazetteer entry at `p`, written as a proper noun (capitalised): "Vienne" the city, not
// "qu'il vienne".
const Entry* StoryExtractor::gazetteer_at(std::size_t p) const {
  // ("îles Loyauté": a name of several words may open with a lower-case word.)
  if (!is_word(p)) return nullptr;
  const Entry* g = m_lexicons.gazetteer().longest_at(m_words, p);
  if (g == nullptr) return nullptr;
  // A name of two letters only in capitals: "US", "NZ", never the pronoun "us".
  if (g->words.size() == 1 && g->words.front().size() <= 2) {
    const std::string_view written = text_of(p, p + 1);
    if (!std::all_of(written.begin(), written.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return nullptr;
  }
  // ("La Réunion" the island, not "La réunion" the meeting: the word after an article is a name.)
  if (m_tokens[p].capitalised) {
    return g->words.size() == 1 || !in(m_words[p], {"la", "le", "les", "l'"}) || m_tokens[p + 1].capitalised ? g : nullptr;
  }
  return g->words.size() > 1 && m_tokens[p + g->words.size() - 1].capitalised ? g : nullptr;
}

// How many capitalised words the gazetteer lacks start at `p` and name the place of an event
// after them ("the 2016 Fort McMurray wildfire"); 0 when none do.
std::size_t StoryExtractor::unknown_place_before_event(std::size_t p, std::size_t begin, std::size_t end) const {
  if (p == begin || !is_word(p) || !m_tokens[p].capitalised || m_tokens[p - 1].capitalised) return 0;
  std::size_t n = 0;
  while (n < 3 && p + n < end && is_word(p + n) && m_tokens[p + n].capitalised &&
         m_lexicons.gazetteer().longest_at(m_words, p + n) == nullptr && ingest::month_from_name(m_words[p + n]) == 0) {
    ++n;
  }
  return n > 0 && event_named_before(p, p + n, begin, end) ? n : 0;
}

// The country an adjective of nationality names, from its shape: "South African", "Kenyan",
// "Sudanese", "Chinese", "Mexican", "Bolivian"; nullptr if none.
const Place* StoryExtractor::nation_of_adjective(const std::string& name) const {
  const auto nation = [&](std::string_view stem, std::string_view ending) -> const Place* {
    if (!name.ends_with(stem) || name.size() <= stem.size() + 2) return nullptr;
    const Place* place = place_named(name.substr(0, name.size() - stem.size()) + std::string(ending));
    return place != nullptr && (place->kind == "country" || place->kind == "nation") ? place : nullptr;
  };
  for (const auto& [stem, ending] : {std::pair<std::string_view, std::string_view>{"n", ""}, {"ese", ""}, {"ese", "a"},
                                     {"an", "o"}, {"ian", ""}, {"ian", "ia"}}) {
    if (const Place* place = nation(stem, ending); place != nullptr) return place;
  }
  return nullptr;
}

// A change stated right after a figure, from token `from` on: "soit 12 de plus que la veille",
// "soit une hausse de 8 % par rapport à 2020", "12 more than the day before", "up 12 from
// Sunday", "en baisse de 3". Its reference date from "la veille", "hier", "the day before", a
// weekday or a year; unknown when none is named. nullopt when no change is stated there.
std::optional<Claim::Change> StoryExtractor::stated_change(std::size_t from, std::size_t se, const Date& when,
                                                           std::pair<std::size_t, std::size_t>* words) const {
  const auto change_number = [&](std::size_t t) {
    return is_number(t) && (quantity(t).cls == NumberClass::count || quantity(t).cls == NumberClass::percent) &&
           quantity(t).value.low.has_value();
  };
  std::optional<Claim::Change> change;
  std::size_t after = 0;  // where the reference may start
  for (std::size_t t = from; t < se && t < from + 12 && !change; ++t) {
    if (m_tokens[t].kind == TokenKind::punct && in(m_words[t], {";", ".", ":", "("})) break;
    const auto make = [&](std::size_t number, double sign, std::size_t end) {
      change = Claim::Change{sign * *quantity(number).value.low, quantity(number).cls == NumberClass::percent, {}};
      after = end;
    };
    // A figure, then how it compares: "12 de plus que", "12 more than", "8 % de moins".
    if (change_number(t)) {
      const std::size_t n = t + 1;
      if (n + 1 < se && m_words[n] == "de" && in(m_words[n + 1], {"plus", "moins"})) {
        make(t, m_words[n + 1] == "plus" ? 1 : -1, n + 2);
      } else if (n + 1 < se && in(m_words[n], {"more", "fewer", "less"}) && m_words[n + 1] == "than") {
        make(t, m_words[n] == "more" ? 1 : -1, n + 2);
      } else {
        break;  // another figure: what follows is its own
      }
      continue;
    }
    // A word of change, then the figure: "une hausse de 12", "an increase of 12", "up 12 from".
    const bool rise = in(m_words[t], {"hausse", "augmentation", "progression", "increase", "rise", "jump"});
    const bool fall = in(m_words[t], {"baisse", "diminution", "recul", "decrease", "drop", "fall", "decline"});
    if ((rise || fall) && t + 2 < se && in(m_words[t + 1], {"de", "of"}) && change_number(t + 2)) {
      make(t + 2, rise ? 1 : -1, t + 3);
    } else if (in(m_words[t], {"up", "down"}) && t + 2 < se && change_number(t + 1) &&
               in(m_words[t + 2], {"from", "on", "over", "since"})) {
      make(t + 1, m_words[t] == "up" ? 1 : -1, t + 3);
    }
  }
  if (!change) return std::nullopt;
  // The reference: the day before, a weekday, a year.
  if (words != nullptr) *words = {after, std::min(se, after + 6)};
  for (std::size_t t = after; t < se && t < after + 6; ++t) {
    if (m_tokens[t].kind == TokenKind::punct && m_words[t] != "'") break;
    if (in(m_words[t], {"veille", "hier", "yesterday"}) ||
        (t + 2 < se && in(m_words[t], {"day", "previous"}) && in(m_words[t + 1], {"before", "day"}))) {
      if (when.day != 0) change->reference = civil_from_days(days_from_civil(when) - 1);
      break;
    }
    if (auto date = date_at(t, true)) {
      change->reference = *date;
      break;
    }
    if (is_number(t) && quantity(t).cls == NumberClass::year && quantity(t).value.low) {
      change->reference = Date{static_cast<int>(*quantity(t).value.low), 0, 0};  // "par rapport à 2020"
      break;
    }
  }
  return change;
}

// The gazetteer's place written `name` in full ("Le Caire", "South Africa"); nullptr if none.
const Place* StoryExtractor::place_named(const std::string& name) const {
  const std::vector<std::string> words = phrase_words(name);
  const std::vector<std::string_view> views(words.begin(), words.end());
  const Entry* g = m_lexicons.gazetteer().longest_at(views, 0);
  return g != nullptr && g->words.size() == words.size() ? &m_lexicons.place(std::stoul(g->value)) : nullptr;
}

// The place a bare unit noun at `p` singled out as a part stands for, "in the province alone",
// "dans la seule ville": the last place of that kind the story named before it (its title and
// dateline included). nullptr when `p` is no such noun ("le département du Nord" names its own),
// when nothing singles it out ("across the city", "dans la région": the story's main place, as
// annotators read it), or when no such place was named.
const Place* StoryExtractor::unit_referred_to(std::size_t p) const {
  if (p < 2 || !is_word(p) || m_tokens[p].capitalised) return nullptr;
  const bool alone = p + 1 < m_words.size() && m_words[p + 1] == "alone" && m_words[p - 1] == "the";
  const bool seule = p >= 3 && in(m_words[p - 1], {"seule", "seul"}) && in(m_words[p - 2], {"la", "le"});
  if (!alone && !seule) return nullptr;
  const bool region = in(m_words[p], {"province", "region", "state", "county", "district", "department", "governorate",
                                      "departement", "gouvernorat", "wilaya", "oblast"});
  const bool city = in(m_words[p], {"city", "town", "ville", "commune", "municipality"});
  if (!region && !city) return nullptr;
  // (Not when a name or its complement follows: "the province of Sindh", "la ville voisine de Trèbes".)
  for (std::size_t t = p + 1; t < m_words.size() && t <= p + 2; ++t) {
    if (!is_word(t) || m_words[t] == "alone") break;
    if (m_tokens[t].capitalised || in(m_words[t], {"of", "de", "d'", "du", "des"})) return nullptr;
  }
  for (std::size_t t = p; t-- > 0;) {
    const Entry* g = gazetteer_at(t);
    if (g == nullptr || t + g->words.size() > p) continue;
    const Place& place = m_lexicons.place(std::stoul(g->value));
    if (place.kind == (region ? "region" : "city")) return &place;
  }
  return nullptr;
}

// A word for the people of a place, or the dead or hurt of it, before "de X" / "of X": "les
// habitants de", "residents of", "les 40 morts de".
bool StoryExtractor::people_of_place(std::size_t t) const {
  if (!is_word(t) || m_tokens[t].capitalised) return false;
  if (in(m_words[t], {"habitants", "residents", "inhabitants", "riverains", "villagers", "villageois"})) return true;
  const Entry* cue = m_lex.metrics.longest_ending_at(m_words, t + 1, "after");
  return cue != nullptr && cue->words.size() == 1 && in(cue->value, {"deaths", "injured", "missing", "displaced"});
}

// How many words of a place unknown to the gazetteer start at `p`: capitalised words (at most
// three, "Santa Cruz", "Les Abymes") right after a locative ("à", "in"), that are not a month,
// a weekday, or a name the gazetteer knows. 0 when there is none.
std::size_t StoryExtractor::unknown_place_at(std::size_t p, std::size_t end) const {
  // "Sindh province", "Svay Rieng province": capitalised words (not a place the gazetteer knows)
  // followed by a place noun.
  if (is_word(p) && m_tokens[p].capitalised && m_lex.places.longest_at(m_words, p, "locative") == nullptr &&
      !in(m_words[p], {"la", "le", "les", "l'", "the", "a", "une", "un", "cette", "this", "each", "chaque"}) &&
      m_lexicons.gazetteer().longest_at(m_words, p) == nullptr &&
      !(p > 0 && is_word(p - 1) && (m_tokens[p - 1].capitalised || in(m_words[p - 1], {"the", "la", "le", "les", "l'"}) ||
                                    m_lex.places.longest_at(m_words, p - 1, "locative") != nullptr))) {
    std::size_t run = 1;
    while (run < 3 && p + run < end && is_word(p + run) && m_tokens[p + run].capitalised && !admin_unit(p + run)) ++run;
    // (Not an adjective of nationality: "the southern Mexican state of Oaxaca".)
    const bool demonym = run == 1 && nationality_adjective(m_words[p]) && p + run + 1 < end &&
                         in(m_words[p + run + 1], {"of", "de", "d'", "du"});
    if (!demonym && p + run < end && is_word(p + run) && admin_unit(p + run)) {
      // "Nimba County" keeps its capitalised noun; "Sindh province" does not.
      return m_tokens[p + run].capitalised ? run + 1 : run;
    }
  }
  if (p == 0 || !is_word(p - 1)) return 0;
  // A river is no scope: "swept into the River Taff at Pontypridd".
  if (in(m_words[p], {"river", "riviere", "fleuve"})) return 0;
  // (A locative of several words ends at t: "evacuated from", "à travers".)
  const auto locative = [&](std::size_t t) {
    return m_lex.places.longest_at(m_words, t, "locative") != nullptr ||
           m_lex.places.longest_ending_at(m_words, t + 1, "locative") != nullptr;
  };
  // Right after a locative ("à Villarrica", "in the Northern Region"), or after a place noun and
  // "de" / "of" ("la ville d'Abéché", "the town of Sale", "au large de Lampedusa").
  std::size_t q = p - 1;
  if (q > 0 && in(m_words[q], {"eastern", "western", "northern", "southern", "central", "neighbouring", "neighboring",
                               "nearby", "voisine", "voisin"})) {
    --q;  // "in eastern X", "in neighbouring Ndola"
  }
  if (q > 0 && in(m_words[q], {"the", "la", "le", "les", "l'"})) --q;
  const Entry* before_q = q > 0 && is_word(q - 1) ? m_lex.places.longest_at(m_words, q - 1, "locative") : nullptr;
  bool after_locative = locative(q) && !(before_q != nullptr && before_q->words.size() == 1);
  // "à une quinzaine de kilomètres de Kaffrine", "20 km from Gao", "à 20 kilomètres au nord de
  // Fianarantsoa".
  if (!after_locative && p >= 2 && in(m_words[p - 1], {"de", "d'", "of", "from"}) &&
      in(m_words[p - 2], {"kilometres", "kilometers", "km", "miles"})) {
    after_locative = true;
  }
  // ... or after a place noun in apposition: "in the regional capital Wa", "dans la capitale
  // provinciale Kindu".
  // (A settlement, not an institution: not "à l'hôpital Fattouma-Bourguiba".)
  std::size_t noun_at = p - 1;
  if (noun_at > 0 && in(m_words[noun_at], {"provinciale", "regionale", "economique", "administrative"})) --noun_at;
  if (!after_locative && in(m_words[noun_at], {"capital", "capitale", "town", "city", "ville", "village", "port",
                                               "commune", "district", "province", "region"}) &&
      !m_tokens[noun_at].capitalised) {
    for (std::size_t t = noun_at; t > 0 && p - t <= 4 && !after_locative; --t) {
      if (!is_word(t - 1)) break;
      after_locative = locative(t - 1);
      if (!in(m_words[t - 1], {"the", "la", "le", "l'", "regional", "provincial", "regionale", "provinciale", "northern",
                               "southern", "eastern", "western", "central", "coastal"}) &&
          !place_noun(t - 1)) {
        break;
      }
    }
  }
  // ... with one adjective between: "les villages isolés du Ouaddaï"; or an article: "dans le
  // département de l'Atacora", "the region of the Sahel".
  if (!after_locative && in(m_words[p - 1], {"de", "d'", "du", "des", "of"}) && p >= 2 &&
      ((place_noun(p - 2) && (!m_tokens[p - 2].capitalised || acronym_at(p - 2) ||
                              (p >= 3 && in(m_words[p - 3], {"l'", "le", "la"})))) ||  // "dans l'État de Guerrero"
       people_of_place(p - 2) ||
       (acronym_at(p - 2) && m_words[p - 2].size() <= 4) ||  // "au CRA du Mesnil-Amelot"
       // (not "the Department of Budget"; but "le CHU de Yopougon")
       (p >= 3 && is_word(p - 2) && place_noun(p - 3)))) {
    after_locative = true;
  }
  if (!after_locative && p >= 3 && in(m_words[p - 1], {"de", "d'", "du"}) && m_words[p - 2] == ")" &&
      place_noun(p - 3)) {
    after_locative = true;  // "du centre hospitalier universitaire (CHU) de Bouaké"
  }
  if (!after_locative && p >= 3 && in(m_words[p - 1], {"l'", "la", "le", "the"}) &&
      in(m_words[p - 2], {"de", "of"}) && place_noun(p - 3)) {
    after_locative = true;
  }
  // ... or a place noun and its complement: "une usine de confection de Ksar Hellal", "le camp de
  // déplacés de Plaine Savo".
  // ("une mine d'or artisanale de La Rinconada": and an adjective.)
  for (std::size_t words = 1; words <= 2 && !after_locative; ++words) {
    if (p < 3 + words || !in(m_words[p - 1], {"de", "d'", "du"})) break;
    bool lower = true;
    for (std::size_t t = p - 1 - words; t < p - 1; ++t) lower = lower && is_word(t) && !m_tokens[t].capitalised;
    const std::size_t de = p - 2 - words;
    after_locative = lower && in(m_words[de], {"de", "d'"}) && place_noun(de - 1) && !m_tokens[de - 1].capitalised;
  }
  if (!after_locative && in(m_words[p - 1], {"near", "outside"})) after_locative = true;  // "near Tari"
  if (!after_locative) return 0;
  std::size_t n = 0;
  // A name in Arabic transliteration may open with a lower-case article: "al-Fashaga".
  const auto proper = [&](std::size_t t) {
    if (m_tokens[t].capitalised) return true;
    const std::string_view text = text_of(t, t + 1);
    return text.size() > 3 && (text.starts_with("al-") || text.starts_with("el-")) && text[3] >= 'A' && text[3] <= 'Z';
  };
  std::size_t links = 0;
  // (A month's short name goes on a name after a linking word: "Viña del Mar".)
  while (p + n < end && n < 3 + links && is_word(p + n) && proper(p + n) &&
         (n > 0 || m_lexicons.gazetteer().longest_at(m_words, p + n) == nullptr) &&
         m_lex.dates.longest_at(m_words, p + n) == nullptr &&
         (ingest::month_from_name(m_words[p + n]) == 0 || (links > 0 && m_words[p + n].size() <= 3)) &&
         m_lex.sources.longest_at(m_words, p + n, "agency") == nullptr) {
    ++n;
    // "Sierra de Gata", "Bay of Bengal", "San Pedro de Ycuamandiyú": a linking word inside the name.
    if (n < 4 && p + n + 1 < end && in(m_words[p + n], {"de", "del", "of", "do", "da", "di", "dos", "das", "n'", "du"}) &&
        is_word(p + n + 1) && m_tokens[p + n + 1].capitalised &&
        m_lexicons.gazetteer().longest_at(m_words, p + n + 1) == nullptr) {
      ++n;
      ++links;
    }
  }
  // "in San Luis Obispo County": a capitalised unit is part of the name.
  if (n > 0 && p + n < end && is_word(p + n) && m_tokens[p + n].capitalised && admin_unit(p + n)) ++n;
  // A single letter is no place ("put at C$1.2 billion").
  if (n == 1 && m_words[p].size() < 2) return 0;
  // A name that qualifies a place noun is not the place: "in the Copperbelt mining town of Kitwe",
  // "the Caribbean port of Limón" (the place is the name after "of").
  if (n > 0) {
    std::size_t a = p + n;
    if (a + 1 < end && is_word(a) && !m_tokens[a].capitalised && !place_noun(a)) ++a;  // "mining"
    // (An administrative unit takes the name before it: "the Ikoyi district of Lagos"; but not an
    // adjective of nationality: "the southern Mexican state of Oaxaca".)
    const bool demonym = n == 1 && nationality_adjective(m_words[p]);
    if (a + 1 < end && place_noun(a) && in(m_words[a + 1], {"of", "de", "d'", "du"}) &&
        (demonym ||
         !in(m_words[a], {"district", "districts", "province", "provinces", "region", "regions", "county", "state",
                          "prefecture", "department", "departement", "canton", "parish", "municipality",
                          "neighbourhood", "neighborhood", "quartier", "area"}))) {
      return 0;
    }
  }
  // An institution is not a place: "at the University Teaching Hospital", "à l'hôpital Saint-Louis".
  for (std::size_t i = p; i < p + n; ++i) {
    if (in(m_words[i], {"hospital", "hopital", "chu", "chr", "infirmary", "clinic", "clinique", "university", "universite",
                        "college", "institute", "institut",
                        "department", "office", "bureau", "agency", "council", "commission", "service", "services",
                        "twitter", "facebook", "instagram", "telegram", "tiktok", "youtube", "whatsapp", "weibo",
                        "linkedin", "television", "radio",
                        "school", "ecole", "church",
                        "eglise", "mosque", "mosquee", "stadium", "stade", "airport", "aeroport", "prison",
                        "ministry", "ministere", "court", "tribunal", "palace", "palais", "congress", "parliament",
                        "parlement", "senate", "senat", "building",
                        // a ministry's portfolio: "le sous-secrétaire à l'Intérieur"
                        "interieur", "interior", "sante", "defense", "justice", "education", "finances",
                        "transports", "affaires"})) {
      return 0;
    }
  }
  // ... nor is a building named before its noun ("near the Congress building", "outside the La
  // Moneda palace"), an acronym ("au CRA du Mesnil-Amelot"), or a place noun ("l'Etat de Borno").
  if (p + n < end && is_word(p + n) &&
      in(m_words[p + n], {"palace", "building", "buildings"})) {  // (but "the Machala prison" is in Machala)
    return 0;
  }
  if (m_words[p].size() <= 3 && acronym_at(p)) return 0;
  // A road is no scope: "on Interstate 90", "sur la Nationale 7", "Route 66".
  if (in(m_words[p], {"interstate", "highway", "route", "nationale", "autoroute", "motorway", "road", "rn"})) return 0;
  if (n == 1 && place_noun(p)) return 0;
  // ("l'État de Guerrero": the name is after the noun.)
  if (n > 1 && place_noun(p) && in(m_words[p + 1], {"de", "d'", "du", "of"})) return 0;
  return n;
}

std::pair<std::string, std::string> StoryExtractor::place_for(std::size_t k, std::size_t sb,
                                                              std::size_t se, std::size_t quote_end) const {
  m_place_fell_back = false;
  const auto [cb, ce] = clause_of(k, sb, se);
  if (auto place = place_in(cb, ce, k)) return *place;
  // The clause of the metric's verb, when an aside stands between ("Deux organisateurs, soupçonnés
  // d'avoir surchargé la pirogue, ont été placés en garde à vue à Thiès").
  if (quote_end > ce && quote_end <= se) {
    auto [qb, qe] = clause_of(quote_end - 1, sb, se);
    // ... up to "et" / "and" and another figure with its own verb: "Quinze personnes ont été
    // extraites vivantes et une trentaine de blessés ont été pris en charge au CHU de Yopougon"
    // (not "31 people were killed and 112 injured when a train derailed near Barauni").
    for (std::size_t i = quote_end; i + 1 < qe; ++i) {
      if (!in(m_words[i], {"et", "and"})) continue;
      bool figure = false;
      for (std::size_t j = i + 1; j < qe && j <= i + 3 && !figure; ++j) {
        if (!is_number(j) || quantity(j).cls != NumberClass::count) continue;
        for (std::size_t v = j + 1; v < qe && v <= j + 5; ++v) {
          figure = figure || in(m_words[v], {"ont", "sont", "est", "avaient", "etaient", "have", "has", "were",
                                             "was", "are", "is", "had"}) ||
                   (m_words[v] == "a" && v + 1 < qe && m_words[v + 1] == "ete");
        }
      }
      if (figure) {
        qe = i;
        break;
      }
    }
    if (auto place = place_in(qb, qe, k)) return *place;
  }
  // A subject that is a place: "La région de Zinder, dans le centre-est du pays, concentre 803 cas".
  // So is a hospital that counts: "L'hôpital de Bangassou, appuyé par MSF, a reçu 57 blessés",
  // "L'hôpital régional de Sikasso ... a hospitalisé quelque 300 malades".
  const std::size_t of_at = sb + 3 < se && is_word(sb + 2) && !m_tokens[sb + 2].capitalised &&
                                    in(m_words[sb + 1], {"hopital", "hospital"}) && !in(m_words[sb + 2], {"de", "d'", "du", "of"})
                                ? sb + 3
                                : sb + 2;  // (one adjective: "régional")
  const bool place_subject = of_at + 1 < se && in(m_words[sb], {"la", "le", "l'", "the"}) &&
                             in(m_words[sb + 1], {"region", "province", "ville", "commune", "city", "town",
                                                  "district", "prefecture", "departement", "hopital", "hospital"}) &&
                             in(m_words[of_at], {"de", "d'", "du", "of"});
  if (cb > sb && place_subject) {
    const auto [fb, fe] = clause_of(sb, sb, se);
    if (auto place = place_in(fb, fe, of_at + 1)) return *place;
  }
  // The clause right before, when it opens with a locative ("...; à Rennes, moins de 3.000
  // manifestants") or when the figure's clause is a participle of its event ("A bus plunged into
  // a ravine in Peru's Ayacucho region, killing at least 24 people").
  if (cb > sb + 1 && m_words[cb - 1] == ",") {
    const auto [pb, pe] = clause_of(cb - 2, sb, se);
    const bool participle = is_word(cb) && in(m_words[cb], {"killing", "injuring", "wounding", "leaving", "bringing",
                                                            "raising", "pushing", "tuant", "blessant", "faisant",
                                                            "portant"});
    // (A participle first looks at all the event's words, so that a country that only locates
    // the place gives way to it: "des crues meurtrières à Derna, dans l'est de la Libye, faisant
    // au moins 12 morts".)
    if (participle) {
      if (auto place = place_in(sb, cb - 1, k)) return *place;
    }
    if (pe - pb <= 6 && m_lex.places.longest_at(m_words, pb, "locative") != nullptr) {
      if (auto place = place_in(pb, pe, k)) return *place;
    }

  }
  // A fronted place: "Dans la seule ville d'Almaty, 1.200 personnes ...", "In the capital, Accra,
  // ...".
  if (cb > sb && m_lex.places.longest_at(m_words, sb, "locative") != nullptr) {
    const auto [fb, fe] = clause_of(sb, sb, se);
    if (auto place = place_in(fb, fe, k)) return *place;
    if (fe < cb && fe + 1 < se && m_words[fe] == "," && place_noun(fe - 1)) {
      if (auto place = place_in(fb, cb, k)) return *place;
    }
  }
  // A later clause of the sentence that names a place and no other figure: "16 morts, dont trois
  // mineurs, après le naufrage d'une pirogue au large de Kayar". Not for the whole a part is
  // taken from ("Parmi les cinq morts figurent deux automobilistes, tués près de Quimper").
  const bool among_whole = k >= sb + 2 && is_word(k - 1) && in(m_words[k - 1], {"les", "the", "ces", "those"}) &&
                           in(m_words[k - 2], {"parmi", "among", "amongst"});
  for (std::size_t b = among_whole ? se : ce; b < se;) {
    while (b < se && m_tokens[b].kind == TokenKind::punct) ++b;
    if (b >= se) break;
    const auto [nb, ne] = clause_of(b, sb, se);
    bool figure = false;  // another figure ("dont 38 mineurs", "including 1,200"), not "deux nuits"
    for (std::size_t i = nb; i < ne; ++i) {
      if (is_number(i) && quantity(i).cls == NumberClass::count &&
          !(i + 1 < ne && in(m_words[i + 1], {"nuits", "jours", "heures", "semaines", "mois", "ans", "nights", "days",
                                                "hours", "weeks", "months", "years", "minutes", "kilometres",
                                                "kilometers", "km", "miles", "metres"})) &&
          !(i + 2 < ne && in(m_words[i + 1], {"de", "d'"}) && in(m_words[i + 2], {"kilometres", "km", "metres"})) &&
          !(i + 1 < ne && m_lex.nouns.longest_at(m_words, i + 1, "exclude") != nullptr)) {  // not "from two vans"
        figure = true;
      }
    }
    if (!figure) {
      if (auto place = place_in(nb, ne, k)) return *place;
    }
    b = ne + 1;
  }
  // A clause opening with "where" / "où" is in the place just before it: "... to Hela province,
  // where clan fighting has killed at least 26 people".
  if (cb > sb + 1 && m_words[cb - 1] == "," && is_word(cb) &&
      (m_words[cb] == "where" || text_of(cb, cb + 1) == "où")) {
    const std::size_t before = cb - 1;
    for (std::size_t p = before; p > sb && p + 4 > before; --p) {
      const std::size_t t = p - 1;
      if (const Entry* g = gazetteer_at(t); g != nullptr) {
        const Place& place = m_lexicons.place(std::stoul(g->value));
        return {place.name, place.country};
      }
      if (is_word(t) && m_tokens[t].capitalised && t > sb && t + 1 < before &&
          in(m_words[t + 1], {"province", "region", "state", "county", "district"})) {
        return {std::string(text_of(t, t + 1)), m_story.country};  // "Hela province"
      }
      if (const std::size_t n = unknown_place_at(t, before);
          n > 0 && t + n == before && m_lex.places.longest_at(m_words, t - 1, "locative") != nullptr) {
        return {join_words(t, t + n), m_story.country};  // "in Satkhira, where four people died"
      }
    }
  }
  // ... or right before the figure's clause: "Des heurts ont éclaté : à Bruxelles, une trentaine ...".
  if (cb > sb + 1 && m_words[cb - 1] == ",") {
    const auto [pb, pe] = clause_of(cb - 2, sb, se);
    if (pe - pb <= 6 && m_lex.places.longest_at(m_words, pb, "locative") != nullptr) {
      if (auto place = place_in(pb, pe, k)) return *place;
    }
  }
  // A sentence about a place it opens with, in apposition: "Erzincan, a city of about 160,000,
  // was largely destroyed by an earthquake in 1939 that killed some 33,000 people".
  if (auto place = place_in_apposition(sb, se)) return *place;
  m_place_fell_back = true;
  return {m_story.place, m_story.country};
}

std::optional<std::pair<std::string, std::string>> StoryExtractor::place_in_apposition(std::size_t sb,
                                                                                        std::size_t se) const {
  std::size_t n = 0;
  std::optional<std::pair<std::string, std::string>> named;
  if (const Entry* g = gazetteer_at(sb); g != nullptr) {
    const Place& place = m_lexicons.place(std::stoul(g->value));
    n = g->words.size();
    named = std::make_pair(place.name, place.country);
  } else {
    while (n < 3 && sb + n < se && is_word(sb + n) && m_tokens[sb + n].capitalised &&
           m_lex.places.longest_at(m_words, sb + n, "locative") == nullptr && !in(m_words[sb + n], {"the", "la", "le", "les", "l'"})) {
      ++n;
    }
    if (n > 0) named = std::make_pair(join_words(sb, sb + n), m_story.country);
  }
  // "Kano has recorded 1,283 cases and 53 deaths": a place the gazetteer knows, as the subject of
  // a count.
  // (Not one that acts: "Australia has sent 40 soldiers", "Ottawa a accepté d'envoyer ...".)
  if (named && n > 0 && sb + n + 2 < se && gazetteer_at(sb) != nullptr) {
    const std::size_t verb = in(m_words[sb + n], {"has", "had", "a", "avait"}) ? sb + n + 1 : sb + n;
    if (in(m_words[verb], {"recorded", "registered", "counted", "counts", "confirmed", "compte", "comptait", "recense",
                           "enregistre", "deplore", "confirme"})) {
      return named;
    }
  }
  std::size_t a = sb + n + 1;
  if (!named || a + 1 >= se || m_words[sb + n] != ",") return std::nullopt;
  if (in(m_words[a], {"a", "an", "the", "une", "un", "la", "le"})) ++a;
  // (One adjective before the noun: "a small town", "principale ville de Haute-Égypte".)
  for (const std::size_t t : {a, a + 1}) {
    if (t < se && in(m_words[t], {"city", "town", "village", "port", "capital", "ville", "capitale", "commune",
                                  "localite", "bourg", "district", "province", "region", "county", "state",
                                  "departement", "island", "ile"})) {
      return named;
    }
  }
  return std::nullopt;
}

void StoryExtractor::locate_story() {
  // The country the title names, else the city it names, else the dateline's place, else a region
  // the title names, else the country named most in the story.
  const auto gazetteer_place = [&](const std::string& name) { return place_named(name); };
  const Place* title_country = nullptr;
  const Place* title_city = nullptr;
  const Place* title_region = nullptr;
  std::string unknown;  // a place the title names that the gazetteer does not know ("à Villarrica")
  if (!m_sentences.empty()) {
    const std::size_t end = title_end();
    for (std::size_t p = 0; p < end; ++p) {
      const Entry* g = gazetteer_at(p);
      if (g == nullptr) continue;
      const Place& place = m_lexicons.place(std::stoul(g->value));
      const Place*& slot = place.kind == "country" || place.kind == "nation" ? title_country : place.kind == "city" ? title_city : title_region;
      if (slot == nullptr) slot = &place;
      p += g->words.size() - 1;
    }
    for (std::size_t p = 0; p < end && title_country == nullptr && title_city == nullptr && unknown.empty(); ++p) {
      if (const std::size_t n = unknown_place_at(p, end); n > 0) unknown = join_words(p, p + n);
    }
    // "Saint-Avold : explosion ...": a title that opens with a name and a colon names the place
    // when the story confirms it (its dateline, or the name after a locative in the text); a
    // person's name ("Macron : ...") does not pass.
    std::size_t n = 0;
    while (n < 3 && n < end && is_word(n) && m_tokens[n].capitalised) ++n;
    if (title_country == nullptr && title_city == nullptr && unknown.empty() && n > 0 && n < end &&
        m_words[n] == ":" && (gazetteer_at(0) == nullptr || gazetteer_at(0)->words.size() != n)) {
      const std::string name = join_words(0, n);
      bool confirmed = util::fold(m_story.dateline) == util::fold(name);
      for (std::size_t p = end; p + n <= m_tokens.size() && !confirmed; ++p) {
        if (std::equal(m_words.begin(), m_words.begin() + static_cast<std::ptrdiff_t>(n),
                       m_words.begin() + static_cast<std::ptrdiff_t>(p)) &&
            (unknown_place_at(p, p + n) == n ||
             (p >= 2 && in(m_words[p - 1], {"the", "la", "le"}) && in(m_words[p - 2], {"of", "de", "in", "at", "dans"})))) {
          confirmed = true;  // "à Saint-Avold", "of the Kakuma refugee camp"
        }
      }
      if (confirmed) unknown = name;
    }
  }
  const Place* place = title_country != nullptr ? title_country : title_city;
  // "Nouvelle-Calédonie : alerte au tsunami ...": a region the title opens with, as a heading, is
  // where the story is, over its dateline town.
  if (place == nullptr && unknown.empty() && title_region != nullptr && !m_sentences.empty()) {
    if (const Entry* g = gazetteer_at(0); g != nullptr && g->words.size() < title_end() &&
                                          m_words[g->words.size()] == ":" &&
                                          &m_lexicons.place(std::stoul(g->value)) == title_region) {
      place = title_region;
    }
  }
  const Place* dateline = m_story.dateline.empty() ? nullptr : gazetteer_place(m_story.dateline);
  // The dateline's qualifier places a town the gazetteer lacks: "SAINT-DIZIER (Haute-Marne)".
  const Place* qualifier = m_story.dateline_qualifier.empty() ? nullptr : gazetteer_place(m_story.dateline_qualifier);
  if (place == nullptr && unknown.empty()) {
    if (dateline != nullptr) {
      place = dateline;
    } else if (!m_story.dateline.empty()) {
      // A dateline the gazetteer lacks ("CASTRES:") is still where the story is, written as a name.
      unknown = util::title_case(m_story.dateline);
      if (qualifier == nullptr) qualifier = title_region;
    } else {
      place = title_region;
    }
  }
  if (place == nullptr && qualifier == nullptr) {
    std::map<std::string, int> counts;
    for (std::size_t p = 0; p < m_tokens.size(); ++p) {
      if (const Entry* g = gazetteer_at(p); g != nullptr) {
        ++counts[m_lexicons.place(std::stoul(g->value)).country];
      }
    }
    int best = 0;
    for (const auto& [country, count] : counts) {
      if (count > best) {
        best = count;
        place = m_lexicons.find_place(country);
      }
    }
  }
  if (place == nullptr) place = qualifier;
  if (place != nullptr) {
    m_story.place = place->name;
    m_story.country = place->country;
  }
  if (!unknown.empty()) m_story.place = unknown;  // its country, if any, from the dateline or the text
}

// Sources that may be one: the same, one unnamed, or one the start of the other ("présidence"
// and "présidence kazakhe").
bool same_source(const std::string& a, const std::string& b) {
  return a.empty() || b.empty() || util::same_or_word_prefix(a, b);
}

// The same claim stated again in the story (a caption, a bullet, then the body) is one claim with
// several occurrences: same metric, unit, group, place, date and value, and the same source or
// none named. The merged claim keeps the occurrence that names the source, the strongest status.
// Figures of a stated breakdown are left as they are: their list is checked as a whole.
void merge_repeats(std::vector<Claim>& claims) {
  std::vector<Claim> merged;
  merged.reserve(claims.size());
  for (Claim& c : claims) {
    auto same = std::find_if(merged.begin(), merged.end(), [&](const Claim& m) {
      return m.breakdown == 0 && c.breakdown == 0 && m.metric == c.metric && m.unit == c.unit &&
             m.subject == c.subject && m.place == c.place && m.date == c.date && m.value == c.value &&
             same_source(m.source_key, c.source_key);
    });
    if (same == merged.end()) {
      merged.push_back(std::move(c));
      continue;
    }
    Claim& m = *same;
    if (rank(c.status) < rank(m.status)) m.status = c.status;
    if (c.source.size() > m.source.size()) {
      // The attributed statement becomes the claim's quote; the earlier one an occurrence.
      m.occurrences.push_back(m.span);
      m.span = c.span;
      m.number_span = c.number_span;
      m.quote = c.quote;
      m.source = c.source;
      m.source_key = c.source_key;
    } else {
      m.occurrences.push_back(c.span);
    }
    std::sort(m.occurrences.begin(), m.occurrences.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
  }
  // Document order of the claims' own quotes.
  std::stable_sort(merged.begin(), merged.end(),
                   [](const Claim& a, const Claim& b) { return a.span.start < b.span.start; });
  claims = std::move(merged);
}

// A figure in the headline ("11 miners dead") that the body gives again for the same count
// ("Eleven miners were killed, the agency said") is one claim: the body's, which says who gave it
// and where, with the headline as another occurrence.
void StoryExtractor::merge_headline(std::vector<Claim>& claims) const {
  const std::size_t title = title_end();
  if (title == 0 || title >= m_tokens.size()) return;
  const std::size_t title_bytes = m_tokens[title].start;
  std::vector<Claim> kept;
  kept.reserve(claims.size());
  std::vector<std::pair<Span, std::size_t>> headline;  // a headline claim's span, and its body claim
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& h = claims[i];
    if (h.span.end > title_bytes || h.breakdown != 0) continue;
    for (std::size_t j = 0; j < claims.size(); ++j) {
      const Claim& b = claims[j];
      if (b.span.start >= title_bytes && b.metric == h.metric && b.unit == h.unit && b.value == h.value &&
          (h.subject.empty() || h.subject == b.subject) &&
          (h.source.empty() || same_source(h.source_key, b.source_key) ||
           // ("publié puis retiré par les autorités": a headline's one-word collective stands for
           // the body's named source.)
           (h.source.find(' ') == std::string::npos && std::islower(static_cast<unsigned char>(h.source.front())) &&
            in(h.source_key, {"autorites", "authorities", "officials", "responsables", "gouvernement", "government"})))) {
        headline.emplace_back(h.span, j);
        break;
      }
    }
  }
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const bool merged = std::any_of(headline.begin(), headline.end(),
                                    [&](const auto& e) { return e.first.start == claims[i].span.start; });
    if (merged) continue;
    for (const auto& [span, body] : headline) {
      if (body != i) continue;
      std::vector<Span>& occurrences = claims[i].occurrences;
      occurrences.push_back(span);
      std::sort(occurrences.begin(), occurrences.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    }
    kept.push_back(std::move(claims[i]));
  }
  claims = std::move(kept);
}

std::vector<Claim> StoryExtractor::run() {
  std::vector<Claim> claims;
  std::map<std::size_t, std::size_t> breakdown_of;  // token of a listed figure -> breakdown id
  std::pair<std::size_t, std::size_t> last_claims;   // the claims of the last sentence that had any
  for (const auto& [sb, se] : m_sentences) {
    const std::vector<VerbUse> verbs = verbs_in(sb, se);
    const std::size_t sentence_claims = claims.size();
    for (std::size_t k = sb; k < se; ++k) {
      if (m_tokens[k].quantity < 0) continue;  // figures, and the words "un", "one"
      std::optional<Metric> metric;
      // A part of the figure before it: "25 morts, dont 3 Belges", "including 4 children".
      bool part = claims.size() > sentence_claims && k > sb &&
                        m_lex.metrics.longest_ending_at(m_words, k, "part") != nullptr;
      // ... and the parts listed after it: "dont quatre femmes et deux enfants".
      // ("The dead include 19 civilians, four soldiers and the three attackers": an article too.)
      const std::size_t joint = k >= 3 && in(m_words[k - 1], {"the", "les"}) ? k - 1 : k;
      // (Past the previous part's place too, for a figure with no metric of its own: "dont 30 à
      // Dosso et 25 à Zinder", not "dont 3 à Grenoble, et six policiers ont été blessés".)
      if (!part && claims.size() > sentence_claims && claims.back().part && joint >= 2 &&
          in(m_words[joint - 1], {"et", "and", ","}) &&
          (m_tokens[joint - 2].end == claims.back().span.end ||
           (follows_claim(joint - 1, sb, claims.back()) && !find_metric(k, sb, se)))) {
        part = true;
      }
      // "96 of them in Nairobi", "one of them a police officer", "12 d'entre eux par balle".
      // ("one of them" only with how badly: "three were injured, one of them seriously".)
      std::size_t share_end = quantity(k).cls == NumberClass::count || quantity(k).cls == NumberClass::article
                                  ? share_words_end(k + 1, se)
                                  : 0;  // not "72% of them"
      if (quantity(k).cls == NumberClass::article && !(share_end > 0 && share_end < se && severity_word(share_end))) {
        share_end = 0;
      }
      bool share = !part && claims.size() > sentence_claims && share_end != 0;
      // (Of the figure right before only: not "4 were dead and 22 were hurt, eight of them ..."
      // when 22 is no claim.)
      for (std::size_t t = k; share && t-- > sb && m_tokens[t].start >= claims.back().number_span.end;) {
        if (is_number(t) && quantity(t).cls == NumberClass::count) share = false;
      }
      // The claim a share is of: the one right before it, but past "et" / "and" after a part, the
      // part's whole ("Quatorze personnes ont été blessées, dont un sapeur-pompier, et trois
      // d'entre elles ...").
      std::size_t share_of = claims.size() - 1;
      if (share && claims.back().part && claims.back().whole) {
        bool joined = false;
        for (std::size_t t = token_before(claims.back().span.end, sb, k) + 1; t < k; ++t) {
          joined = joined || in(m_words[t], {"et", "and"});
        }
        for (std::size_t c = claims.size(); joined && c-- > sentence_claims;) {
          if (claims[c].number_span.start == *claims.back().whole) {
            share_of = c;
            break;
          }
        }
      }
      const bool continues = part || share;  // goes on from the figure before
      // "112 cas de choléra, dont quatre mortels", "two of those rescued were seriously hurt",
      // "causé la mort de 97 d'entre elles": a figure with a metric word of its own counts that.
      if ((part || share) && claims.back().metric != "damage") {
        // (Its own word, not a verb past a comma: "14 otages, dont quatre femmes et deux enfants,
        // détenus depuis juin" are hostages freed, not arrests.)
        auto own = find_metric(k, sb, se);
        for (std::size_t t = k; own && t + 1 < own->quote_end; ++t) {
          if (m_words[t] == ",") own.reset();
        }
        if (own && own->own_word && own->metric != claims.back().metric) {
          metric = std::move(own);
          part = false;
          share = false;
        }
      }
      if (part) metric = part_metric(k, se, claims.back());
      if (share) {
        std::size_t after = share_end;
        if (after < se && in(m_words[after], {"a", "an", "un", "une"})) ++after;
        Metric shared;
        shared.metric = claims.back().metric;
        shared.quote_begin = k;
        shared.quote_end = after;
        if (const Entry* noun = after < se ? m_lex.nouns.longest_at(m_words, after) : nullptr;
            noun != nullptr && noun->kind != "exclude") {
          shared.subject = noun->value;
          shared.quote_end = after + noun->words.size();
        }
        // "douze d'entre elles seraient jugées", "12 of them will face trial": a verb of its own
        // that names no metric says something else about them (but "two of them were children").
        const bool own_verb =
            after < se && is_word(after) &&
            in(m_words[after], {"seraient", "seront", "sont", "ont", "etaient", "avaient", "doivent", "devraient",
                                "will", "would", "were", "are", "have", "had", "was", "is", "could", "should", "face",
                                "faced", "remain", "remained", "restent"}) &&
            !(after + 1 < se && (m_lex.nouns.longest_at(m_words, skip_modifiers(after + 1, se)) != nullptr ||
                                 in(m_words[after + 1], {"a", "an", "un", "une", "des", "de"})));
        // ("two of them were children": the copula names the group.)
        if (!own_verb && shared.subject.empty() && after + 1 < se &&
            in(m_words[after], {"were", "are", "was", "sont", "etaient", "etait"})) {
          if (const Entry* noun = m_lex.nouns.longest_at(m_words, after + 1, "subject"); noun != nullptr) {
            shared.subject = noun->value;
            shared.quote_end = after + 1 + noun->words.size();
          }
        }
        // ("one of them seriously": one of the firefighters is a firefighter.)
        if (shared.subject.empty()) shared.subject = claims[share_of].subject;
        if (!own_verb) metric = shared;
      }
      // "up from 14 a day earlier", "contre 12 la veille", "compared with 421 in 2023": an earlier
      // figure of the same count as the last whole before it (not "dont deux mortels"), unless it
      // names its own ("contre 31 cas vendredi dernier").
      bool compared = false;
      // What the claim `c` counts, read for this figure: its own noun, else c's group.
      const auto same_count_as = [&](const Claim& c) {
        std::optional<Metric> same = part_metric(k, se, c);
        if (same && same->subject.empty()) same->subject = c.subject;
        return same;
      };
      // The sentence's last whole figure, not a part of it ("dont deux mortels").
      const auto last_whole = [&]() -> const Claim& {
        std::size_t whole = claims.size() - 1;
        while (whole > sentence_claims && claims[whole].part) --whole;
        return claims[whole];
      };
      // "30,000 people took part, while city hall put the number at 10,000", "the correct figure
      // was 1,500": the same count as the last figure, in this sentence or the one before.
      if (!metric && !claims.empty() && (claims.size() > sentence_claims || last_claims.second == claims.size()) &&
          k >= 3 && in(m_words[k - 1], {"at", "a", "was", "is", "de", "etait", "est", "of"}) &&
          !(k + 1 < se && m_lex.metrics.longest_at(m_words, k + 1, "after") != nullptr) &&  // "le chiffre de cinq morts"
          in(m_words[k - 2], {"number", "figure", "total", "chiffre", "nombre"}) &&
          (in(m_words[k - 3], {"the", "le", "its", "their", "son", "leur"}) ||
           (k >= 4 && in(m_words[k - 4], {"the", "le", "its", "their", "son", "leur"}) && is_word(k - 3)))) {
        metric = same_count_as(claims.back());
      }
      // "..., while police counted 2,000", "la police en a compté 3.000": a counting verb right
      // before a bare figure counts what the sentence's figure before it counts.
      if (!metric && claims.size() > sentence_claims && k > sb + 1) {
        // ("la préfecture n'en a compté que 4 200")
        const std::size_t at = in(m_words[k - 1], {"que", "qu'"}) ? k - 1 : k;
        const Entry* verb = m_lex.sources.longest_ending_at(m_words, at, "count");
        if (verb == nullptr) verb = m_lex.sources.longest_ending_at(m_words, at, "verb");
        if (verb != nullptr) {
          std::size_t after = k + 1;
          if (after + 1 < se && in(m_words[after], {"de", "d'", "of"})) ++after;  // "une trentaine de personnes"
          const bool bare = !(after < se && (m_lex.nouns.longest_at(m_words, after) != nullptr ||
                                             m_lex.metrics.longest_at(m_words, after) != nullptr));
          if (bare && in(verb->words.back(), {"counted", "compte", "comptait", "recense", "denombre", "estimated",
                                              "estime", "tallied"})) {
            metric = same_count_as(last_whole());
          }
        }
      }
      // "Le bilan est passé de cinq morts dimanche à sept mardi", "rose from 12 to 19".
      if (!metric && claims.size() > sentence_claims && k > sb && in(m_words[k - 1], {"a", "to"})) {
        bool change = false;
        for (std::size_t t = sb; t < k && !change; ++t) {
          change = in(m_words[t], {"passe", "rose", "risen", "rising", "increased", "climbed", "climbing", "jumped",
                                   "grimpe", "augmente", "fell", "dropped", "baisse", "revised"});
        }
        if (change) {
          metric = same_count_as(claims.back());
          compared = metric.has_value();
        }
      }
      if (!metric && claims.size() > sentence_claims && k >= 2 &&
          ((in(m_words[k - 2], {"up", "down"}) && m_words[k - 1] == "from") || m_words[k - 1] == "contre" ||
           (m_words[k - 2] == "compared" && in(m_words[k - 1], {"with", "to"})))) {
        if (auto own = find_metric(k, sb, se); own && own->own_word) {
          metric = std::move(own);
        } else {
          metric = same_count_as(last_whole());
        }
        compared = metric.has_value();
      }
      if (!metric) metric = find_metric(k, sb, se);
      // "1,09 million de manifestants, tandis que la CGT en revendiquait 3,5 millions": "en" stands
      // (when the figure has no metric of its own) for what the sentence's last whole figure counts.
      // ("les syndicats en ont compté 30.000").
      const bool en_before = k >= 3 && is_word(k - 1) && !is_number(k - 1) &&
                             m_lex.dates.longest_at(m_words, k - 1) == nullptr &&
                             (m_words[k - 2] == "en" ||
                              (k >= 4 && m_words[k - 3] == "en" && is_aux(m_words[k - 2], m_story.language)));
      if (!metric && claims.size() > sentence_claims && en_before && m_story.language == Language::fr) {
        metric = same_count_as(last_whole());
      }
      // "1,3 million selon les syndicats, 452.000 selon le ministère": a bare figure given by
      // another source for what the sentence's previous figure counts.
      // "a déployé 800 pompiers et 200 militaires": a figure listed right after the previous
      // claim, with its own noun, counts the same thing.
      // ("..., ainsi qu'une cinquantaine de militaires", "..., as well as 60 soldiers").
      // ("... ont été engagés aux côtés de 150 gendarmes", "..., along with 40 police officers".)
      const bool as_well_as = k >= 3 && ((m_words[k - 1] == "as" && m_words[k - 2] == "well" && m_words[k - 3] == "as") ||
                                          (in(m_words[k - 1], {"qu'", "que"}) && m_words[k - 2] == "ainsi") ||
                                          (in(m_words[k - 1], {"de", "d'"}) && m_words[k - 2] == "cotes" && m_words[k - 3] == "aux") ||
                                          (m_words[k - 1] == "with" && in(m_words[k - 2], {"along", "together"})) ||
                                          m_words[k - 1] == "alongside");
      // ("... four soldiers and the three attackers": an article after the "and".)
      const std::size_t art = k >= 3 && in(m_words[k - 1], {"the", "les"}) ? 1 : 0;
      std::size_t list_start = k - 1 - art;
      if (as_well_as) {
        list_start = m_words[k - 1] == "as" || m_words[k - 2] == "cotes" ? k - 3 : m_words[k - 1] == "alongside" ? k - 1 : k - 2;
      }
      if (as_well_as && list_start > sb && m_words[list_start - 1] == ",") --list_start;
      if (!metric && claims.size() > sentence_claims && k >= 2 + art &&
          (in(m_words[k - 1 - art], {"et", "and", ","}) || as_well_as) && list_start > sb &&
          follows_claim(list_start, sb, claims.back())) {
        if (auto listed = part_metric(k, se, claims.back()); listed && !listed->subject.empty()) metric = listed;
      }
      // "sent two helicopters and around 60 soldiers", "ont engagé 14 camions et 85 agents": the
      // cue before a list whose first item is a thing, not people.
      if (!metric && k >= sb + 4 && in(m_words[k - 1], {"and", "et", ","})) {
        if (const Entry* thing = m_lex.nouns.longest_ending_at(m_words, k - 1, "exclude"); thing != nullptr) {
          const std::size_t n = k - 1 - thing->words.size();
          if (n > sb && is_number(n - 1)) {
            if (const Entry* cue = m_lex.metrics.longest_ending_at(m_words, n - 1, "before");
                cue != nullptr && n - 1 >= sb + cue->words.size()) {
              Metric listed;
              listed.metric = cue->value;
              listed.quote_begin = k;
              listed.quote_end = k + 1;
              std::size_t j = k + 1;
              if (j < se && in(m_words[j], {"de", "d'", "of"})) ++j;
              if (const Entry* noun = j < se ? m_lex.nouns.longest_at(m_words, j) : nullptr;
                  noun != nullptr && noun->kind != "exclude") {
                listed.subject = noun->value;
                listed.quote_end = j + noun->words.size();
                drop_whole_subject(listed.metric, listed.subject);  // troops deployed are soldiers
                metric = listed;
              }
            }
          }
        }
      }
      bool elliptic = false;
      // (Also past a comma: "Entre 3.200 manifestants, selon la police, et 15.000, selon le collectif".)
      if (!metric && claims.size() > sentence_claims && k + 1 < se &&
          (source_cue_at(k + 1) == "according" ||
           (m_words[k + 1] == "," && k + 2 < se && source_cue_at(k + 2) == "according" && in(m_words[k - 1], {"et", "and"})))) {
        metric = same_count_as(claims.back());
        elliptic = metric.has_value();
      }
      // "interpellé 112 personnes à Moroni et 37 à Mutsamudu", "five in Khulna district and four in
      // Satkhira": a bare figure listed with a place of its own counts what the figure before
      // counts, for the same source.
      if (!metric && claims.size() > sentence_claims && k > sb && in(m_words[k - 1], {"et", "and", ","}) &&
          k + 2 < se && m_lex.places.longest_at(m_words, k + 1, "locative") != nullptr &&
          ((is_word(k + 2) && m_tokens[k + 2].capitalised) ||
           (k + 3 < se && in(m_words[k + 2], {"la", "le", "les", "l'", "the"}) && m_tokens[k + 3].capitalised))) {
        metric = same_count_as(claims.back());
        compared = metric.has_value();
      }
      if (!metric) continue;
      // "un policier a été tué et deux autres blessés": the others are of the same group.
      if (metric->subject.empty() && claims.size() > sentence_claims && k + 1 < se &&
          in(m_words[k + 1], {"autres", "others", "other"})) {
        metric->subject = claims.back().subject;
      }
      const Quantity& q = quantity(k);
      Claim claim;
      claim.document = m_doc.id;
      claim.story = m_story.index;
      claim.number_span = Span{q.start, q.end};
      claim.span = Span{m_tokens[metric->quote_begin].start, m_tokens[metric->quote_end - 1].end};
      claim.quote = util::squeeze_spaces(
          std::string_view(m_doc.text).substr(claim.span.start, claim.span.end - claim.span.start));
      claim.metric = metric->metric;
      claim.subject = metric->subject;
      claim.value = q.value;
      // "le bilan dépasse 60 morts": a floor.
      if ((metric->exceeds || (k > sb && in(m_words[k - 1], {"depasse", "depassait", "exceeds", "exceeded", "exceed",
                                                              "topped", "surpasse", "depasser", "surpass"}))) &&
          claim.value.kind == ValueKind::exact) {
        claim.value.kind = ValueKind::more_than;
        claim.value.high.reset();
      }
      // "Deux personnes au moins ont été tuées", "20 people at least": a floor written after.
      if (claim.value.kind == ValueKind::exact && floor_after(k, se)) {
        claim.value.kind = ValueKind::at_least;
        claim.value.high.reset();
      }
      claim.unit = q.unit;
      const NamedSource source = source_for(k, sb, se, verbs);
      claim.source = source.name;
      claim.source_key = util::fold(source.name);
      // A part ("dont deux Algériens") or a figure in a "with" clause ("..., the agency said, with
      // 14 people still missing") is given by whoever gave the figure before it.
      // (So is a part whose own cue names only a bare description: "MSF a recensé 112 cas, dont
      // quatre mortels, a indiqué l'organisation".)
      const bool bare = claim.source.find(' ') == std::string::npos && !claim.source.empty() &&
                        std::islower(static_cast<unsigned char>(claim.source.front()));
      if ((claim.source.empty() || (bare && continues)) && claims.size() > sentence_claims &&
          (continues || compared || (k >= 1 && in(m_words[k - 1], {"with", "avec"})))) {
        claim.source = claims.back().source;
        claim.source_key = claims.back().source_key;
      }
      std::tie(claim.place, claim.country) = place_for(k, sb, se, metric->quote_end);
      claim.place_stated = !m_place_fell_back;
      // Troops sent somewhere are counted where they go: "deploy 1,400 gendarmes and 400 soldiers to
      // Rosario", "sent 1,500 additional troops to Cabo Delgado".
      if (claim.metric == "deployed" && claim.place == m_story.place) {
        const auto [cb, ce] = clause_of(k, sb, se);
        for (std::size_t p = k + 1; p + 1 < ce; ++p) {
          if (!in(m_words[p], {"to", "vers"})) continue;
          std::size_t dest = p + 1;
          if (dest < ce && in(m_words[dest], {"the", "la", "le"})) ++dest;
          if (const Entry* g = gazetteer_at(dest); g != nullptr) {
            const Place& there = m_lexicons.place(std::stoul(g->value));
            claim.place = there.name;
            claim.country = there.country;
            claim.place_stated = true;
            break;
          }
          std::size_t n = 0;
          while (dest + n < ce && n < 3 && is_word(dest + n) && m_tokens[dest + n].capitalised &&
                 ingest::month_from_name(m_words[dest + n]) == 0 && m_lex.dates.longest_at(m_words, dest + n) == nullptr) {
            ++n;
          }
          if (n > 0 && m_words[dest] != "help" && !(dest + n < ce && is_word(dest + n) && m_tokens[dest + n].capitalised)) {
            claim.place = join_words(dest, dest + n);
            claim.place_stated = true;
            break;
          }
        }
      }
      // With no place of its own, a figure for the same metric later in the sentence is about
      // the same place: "15,000 marched in Lilongwe, while police put the turnout at 3,000".
      // So is a part of it ("killed 11 people in Celaya, including three firefighters"), and a
      // second verb of the same subject ("... and injured more than 40 people").
      if (const auto [cb, ce] = clause_of(k, sb, se);
          claim.place == m_story.place && claims.size() > sentence_claims &&
          (claims.back().metric == claim.metric || continues ||
           (k >= 2 && (in(m_words[k - 1], {"and", "et"}) || in(m_words[k - 2], {"and", "et"})) &&
            !contrast_between(token_before(claims.back().span.end, sb, k), k)) ||
           (k >= 2 && (in(m_words[k - 1], {"with", "avec"}) || in(m_words[k - 2], {"with", "avec"}))) ||
           // ("déployés à Jacobabad après des heurts qui ont fait trois blessés": a relative clause)
           [&] {
             const std::size_t from = token_before(claims.back().span.end, sb, k);
             bool relative = false;
             for (std::size_t t = std::max(from + 1, k >= 5 ? k - 5 : 0); t < k; ++t) {
               relative = relative || in(m_words[t], {"qui", "which", "where", "ou"});
             }
             return relative && !contrast_between(from, k);
           }()) &&
          claims.back().place != m_story.place && !place_in(cb, ce, k)) {
        claim.place = claims.back().place;
        claim.country = claims.back().country;
        claim.place_stated = claims.back().place_stated;
      }
      // "préfecture du Rhône", "Portugal's civil protection agency", "un groupe lié à Al-Qaïda":
      // a place named inside the source's name is not where the figure is.
      // ("région de l'Est": an elided article is a word of its own.)
      const auto spaced = [](std::string key) {
        for (std::size_t at = 0; (at = key.find('\'', at)) != std::string::npos; at += 2) key.insert(at + 1, " ");
        return key;
      };
      // So is a place right after the source's name: "selon le consulat du Mali à Kédougou",
      // "according to the Red Cross in Goma".
      const auto place_after_source = [&] {
        if (claim.source_key.empty()) return false;
        const std::string sentence = util::fold(text_of(sb, se));
        const std::string place = util::fold(claim.place);
        for (const char* link : {" a ", " in ", " de ", " d'", " at "}) {
          if (sentence.find(claim.source_key + link + place) != std::string::npos) return true;
        }
        return false;
      };
      if (!claim.source_key.empty() && claim.place != m_story.place &&
          ((" " + spaced(claim.source_key) + " ").find(" " + util::fold(claim.place) + " ") != std::string::npos ||
           place_after_source()) &&
          mentions(sb, se, claim.place) < 2) {
        claim.place = m_story.place;
        claim.country = m_story.country;
        claim.place_stated = false;
      }
      claim.status = status_for(k, sb, se, verbs);
      // (The date a stated change refers to is not the figure's: "45 died, up 12 from Sunday".)
      std::pair<std::size_t, std::size_t> reference_words{0, 0};
      if (stated_change(metric->quote_end, se, m_story.published, &reference_words)) m_not_dates = reference_words;
      claim.date = date_for(k, sb, se);
      m_not_dates = {0, 0};
      claim.change = stated_change(metric->quote_end, se, claim.date);
      // ("45 people had died, up 12 from Saturday": a count the text says has risen is an update.)
      if (claim.change && claim.change->amount > 0) claim.update = true;
      if (elliptic) {  // and of the same place, unless its own clause names one
        const auto [cb, ce] = clause_of(k, sb, se);
        if (!place_in(cb, ce, k)) {
          claim.place = claims.back().place;
          claim.country = claims.back().country;
          claim.place_stated = claims.back().place_stated;
        }
      }
      // "nationwide", "dans tout le pays": a figure for the whole country, not one with no place.
      if (claim.place == claim.country && !claim.country.empty()) {
        const auto [cb, ce] = clause_of(k, sb, se);
        for (std::size_t p = cb; p < ce && !claim.nationwide; ++p) {
          const Entry* whole_country = m_lex.places.longest_at(m_words, p, "country");
          // (A lone "pays" / "country" only after a locative: "dans tout le pays", "across the
          // country"; not "le pays a enregistré".)
          // ("dans le territoire" of an overseas territory is the territory: not "territoire".)
          claim.nationwide = whole_country != nullptr &&
                             (whole_country->words.size() > 1 || whole_country->words.front() == "nationwide" ||
                              (whole_country->words.front() != "territoire" &&
                              (p >= cb + 2 && in(m_words[p - 1], {"le", "the", "tout", "l'"}) &&
                               in(m_words[p - 2], {"dans", "tout", "across", "throughout", "in", "a", "travers", "sur",
                                                   "ensemble"}))));
        }
      }
      // A share of the figure before it ("dont quatre grièvement", "including 1,200 in the
      // province alone") is marked, so that the checker never sets it against its whole.
      claim.part = part || share;
      if (claim.part) {
        // The whole: the figure before it, or that figure's own whole when it is a part listed
        // before this one ("dont quatre femmes et deux enfants"); a share is of the figure right
        // before it ("including four children, two of them girls").
        const Claim& before = share ? claims[share_of] : claims.back();
        claim.whole = !share && before.part && before.whole ? before.whole : std::optional<std::size_t>(before.number_span.start);
      }
      if (!metric->conjuncts.empty()) {
        const std::size_t id = ++m_breakdowns;
        breakdown_of[k] = id;
        for (const std::size_t c : metric->conjuncts) breakdown_of[c] = id;
      }
      if (const auto it = breakdown_of.find(k); it != breakdown_of.end()) claim.breakdown = it->second;
      claims.push_back(std::move(claim));
    }
    if (claims.size() > sentence_claims) {
      last_claims = {sentence_claims, claims.size()};
    } else if (last_claims.second > last_claims.first) {
      // "L'opposition a affirmé que ce chiffre est faux": a status for the figures before.
      if (const auto status = status_referring_back(sb, se)) {
        for (std::size_t c = last_claims.first; c < last_claims.second; ++c) {
          if (rank(*status) < rank(claims[c].status)) claims[c].status = *status;
        }
      }
      last_claims = {};
    }
    update_last_source(sb, se, verbs);
    // The source of the sentence's last figure is the latest one named, when it was named after
    // every verb ("..., l'intersyndicale des taxis entre 8 000 et 10 000 participants. Celle-ci ...").
    if (claims.size() > sentence_claims && !claims.back().source.empty() &&
        text_of(sb, se).rfind(claims.back().source) != std::string_view::npos &&
        [&] {  // not a news agency's credit: "(AFP)"
          const std::vector<std::string> words = phrase_words(claims.back().source);
          const std::vector<std::string_view> views(words.begin(), words.end());
          const Entry* agency = m_lex.sources.longest_at(views, 0, "agency");
          return agency == nullptr || agency->words.size() != words.size();
        }()) {
      const std::string_view text = text_of(sb, se);
      const std::size_t at = text.rfind(claims.back().source);
      const std::size_t last_named = m_last_source.empty() ? std::string_view::npos : text.rfind(m_last_source);
      if (last_named == std::string_view::npos || at > last_named) m_last_source = claims.back().source;
    }
  }
  // A figure the story says was withdrawn is withdrawn wherever the story repeats it, hedged or
  // not ("plus de 164 personnes" withdrawn, then "le bilan de 164 morts").
  const auto figure = [](const Claim& c) { return c.value.low ? c.value.low : c.value.high; };
  for (const Claim& retracted : claims) {
    if (retracted.status != ClaimStatus::retracted || !figure(retracted)) continue;
    for (Claim& other : claims) {
      if ((other.status == ClaimStatus::reported || other.status == ClaimStatus::unverified) &&
          other.metric == retracted.metric && other.unit == retracted.unit && other.subject == retracted.subject &&
          figure(other) == figure(retracted) && other.value.kind != ValueKind::vague) {
        other.status = ClaimStatus::retracted;
      }
    }
  }
  merge_headline(claims);
  merge_repeats(claims);
  // Breakdown ids are per story; make them unique per document.
  for (Claim& claim : claims) {
    if (claim.breakdown != 0) claim.breakdown += 1000 * (m_story.index + 1);
  }
  return claims;
}

}  // namespace

namespace {

// English "a" and "an" as the figure 1 (class article, like a lone "one"), between the figures
// the grammar found: "a child was killed", "including a volunteer firefighter". The claim layer
// counts them only before a counted noun. The number grammar leaves them out: in running text
// they are articles far more often than figures.
std::vector<Quantity> with_english_articles(std::string_view text, std::vector<Quantity> quantities) {
  std::vector<Quantity> articles;
  const auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80 || c == '-' || c == '\'';
  };
  std::size_t next = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c != 'a' && c != 'A') continue;
    if (at > 0 && letter(text[at - 1])) continue;
    std::size_t end = at + 1;
    if (end < text.size() && text[end] == 'n') ++end;
    if (end < text.size() && letter(text[end])) continue;
    while (next < quantities.size() && quantities[next].end <= at) ++next;
    if (next < quantities.size() && quantities[next].start <= at) continue;  // inside a figure
    Quantity one;
    one.start = one.number_start = at;
    one.end = one.number_end = end;
    one.value = Interval{1, 1, ValueKind::exact};
    one.cls = NumberClass::article;
    articles.push_back(one);
  }
  if (articles.empty()) return quantities;
  std::vector<Quantity> merged;
  merged.reserve(quantities.size() + articles.size());
  std::merge(quantities.begin(), quantities.end(), articles.begin(), articles.end(), std::back_inserter(merged),
             [](const Quantity& a, const Quantity& b) { return a.start < b.start; });
  return merged;
}

}  // namespace

std::vector<Claim> extract_claims(Document& doc, const Lexicons& lexicons) {
  std::vector<Quantity> quantities = grammar::scan_numbers(doc.text, doc.language);
  if (doc.language == Language::en) quantities = with_english_articles(doc.text, std::move(quantities));
  std::vector<Claim> claims;
  for (Story& story : doc.stories) {
    // A story in the other language (a digest mixing French and English) has its figures read
    // with that language's separators and number words.
    std::vector<Quantity> own;
    if (story.language != doc.language) {
      const std::string_view text = std::string_view(doc.text).substr(story.span.start, story.span.end - story.span.start);
      own = grammar::scan_numbers(text, story.language);
      if (story.language == Language::en) own = with_english_articles(text, std::move(own));
      for (Quantity& q : own) {
        q.start += story.span.start;
        q.end += story.span.start;
        q.number_start += story.span.start;
        q.number_end += story.span.start;
      }
    }
    StoryExtractor extractor(doc, story, lexicons, story.language != doc.language ? own : quantities);
    extractor.locate_story();
    std::vector<Claim> found = extractor.run();
    claims.insert(claims.end(), std::make_move_iterator(found.begin()),
                  std::make_move_iterator(found.end()));
  }
  return claims;
}

}  // namespace figcheck::extract
