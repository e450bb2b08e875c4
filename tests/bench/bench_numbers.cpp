// Speed of number reading: scan_numbers over a generated news-like corpus, then over
// pathological inputs that show time stays linear in the input.
//
//   figcheck_bench_numbers [--mb N] [--write FILE] [--write-en FILE] [--skip-pathological]
//                          [--check]
//
// --mb N         size of the corpus in MB, half French and half English. Default: 50.
// --write FILE   also write the French corpus to FILE (for tests/bench/peer_speed.sh).
// --write-en FILE  also write the English corpus to FILE.
// --check        first compare scan_numbers with scan_numbers_unfiltered (no prefilter) on
//                every document; exit 1 on the first difference. Slow: the unfiltered scan
//                reads a few MB/s.
//
// The corpus is generated from a fixed seed, so every run and every machine reads the same
// bytes. Most of it is ordinary prose; figures are a small fraction, in all the forms the
// grammar knows (separators, decimals, scale words, hedges, vague words, number words, dates,
// years, percentages, money). Each figure is timed best of 5, single-threaded: this machine is
// a shared virtual one, and the best run is the one least disturbed.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "grammars/number/number.hpp"
#include "grammars/number/prefilter.hpp"

namespace {

using figcheck::Language;
using figcheck::grammar::scan_numbers;

// splitmix64: small, fast and identical everywhere (std:: distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <typename T, std::size_t N>
  T const& pick(std::array<T, N> const& a) {
    return a[below(N)];
  }

 private:
  std::uint64_t m_state;
};

// A word with a weight: function words are frequent, content words rare, as in real text.
struct Weighted {
  std::string_view word;
  unsigned weight;
};

// Draws words in proportion to their weights.
class Vocabulary {
 public:
  // Words weighing under 10 are content words: each counts `content_boost` times more, so
  // that function words make about half the tokens, as in real prose.
  explicit Vocabulary(std::span<Weighted const> words, unsigned content_boost = 8) {
    for (auto const& w : words) {
      m_total += w.weight < 10 ? w.weight * content_boost : w.weight;
      m_words.push_back(w.word);
      m_cumulative.push_back(m_total);
    }
  }
  std::string_view draw(Rng& rng) const {
    auto const r = rng.below(m_total);
    auto const it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
    return m_words[static_cast<std::size_t>(it - m_cumulative.begin())];
  }

 private:
  std::vector<std::string_view> m_words;
  std::vector<std::size_t> m_cumulative;
  std::size_t m_total = 0;
};

