#include <doctest/doctest.h>

#include <algorithm>

#include "check/check.hpp"
#include "extract/extract.hpp"
#include "graph/group.hpp"
#include "ingest/ingest.hpp"

using namespace figcheck;

namespace {

Interval exact(double v) { return {v, v, ValueKind::exact}; }
Interval approx(double v) { return {v * 0.9, v * 1.1, ValueKind::approximate}; }
Interval more_than(double v) { return {v, std::nullopt, ValueKind::more_than}; }
Interval at_least(double v) { return {v, std::nullopt, ValueKind::at_least}; }
Interval vague(double lo, double hi) { return {lo, hi, ValueKind::vague}; }

Claim claim(std::string metric, Interval value, std::string source = {}, Date date = {2022, 1, 10},
            std::string subject = {}, std::string place = "Kazakhstan") {
  Claim c;
  c.document = 1;
  c.metric = std::move(metric);
  c.value = value;
  c.source = source;
  c.source_key = source;
  c.date = date;
  c.subject = std::move(subject);
  c.place = place;
  c.country = "Kazakhstan";
  c.quote = "x";
  c.span = Span{0, 1};
  c.number_span = Span{0, 1};
  return c;
}

// The rules figcheck ships with, as a user gets them.
std::vector<check::Rule> default_rules() {
  auto rules = check::load_rules(std::string(FIGCHECK_SOURCE_DIR) + "/rules");
  if (!rules.ok()) FAIL(rules.error());
  return rules.value();
}

check::Rule& rule_of(std::vector<check::Rule>& rules, std::string_view id) {
  const auto it = std::find_if(rules.begin(), rules.end(), [&](const check::Rule& r) { return r.id == id; });
  REQUIRE(it != rules.end());
  return *it;
}

const extract::Lexicons& lexicons() {
  static const extract::Lexicons lex = [] {
    auto loaded = extract::Lexicons::load(std::string(FIGCHECK_SOURCE_DIR) + "/grammars/lexicon");
    if (!loaded.ok()) FAIL(loaded.error());
    return std::move(loaded).value();
  }();
  return lex;
}

// The findings of the given rules, with the lexicon's groups, as `figcheck audit` runs them.
std::vector<Finding> audit_with(const std::vector<check::Rule>& rules, const std::vector<Claim>& claims) {
  const auto sets = graph::group_claims(claims, graph::GroupOptions{});
  return check::run_checks(rules, claims, sets, lexicons().groups(), lexicons().place_links());
}

std::vector<Finding> audit(const std::vector<Claim>& claims) { return audit_with(default_rules(), claims); }

// The findings on one article around `paragraph`, through the extractor (a Niger story published
// on Monday 10 January 2022, in French unless `lang` says otherwise).
std::vector<Finding> audit_article(const std::string& paragraph, Language lang = Language::fr) {
  const std::string text = lang == Language::fr
                               ? "Niger : titre\n\nPublié le lundi 10 janvier 2022\n\nNIAMEY: " + paragraph + "\n"
                               : "Niger: headline\n\nPublished Monday 10 January 2022\n\nNIAMEY: " + paragraph + "\n";
  std::vector<ingest::InputProblem> problems;
  Document doc = ingest::make_document("t.txt", text, problems, true, {}, lang);
  doc.id = 1;
  return audit(extract::extract_claims(doc, lexicons()));
}

}  // namespace

