// The number grammar's word lists: every policy table, once, as plain data. The X3 rules
// (number_def.hpp) build their symbol tables from these lists, and so does the scanner's
// prefilter (prefilter.cpp), which must know every word a figure can start with.
#pragma once

#include <initializer_list>
#include <utility>

#include "grammars/number/ast.hpp"
#include "model/model.hpp"

namespace figcheck::grammar::parser {

// ---------------------------------------------------------------------------------------------
// Word lists. Each policy table lives here, once.

template <typename T>
using Entries = std::initializer_list<std::pair<char const*, T>>;

// Vague quantity words and the interval each stands for. Keys lowercase (matched without case).
inline Entries<ast::VagueRange> const k_vague_fr = {
    {"une dizaine", {8, 15}},
    {"une quinzaine", {12, 18}},
    {"une vingtaine", {16, 25}},
    {"une trentaine", {25, 35}},
    {"une quarantaine", {35, 45}},
    {"une cinquantaine", {45, 55}},
    {"une centaine", {80, 150}},
    {"quelques dizaines", {20, 99}},
    {"plusieurs dizaines", {20, 99}},
    {"des dizaines", {20, 99}},
    {"plusieurs centaines", {200, 999}},
    {"des centaines", {200, 999}},
    {"quelques centaines", {200, 999}},
    {"des milliers", {2000, 9999}},
    {"plusieurs milliers", {2000, 9999}},
    {"quelques milliers", {2000, 9999}},
    {"des dizaines de milliers", {20000, 99999}},
    {"plusieurs dizaines de milliers", {20000, 99999}},
    {"quelques dizaines de milliers", {20000, 99999}},
    {"des centaines de milliers", {200000, 999999}},
    {"plusieurs centaines de milliers", {200000, 999999}},
};
inline Entries<ast::VagueRange> const k_vague_en = {
    {"dozens", {24, 99}},
    {"hundreds", {200, 999}},
    {"thousands", {2000, 9999}},
    {"tens of thousands", {20000, 99999}},
    {"hundreds of thousands", {200000, 999999}},
    {"several dozen", {24, 99}},
    {"several hundred", {200, 999}},
    {"several thousand", {2000, 9999}},
};
// "scores" only counts when followed by "of" ("scores of people"), see vague_q.
inline ast::VagueRange const k_vague_scores{40, 99};

// Modifiers that bound a figure. French keys ending in " de" also match elided ("près d'un").
inline Entries<ValueKind> const k_modifiers_fr = {
    {"près de", ValueKind::approximate},
    {"pres de", ValueKind::approximate},
    {"environ", ValueKind::approximate},
    {"quelque", ValueKind::approximate},
    {"autour de", ValueKind::approximate},
    {"aux alentours de", ValueKind::approximate},
    {"approximativement", ValueKind::approximate},
    {"plus de", ValueKind::more_than},
    {"au-delà de", ValueKind::more_than},
    {"au delà de", ValueKind::more_than},
    {"un peu plus de", ValueKind::more_than},
    {"au moins", ValueKind::at_least},
    {"pas moins de", ValueKind::at_least},
    {"au minimum", ValueKind::at_least},
    {"moins de", ValueKind::less_than},
    {"un peu moins de", ValueKind::less_than},
    {"jusqu'à", ValueKind::at_most},
    {"jusqu’à", ValueKind::at_most},
    {"au plus", ValueKind::at_most},
    {"au maximum", ValueKind::at_most},
};
inline Entries<ValueKind> const k_modifiers_en = {
    {"nearly", ValueKind::approximate},
    {"almost", ValueKind::approximate},
    {"about", ValueKind::approximate},
    {"around", ValueKind::approximate},
    {"some", ValueKind::approximate},
    {"roughly", ValueKind::approximate},
    {"approximately", ValueKind::approximate},
    {"an estimated", ValueKind::approximate},
    {"close to", ValueKind::approximate},
    {"more than", ValueKind::more_than},
    {"over", ValueKind::more_than},
    {"upwards of", ValueKind::more_than},
    {"at least", ValueKind::at_least},
    {"no fewer than", ValueKind::at_least},
    {"no less than", ValueKind::at_least},
    {"fewer than", ValueKind::less_than},
    {"less than", ValueKind::less_than},
    {"under", ValueKind::less_than},
    {"up to", ValueKind::at_most},
    {"at most", ValueKind::at_most},
};

// Scale words after a figure (power of ten). French "billion" is the long scale (1e12).
inline Entries<int> const k_scale_words_fr = {
    {"million", 6}, {"millions", 6}, {"milliard", 9}, {"milliards", 9},
    {"billion", 12}, {"billions", 12},
};
inline Entries<int> const k_scale_words_en = {
    {"million", 6}, {"millions", 6}, {"billion", 9}, {"billions", 9},
    {"trillion", 12}, {"trillions", 12},
    // Indian English: "13 lakh", "1 crore", "three lakh crore" (1e12).
    {"lakh", 5}, {"lakhs", 5}, {"crore", 7}, {"crores", 7}, {"lakh crore", 12},
    {"lakh crores", 12},
};
// Only after digits ("10 mille"); in words "deux mille" is part of the cardinal.
inline Entries<int> const k_scale_thousand = {{"mille", 3}, {"thousand", 3}};
// Abbreviations, case-sensitive, glued or after one space: "10k", "12 M€", "$2.1bn", "3 Mds".
inline Entries<int> const k_scale_abbrev = {
    {"k", 3}, {"K", 3}, {"M", 6}, {"Mn", 6}, {"mn", 6}, {"mln", 6},
    {"bn", 9}, {"Bn", 9}, {"Md", 9}, {"Mds", 9}, {"Mrd", 9}, {"Mrds", 9},
    {"mil", 6}, {"bln", 9}, {"tln", 12},
};
// "G" (giga) is read in `digit_scale`: "10G", "1,674.5 G", but not "5G", a network.
// Abbreviations that only scale in a money context ("$12m", "€2B"); elsewhere "12 m" is metres.
inline Entries<int> const k_scale_money_abbrev = {{"m", 6}, {"b", 9}, {"B", 9}, {"MM", 6}};

// Currency written before the figure (case-sensitive).
inline Entries<ast::SuffixTag> const k_currency_before = {
    {"$", {NumberClass::money, "USD"}},   {"US$", {NumberClass::money, "USD"}},
    {"€", {NumberClass::money, "EUR"}},   {"£", {NumberClass::money, "GBP"}},
    {"CHF", {NumberClass::money, "CHF"}}, {"EUR", {NumberClass::money, "EUR"}},
    {"USD", {NumberClass::money, "USD"}}, {"GBP", {NumberClass::money, "GBP"}},
    {"KZT", {NumberClass::money, "KZT"}}, {"RUB", {NumberClass::money, "RUB"}},
    {"₸", {NumberClass::money, "KZT"}},   {"₽", {NumberClass::money, "RUB"}},
    {"C$", {NumberClass::money, "CAD"}},  {"CA$", {NumberClass::money, "CAD"}},
    {"A$", {NumberClass::money, "AUD"}},  {"AU$", {NumberClass::money, "AUD"}},
    {"NZ$", {NumberClass::money, "NZD"}}, {"HK$", {NumberClass::money, "HKD"}},
    {"S$", {NumberClass::money, "SGD"}},
    {"Rs", {NumberClass::money, "INR"}},  {"Rs.", {NumberClass::money, "INR"}},
    {"₹", {NumberClass::money, "INR"}},   {"INR", {NumberClass::money, "INR"}},
};

// Words after a figure that decide its class (matched without case; keys lowercase).
inline Entries<ast::SuffixTag> const k_suffixes_common = {
    // percent
    {"%", {NumberClass::percent, "%"}},
    {"pour cent", {NumberClass::percent, "%"}},
    {"pourcent", {NumberClass::percent, "%"}},
    {"per cent", {NumberClass::percent, "%"}},
    {"percent", {NumberClass::percent, "%"}},
    // money
    {"€", {NumberClass::money, "EUR"}},
    {"euros", {NumberClass::money, "EUR"}},
    {"euro", {NumberClass::money, "EUR"}},
    {"d'euros", {NumberClass::money, "EUR"}},
    {"d’euros", {NumberClass::money, "EUR"}},
    {"eur", {NumberClass::money, "EUR"}},
    {"$", {NumberClass::money, "USD"}},
    {"$us", {NumberClass::money, "USD"}},
    {"dollars", {NumberClass::money, "USD"}},
    {"dollar", {NumberClass::money, "USD"}},
    {"de dollars", {NumberClass::money, "USD"}},
    {"usd", {NumberClass::money, "USD"}},
    {"£", {NumberClass::money, "GBP"}},
    {"livres sterling", {NumberClass::money, "GBP"}},
    {"de livres sterling", {NumberClass::money, "GBP"}},
    {"gbp", {NumberClass::money, "GBP"}},
    {"chf", {NumberClass::money, "CHF"}},
    {"francs suisses", {NumberClass::money, "CHF"}},
    {"de francs suisses", {NumberClass::money, "CHF"}},
    {"swiss francs", {NumberClass::money, "CHF"}},
    {"tenge", {NumberClass::money, "KZT"}},
    {"tenges", {NumberClass::money, "KZT"}},
    {"de tenge", {NumberClass::money, "KZT"}},
    {"de tenges", {NumberClass::money, "KZT"}},
    {"₸", {NumberClass::money, "KZT"}},
    {"kzt", {NumberClass::money, "KZT"}},
    {"roubles", {NumberClass::money, "RUB"}},
    {"rubles", {NumberClass::money, "RUB"}},
    {"de roubles", {NumberClass::money, "RUB"}},
    {"₽", {NumberClass::money, "RUB"}},
    {"rub", {NumberClass::money, "RUB"}},
    // other currencies news gives damage in (a generic label where one name covers several)
    {"francs cfa", {NumberClass::money, "CFA"}},
    {"francs CFA", {NumberClass::money, "CFA"}},
    {"de francs CFA", {NumberClass::money, "CFA"}},
    {"CFA francs", {NumberClass::money, "CFA"}},
    {"de francs cfa", {NumberClass::money, "CFA"}},
    {"fcfa", {NumberClass::money, "CFA"}},
    {"f cfa", {NumberClass::money, "CFA"}},
    {"cfa francs", {NumberClass::money, "CFA"}},
    {"francs", {NumberClass::money, "FRANC"}},
    {"de francs", {NumberClass::money, "FRANC"}},
    {"dinars", {NumberClass::money, "DINAR"}},
    {"de dinars", {NumberClass::money, "DINAR"}},
    {"dinar", {NumberClass::money, "DINAR"}},
    {"dirhams", {NumberClass::money, "MAD"}},
    {"de dirhams", {NumberClass::money, "MAD"}},
    {"dirham", {NumberClass::money, "MAD"}},
    {"rials", {NumberClass::money, "RIAL"}},
    {"de rials", {NumberClass::money, "RIAL"}},
    {"riyals", {NumberClass::money, "RIAL"}},
    {"de riyals", {NumberClass::money, "RIAL"}},
    {"rial", {NumberClass::money, "RIAL"}},
    {"riyal", {NumberClass::money, "RIAL"}},
    {"rupees", {NumberClass::money, "RUPEE"}},
    {"roupies", {NumberClass::money, "RUPEE"}},
    {"de roupies", {NumberClass::money, "RUPEE"}},
    {"rupee", {NumberClass::money, "RUPEE"}},
    {"naira", {NumberClass::money, "NGN"}},
    {"de nairas", {NumberClass::money, "NGN"}},
    {"nairas", {NumberClass::money, "NGN"}},
    {"rand", {NumberClass::money, "ZAR"}},
    {"de rands", {NumberClass::money, "ZAR"}},
    {"rands", {NumberClass::money, "ZAR"}},
    {"pesos", {NumberClass::money, "PESO"}},
    {"de pesos", {NumberClass::money, "PESO"}},
    {"reais", {NumberClass::money, "BRL"}},
    {"de reais", {NumberClass::money, "BRL"}},
    {"réaux", {NumberClass::money, "BRL"}},
    {"de réaux", {NumberClass::money, "BRL"}},
    {"ringgit", {NumberClass::money, "MYR"}},
    {"ringgits", {NumberClass::money, "MYR"}},
    {"de ringgits", {NumberClass::money, "MYR"}},
    {"yen", {NumberClass::money, "JPY"}},
    {"de yens", {NumberClass::money, "JPY"}},
    {"yens", {NumberClass::money, "JPY"}},
    {"yuan", {NumberClass::money, "CNY"}},
    {"de yuans", {NumberClass::money, "CNY"}},
    {"yuans", {NumberClass::money, "CNY"}},
    {"shillings", {NumberClass::money, "SHILLING"}},
    {"de shillings", {NumberClass::money, "SHILLING"}},
    {"cedis", {NumberClass::money, "GHS"}},
    {"de cedis", {NumberClass::money, "GHS"}},
    {"kwacha", {NumberClass::money, "KWACHA"}},
    {"de kwachas", {NumberClass::money, "KWACHA"}},
    {"canadian dollars", {NumberClass::money, "CAD"}},
    {"dollars canadiens", {NumberClass::money, "CAD"}},
    {"de dollars canadiens", {NumberClass::money, "CAD"}},
    {"australian dollars", {NumberClass::money, "AUD"}},
    {"dollars australiens", {NumberClass::money, "AUD"}},
    {"de dollars australiens", {NumberClass::money, "AUD"}},
    // age
    {"-year-old", {NumberClass::age, ""}},
    {"-year-olds", {NumberClass::age, ""}},
    {"-years-old", {NumberClass::age, ""}},
    {"years old", {NumberClass::age, ""}},
    {"year old", {NumberClass::age, ""}},
    // measures and durations
    {"km", {NumberClass::measure, ""}},
    {"km²", {NumberClass::measure, ""}},
    {"km2", {NumberClass::measure, ""}},
    {"km/h", {NumberClass::measure, ""}},
    {"kilomètres", {NumberClass::measure, ""}},
    {"kilomètre", {NumberClass::measure, ""}},
    {"kilometres", {NumberClass::measure, ""}},
    {"kilometre", {NumberClass::measure, ""}},
    {"kilometers", {NumberClass::measure, ""}},
    {"kilometer", {NumberClass::measure, ""}},
    {"kilomètres carrés", {NumberClass::measure, ""}},
    {"square kilometres", {NumberClass::measure, ""}},
    {"square kilometers", {NumberClass::measure, ""}},
    {"square miles", {NumberClass::measure, ""}},
    {"m", {NumberClass::measure, ""}},
    {"m²", {NumberClass::measure, ""}},
    {"m2", {NumberClass::measure, ""}},
    {"m³", {NumberClass::measure, ""}},
    {"m3", {NumberClass::measure, ""}},
    {"mètres", {NumberClass::measure, ""}},
    {"mètre", {NumberClass::measure, ""}},
    {"mètres carrés", {NumberClass::measure, ""}},
    {"mètre carré", {NumberClass::measure, ""}},
    {"mètres cubes", {NumberClass::measure, ""}},
    {"metres", {NumberClass::measure, ""}},
    {"metre", {NumberClass::measure, ""}},
    {"meters", {NumberClass::measure, ""}},
    {"meter", {NumberClass::measure, ""}},
    {"square metres", {NumberClass::measure, ""}},
    {"square meters", {NumberClass::measure, ""}},
    {"cm", {NumberClass::measure, ""}},
    {"mm", {NumberClass::measure, ""}},
    {"hectares", {NumberClass::measure, ""}},
    {"hectare", {NumberClass::measure, ""}},
    {"ha", {NumberClass::measure, ""}},
    {"acres", {NumberClass::measure, ""}},
    {"kg", {NumberClass::measure, ""}},
    {"kilos", {NumberClass::measure, ""}},
    {"kilogrammes", {NumberClass::measure, ""}},
    {"kilograms", {NumberClass::measure, ""}},
    {"tonnes", {NumberClass::measure, ""}},
    {"tonne", {NumberClass::measure, ""}},
    {"tons", {NumberClass::measure, ""}},
    {"ton", {NumberClass::measure, ""}},
    {"litres", {NumberClass::measure, ""}},
    {"litre", {NumberClass::measure, ""}},
    {"liters", {NumberClass::measure, ""}},
    {"liter", {NumberClass::measure, ""}},
    {"barils", {NumberClass::measure, ""}},
    {"barrels", {NumberClass::measure, ""}},
    {"degrés", {NumberClass::measure, ""}},
    {"degré", {NumberClass::measure, ""}},
    {"degrees", {NumberClass::measure, ""}},
    {"°c", {NumberClass::measure, ""}},
    {"°f", {NumberClass::measure, ""}},
    {"°", {NumberClass::measure, ""}},
    {"miles", {NumberClass::measure, ""}},
    {"mile", {NumberClass::measure, ""}},
    {"mph", {NumberClass::measure, ""}},
    {"nœuds", {NumberClass::measure, ""}},
    {"knots", {NumberClass::measure, ""}},
    {"kw", {NumberClass::measure, ""}},
    {"mw", {NumberClass::measure, ""}},
    {"gw", {NumberClass::measure, ""}},
    {"kwh", {NumberClass::measure, ""}},
    {"mwh", {NumberClass::measure, ""}},
    {"gwh", {NumberClass::measure, ""}},
    {"twh", {NumberClass::measure, ""}},
    {"-magnitude", {NumberClass::measure, ""}},
    {"jours", {NumberClass::measure, ""}},
    {"jour", {NumberClass::measure, ""}},
    {"semaines", {NumberClass::measure, ""}},
    {"semaine", {NumberClass::measure, ""}},
    {"mois", {NumberClass::measure, ""}},
    {"années", {NumberClass::measure, ""}},
    {"minutes", {NumberClass::measure, ""}},
    {"secondes", {NumberClass::measure, ""}},
    {"days", {NumberClass::measure, ""}},
    {"day", {NumberClass::measure, ""}},
    {"weeks", {NumberClass::measure, ""}},
    {"week", {NumberClass::measure, ""}},
    {"months", {NumberClass::measure, ""}},
    {"month", {NumberClass::measure, ""}},
    {"years", {NumberClass::measure, ""}},
    {"year", {NumberClass::measure, ""}},
    {"hours", {NumberClass::measure, ""}},
    {"hour", {NumberClass::measure, ""}},
    {"seconds", {NumberClass::measure, ""}},
};
// "an" is an article in English and "livres" are books in French: language-specific suffixes.
inline Entries<ast::SuffixTag> const k_suffixes_fr = {
    {"ans", {NumberClass::age, ""}},
    {"an", {NumberClass::age, ""}},
};
inline Entries<ast::SuffixTag> const k_suffixes_en = {
    {"pounds", {NumberClass::money, "GBP"}},
    {"pounds sterling", {NumberClass::money, "GBP"}},
};

inline Entries<int> const k_months_fr = {  // matched without case
    {"janvier", 1},   {"janv.", 1},     {"février", 2}, {"fevrier", 2},  {"févr.", 2},
    {"fevr.", 2},     {"fév.", 2},      {"mars", 3},    {"avril", 4},    {"avr.", 4},
    {"mai", 5},       {"juin", 6},      {"juillet", 7}, {"juil.", 7},    {"août", 8},
    {"aout", 8},      {"septembre", 9}, {"sept.", 9},   {"octobre", 10}, {"oct.", 10},
    {"novembre", 11}, {"nov.", 11},     {"décembre", 12}, {"decembre", 12}, {"déc.", 12},
};
inline Entries<int> const k_months_en = {  // case-sensitive: "may", "march" are verbs
    {"January", 1},  {"Jan", 1},       {"Jan.", 1},  {"February", 2}, {"Feb", 2},   {"Feb.", 2},
    {"March", 3},    {"Mar", 3},       {"Mar.", 3},  {"April", 4},    {"Apr", 4},   {"Apr.", 4},
    {"May", 5},      {"June", 6},      {"Jun", 6},   {"Jun.", 6},     {"July", 7},  {"Jul", 7},
    {"Jul.", 7},     {"August", 8},    {"Aug", 8},   {"Aug.", 8},     {"September", 9},
    {"Sep", 9},      {"Sep.", 9},      {"Sept", 9},  {"Sept.", 9},    {"October", 10},
    {"Oct", 10},     {"Oct.", 10},     {"November", 11}, {"Nov", 11}, {"Nov.", 11},
    {"December", 12}, {"Dec", 12},     {"Dec.", 12},
};
inline Entries<int> const k_weekdays_fr = {
    {"lundi", 1}, {"mardi", 2}, {"mercredi", 3}, {"jeudi", 4},
    {"vendredi", 5}, {"samedi", 6}, {"dimanche", 7},
};
inline Entries<int> const k_weekdays_en = {
    {"Monday", 1},   {"Mon.", 1},   {"Tuesday", 2}, {"Tue.", 2},  {"Tues.", 2},
    {"Wednesday", 3}, {"Wed.", 3},  {"Thursday", 4}, {"Thu.", 4}, {"Thurs.", 4},
    {"Friday", 5},   {"Fri.", 5},   {"Saturday", 6}, {"Sat.", 6}, {"Sunday", 7}, {"Sun.", 7},
};
// Glued ordinal marks, case-sensitive: "1er", "2e", "3ème", "4th", "21st".
inline Entries<int> const k_ordinal_marks = {
    {"er", 0},  {"ers", 0},  {"re", 0},  {"res", 0},  {"ère", 0},  {"ères", 0},
    {"e", 0},   {"es", 0},   {"ème", 0}, {"èmes", 0}, {"eme", 0},  {"emes", 0},
    {"è", 0},   {"ᵉ", 0},    {"ᵉʳ", 0},  {"st", 0},   {"nd", 0},   {"rd", 0},
    {"th", 0},  {"ST", 0},   {"ND", 0},  {"RD", 0},   {"TH", 0},
};
inline Entries<int> const k_age_prefixes = {  // matched without case; "Â" has no ASCII case
    {"aged", 0},   {"âgé de", 0},  {"âgée de", 0},  {"âgés de", 0},  {"âgées de", 0},
    {"Âgé de", 0}, {"Âgée de", 0}, {"Âgés de", 0},  {"Âgées de", 0},
};

// Number words. French: 0 and 2..19 stand alone; "un"/"une" inside a compound or before a scale
// word is part of the figure; alone it is read as 1 of class article (lone_one in number_def.hpp).
inline Entries<double> const k_fr_small = {
    {"zéro", 0},      {"zero", 0},     {"deux", 2},      {"trois", 3},     {"quatre", 4},
    {"cinq", 5},      {"six", 6},      {"sept", 7},      {"huit", 8},      {"neuf", 9},
    {"dix", 10},      {"onze", 11},    {"douze", 12},    {"treize", 13},   {"quatorze", 14},
    {"quinze", 15},   {"seize", 16},   {"dix-sept", 17}, {"dix sept", 17}, {"dix-huit", 18},
    {"dix huit", 18}, {"dix-neuf", 19}, {"dix neuf", 19},
};
inline Entries<double> const k_fr_un = {{"un", 1}, {"une", 1}};
inline Entries<double> const k_fr_tens = {
    {"vingt", 20},        {"trente", 30},       {"quarante", 40},      {"cinquante", 50},
    {"soixante", 60},     {"septante", 70},     {"huitante", 80},      {"octante", 80},
    {"nonante", 90},      {"quatre-vingt", 80}, {"quatre-vingts", 80}, {"quatre vingt", 80},
    {"quatre vingts", 80},
};
inline Entries<double> const k_fr_ordinals = {
    {"premier", 1},       {"première", 1},     {"deuxième", 2},       {"troisième", 3},
    {"quatrième", 4},     {"cinquième", 5},    {"sixième", 6},        {"septième", 7},
    {"huitième", 8},      {"neuvième", 9},     {"dixième", 10},       {"onzième", 11},
    {"douzième", 12},     {"treizième", 13},   {"quatorzième", 14},   {"quinzième", 15},
    {"seizième", 16},     {"dix-septième", 17}, {"dix-huitième", 18}, {"dix-neuvième", 19},
    {"vingtième", 20},    {"trentième", 30},   {"quarantième", 40},   {"cinquantième", 50},
    {"soixantième", 60},  {"quatre-vingtième", 80}, {"centième", 100}, {"millième", 1000},
    {"millionième", 1e6},
};
// After a tens word: "vingt et unième", "quarante-troisième".
inline Entries<double> const k_fr_ordinal_units = {
    {"unième", 1},       {"deuxième", 2},     {"troisième", 3},     {"quatrième", 4},
    {"cinquième", 5},    {"sixième", 6},      {"septième", 7},      {"huitième", 8},
    {"neuvième", 9},     {"dixième", 10},     {"onzième", 11},      {"douzième", 12},
    {"treizième", 13},   {"quatorzième", 14}, {"quinzième", 15},    {"seizième", 16},
    {"dix-septième", 17}, {"dix-huitième", 18}, {"dix-neuvième", 19},
};
// English: "one" alone is read as 1 of class article, like French "un" ("one dead", "one of the").
inline Entries<double> const k_en_units = {
    {"zero", 0},      {"nought", 0},     {"naught", 0},    {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},       {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11},   {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16},  {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
};
inline Entries<double> const k_en_one = {{"one", 1}};
// Words after which a lone "one" / "un" is a pronoun and not read at all: "the one", "which one",
// "no one" (nobody); in French, elided: "l'un", "quelqu'un". Matched without case. "that" is left
// out on purpose: "officials said that one person died" is a figure.
inline std::string_view const k_en_one_pronoun_after[] = {
    "the", "this", "which", "each", "every", "any", "no", "another", "other", "last", "next", "same",
};
inline std::string_view const k_fr_un_pronoun_after[] = {"l", "quelqu"};  // before an apostrophe
// Single digits read one by one after a decimal word: "point zero three", "virgule trois".
inline Entries<int> const k_en_digit_words = {
    {"zero", 0}, {"nought", 0}, {"naught", 0}, {"one", 1}, {"two", 2}, {"three", 3},
    {"four", 4}, {"five", 5},   {"six", 6},    {"seven", 7}, {"eight", 8}, {"nine", 9},
};
inline Entries<int> const k_fr_digit_words = {
    {"zéro", 0}, {"zero", 0}, {"un", 1},   {"deux", 2}, {"trois", 3}, {"quatre", 4},
    {"cinq", 5}, {"six", 6},  {"sept", 7}, {"huit", 8}, {"neuf", 9},
};
inline Entries<double> const k_en_tens = {
    {"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
    {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};
inline Entries<double> const k_en_ordinals = {
    {"first", 1},        {"second", 2},        {"third", 3},        {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},         {"seventh", 7},      {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},        {"eleventh", 11},    {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14},   {"fifteenth", 15},   {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18},   {"nineteenth", 19},  {"twentieth", 20},
    {"thirtieth", 30},   {"fortieth", 40},     {"fiftieth", 50},    {"sixtieth", 60},
    {"seventieth", 70},  {"eightieth", 80},    {"ninetieth", 90},   {"hundredth", 100},
    {"thousandth", 1000}, {"millionth", 1e6},
};
inline Entries<double> const k_en_ordinal_units = {
    {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5},
    {"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9},
};

}  // namespace figcheck::grammar::parser