// clang-format off
// Frequencies roughly those of French news prose (per 10 000 words); content words weigh 2..6
// before Vocabulary boosts them.
constexpr Weighted k_words_fr[] = {
    {"de", 420}, {"la", 250}, {"le", 200}, {"les", 200}, {"des", 150}, {"et", 170}, {"à", 150},
    {"en", 130}, {"un", 90}, {"une", 85}, {"du", 90}, {"est", 70}, {"pour", 70}, {"que", 70},
    {"qui", 60}, {"dans", 60}, {"a", 60}, {"par", 50}, {"sur", 50}, {"au", 50}, {"plus", 40},
    {"il", 50}, {"pas", 40}, {"ne", 30}, {"ce", 30}, {"se", 30}, {"avec", 35}, {"son", 25},
    {"sa", 25}, {"ses", 20}, {"aux", 25}, {"ont", 25}, {"été", 30}, {"sont", 25}, {"elle", 20},
    {"mais", 20}, {"comme", 15}, {"ou", 15}, {"leur", 15}, {"cette", 20}, {"selon", 15},
    {"aussi", 10}, {"après", 15}, {"avant", 10}, {"depuis", 15}, {"lors", 8}, {"contre", 10},
    {"entre", 8}, {"sous", 8}, {"sans", 8}, {"tout", 10}, {"tous", 10}, {"très", 8},
    {"encore", 8}, {"déjà", 6}, {"ainsi", 6}, {"dont", 10}, {"où", 10}, {"même", 8},
    {"autres", 6}, {"nouveau", 6}, {"nouvelle", 6}, {"premier", 6}, {"dernier", 5},
    {"gouvernement", 6}, {"président", 8}, {"ministre", 6}, {"pays", 6}, {"ville", 4},
    {"capitale", 4}, {"police", 5}, {"manifestants", 5}, {"forces", 4}, {"sécurité", 4},
    {"autorités", 5}, {"personnes", 5}, {"victimes", 3}, {"morts", 3}, {"blessés", 3},
    {"bilan", 3}, {"officiel", 3}, {"chiffre", 3}, {"nombre", 3}, {"hausse", 3}, {"baisse", 3},
    {"prix", 4}, {"carburant", 2}, {"gaz", 3}, {"pétrole", 2}, {"économie", 3}, {"banque", 2},
    {"centrale", 2}, {"budget", 2}, {"État", 3}, {"élection", 2}, {"parti", 3}, {"député", 2},
    {"assemblée", 2}, {"conseil", 3}, {"sénat", 2}, {"réforme", 2}, {"loi", 3}, {"projet", 3},
    {"ministère", 3}, {"intérieur", 2}, {"défense", 2}, {"armée", 2}, {"troupes", 2},
    {"région", 3}, {"province", 2}, {"frontière", 2}, {"aéroport", 2}, {"rue", 2}, {"place", 3},
    {"centre", 3}, {"quartier", 2}, {"hôpital", 2}, {"école", 2}, {"entreprise", 2},
    {"société", 2}, {"salariés", 2}, {"syndicats", 2}, {"grève", 2}, {"accord", 3},
    {"négociations", 2}, {"sommet", 2}, {"réunion", 2}, {"déclaration", 2}, {"communiqué", 2},
    {"porte-parole", 2}, {"journalistes", 2}, {"agence", 2}, {"presse", 2}, {"médias", 2},
    {"télévision", 2}, {"internet", 2}, {"réseaux", 2}, {"sociaux", 2}, {"annoncé", 4},
    {"déclaré", 4}, {"affirmé", 3}, {"indiqué", 3}, {"précisé", 3}, {"confirmé", 3},
    {"démenti", 2}, {"rapporté", 2}, {"estimé", 2}, {"évoqué", 2}, {"publié", 2}, {"arrêté", 2},
    {"interpellé", 2}, {"libéré", 2}, {"condamné", 2}, {"visé", 2}, {"touché", 2}, {"fait", 6},
    {"dit", 4}, {"pu", 3}, {"doit", 3}, {"peut", 3}, {"va", 3}, {"avait", 5}, {"était", 5},
    {"serait", 2}, {"aurait", 2}, {"lundi", 2}, {"mardi", 2}, {"mercredi", 2},
    {"jeudi", 2}, {"vendredi", 2}, {"samedi", 2}, {"dimanche", 2}, {"matin", 2}, {"soir", 2},
    {"nuit", 2}, {"semaine", 2}, {"mois", 2}, {"année", 2}, {"ans", 2}, {"jours", 2},
    {"heures", 2}, {"fois", 2}, {"part", 3}, {"côté", 2}, {"cours", 3}, {"face", 2},
    {"raison", 2}, {"situation", 3}, {"crise", 3}, {"violences", 2}, {"troubles", 2},
    {"calme", 2}, {"retour", 2}, {"ordre", 2}, {"état", 3}, {"urgence", 2}, {"couvre-feu", 2},
    {"Almaty", 2}, {"Paris", 2}, {"Bruxelles", 1}, {"Moscou", 1}, {"Kazakhstan", 2},
};
constexpr Weighted k_words_en[] = {
    {"the", 600}, {"of", 280}, {"and", 250}, {"to", 250}, {"a", 200}, {"in", 200},
    {"that", 100}, {"is", 90}, {"for", 90}, {"on", 80}, {"was", 80}, {"with", 70}, {"he", 60},
    {"it", 60}, {"as", 60}, {"said", 60}, {"at", 50}, {"by", 50}, {"from", 40}, {"his", 40},
    {"an", 35}, {"have", 35}, {"has", 35}, {"be", 35}, {"are", 30}, {"were", 30}, {"this", 30},
    {"not", 25}, {"but", 25}, {"they", 25}, {"had", 25}, {"been", 25}, {"who", 20},
    {"their", 20}, {"which", 20}, {"will", 20}, {"more", 20}, {"after", 18}, {"up", 15},
    {"one", 15}, {"would", 15}, {"about", 15}, {"also", 15}, {"over", 10}, {"its", 15},
    {"than", 10}, {"out", 10}, {"into", 10}, {"other", 8}, {"some", 8}, {"could", 8},
    {"new", 10}, {"no", 8}, {"first", 6}, {"last", 6}, {"under", 5}, {"when", 10}, {"there", 8},
    {"all", 10}, {"she", 10}, {"we", 10}, {"or", 8}, {"can", 5}, {"may", 4}, {"between", 4},
    {"least", 3}, {"around", 4}, {"against", 4}, {"during", 4}, {"before", 4}, {"since", 4},
    {"government", 6}, {"president", 8}, {"minister", 6}, {"country", 6}, {"city", 4},
    {"capital", 4}, {"police", 5}, {"protesters", 5}, {"forces", 4}, {"security", 4},
    {"authorities", 5}, {"people", 6}, {"victims", 3}, {"dead", 3}, {"injured", 3},
    {"toll", 3}, {"official", 3}, {"figure", 3}, {"number", 3}, {"rise", 3}, {"fall", 3},
    {"price", 4}, {"fuel", 2}, {"gas", 3}, {"oil", 2}, {"economy", 3}, {"bank", 2},
    {"central", 2}, {"budget", 2}, {"state", 3}, {"election", 2}, {"party", 3}, {"lawmaker", 2},
    {"parliament", 2}, {"council", 3}, {"senate", 2}, {"reform", 2}, {"law", 3}, {"plan", 3},
    {"ministry", 3}, {"interior", 2}, {"defence", 2}, {"army", 2}, {"troops", 2},
    {"region", 3}, {"province", 2}, {"border", 2}, {"airport", 2}, {"street", 2},
    {"square", 3}, {"centre", 3}, {"district", 2}, {"hospital", 2}, {"school", 2},
    {"company", 2}, {"firm", 2}, {"workers", 2}, {"unions", 2}, {"strike", 2}, {"deal", 3},
    {"talks", 2}, {"summit", 2}, {"meeting", 2}, {"statement", 2}, {"spokesman", 2},
    {"journalists", 2}, {"agency", 2}, {"press", 2}, {"media", 2}, {"television", 2},
    {"internet", 2}, {"social", 2}, {"networks", 2}, {"announced", 4}, {"told", 4},
    {"claimed", 3}, {"reported", 3}, {"confirmed", 3}, {"denied", 2}, {"estimated", 2},
    {"published", 2}, {"arrested", 2}, {"detained", 2}, {"released", 2}, {"sentenced", 2},
    {"hit", 2}, {"made", 6}, {"says", 4}, {"did", 3}, {"must", 3}, {"going", 3}, {"year", 4},
    {"week", 3}, {"day", 3}, {"month", 2}, {"Monday", 2}, {"Tuesday", 2}, {"Wednesday", 2},
    {"Thursday", 2}, {"Friday", 2}, {"Saturday", 2}, {"Sunday", 2}, {"morning", 2},
    {"evening", 2}, {"night", 2}, {"time", 4}, {"part", 3}, {"side", 2}, {"course", 2},
    {"reason", 2}, {"situation", 3}, {"crisis", 3}, {"violence", 2}, {"unrest", 2},
    {"calm", 2}, {"return", 2}, {"order", 2}, {"emergency", 2}, {"curfew", 2}, {"Almaty", 2},
    {"London", 2}, {"Brussels", 1}, {"Moscow", 1}, {"Kazakhstan", 2}, {"Reuters", 2},
    {"second", 2}, {"under", 2}, {"nearly", 2}, {"almost", 2},
};

