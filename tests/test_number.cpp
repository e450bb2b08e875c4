// The number grammar: every figure in running text, with its interval and class.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammars/number/number.hpp"
#include "grammars/number/prefilter.hpp"

namespace {

using figcheck::Language;
using figcheck::NumberClass;
using figcheck::ValueKind;
using figcheck::grammar::scan_numbers;
using figcheck::grammar::ast::Quantity;

constexpr auto fr = Language::fr;
constexpr auto en = Language::en;
constexpr std::optional<double> null = std::nullopt;

// One expectation: scanning `input` yields a quantity whose text is exactly `match`, with
// these bounds, kind, class and unit.
struct Case {
  Language lang;
  std::string_view input;
  std::string_view match;
  std::optional<double> low;
  std::optional<double> high;
  ValueKind kind;
  NumberClass cls;
  std::string_view unit;
};

// U+00A0 and U+202F as thousands separators.
#define NBSP "\xC2\xA0"
#define NNBSP "\xE2\x80\xAF"

constexpr ValueKind exact = ValueKind::exact;
constexpr ValueKind approx = ValueKind::approximate;
constexpr ValueKind more = ValueKind::more_than;
constexpr ValueKind least = ValueKind::at_least;
constexpr ValueKind less = ValueKind::less_than;
constexpr ValueKind most = ValueKind::at_most;
constexpr ValueKind range = ValueKind::range;
constexpr ValueKind vague = ValueKind::vague;
constexpr NumberClass count = NumberClass::count;

// clang-format off
Case const k_cases[] = {
    // French digits and separators
    {fr, "7.989 morts", "7.989", 7989, 7989, exact, count, ""},
    {fr, "7 989 morts", "7 989", 7989, 7989, exact, count, ""},
    {fr, "7" NBSP "989 morts", "7" NBSP "989", 7989, 7989, exact, count, ""},
    {fr, "7" NNBSP "989 morts", "7" NNBSP "989", 7989, 7989, exact, count, ""},
    {fr, "1 300 000 habitants", "1 300 000", 1300000, 1300000, exact, count, ""},
    {fr, "un taux de 1,8", "1,8", 1.8, 1.8, exact, count, ""},
    {fr, "version 2.5 du texte", "2.5", 2.5, 2.5, exact, count, ""},
    {fr, "12 000,5 litres", "12 000,5 litres", 12000.5, 12000.5, exact, NumberClass::measure, ""},
    {fr, "en 2022 300 personnes", "300", 300, 300, exact, count, ""},
    // English digits and separators
    {en, "7,989 dead", "7,989", 7989, 7989, exact, count, ""},
    {en, "a rate of 1.8", "1.8", 1.8, 1.8, exact, count, ""},
    {en, "7" NBSP "989 dead", "7" NBSP "989", 7989, 7989, exact, count, ""},
    {en, "In 2019, 300 people", "300", 300, 300, exact, count, ""},
    // Scale words and abbreviations
    {fr, "1,8 million d'habitants", "1,8 million", 1.8e6, 1.8e6, exact, count, ""},
    {fr, "19 millions de votants", "19 millions", 19e6, 19e6, exact, count, ""},
    {fr, "2,3 millions", "2,3 millions", 2.3e6, 2.3e6, exact, count, ""},
    {fr, "10 mille manifestants", "10 mille", 10000, 10000, exact, count, ""},
    {fr, "3 Mds€", "3 Mds€", 3e9, 3e9, exact, NumberClass::money, "EUR"},
    {en, "1.8m people", "1.8m", 1.8e6, 1.8e6, exact, count, ""},
    {en, "10k runners", "10k", 10000, 10000, exact, count, ""},
    {en, "12m viewers", "12m", 12e6, 12e6, exact, count, ""},
    {en, "2.5 million", "2.5 million", 2.5e6, 2.5e6, exact, count, ""},
    // French modifiers
    {fr, "près de 8.000 morts", "près de 8.000", 7200, 8800, approx, count, ""},
    {fr, "Près de 8.000 morts", "Près de 8.000", 7200, 8800, approx, count, ""},
    {fr, "pres de 100", "pres de 100", 90, 110, approx, count, ""},
    {fr, "près d'un million", "près d'un million", 9e5, 1.1e6, approx, count, ""},
    {fr, "environ 50", "environ 50", 45, 55, approx, count, ""},
    {fr, "quelque 2.030 personnes", "quelque 2.030", 1827, 2233, approx, count, ""},
    {fr, "autour de 20", "autour de 20", 18, 22, approx, count, ""},
    {fr, "aux alentours de 40", "aux alentours de 40", 36, 44, approx, count, ""},
    {fr, "approximativement 10", "approximativement 10", 9, 11, approx, count, ""},
    {fr, "près de 12 millions", "près de 12 millions", 10.8e6, 13.2e6, approx, count, ""},
    {fr, "plus de 164 morts", "plus de 164", 164, null, more, count, ""},
    {fr, "au-delà de 30", "au-delà de 30", 30, null, more, count, ""},
    {fr, "un peu plus de 60", "un peu plus de 60", 60, null, more, count, ""},
    {fr, "plus de 2000 morts", "plus de 2000", 2000, null, more, count, ""},
    {fr, "au moins 30 blessés", "au moins 30", 30, null, least, count, ""},
    {fr, "pas moins de 12", "pas moins de 12", 12, null, least, count, ""},
    {fr, "au minimum 7", "au minimum 7", 7, null, least, count, ""},
    {fr, "moins de 20", "moins de 20", null, 20, less, count, ""},
    {fr, "jusqu'à 300", "jusqu'à 300", null, 300, most, count, ""},
    {fr, "jusqu’à 300", "jusqu’à 300", null, 300, most, count, ""},
    {fr, "au plus 5", "au plus 5", null, 5, most, count, ""},
    {fr, "au maximum 9", "au maximum 9", null, 9, most, count, ""},
    // English modifiers
    {en, "nearly 300", "nearly 300", 270, 330, approx, count, ""},
    {en, "Almost 300", "Almost 300", 270, 330, approx, count, ""},
    {en, "about 40", "about 40", 36, 44, approx, count, ""},
    {en, "around 40", "around 40", 36, 44, approx, count, ""},
    {en, "some 40", "some 40", 36, 44, approx, count, ""},
    {en, "roughly 40", "roughly 40", 36, 44, approx, count, ""},
    {en, "approximately 40", "approximately 40", 36, 44, approx, count, ""},
    {en, "an estimated 2,000", "an estimated 2,000", 1800, 2200, approx, count, ""},
    {en, "close to 50", "close to 50", 45, 55, approx, count, ""},
    {en, "more than 164", "more than 164", 164, null, more, count, ""},
    {en, "over 20", "over 20", 20, null, more, count, ""},
    {en, "upwards of 30", "upwards of 30", 30, null, more, count, ""},
    {en, "at least 5", "at least 5", 5, null, least, count, ""},
    {en, "no fewer than 6", "no fewer than 6", 6, null, least, count, ""},
    {en, "no less than 7", "no less than 7", 7, null, least, count, ""},
    {en, "fewer than 8", "fewer than 8", null, 8, less, count, ""},
    {en, "less than 9", "less than 9", null, 9, less, count, ""},
    {en, "under 10", "under 10", null, 10, less, count, ""},
    {en, "up to 11", "up to 11", null, 11, most, count, ""},
    {en, "at most 12", "at most 12", null, 12, most, count, ""},
    // Ranges
    {fr, "entre 300 et 400 morts", "entre 300 et 400", 300, 400, range, count, ""},
    {fr, "de 10.000 à 12.000", "de 10.000 à 12.000", 10000, 12000, range, count, ""},
    {fr, "entre 2 et 3 millions", "entre 2 et 3 millions", 2e6, 3e6, range, count, ""},
    {fr, "de 12 à 15 ans", "de 12 à 15 ans", 12, 15, range, NumberClass::age, ""},
    {en, "between 40 and 50", "between 40 and 50", 40, 50, range, count, ""},
    {en, "40 to 50 people", "40 to 50", 40, 50, range, count, ""},
    {en, "40-50 people", "40-50", 40, 50, range, count, ""},
    {en, "1,000 to 2,000", "1,000 to 2,000", 1000, 2000, range, count, ""},
    {fr, "de 1989 à 2019", "de 1989 à 2019", 1989, 2019, range, NumberClass::year, ""},
    // Vague quantities (French)
    {fr, "une dizaine de blessés", "une dizaine", 8, 15, vague, count, ""},
    {fr, "une quinzaine", "une quinzaine", 12, 18, vague, count, ""},
    {fr, "une vingtaine", "une vingtaine", 16, 25, vague, count, ""},
    {fr, "une trentaine", "une trentaine", 25, 35, vague, count, ""},
    {fr, "une quarantaine", "une quarantaine", 35, 45, vague, count, ""},
    {fr, "une cinquantaine", "une cinquantaine", 45, 55, vague, count, ""},
    {fr, "Une centaine de morts", "Une centaine", 80, 150, vague, count, ""},
    {fr, "plusieurs dizaines de morts", "plusieurs dizaines", 20, 99, vague, count, ""},
    {fr, "quelques dizaines", "quelques dizaines", 20, 99, vague, count, ""},
    {fr, "des dizaines", "des dizaines", 20, 99, vague, count, ""},
    {fr, "plusieurs centaines", "plusieurs centaines", 200, 999, vague, count, ""},
    {fr, "des centaines", "des centaines", 200, 999, vague, count, ""},
    {fr, "quelques centaines", "quelques centaines", 200, 999, vague, count, ""},
    {fr, "des milliers", "des milliers", 2000, 9999, vague, count, ""},
    {fr, "plusieurs milliers", "plusieurs milliers", 2000, 9999, vague, count, ""},
    {fr, "quelques milliers", "quelques milliers", 2000, 9999, vague, count, ""},
    {fr, "des dizaines de milliers de manifestants", "des dizaines de milliers", 20000, 99999, vague, count, ""},
    {fr, "plusieurs dizaines de milliers", "plusieurs dizaines de milliers", 20000, 99999, vague, count, ""},
    {fr, "des centaines de milliers", "des centaines de milliers", 200000, 999999, vague, count, ""},
    {fr, "plus de plusieurs dizaines", "plus de plusieurs dizaines", 20, 99, vague, count, ""},
    // Vague quantities (English)
    {en, "dozens of people", "dozens", 24, 99, vague, count, ""},
    {en, "Dozens were hurt", "Dozens", 24, 99, vague, count, ""},
    {en, "a dozen people", "a dozen", 12, 12, exact, count, ""},
    {en, "two dozen people", "two dozen", 24, 24, exact, count, ""},
    {en, "scores of people", "scores", 40, 99, vague, count, ""},
    {en, "hundreds", "hundreds", 200, 999, vague, count, ""},
    {en, "thousands", "thousands", 2000, 9999, vague, count, ""},
    {en, "tens of thousands", "tens of thousands", 20000, 99999, vague, count, ""},
    {en, "hundreds of thousands", "hundreds of thousands", 200000, 999999, vague, count, ""},
    {en, "several dozen", "several dozen", 24, 99, vague, count, ""},
    {en, "several hundred", "several hundred", 200, 999, vague, count, ""},
    {en, "several thousand", "several thousand", 2000, 9999, vague, count, ""},
    // French number words
    {fr, "Quarante-trois morts", "Quarante-trois", 43, 43, exact, count, ""},
    {fr, "vingt et un blessés", "vingt et un", 21, 21, exact, count, ""},
    {fr, "quatre-vingt-dix-neuf", "quatre-vingt-dix-neuf", 99, 99, exact, count, ""},
    {fr, "soixante et onze", "soixante et onze", 71, 71, exact, count, ""},
    {fr, "soixante-dix-sept", "soixante-dix-sept", 77, 77, exact, count, ""},
    {fr, "quatre-vingts", "quatre-vingts", 80, 80, exact, count, ""},
    {fr, "nonante", "nonante", 90, 90, exact, count, ""},
    {fr, "deux cents", "deux cents", 200, 200, exact, count, ""},
    {fr, "trois cent douze", "trois cent douze", 312, 312, exact, count, ""},
    {fr, "deux mille trente", "deux mille trente", 2030, 2030, exact, count, ""},
    {fr, "un million et demi", "un million et demi", 1.5e6, 1.5e6, exact, count, ""},
    {fr, "deux millions", "deux millions", 2e6, 2e6, exact, count, ""},
    {fr, "zéro mort", "zéro", 0, 0, exact, count, ""},
    // "un", "une", "one" alone: 1, of class article (the claim layer decides by the noun)
    {fr, "un mort et deux blessés", "un", 1, 1, exact, NumberClass::article, ""},
    {fr, "Un policier a été tué", "Un", 1, 1, exact, NumberClass::article, ""},
    {fr, "une victime", "une", 1, 1, exact, NumberClass::article, ""},
    {fr, "bilan d'un mort", "un", 1, 1, exact, NumberClass::article, ""},
    {en, "one dead", "one", 1, 1, exact, NumberClass::article, ""},
    {en, "officials said that one person died", "one", 1, 1, exact, NumberClass::article, ""},
    // English number words
    {en, "forty-three dead", "forty-three", 43, 43, exact, count, ""},
    {en, "three hundred and twelve", "three hundred and twelve", 312, 312, exact, count, ""},
    {en, "one million", "one million", 1e6, 1e6, exact, count, ""},
    {en, "one and a half million", "one and a half million", 1.5e6, 1.5e6, exact, count, ""},
    {en, "a hundred people", "a hundred", 100, 100, exact, count, ""},
    {en, "two thousand, three hundred", "two thousand, three hundred", 2300, 2300, exact, count, ""},
    // Money
    {fr, "175 millions d'euros", "175 millions d'euros", 1.75e8, 1.75e8, exact, NumberClass::money, "EUR"},
    {fr, "1,2 milliard de dollars", "1,2 milliard de dollars", 1.2e9, 1.2e9, exact, NumberClass::money, "USD"},
    {fr, "50 €", "50 €", 50, 50, exact, NumberClass::money, "EUR"},
    // a range that repeats its currency
    {en, "€40 million to €60 million in damage", "€40 million to €60 million", 4e7, 6e7, range, NumberClass::money, "EUR"},
    {en, "between $180 million and $250 million", "between $180 million and $250 million", 1.8e8, 2.5e8, range,
     NumberClass::money, "USD"},
    {en, "$5m-$8m", "$5m-$8m", 5e6, 8e6, range, NumberClass::money, "USD"},
    {en, "$60 million to $40 million", "$60 million", 6e7, 6e7, exact, NumberClass::money, "USD"},
    {fr, "100 000 tenges", "100 000 tenges", 1e5, 1e5, exact, NumberClass::money, "KZT"},
    {fr, "5 000 roubles", "5 000 roubles", 5000, 5000, exact, NumberClass::money, "RUB"},
    {fr, "10 francs suisses", "10 francs suisses", 10, 10, exact, NumberClass::money, "CHF"},
    {fr, "3 livres sterling", "3 livres sterling", 3, 3, exact, NumberClass::money, "GBP"},
    {fr, "un milliard d’euros", "un milliard d’euros", 1e9, 1e9, exact, NumberClass::money, "EUR"},
    {en, "€175m", "€175m", 1.75e8, 1.75e8, exact, NumberClass::money, "EUR"},
    {en, "$2.1bn", "$2.1bn", 2.1e9, 2.1e9, exact, NumberClass::money, "USD"},
    {en, "US$ 5 million", "US$ 5 million", 5e6, 5e6, exact, NumberClass::money, "USD"},
    {en, "£3m", "£3m", 3e6, 3e6, exact, NumberClass::money, "GBP"},
    {en, "300 pounds", "300 pounds", 300, 300, exact, NumberClass::money, "GBP"},
    {en, "CHF 40", "CHF 40", 40, 40, exact, NumberClass::money, "CHF"},
    {en, "100 rubles", "100 rubles", 100, 100, exact, NumberClass::money, "RUB"},
    {en, "more than $12m", "more than $12m", 12e6, null, more, NumberClass::money, "USD"},
    // Percent
    {fr, "12 % des voix", "12 %", 12, 12, exact, NumberClass::percent, "%"},
    {fr, "12" NBSP "%", "12" NBSP "%", 12, 12, exact, NumberClass::percent, "%"},
    {fr, "12 pour cent", "12 pour cent", 12, 12, exact, NumberClass::percent, "%"},
    {fr, "près de 3,5 %", "près de 3,5 %", 3.15, 3.85, approx, NumberClass::percent, "%"},
    {en, "12%", "12%", 12, 12, exact, NumberClass::percent, "%"},
    {en, "12 per cent", "12 per cent", 12, 12, exact, NumberClass::percent, "%"},
    {en, "12 percent", "12 percent", 12, 12, exact, NumberClass::percent, "%"},
    // Years
    {fr, "en 1989", "1989", 1989, 1989, exact, NumberClass::year, ""},
    {fr, "fin 2024", "2024", 2024, 2024, exact, NumberClass::year, ""},
    {en, "in 2019", "2019", 2019, 2019, exact, NumberClass::year, ""},
    {fr, "en 2022 300 personnes", "2022", 2022, 2022, exact, NumberClass::year, ""},
    // Dates
    {fr, "le 2 janvier", "2 janvier", 2, 2, exact, NumberClass::date, ""},
    {fr, "Au 10 janvier", "10 janvier", 10, 10, exact, NumberClass::date, ""},
    {fr, "le 5 février 2026", "5 février 2026", 5, 5, exact, NumberClass::date, ""},
    {fr, "le 1er janvier", "1er janvier", 1, 1, exact, NumberClass::date, ""},
    {fr, "Publié le Lundi 10 janvier 2022", "Lundi 10 janvier 2022", 10, 10, exact, NumberClass::date, ""},
    {en, "March 3", "March 3", 3, 3, exact, NumberClass::date, ""},
    {en, "on Feb. 3", "Feb. 3", 3, 3, exact, NumberClass::date, ""},
    {en, "3 March 2024", "3 March 2024", 3, 3, exact, NumberClass::date, ""},
    {en, "March 3, 2024", "March 3, 2024", 3, 3, exact, NumberClass::date, ""},
    // Times
    {fr, "à 14 h 30", "14 h 30", 14, 14, exact, NumberClass::time, ""},
    {fr, "à 14h30", "14h30", 14, 14, exact, NumberClass::time, ""},
    {fr, "à 14h", "14h", 14, 14, exact, NumberClass::time, ""},
    {en, "at 6 p.m.", "6 p.m.", 6, 6, exact, NumberClass::time, ""},
    {en, "at 10:30", "10:30", 10, 10, exact, NumberClass::time, ""},
    {en, "at 6am", "6am", 6, 6, exact, NumberClass::time, ""},
    // Ordinals
    {fr, "le 1er tour", "1er", 1, 1, exact, NumberClass::ordinal, ""},
    {fr, "la 1re fois", "1re", 1, 1, exact, NumberClass::ordinal, ""},
    {fr, "le 2e jour", "2e", 2, 2, exact, NumberClass::ordinal, ""},
    {fr, "le 3ème jour", "3ème", 3, 3, exact, NumberClass::ordinal, ""},
    {fr, "le neuvième", "neuvième", 9, 9, exact, NumberClass::ordinal, ""},
    {fr, "la quatrième", "quatrième", 4, 4, exact, NumberClass::ordinal, ""},
    {fr, "le premier", "premier", 1, 1, exact, NumberClass::ordinal, ""},
    {fr, "vingt et unième", "vingt et unième", 21, 21, exact, NumberClass::ordinal, ""},
    {en, "the 4th day", "4th", 4, 4, exact, NumberClass::ordinal, ""},
    {en, "the 21st", "21st", 21, 21, exact, NumberClass::ordinal, ""},
    {en, "twenty-first", "twenty-first", 21, 21, exact, NumberClass::ordinal, ""},
    // Ages
    {fr, "un enfant de 12 ans", "12 ans", 12, 12, exact, NumberClass::age, ""},
    {fr, "âgé de 52 ans", "âgé de 52 ans", 52, 52, exact, NumberClass::age, ""},
    {en, "a 12-year-old boy", "12-year-old", 12, 12, exact, NumberClass::age, ""},
    {en, "aged 52", "aged 52", 52, 52, exact, NumberClass::age, ""},
    {en, "Three men aged between 19 and 27", "aged between 19 and 27", 19, 27, range, NumberClass::age, ""},
    {fr, "trois hommes âgés de 19 à 27 ans", "âgés de 19 à 27 ans", 19, 27, range, NumberClass::age, ""},
    // Measures
    {fr, "300 m de haut", "300 m", 300, 300, exact, NumberClass::measure, ""},
    {fr, "10 km", "10 km", 10, 10, exact, NumberClass::measure, ""},
    {fr, "40 kilomètres", "40 kilomètres", 40, 40, exact, NumberClass::measure, ""},
    {fr, "120 mètres carrés", "120 mètres carrés", 120, 120, exact, NumberClass::measure, ""},
    {fr, "12 m²", "12 m²", 12, 12, exact, NumberClass::measure, ""},
    {fr, "5,3 hectares", "5,3 hectares", 5.3, 5.3, exact, NumberClass::measure, ""},
    {fr, "3 tonnes", "3 tonnes", 3, 3, exact, NumberClass::measure, ""},
    {fr, "20 °C", "20 °C", 20, 20, exact, NumberClass::measure, ""},
    {fr, "90 km/h", "90 km/h", 90, 90, exact, NumberClass::measure, ""},
    {fr, "séisme de magnitude 6,4", "de magnitude 6,4", 6.4, 6.4, exact, NumberClass::measure, ""},
    {en, "5 miles", "5 miles", 5, 5, exact, NumberClass::measure, ""},
    {en, "a 6.4-magnitude quake", "6.4-magnitude", 6.4, 6.4, exact, NumberClass::measure, ""},
    {en, "12 m high", "12 m", 12, 12, exact, NumberClass::measure, ""},
    // Phones and identifiers
    {fr, "au 01 23 45 67 89", "01 23 45 67 89", null, null, exact, NumberClass::phone, ""},
    {fr, "+33 1 23 45 67 89", "+33 1 23 45 67 89", null, null, exact, NumberClass::phone, ""},
    {en, "call (202) 555-0143", "(202) 555-0143", null, null, exact, NumberClass::phone, ""},
    {en, "or 202-555-0143", "202-555-0143", null, null, exact, NumberClass::phone, ""},
    {en, "call 020 7946 0958", "020 7946 0958", null, null, exact, NumberClass::phone, ""},
    {en, "call 0161 496 0000", "0161 496 0000", null, null, exact, NumberClass::phone, ""},
    {en, "dial +44 (0)20 7946 0958", "+44 (0)20 7946 0958", null, null, exact, NumberClass::phone, ""},
    {fr, "le virus H5N1", "H5N1", null, null, exact, NumberClass::identifier, ""},
    {fr, "un A320", "A320", null, null, exact, NumberClass::identifier, ""},
    {fr, "le COVID19", "COVID19", null, null, exact, NumberClass::identifier, ""},
    {fr, "le vol 447", "vol 447", 447, 447, exact, NumberClass::identifier, ""},
    {en, "flight 447", "flight 447", 447, 447, exact, NumberClass::identifier, ""},
    {en, "a 3D model", "3D", null, null, exact, NumberClass::identifier, ""},
    // Too large for a double
    {fr, "99999999999999999999", "99999999999999999999", null, null, exact, NumberClass::too_large, ""},
    // Signs: a minus sign that follows no word or digit ("3-2" is a score, see below)
    {fr, " -9,2321312", "-9,2321312", -9.2321312, -9.2321312, exact, count, ""},
    {fr, "une baisse de \xE2\x88\x92" "3,2 %", "\xE2\x88\x92" "3,2 %", -3.2, -3.2, exact, NumberClass::percent, "%"},
    {en, "-123456789101231", "-123456789101231", -123456789101231.0, -123456789101231.0, exact, count, ""},
    {en, "it fell to -5 degrees", "-5 degrees", -5, -5, exact, NumberClass::measure, ""},
    {en, "The answer is minus 5", "minus 5", -5, -5, exact, count, ""},
    {en, "The answer is negative one", "negative one", -1, -1, exact, count, ""},
    {en, "minus five point five", "minus five point five", -5.5, -5.5, exact, count, ""},
    // A decimal mark that opens the figure
    {fr, ",08", ",08", 0.08, 0.08, exact, count, ""},
    {en, ".23456000", ".23456000", 0.23456, 0.23456, exact, count, ""},
    // Separators: comma decimals and foreign groupings in English
    {en, "you can write 5,00.", "5,00", 5, 5, exact, count, ""},
    {en, "The number is 1,3.", "1,3", 1.3, 1.3, exact, count, ""},
    {en, "1.111,11 or so", "1.111,11", 1111.11, 1111.11, exact, count, ""},
    {en, "The result is 12,34,567.89", "12,34,567.89", 1234567.89, 1234567.89, exact, count, ""},
    // Number words: several spaces, compounds after a scale word, decimals in words
    {fr, "cinquante  deux", "cinquante  deux", 52, 52, exact, count, ""},
    {fr, "deux  cent  deux  mille", "deux  cent  deux  mille", 202000, 202000, exact, count, ""},
    {fr, "trois million sept", "trois million sept", 3000007, 3000007, exact, count, ""},
    {fr, "deux millions trois cent mille habitants", "deux millions trois cent mille", 2300000, 2300000, exact, count, ""},
    {fr, "deux cent virgule trois", "deux cent virgule trois", 200.3, 200.3, exact, count, ""},
    {fr, "deux cent virgule cinquante deux", "deux cent virgule cinquante deux", 200.52, 200.52, exact, count, ""},
    {en, "fifty - two", "fifty - two", 52, 52, exact, count, ""},
    {en, "Three hundred  and  thirty one", "Three hundred  and  thirty one", 331, 331, exact, count, ""},
    {en, "twenty-one trillion and three hundred", "twenty-one trillion and three hundred", 21000000000300.0, 21000000000300.0, exact, count, ""},
    {en, "two hundred point zero three", "two hundred point zero three", 200.03, 200.03, exact, count, ""},
    {en, "two hundred point seventy-one", "two hundred point seventy-one", 200.71, 200.71, exact, count, ""},
    {en, "nought point eleven", "nought point eleven", 0.11, 0.11, exact, count, ""},
    {en, "naught", "naught", 0, 0, exact, count, ""},
    // Dozens
    {fr, "une douzaine d'oeufs", "une douzaine", 12, 12, exact, count, ""},
    {fr, "trois douzaines", "trois douzaines", 36, 36, exact, count, ""},
    {fr, "3 douzaines", "3 douzaines", 36, 36, exact, count, ""},
    {en, "half a  dozen", "half a  dozen", 6, 6, exact, count, ""},
    {en, "three dozens", "three dozens", 36, 36, exact, count, ""},
    {en, "3 dzs", "3 dzs", 36, 36, exact, count, ""},
    {en, "three hundred and two dozens", "three hundred and two dozens", 324, 324, exact, count, ""},
    // Scales after digits
    {fr, "10G", "10G", 1e10, 1e10, exact, count, ""},
    {en, "1,674.5 G", "1,674.5 G", 1674.5e9, 1674.5e9, exact, count, ""},
    {en, "1.2b", "1.2b", 1.2e9, 1.2e9, exact, count, ""},
    {en, "322 hundred", "322 hundred", 32200, 32200, exact, count, ""},
    {en, "3 hundred and 2.12 hundred", "2.12 hundred", 212, 212, exact, count, ""},
    {en, "I can give you 13 lakh", "13 lakh", 1.3e6, 1.3e6, exact, count, ""},
    {en, "three lakh crore", "three lakh crore", 3e12, 3e12, exact, count, ""},
    {en, "2mil SEK", "2mil", 2e6, 2e6, exact, count, ""},
    {en, "either 10 bln or 10 tln", "10 tln", 1e13, 1e13, exact, count, ""},
    {en, "target is US$ 1MM", "US$ 1MM", 1e6, 1e6, exact, NumberClass::money, "USD"},
};
// clang-format on

std::string_view text_of(std::string_view input, std::size_t start, std::size_t end) {
  return input.substr(start, end - start);
}

std::string describe(std::string_view input, std::vector<Quantity> const& found) {
  std::string out;
  for (auto const& q : found) {
    out += '[';
    out += text_of(input, q.start, q.end);
    out += "] ";
    out += figcheck::to_string(q.cls);
    out += ' ';
    out += figcheck::to_string(q.value.kind);
    out += "; ";
  }
  return out;
}

void check_bound(std::optional<double> actual, std::optional<double> expected) {
  REQUIRE(actual.has_value() == expected.has_value());
  if (expected) CHECK(*actual == doctest::Approx(*expected));
}

}  // namespace