TEST_SUITE("graph") {
  TEST_CASE("comparison sets: same metric, place scope and event window") {
    const std::vector<Claim> claims{
        claim("arrested", exact(5800)),                                        // 0
        claim("arrested", exact(7989)),                                        // 1
        claim("arrested", exact(1200), {}, {2022, 1, 10}, {}, "Almaty"),       // 2: a city
        claim("deaths", exact(42)),                                            // 3: another metric
        claim("arrested", exact(300), {}, {2016, 5, 1}),                       // 4: another year
        claim("arrested", exact(8000), {}, {2022, 2, 1}),                      // 5: 22 days later
    };
    const auto sets = graph::group_claims(claims, graph::GroupOptions{});
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].claims == std::vector<std::size_t>{0, 1, 5});
    CHECK(sets[0].metric == "arrested");
  }

  TEST_CASE("undated claims are compared only within their own story") {
    std::vector<Claim> claims{
        claim("deaths", exact(40)),                  // 0: dated, document 1 story 0
        claim("deaths", exact(300), {}, Date{}),     // 1: undated, another document
        claim("deaths", exact(310), {}, Date{}),     // 2: undated, same story as 1
        claim("deaths", exact(500), {}, Date{}),     // 3: undated, a third document
    };
    claims[1].document = 2;
    claims[2].document = 2;
    claims[3].document = 3;
    const auto sets = graph::group_claims(claims, graph::GroupOptions{});
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].claims == std::vector<std::size_t>{1, 2});
  }

  TEST_CASE("a toll revised day after day stays one event through its chain of dates") {
    std::vector<Claim> claims;
    for (int day = 1; day <= 90; day += 10) claims.push_back(claim("deaths", exact(day), "ministry", {2024, 1, 1}));
    for (int i = 0; i < static_cast<int>(claims.size()); ++i) claims[static_cast<std::size_t>(i)].date = civil_from_days(days_from_civil({2024, 1, 1}) + 10 * i);
    const auto sets = graph::group_claims(claims, graph::GroupOptions{});
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].claims.size() == claims.size());
  }
}