constexpr std::array<std::string_view, 17> k_number_words_fr = {
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
    "vingt", "trente", "quarante-trois", "cinquante", "soixante-dix-sept", "vingt et un"};
constexpr std::array<std::string_view, 14> k_number_words_en = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty", "forty-three", "three hundred", "seventy-seven"};
constexpr std::array<std::string_view, 8> k_hedges_fr = {
    "près de ", "plus de ", "environ ", "au moins ", "moins de ", "jusqu'à ", "quelque ",
    "un peu plus de "};
constexpr std::array<std::string_view, 8> k_hedges_en = {
    "nearly ", "more than ", "about ", "at least ", "fewer than ", "up to ", "some ",
    "an estimated "};
constexpr std::array<std::string_view, 8> k_vague_fr = {
    "plusieurs dizaines", "des centaines", "une dizaine", "une centaine", "des milliers",
    "quelques dizaines", "des dizaines de milliers", "une vingtaine"};
constexpr std::array<std::string_view, 6> k_vague_en = {
    "dozens", "hundreds", "thousands", "tens of thousands", "several hundred", "a dozen"};
constexpr std::array<std::string_view, 12> k_months_fr = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre"};
constexpr std::array<std::string_view, 12> k_months_en = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"};
constexpr std::array<std::string_view, 8> k_nouns_fr = {
    "morts", "blessés", "personnes", "manifestants", "habitants", "interpellations",
    "soldats", "victimes"};