TEST_SUITE("number") {
  TEST_CASE("every figure, its interval and its class") {
    for (auto const& c : k_cases) {
      CAPTURE(c.input);
      CAPTURE(figcheck::to_string(c.lang));
      auto const found = scan_numbers(c.input, c.lang);
      auto const all = describe(c.input, found);
      CAPTURE(all);
      auto const it = std::find_if(found.begin(), found.end(), [&](Quantity const& q) {
        return text_of(c.input, q.start, q.end) == c.match;
      });
      REQUIRE(it != found.end());
      CHECK(figcheck::to_string(it->cls) == figcheck::to_string(c.cls));
      CHECK(figcheck::to_string(it->value.kind) == figcheck::to_string(c.kind));
      CHECK(it->unit == c.unit);
      check_bound(it->value.low, c.low);
      check_bound(it->value.high, c.high);
      CHECK(it->number_start >= it->start);
      CHECK(it->number_end <= it->end);
      CHECK(it->number_start < it->number_end);
    }
  }

  TEST_CASE("the prefilter finds every figure of the table, in any case") {
    // The fast scan tries the grammar only where its word automaton says a figure may start;
    // on every case of the table, as written, capitalised and shouted, it must find what trying
    // every word finds.
    for (auto const& c : k_cases) {
      std::string upper{c.input};
      for (char& ch : upper) ch = (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
      std::string capital{c.input};
      if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z') capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
      for (std::string const& text : {std::string(c.input), capital, upper}) {
        CAPTURE(text);
        auto const fast = scan_numbers(text, c.lang);
        auto const slow = figcheck::grammar::scan_numbers_unfiltered(text, c.lang);
        CHECK(describe(text, fast) == describe(text, slow));
        REQUIRE(fast.size() == slow.size());
        for (std::size_t i = 0; i < fast.size(); ++i) CHECK(fast[i] == slow[i]);
      }
    }
  }

  TEST_CASE("the number span leaves the modifier out") {
    struct Span {
      Language lang;
      std::string_view input;
      std::string_view number;
    };
    Span const spans[] = {
        {fr, "près de 8.000", "8.000"},
        {fr, "plus de 164", "164"},
        {fr, "au moins 12 millions", "12 millions"},
        {en, "more than $12m", "12m"},
        {fr, "plus de plusieurs dizaines", "plusieurs dizaines"},
    };
    for (auto const& s : spans) {
      CAPTURE(s.input);
      auto const found = scan_numbers(s.input, s.lang);
      REQUIRE(found.size() == 1);
      CHECK(found[0].start == 0);
      CHECK(found[0].end == s.input.size());
      CHECK(text_of(s.input, found[0].number_start, found[0].number_end) == s.number);
    }
  }

  TEST_CASE("what is not a count is never reported as one") {
    struct NotCount {
      Language lang;
      std::string_view input;
    };
    NotCount const cases[] = {
        {fr, "de 1989 à 2019"},
        {fr, "le virus H5N1"},
        {fr, "un homme et une femme"},
        {fr, "Un témoin"},
        {en, "one of the victims"},
        {en, "a man"},
        {fr, "Publié le Lundi 10 janvier 2022"},
        {fr, "le neuvième"},
        {fr, "à 14 h 30"},
        {en, "a COVID19 case"},
        {fr, "le COVID-19"},
        {en, "I may go in March"},
    };
    for (auto const& c : cases) {
      CAPTURE(c.input);
      auto const found = scan_numbers(c.input, c.lang);
      CAPTURE(describe(c.input, found));
      for (auto const& q : found) CHECK(q.cls != NumberClass::count);
    }
  }

  TEST_CASE("a lone un, une or one: 1 of class article, unless a pronoun or part of a figure") {
    struct Lone {
      Language lang;
      std::string_view input;
      std::string_view read;  // what scan_numbers reads, as describe() prints it (values are
                              // checked in the table above)
    };
    Lone const cases[] = {
        // pronouns: nothing read
        {en, "the one you mentioned", ""},
        {en, "This one is", ""},
        {en, "Which one do you prefer?", ""},
        {en, "no one was hurt", ""},
        {en, "each   one of them", ""},
        {fr, "l'un des manifestants", ""},
        {fr, "l\xE2\x80\x99une d'elles", ""},
        {fr, "quelqu'un a tiré", ""},
        {fr, "aucun mort, chacun le sait", ""},
        // inside a figure: the figure, never the article
        {fr, "un million", "[un million] count exact; "},
        {fr, "vingt et un", "[vingt et un] count exact; "},
        {fr, "une dizaine", "[une dizaine] count vague; "},
        {en, "one hundred", "[one hundred] count exact; "},
        {en, "twenty-one", "[twenty-one] count exact; "},
        // the article, and a figure after it
        {fr, "un 5", "[un] article exact; [5] count exact; "},
        {en, "the ONE and only", ""},
        {en, "One dead", "[One] article exact; "},
        {en, "Noone one", "[one] article exact; "},
    };
    for (auto const& c : cases) {
      CAPTURE(c.input);
      auto const fast = scan_numbers(c.input, c.lang);
      CHECK(describe(c.input, fast) == c.read);
      auto const slow = figcheck::grammar::scan_numbers_unfiltered(c.input, c.lang);
      CHECK(describe(c.input, slow) == c.read);
    }
  }

  TEST_CASE("one match per figure, left to right, never overlapping") {
    struct Count {
      Language lang;
      std::string_view input;
      std::size_t matches;
    };
    Count const cases[] = {
        {fr, "Publié le Lundi 10 janvier 2022", 1},
        {fr, "le 5 février 2026 à 14 h 30", 2},
        {fr, "en 2022 300 personnes", 2},
        {fr, "26 morts et 16 blessés", 2},
        {fr, "passé de 10 à 8", 2},  // a falling figure is not a range
        {fr, "mille mille mille", 3},
        {en, "won 3-2 at home", 2},             // a score: "-2" is no minus sign
        {en, "they were playing three-nought-four", 3},
        {fr, "la 5G et la 4G", 2},              // networks, see below
        {en, "In 2019, 300 people", 2},
        {fr, "", 0},
        {fr, "aucun chiffre ici", 0},
    };
    for (auto const& c : cases) {
      CAPTURE(c.input);
      auto const found = scan_numbers(c.input, c.lang);
      CAPTURE(describe(c.input, found));
      CHECK(found.size() == c.matches);
      for (std::size_t i = 1; i < found.size(); ++i) CHECK(found[i - 1].end <= found[i].start);
    }
  }

  TEST_CASE("figures that continue a list take no decimal part") {
    struct List {
      Language lang;
      std::string_view input;
      std::vector<double> values;
    };
    List const lists[] = {
        {fr, "192.168.1.2", {192168, 1, 2}},
        {en, "192.168.1.2", {192, 168, 1, 2}},
        {en, "Exercises nrs. 22,24,26,31.", {22, 24, 26, 31}},
        {en, "won 3-2 at home", {3, 2}},
        {fr, "1, 234, 567", {1, 234, 567}},
        {en, "1.111,11, 1,111.11", {1111.11, 1111.11}},
    };
    for (auto const& l : lists) {
      CAPTURE(l.input);
      auto const found = scan_numbers(l.input, l.lang);
      CAPTURE(describe(l.input, found));
      REQUIRE(found.size() == l.values.size());
      for (std::size_t i = 0; i < found.size(); ++i) {
        REQUIRE(found[i].value.low.has_value());
        CHECK(*found[i].value.low == doctest::Approx(l.values[i]));
      }
    }
  }

  TEST_CASE("a network generation is not a scale") {
    for (std::string_view input : {"la 5G", "the 4G network"}) {
      CAPTURE(input);
      auto const found = scan_numbers(input, input.starts_with("la") ? fr : en);
      REQUIRE(found.size() == 1);
      CHECK(found[0].cls == NumberClass::identifier);
      CHECK_FALSE(found[0].value.low.has_value());
    }
  }

  TEST_CASE("pathological input ends, linearly, without throwing") {
    std::string milles;
    while (milles.size() < (1u << 20)) milles += "mille ";
    auto const words = scan_numbers(milles, fr);
    CHECK(words.size() == milles.size() / 6);
    CHECK(std::all_of(words.begin(), words.end(),
                      [](Quantity const& q) { return q.value.low == 1000.0; }));

    std::string const digits(1u << 20, '7');
    for (auto lang : {fr, en}) {
      auto const found = scan_numbers(digits, lang);
      REQUIRE(found.size() == 1);
      CHECK(found[0].cls == NumberClass::too_large);
      CHECK(found[0].end == digits.size());
      CHECK_FALSE(found[0].value.low.has_value());
    }

    std::string dashes;
    while (dashes.size() < (1u << 18)) dashes += "1-";
    CHECK(scan_numbers(dashes, en).size() == dashes.size() / 2);

    std::string const junk = "\xFF\xC3\xE2\x80 12 \xF0\x9F\x98\x80\xC2";  // invalid UTF-8 too
    CHECK_NOTHROW(scan_numbers(junk, fr));
    CHECK(scan_numbers(junk, fr).size() == 1);
  }
}