TEST_SUITE("check") {
  TEST_CASE("intervals and tolerance") {
    CHECK(check::overlaps(approx(8000), exact(7989), 0));
    CHECK(check::overlaps(at_least(30), exact(34), 0));
    CHECK(check::overlaps(more_than(45000), exact(60000), 0));
    CHECK(check::overlaps(more_than(164), exact(164), 0));
    CHECK_FALSE(check::overlaps(vague(20, 99), exact(164), 0));
    CHECK_FALSE(check::overlaps(exact(5800), exact(7989), 0.01));
    CHECK(check::overlaps(exact(100), exact(101), 0.01));
    CHECK(check::describe_interval(vague(20, 99)) == "[20, 99]");
    CHECK(check::describe_interval(more_than(164)) == "more than 164");
  }

  TEST_CASE("conflicting figures: cases that must fire") {
    SUBCASE("5.800 against 7.989 and près de 8.000, unattributed") {
      const auto findings = audit({claim("arrested", exact(5800), {}, {2022, 1, 9}), claim("arrested", exact(7989)),
                                   claim("arrested", approx(8000))});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/conflicting-figures");
      CHECK(findings[0].severity == Severity::error);
      CHECK(findings[0].claims == std::vector<std::size_t>{0, 1, 2});
      CHECK(findings[0].message == "conflicting figures for arrested in Kazakhstan");
      CHECK(findings[0].reason == "5800 and 7989 differ by 2189 (27%)");
    }
    SUBCASE("plusieurs dizaines against 164") {
      const auto findings = audit({claim("deaths", vague(20, 99)), claim("deaths", exact(164))});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].reason == "164 lies outside 'x' = [20, 99]");
    }
    SUBCASE("one named source against an unattributed figure") {
      const auto findings = audit({claim("deaths", exact(12), "police"), claim("deaths", exact(40))});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/conflicting-figures");
    }
  }

  TEST_CASE("sources disagree: named sources on both sides") {
    SUBCASE("the presidency against the interior ministry and the government") {
      const auto findings = audit({claim("arrested", exact(5800), "présidence", {2022, 1, 9}),
                                   claim("arrested", exact(7989), "ministère de l'Intérieur"),
                                   claim("arrested", approx(8000), "gouvernement")});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/sources-disagree");
      CHECK(findings[0].message == "sources disagree on arrested in Kazakhstan");
      CHECK(findings[0].claims == std::vector<std::size_t>{0, 1, 2});
      CHECK(findings[0].reason == "présidence: 5800 against ministère de l'Intérieur: 7989 and gouvernement: 'x' = [7200, 8800]");
    }
    SUBCASE("unions against the ministry") {
      const auto findings = audit({claim("participants", exact(1300000), "syndicats"),
                                   claim("participants", exact(452000), "ministère")});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/sources-disagree");
    }
    SUBCASE("police and organisers that overlap do not fire") {
      CHECK(audit({claim("participants", approx(10000), "police"), claim("participants", exact(9500), "organisers")}).empty());
    }
    SUBCASE("turned off, the clash is silenced, not handed to conflicting-figures") {
      auto rules = default_rules();
      rule_of(rules, "core/sources-disagree").enabled = false;
      CHECK(audit_with(rules, {claim("participants", exact(1300000), "syndicats"),
                               claim("participants", exact(452000), "ministère")}).empty());
    }
    SUBCASE("a minimum gap lets close figures agree") {
      auto rules = default_rules();
      rule_of(rules, "core/sources-disagree").min_gap = 5;
      CHECK(audit_with(rules, {claim("deaths", exact(100), "police"), claim("deaths", exact(103), "hospital")}).empty());
      CHECK(audit_with(rules, {claim("deaths", exact(100), "police"), claim("deaths", exact(110), "hospital")}).size() == 1);
    }
  }

  TEST_CASE("contested figures: a withdrawn, denied, corrected or doubted side") {
    auto withdrawn = claim("deaths", more_than(164), "ministère de l'information", {2022, 1, 9});
    withdrawn.status = ClaimStatus::retracted;
    SUBCASE("the withdrawn 'plus de 164' against 'plusieurs dizaines'") {
      const auto findings = audit({withdrawn, claim("deaths", vague(20, 99), "gouvernement")});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/contested-figures");
      CHECK(findings[0].severity == Severity::warning);
      CHECK(findings[0].reason == "'x' = [20, 99] lies outside the withdrawn 'x' = more than 164");
    }
    SUBCASE("a withdrawn figure that agrees does not fire") {
      CHECK(audit({withdrawn, claim("deaths", exact(170), "gouvernement")}).empty());
    }
    SUBCASE("the statuses it takes are the rule's: without unverified, a doubted figure is a plain clash") {
      auto rules = default_rules();
      rule_of(rules, "core/contested-figures").statuses = {ClaimStatus::retracted};
      auto doubted = claim("deaths", exact(164));
      doubted.status = ClaimStatus::unverified;
      const auto findings = audit_with(rules, {doubted, claim("deaths", exact(40))});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/conflicting-figures");
      CHECK(findings[0].reason == "the unverified 164 and 40 differ by 124 (76%)");
    }
  }

  TEST_CASE("revisions: one source over time") {
    SUBCASE("a count that falls from one day to the next") {
      const auto findings = audit({claim("deaths", exact(50), "ministry", {2024, 3, 1}),
                                   claim("deaths", exact(30), "ministry", {2024, 3, 2})});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/revisions");
      CHECK(findings[0].severity == Severity::warning);
      CHECK(findings[0].reason == "ministry gave 50 on 2024-03-01, then 30 on 2024-03-02: a count that falls");
    }
    SUBCASE("two figures from one source on one day") {
      const auto findings = audit({claim("deaths", exact(50), "ministry"), claim("deaths", exact(30), "ministry")});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].reason == "ministry gave 50 and 30 on 2022-01-10: two figures for one day");
    }
    SUBCASE("a rise is silent by default, and an info when the rule says so") {
      const std::vector<Claim> rising{claim("deaths", exact(12), "ministry", {2024, 3, 1}),
                                      claim("deaths", exact(30), "ministry", {2024, 3, 2})};
      CHECK(audit(rising).empty());
      auto rules = default_rules();
      rule_of(rules, "core/revisions").rise_level = Severity::info;
      const auto findings = audit_with(rules, rising);
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].severity == Severity::info);
      CHECK(findings[0].reason == "ministry gave 12 on 2024-03-01, then 30 on 2024-03-02: a count revised upwards");
    }
    SUBCASE("with no revisions rule, a rise is still no clash, and a fall is one") {
      auto rules = default_rules();
      std::erase_if(rules, [](const check::Rule& r) { return r.kind == check::CheckKind::revisions; });
      CHECK(audit_with(rules, {claim("deaths", exact(12), "ministry", {2024, 3, 1}),
                               claim("deaths", exact(30), "ministry", {2024, 3, 2})}).empty());
      const auto findings = audit_with(rules, {claim("deaths", exact(50), "ministry", {2024, 3, 1}),
                                               claim("deaths", exact(30), "ministry", {2024, 3, 2})});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/conflicting-figures");
    }
  }

  TEST_CASE("conflicting figures: cases that must not fire") {
    const std::vector<std::vector<Claim>> quiet{
        {claim("arrested", approx(8000)), claim("arrested", exact(7989))},
        {claim("deaths", at_least(30)), claim("deaths", exact(34))},
        {claim("participants", more_than(45000)), claim("participants", exact(60000))},
        {claim("deployed", approx(2030)), claim("deployed", exact(2030))},
        // a city's figure and the nation's
        {claim("participants", exact(12000), {}, {2023, 3, 7}, {}, "Lille"),
         claim("participants", exact(1300000), {}, {2023, 3, 7})},
        // a 2016 figure and a 2024 one
        {claim("deaths", exact(86), {}, {2016, 7, 15}), claim("deaths", exact(2), {}, {2024, 7, 15})},
        // a toll that rises day after day, from the same source
        {claim("deaths", exact(12), "ministry", {2024, 3, 1}), claim("deaths", exact(30), "ministry", {2024, 3, 2}),
         claim("deaths", exact(45), "ministry", {2024, 3, 3})},
        // 3 Belgians among 25 dead: a part, not a rival figure
        {claim("deaths", exact(25)), claim("deaths", exact(3), {}, {2022, 1, 10}, "Belgians")},
    };
    for (std::size_t i = 0; i < quiet.size(); ++i) {
      CAPTURE(i);
      CHECK(audit(quiet[i]).empty());
    }
  }

  TEST_CASE("parts and whole") {
    auto protesters = claim("deaths", exact(26), "autorités", {2022, 1, 10}, "protesters");
    auto forces = claim("deaths", exact(16), "autorités", {2022, 1, 10}, "security forces");
    protesters.breakdown = forces.breakdown = 1;
    SUBCASE("a total from another source far above the sum fires") {
      auto total = claim("deaths", more_than(164), "ministère de l'information", {2022, 1, 9});
      total.status = ClaimStatus::retracted;
      const auto findings = audit({protesters, forces, total});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/parts-and-whole");
      CHECK(findings[0].reason == "26 + 16 = 42 deaths, below the withdrawn 'x' = more than 164");
      CHECK(findings[0].claims.size() == 3);
    }
    SUBCASE("a vague total that holds the sum does not fire") {
      CHECK(audit({protesters, forces, claim("deaths", vague(20, 99))}).empty());
    }
    SUBCASE("the same source's larger total does not fire: a list may be partial") {
      CHECK(audit({protesters, forces, claim("deaths", exact(60), "autorités")}).empty());
    }
    SUBCASE("a list that exceeds its own source's total fires") {
      CHECK(audit({protesters, forces, claim("deaths", exact(30), "autorités")}).size() == 1);
    }
    SUBCASE("a total the list's source and another source both give still fires") {
      auto own = claim("deaths", more_than(164), "autorités", {2022, 1, 9});
      auto other = claim("deaths", more_than(164), "ministère de l'information", {2022, 1, 9});
      own.status = other.status = ClaimStatus::retracted;
      const auto findings = audit({protesters, forces, own, other});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/parts-and-whole");
      CHECK(findings[0].claims.size() == 4);
    }
  }

  TEST_CASE("parts and whole: parts the text states for one whole") {
    // Through the extractor, so that parts point to their whole as they do in a real run.
    const auto findings_of = [](const std::string& paragraph) { return audit_article(paragraph); };
    SUBCASE("a part larger than its whole") {
      const auto findings = findings_of("Les inondations ont fait 12 morts, dont 15 enfants, selon le ministère.");
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/parts-and-whole");
      CHECK(findings[0].reason == "15 children is more than the 12 deaths it is part of");
      CHECK(findings[0].claims.size() == 2);
    }
    SUBCASE("parts by place that add up to more than their whole") {
      const auto findings = findings_of("Les inondations ont fait 53 morts, dont 30 à Dosso et 25 à Zinder, selon le ministère.");
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].reason == "30 + 25 = 55 deaths, more than the 53 they are part of");
      CHECK(findings[0].claims.size() == 3);
    }
    SUBCASE("parts by group that add up to more than their whole") {
      CHECK(findings_of("Les inondations ont fait 20 morts, dont 12 enfants et 9 femmes.").size() == 1);
    }
    SUBCASE("parts that fit do not fire") {
      CHECK(findings_of("Les inondations ont fait 53 morts, dont 30 à Dosso et 23 à Zinder.").empty());
      CHECK(findings_of("Les inondations ont fait 25 morts, dont 3 Belges.").empty());
    }
    SUBCASE("a severity beside a group is not added to it") {
      CHECK(findings_of("L'explosion a fait 12 blessés, dont 3 grièvement et 10 enfants.").empty());
    }
    SUBCASE("a share of the whole after a part is of the whole") {
      CHECK(findings_of("Quatorze personnes ont été blessées, dont un sapeur-pompier, et trois d'entre elles sont dans un état grave.")
                .empty());
    }
  }

  TEST_CASE("parts and whole: the places of a country against a nationwide figure") {
    const auto city = [](const char* place, Interval value, Date date = {2022, 1, 10}) {
      return claim("arrested", value, {}, date, {}, place);
    };
    auto nationwide = claim("arrested", exact(1000));
    nationwide.nationwide = true;
    SUBCASE("one region above the national total") {
      const auto findings = audit({city("Almaty", exact(1200)), nationwide});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/parts-and-whole");
      CHECK(findings[0].reason == "Almaty 1200 is more than the 1000 arrested for all of Kazakhstan");
    }
    SUBCASE("places that add up to more, each at its lowest figure") {
      auto findings = audit({city("Almaty", exact(700)), city("Almaty", exact(650)), city("Aktau", exact(400)), nationwide});
      std::erase_if(findings, [](const Finding& f) { return f.rule != "core/parts-and-whole"; });  // (700 against 650 too)
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].reason == "Almaty 650 + Aktau 400 = 1050, more than the 1000 arrested for all of Kazakhstan");
    }
    SUBCASE("must not fire") {
      // places that fit
      CHECK(audit({city("Almaty", exact(700)), city("Aktau", exact(200)), nationwide}).empty());
      // a national figure that only lacks a narrower place is no national total
      CHECK(audit({city("Almaty", exact(1200)), claim("arrested", exact(1000))}).empty());
      // a place's figure from after the national one (the count went on)
      CHECK(audit({city("Almaty", exact(1200), {2022, 1, 12}), nationwide}).empty());
      // another year's event
      CHECK(audit({city("Almaty", exact(1200), {2016, 5, 1}), nationwide}).empty());
    }
  }

  TEST_CASE("parts and whole: cities within a region within a region, along the gazetteer's DAG") {
    const auto at = [](const char* place, double value, bool stated = true) {
      auto c = claim("arrested", exact(value), {}, {2023, 3, 7}, {}, place);
      c.country = "France";
      c.place_stated = stated;
      return c;
    };
    SUBCASE("two cities of the Nord above the figure given for the Nord") {
      const auto findings = audit({at("Lille", 250), at("Roubaix", 100), at("Nord", 300)});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/parts-and-whole");
      CHECK(findings[0].reason == "Lille 250 + Roubaix 100 = 350, more than the 300 arrested for Nord");
    }
    SUBCASE("a city and a département, two levels down, above the région") {
      const auto findings = audit({at("Lille", 250), at("Somme", 100), at("Hauts-de-France", 300)});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].reason == "Lille 250 + Somme 100 = 350, more than the 300 arrested for Hauts-de-France");
    }
    SUBCASE("a département's own figure, when higher than its cities', stands for them") {
      const auto findings = audit({at("Lille", 50), at("Nord", 280), at("Somme", 100), at("Hauts-de-France", 300)});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].reason == "Nord 280 + Somme 100 = 380, more than the 300 arrested for Hauts-de-France");
    }
    SUBCASE("must not fire") {
      // cities that fit
      CHECK(audit({at("Lille", 150), at("Roubaix", 100), at("Nord", 300)}).empty());
      // a region that is only the story's main place, for want of a place in the text
      CHECK(audit({at("Lille", 250), at("Roubaix", 100), at("Nord", 300, false)}).empty());
    }
  }

  TEST_CASE("parts and whole: groups within a larger group, along the lexicon's DAG") {
    const auto group = [](const char* subject, Interval value, std::string source = "ministry", Date date = {2022, 1, 10}) {
      return claim("deaths", value, std::move(source), date, subject);
    };
    SUBCASE("protesters and security forces from two sources, more than everyone from a third") {
      const auto findings = audit({group("protesters", exact(30), "hospital"), group("security forces", exact(16), "police"),
                                   group("", exact(40), "ministry")});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/parts-and-whole");
      CHECK(findings[0].reason == "30 protesters + 16 security forces = 46 deaths, more than the 40 given for everyone");
      CHECK(findings[0].claims.size() == 3);
    }
    SUBCASE("police officers and soldiers add up within the security forces, and up to everyone") {
      const auto findings = audit({group("police officers", exact(10), "police"), group("soldiers", exact(8), "army"),
                                   group("civilians", exact(5), "ngo"), group("", exact(20), "ministry")});
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].reason == "5 civilians + 10 police officers + 8 soldiers = 23 deaths, more than the 20 given for everyone");
    }
    SUBCASE("one nationality above the total") {
      CHECK(audit({group("Belgians", exact(30), "embassy"), group("", exact(25), "ministry")}).size() == 1);
    }
    SUBCASE("must not fire") {
      // 3 Belgians among 25 dead
      CHECK(audit({group("Belgians", exact(3), "embassy"), group("", exact(25), "ministry")}).empty());
      // groups of different dimensions overlap: children among protesters
      CHECK(audit({group("children", exact(20), "unicef"), group("protesters", exact(25), "hospital"),
                   group("", exact(30), "ministry")}).empty());
      // a part's figure given after the whole (the count went on)
      CHECK(audit({group("protesters", exact(50), "hospital", {2022, 1, 12}), group("", exact(40), "ministry")}).empty());
      // a group the lexicon does not place is no part of everyone
      CHECK(audit({group("skiers", exact(50), "hospital"), group("", exact(40), "ministry")}).empty());
    }
  }

  TEST_CASE("arithmetic: a change the text states against the figure it relates to") {
    SUBCASE("12 more than the day before, when the day before gave 30") {
      const auto findings = audit_article(
          "Dimanche, les inondations avaient fait 30 morts, selon le ministère. Lundi, le bilan s'élève à 45 morts, "
          "soit 12 de plus que la veille, selon le ministère.");
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/arithmetic");
      CHECK(findings[0].reason == "45 - 30 (2022-01-09) = 15, not the 12 more the text states");
    }
    SUBCASE("a percentage against another year's figure") {
      const auto findings = audit_article(
          "En 2021, 1.690 personnes sont mortes sur les routes, soit une hausse de 8 % par rapport à 2020. "
          "En 2020, 1.300 personnes étaient mortes sur les routes.");
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].reason == "1690 against 1300 (2020) is a change of 30%, not the 8% the text states");
    }
    SUBCASE("in English, against a weekday") {
      const auto findings = audit_article(
          "On Saturday, officials said 30 people had died. The ministry said on Monday that 45 people had died, "
          "up 5 from Saturday.", Language::en);
      REQUIRE(findings.size() == 1);
      CHECK(findings[0].rule == "core/arithmetic");
    }
    SUBCASE("must not fire") {
      // the figures agree
      CHECK(audit_article("Dimanche, les inondations avaient fait 33 morts, selon le ministère. Lundi, le bilan "
                          "s'élève à 45 morts, soit 12 de plus que la veille, selon le ministère.").empty());
      // a rounded percentage
      CHECK(audit_article("En 2021, 1.690 personnes sont mortes sur les routes, soit une hausse de 8 % par rapport "
                          "à 2020. En 2020, 1.562 personnes étaient mortes sur les routes.").empty());
      // nothing to compare with
      CHECK(audit_article("Le bilan s'élève à 45 morts, soit 12 de plus que la veille, selon le ministère.").empty());
    }
  }

  TEST_CASE("rules filter by metric and can be turned off") {
    auto rules = default_rules();
    rule_of(rules, "core/conflicting-figures").metrics = {"deaths"};
    const std::vector<Claim> claims{claim("arrested", exact(5800)), claim("arrested", exact(7989))};
    const auto sets = graph::group_claims(claims, graph::GroupOptions{});
    CHECK(check::run_checks(rules, claims, sets).empty());
    rule_of(rules, "core/conflicting-figures").metrics.clear();
    CHECK(check::run_checks(rules, claims, sets).size() == 1);
    rule_of(rules, "core/conflicting-figures").enabled = false;
    CHECK(check::run_checks(rules, claims, sets).empty());
  }
}