constexpr std::array<std::string_view, 8> k_nouns_en = {
    "dead", "injured", "people", "protesters", "residents", "arrests", "troops", "victims"};
// clang-format on

std::string digits(Rng& rng, std::size_t min_value, std::size_t max_value) {
  return std::to_string(min_value + rng.below(max_value - min_value + 1));
}

// "7989" with a thousands separator: "7.989", "7 989", "7\u00A0989" (fr) or "7,989" (en).
std::string grouped(Rng& rng, Language lang) {
  std::string const thousands = digits(rng, 1, 999);
  std::string rest = digits(rng, 0, 999);
  rest.insert(0, 3 - rest.size(), '0');
  if (lang == Language::en) return thousands + "," + rest;
  switch (rng.below(3)) {
    case 0: return thousands + "." + rest;
    case 1: return thousands + " " + rest;
    default: return thousands + "\xC2\xA0" + rest;
  }
}

std::string decimal(Rng& rng, Language lang) {
  return digits(rng, 0, 99) + (lang == Language::fr ? "," : ".") + digits(rng, 1, 9);
}

// One figure in one of the forms news uses.
std::string figure_fr(Rng& rng) {
  switch (rng.below(20)) {
    case 0: return grouped(rng, Language::fr) + " " + std::string(rng.pick(k_nouns_fr));
    case 1: return decimal(rng, Language::fr) + " million" + (rng.chance(50) ? "s" : "");
    case 2: return std::string(rng.pick(k_hedges_fr)) + grouped(rng, Language::fr);
    case 3: return std::string(rng.pick(k_hedges_fr)) + digits(rng, 2, 500) + " " +
                   std::string(rng.pick(k_nouns_fr));
    case 4: return std::string(rng.pick(k_vague_fr)) + " de " + std::string(rng.pick(k_nouns_fr));
    case 5: return std::string(rng.pick(k_number_words_fr)) + " " + std::string(rng.pick(k_nouns_fr));
    case 6: return digits(rng, 1, 28) + " " + std::string(rng.pick(k_months_fr));
    case 7: return "le " + digits(rng, 1, 28) + " " + std::string(rng.pick(k_months_fr)) + " " +
                   digits(rng, 1990, 2025);
    case 8: return "en " + digits(rng, 1950, 2025);
    case 9: return decimal(rng, Language::fr) + " %";
    case 10: return digits(rng, 2, 90) + " % des voix";
    case 11: return digits(rng, 2, 900) + " millions d'euros";
    case 12: return decimal(rng, Language::fr) + " milliards de dollars";
    case 13: return "entre " + digits(rng, 100, 400) + " et " + digits(rng, 500, 900);
    case 14: return "1er " + std::string(rng.pick(k_months_fr));
    case 15: return digits(rng, 6, 22) + " h " + digits(rng, 10, 59);
    case 16: return "âgé de " + digits(rng, 18, 90) + " ans";
    case 17: return digits(rng, 10, 99999) + " " + std::string(rng.pick(k_nouns_fr));
    case 18: return digits(rng, 2, 40) + "e édition";
    default: return grouped(rng, Language::fr) + " tenges";
  }
}

