// Forms the numbers issue names that the main table (test_number.cpp) does not spell out.
#include <doctest/doctest.h>

#include <cstdint>
#include <iterator>
#include <optional>
#include <string>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "grammars/number/number.hpp"
#include "grammars/number/prefilter.hpp"

using namespace figcheck;

namespace {

struct Form {
  Language lang;
  const char* input;
  const char* text;  // the match expected first, modifier included
  std::optional<double> low;
  std::optional<double> high;
  ValueKind kind;
  NumberClass cls;
};

}  // namespace

TEST_SUITE("number") {
  TEST_CASE("forms named by the numbers issue") {
    using K = ValueKind;
    using C = NumberClass;
    const Form forms[] = {
        {Language::fr, "septante-deux morts", "septante-deux", 72, 72, K::exact, C::count},
        {Language::fr, "huitante blessés", "huitante", 80, 80, K::exact, C::count},
        {Language::fr, "nonante-neuf", "nonante-neuf", 99, 99, K::exact, C::count},
        {Language::fr, "mille cent soldats", "mille cent", 1100, 1100, K::exact, C::count},
        {Language::fr, "un demi-million de personnes", "un demi-million", 500000, 500000, K::exact, C::count},
        {Language::fr, "de 10 000 à 12 000 manifestants", "de 10 000 à 12 000", 10000, 12000, K::range, C::count},
        {Language::fr, "7\u2009989 détenus", "7\u2009989", 7989, 7989, K::exact, C::count},
        {Language::fr, "7\u202F989 détenus", "7\u202F989", 7989, 7989, K::exact, C::count},
        {Language::fr, "7\u00A0989 détenus", "7\u00A0989", 7989, 7989, K::exact, C::count},
        {Language::fr, "l'autoroute A7", "A7", std::nullopt, std::nullopt, K::exact, C::identifier},
        {Language::en, "twelve hundred people", "twelve hundred", 1200, 1200, K::exact, C::count},
        {Language::en, "one and a half million", "one and a half million", 1.5e6, 1.5e6, K::exact, C::count},
    };
    for (const Form& f : forms) {
      CAPTURE(f.input);
      const std::string text = f.input;
      const auto found = grammar::scan_numbers(text, f.lang);
      REQUIRE_FALSE(found.empty());
      const auto& q = found.front();
      CHECK(text.substr(q.start, q.end - q.start) == f.text);
      CHECK(q.cls == f.cls);
      CHECK(q.value.kind == f.kind);
      CHECK(q.value.low == f.low);
      CHECK(q.value.high == f.high);
    }
  }

  TEST_CASE("the prefilter never changes what is found") {
    // The fast scan skips words that cannot start a figure; it must agree with trying every word.
    std::vector<std::string> texts{
        "Près de 8.000 personnes, plus de 164 morts, quelque 2.030 militaires, un demi-million, "
        "plusieurs dizaines de morts, des dizaines de milliers, 175 millions d'euros, le 10 janvier 2022, "
        "en 1989, 14 h 30, 12 %, la quatrième, H5N1, vol 447, âgé de 52 ans, magnitude 6,4, -3, ,08.",
        "Nearly 8,000 people, more than 164 dead, dozens, tens of thousands, $2.1bn, €175m, 10k, "
        "twelve hundred, one and a half million, a dozen, Feb. 3, 6 p.m., 4th, aged 52, minus 5."};
    for (const auto& entry : std::filesystem::directory_iterator(std::string(FIGCHECK_SOURCE_DIR) + "/samples")) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream content;
      content << in.rdbuf();
      texts.push_back(content.str());
    }
    for (const std::string& text : texts) {
      for (const Language lang : {Language::fr, Language::en}) {
        const auto fast = grammar::scan_numbers(text, lang);
        const auto slow = grammar::scan_numbers_unfiltered(text, lang);
        REQUIRE(fast.size() == slow.size());
        for (std::size_t i = 0; i < fast.size(); ++i) {
          CAPTURE(text.substr(slow[i].start, slow[i].end - slow[i].start));
          CHECK(fast[i] == slow[i]);
        }
      }
    }
  }

  TEST_CASE("the block-wise search finds what the byte-wise one finds") {
    // Candidates reads 64 bytes at a time with SSE2 where it can; multibyte characters that
    // straddle two blocks, a text that ends inside a block, signs at the last byte, and words
    // that run over a block's end are where it could go wrong. Fixed-seed random texts made of
    // such pieces, at every length, must give the same places, the same resume points and the same lone-one marks.
    using grammar::detail::Candidates;
    const char* const pieces[] = {"a", "Z", "9", "42", " ", "  ", "\n", "é", "É", "×", "÷", "\u00A0",
                                  "\u202F", "€", "£", "−", "😀", "ᵉ", "-", ".", ",", "$", "(", "+",
                                  "de", "un", "une", "plus", "près", "âgé", "l'", "’", "million",
                                  "dizaines", "H5N1", "quarante-trois", "abcdefghijklmnopqrstuvwxyz",
                                  "one", "the", "no", "quelqu"};
    std::uint64_t state = 0x5EED;
    auto next = [&state] {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<std::size_t>(state >> 33);
    };
    std::size_t compared = 0;
    for (int round = 0; round < 3000; ++round) {
      std::string text;
      std::size_t const target = next() % 200;
      while (text.size() < target) text += pieces[next() % std::size(pieces)];
      for (const Language lang : {Language::fr, Language::en}) {
        for (auto mode : {Candidates::Mode::filtered, Candidates::Mode::every_word}) {
          CAPTURE(text);
          const Candidates blocks{text, lang, mode, Candidates::Search::blocks};
          const Candidates bytes{text, lang, mode, Candidates::Search::bytes};
          auto a = blocks.next(text.data());
          auto b = bytes.next(text.data());
          while (a.at != nullptr && b.at != nullptr) {
            REQUIRE(a == b);
            ++compared;
            a = blocks.next(a.resume);
            b = bytes.next(b.resume);
          }
          CHECK(a == b);
        }
      }
    }
    CHECK(compared > 10000);
  }
}