std::string figure_en(Rng& rng) {
  switch (rng.below(20)) {
    case 0: return grouped(rng, Language::en) + " " + std::string(rng.pick(k_nouns_en));
    case 1: return decimal(rng, Language::en) + " million";
    case 2: return std::string(rng.pick(k_hedges_en)) + grouped(rng, Language::en);
    case 3: return std::string(rng.pick(k_hedges_en)) + digits(rng, 2, 500) + " " +
                   std::string(rng.pick(k_nouns_en));
    case 4: return std::string(rng.pick(k_vague_en)) + " of " + std::string(rng.pick(k_nouns_en));
    case 5: return std::string(rng.pick(k_number_words_en)) + " " + std::string(rng.pick(k_nouns_en));
    case 6: return std::string(rng.pick(k_months_en)) + " " + digits(rng, 1, 28);
    case 7: return "on " + digits(rng, 1, 28) + " " + std::string(rng.pick(k_months_en)) + " " +
                   digits(rng, 1990, 2025);
    case 8: return "in " + digits(rng, 1950, 2025);
    case 9: return decimal(rng, Language::en) + "%";
    case 10: return digits(rng, 2, 90) + " percent of the vote";
    case 11: return "$" + decimal(rng, Language::en) + "bn";
    case 12: return "\xC2\xA3" + digits(rng, 2, 900) + "m";
    case 13: return "between " + digits(rng, 100, 400) + " and " + digits(rng, 500, 900);
    case 14: return digits(rng, 2, 30) + "th";
    case 15: return digits(rng, 1, 11) + " p.m.";
    case 16: return "aged " + digits(rng, 18, 90);
    case 17: return digits(rng, 10, 99999) + " " + std::string(rng.pick(k_nouns_en));
    case 18: return "a " + digits(rng, 18, 90) + "-year-old";
    default: return "\xE2\x82\xAC" + digits(rng, 2, 900) + " million";
  }
}

// One article: paragraphs of sentences, about one figure every 45 words (the seed article in
// ../shared has one every 55, the samples one every 30).
std::string article(Rng& rng, Language lang, Vocabulary const& vocabulary) {
  bool const fr = lang == Language::fr;
  std::string out;
  auto const paragraphs = 3 + rng.below(6);
  for (std::size_t para = 0; para < paragraphs; ++para) {
    auto const sentences = 2 + rng.below(4);
    for (std::size_t s = 0; s < sentences; ++s) {
      auto const words = 10 + rng.below(25);
      bool capital = true;
      for (std::size_t w = 0; w < words; ++w) {
        std::string token;
        if (rng.chance(2)) {
          token = fr ? figure_fr(rng) : figure_en(rng);
        } else {
          token = std::string(vocabulary.draw(rng));
          bool const vowel = !token.empty() && std::string_view("aeiouéAEIOUÉ").find(token[0]) != std::string_view::npos;
          if (fr && vowel && rng.chance(40)) token = (rng.chance(50) ? "l'" : "d'") + token;
        }
        if (capital && !token.empty() && token[0] >= 'a' && token[0] <= 'z') {
          token[0] = static_cast<char>(token[0] - 'a' + 'A');
        }
        capital = false;
        out += token;
        if (w + 1 < words) {
          auto const r = rng.below(100);
          out += r < 6 ? ", " : r < 7 ? (fr ? " : " : ": ") : " ";
        }
      }
      out += rng.chance(5) ? (fr ? " ?" : "?") : ".";
      out += s + 1 < sentences ? " " : "\n\n";
    }
  }
  if (rng.chance(30)) out += fr ? "« Citation », a-t-il dit.\n\n" : "\"Quote,\" he said.\n\n";
  return out;
}

struct Document {
  std::string text;
  Language lang;
};

std::vector<Document> corpus(Language lang, std::size_t bytes, std::uint64_t seed) {
  Vocabulary const vocabulary = lang == Language::fr ? Vocabulary(k_words_fr) : Vocabulary(k_words_en);
  Rng rng(seed);
  std::vector<Document> docs;
  std::size_t total = 0;
  while (total < bytes) {
    docs.push_back({article(rng, lang, vocabulary), lang});
    total += docs.back().text.size();
  }
  return docs;
}

std::size_t size_of(std::vector<Document> const& docs) {
  std::size_t total = 0;
  for (auto const& d : docs) total += d.text.size();
  return total;
}

struct Timing {
  double seconds = 0;
  std::size_t figures = 0;
};

// Best of `runs` single-threaded passes over every document.
Timing time_scan(std::vector<Document> const& docs, int runs = 5) {
  Timing best{1e300, 0};
  for (int run = 0; run < runs; ++run) {
    auto const t0 = std::chrono::steady_clock::now();
    std::size_t figures = 0;
    for (auto const& d : docs) figures += scan_numbers(d.text, d.lang).size();
    std::chrono::duration<double> const dt = std::chrono::steady_clock::now() - t0;
    if (dt.count() < best.seconds) best = {dt.count(), figures};
  }
  return best;
}

// The prefilter alone: every position where the grammar would be tried, none parsed. Counts
// candidates, so the figure printed is "candidates" rather than figures.
Timing time_candidates(std::vector<Document> const& docs, int runs = 5) {
  using figcheck::grammar::detail::Candidates;
  Timing best{1e300, 0};
  for (int run = 0; run < runs; ++run) {
    auto const t0 = std::chrono::steady_clock::now();
    std::size_t candidates = 0;
    for (auto const& d : docs) {
      Candidates const c{d.text, d.lang, Candidates::Mode::filtered};
      for (auto place = c.next(d.text.data()); place.at != nullptr; place = c.next(place.resume)) ++candidates;
    }
    std::chrono::duration<double> const dt = std::chrono::steady_clock::now() - t0;
    if (dt.count() < best.seconds) best = {dt.count(), candidates};
  }
  return best;
}

void print(std::string_view name, std::size_t bytes, Timing t) {
  double const mb = static_cast<double>(bytes) / 1e6;
  std::printf("numbers %s: %.1f MB in %.3f s = %.1f MB/s (%zu figures)\n",
              std::string(name).c_str(), mb, t.seconds, mb / t.seconds, t.figures);
}

// `bytes` bytes made of `unit` repeated (the last copy cut).
std::string repeated(std::string_view unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  out.resize(bytes);
  return out;
}

bool write_file(std::string const& path, std::vector<Document> const& docs) {
  std::ofstream out(path, std::ios::binary);
  for (auto const& d : docs) out << d.text;
  return static_cast<bool>(out);
}

int usage() {
  std::fprintf(stderr,
               "usage: figcheck_bench_numbers [--mb N] [--write FILE] [--write-en FILE] "
               "[--skip-pathological] [--check]\n");
  return 2;
}

// Whether the prefilter changes nothing on `docs`; reports the first difference.
bool check(std::string_view name, std::vector<Document> const& docs) {
  for (auto const& d : docs) {
    auto const fast = scan_numbers(d.text, d.lang);
    auto const slow = figcheck::grammar::scan_numbers_unfiltered(d.text, d.lang);
    for (std::size_t i = 0; i < std::max(fast.size(), slow.size()); ++i) {
      if (i < fast.size() && i < slow.size() && fast[i] == slow[i]) continue;
      auto const at = i < slow.size() ? slow[i].start : fast[i].start;
      std::fprintf(stderr, "check %s: prefilter differs at byte %zu: \"%s\"\n",
                   std::string(name).c_str(), at, d.text.substr(at, 40).c_str());
      return false;
    }
  }
  std::printf("check %s: prefiltered scan = unfiltered scan\n", std::string(name).c_str());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  double megabytes = 50;
  std::string write_fr;
  std::string write_en;
  bool pathological = true;
  bool checking = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view const arg = argv[i];
    if (arg == "--mb" && i + 1 < argc) {
      megabytes = std::atof(argv[++i]);
      if (!(megabytes > 0)) return usage();
    } else if (arg == "--write" && i + 1 < argc) {
      write_fr = argv[++i];
    } else if (arg == "--write-en" && i + 1 < argc) {
      write_en = argv[++i];
    } else if (arg == "--skip-pathological") {
      pathological = false;
    } else if (arg == "--check") {
      checking = true;
    } else {
      return usage();
    }
  }

  auto const half = static_cast<std::size_t>(megabytes * 1e6 / 2);
  auto const fr = corpus(Language::fr, half, 0xF16C4EC4'0000F00DULL);
  auto const en = corpus(Language::en, half, 0xF16C4EC4'0000BEEFULL);
  if (!write_fr.empty() && !write_file(write_fr, fr)) {
    std::fprintf(stderr, "cannot write %s\n", write_fr.c_str());
    return 2;
  }
  if (!write_en.empty() && !write_file(write_en, en)) {
    std::fprintf(stderr, "cannot write %s\n", write_en.c_str());
    return 2;
  }
  // The mix: French and English articles in turn, each read in its own language.
  std::vector<Document> mix;
  for (std::size_t i = 0; i < std::max(fr.size(), en.size()); ++i) {
    if (i < fr.size()) mix.push_back(fr[i]);
    if (i < en.size()) mix.push_back(en[i]);
  }
  if (checking && !(check("fr", fr) && check("en", en))) return 1;
  print("fr", size_of(fr), time_scan(fr));
  print("en", size_of(en), time_scan(en));
  print("mix", size_of(mix), time_scan(mix));
  {
    auto const t = time_candidates(mix);
    double const mb = static_cast<double>(size_of(mix)) / 1e6;
    std::printf("prefilter alone, mix: %.1f MB in %.3f s = %.1f MB/s (%zu places to try)\n", mb,
                t.seconds, mb / t.seconds, t.figures);
  }

  if (!pathological) return 0;
  // Worst cases for a scanner: one endless figure, an endless run of number words, a figure
  // at every fourth byte, one endless word. Half the size should take half the time.
  struct Case {
    std::string_view name;
    std::string_view unit;
    Language lang;
  };
  Case const cases[] = {
      {"digits", "0123456789", Language::fr},
      {"mille", "mille ", Language::fr},
      {"123-", "123-", Language::en},
      {"no space", "abcdefghijklmnopqrstuvwxyz", Language::en},
  };
  for (auto const& c : cases) {
    for (std::size_t bytes : {std::size_t{500'000}, std::size_t{1'000'000}}) {
      std::vector<Document> const docs{{repeated(c.unit, bytes), c.lang}};
      char name[64];
      std::snprintf(name, sizeof name, "%s %.1f MB", std::string(c.name).c_str(),
                    static_cast<double>(bytes) / 1e6);
      print(name, bytes, time_scan(docs));
    }
  }
  return 0;
}
