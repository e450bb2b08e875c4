#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "extract/extract.hpp"
#include "ingest/ingest.hpp"

using namespace figcheck;

namespace {

const extract::Lexicons& lexicons() {
  static const extract::Lexicons lex = [] {
    auto loaded = extract::Lexicons::load(std::string(FIGCHECK_SOURCE_DIR) + "/grammars/lexicon");
    if (!loaded.ok()) FAIL(loaded.error());
    return std::move(loaded).value();
  }();
  return lex;
}

// An article around one paragraph: a title naming the country, a publication line, a dateline.
std::vector<Claim> claims_of(const std::string& paragraph, Language lang = Language::fr) {
  const std::string text = lang == Language::fr
                               ? "Kazakhstan : titre\n\nPublié le lundi 10 janvier 2022\n\nALMATY: " + paragraph + "\n"
                               : "Kazakhstan: headline\n\nPublished Monday 10 January 2022\n\nALMATY: " + paragraph + "\n";
  std::vector<ingest::InputProblem> problems;
  Document doc = ingest::make_document("t.txt", text, problems, true, {}, lang);
  doc.id = 1;
  return extract::extract_claims(doc, lexicons());
}

// Claims of a whole article given as text (title, publication line, dateline and body).
std::vector<Claim> claims_of_article(const std::string& text, Language lang = Language::fr) {
  std::vector<ingest::InputProblem> problems;
  Document doc = ingest::make_document("t.txt", text, problems, true, {}, lang);
  doc.id = 1;
  return extract::extract_claims(doc, lexicons());
}

struct Expected {
  const char* metric;
  double low;
  const char* subject;
  const char* source;
  const char* date;
  const char* place;
  ClaimStatus status;
};

struct Case {
  Language lang;
  const char* paragraph;
  std::vector<Expected> claims;
};

}  // namespace

TEST_SUITE("extract") {
  TEST_CASE("the lexicon files load") {
    CHECK(lexicons().of(Language::fr).metrics.size() > 50);
    CHECK(lexicons().of(Language::en).sources.size() > 10);
    CHECK(lexicons().find_place("Almaty") != nullptr);
    CHECK(lexicons().groups().size() > 50);
  }

  TEST_CASE("groups.txt must be a DAG") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "figcheck_lexicon_cycle";
    fs::remove_all(dir);
    fs::copy(std::string(FIGCHECK_SOURCE_DIR) + "/grammars/lexicon", dir, fs::copy_options::recursive);
    std::ofstream(dir / "groups.txt", std::ios::app) << "everyone\tprotesters\tside\n";  // protesters < civilians < everyone
    const auto loaded = extract::Lexicons::load(dir.string());
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().find("groups.txt: the groups form a cycle") != std::string::npos);
    fs::remove_all(dir);
  }

  TEST_CASE("the gazetteer's regions: known places of the same country, no cycle") {
    namespace fs = std::filesystem;
    CHECK(lexicons().find_place("Lille")->within == "Nord");
    CHECK(lexicons().find_place("Nord")->within == "Hauts-de-France");
    const auto load_with = [](const std::string& extra) {
      const fs::path dir = fs::temp_directory_path() / "figcheck_lexicon_regions";
      fs::remove_all(dir);
      fs::copy(std::string(FIGCHECK_SOURCE_DIR) + "/grammars/lexicon", dir, fs::copy_options::recursive);
      std::ofstream(dir / "gazetteer.txt", std::ios::app) << extra;
      auto loaded = extract::Lexicons::load(dir.string());
      fs::remove_all(dir);
      return loaded;
    };
    auto loaded = load_with("Nowhere Town\tcity\tFrance\tNowhere Town\tAtlantis\n");
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().find("Nowhere Town lies within 'Atlantis'") != std::string::npos);
    loaded = load_with("Loop A\tregion\tFrance\tLoop A\tLoop B\nLoop B\tregion\tFrance\tLoop B\tLoop A\n");
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().find("the places form a cycle") != std::string::npos);
  }

  TEST_CASE("claims: metric, subject, source, date, place, status") {
    using S = ClaimStatus;
    const std::vector<Case> cases{
        {Language::fr, "Près de 8.000 personnes ont été arrêtées au Kazakhstan, a annoncé lundi le gouvernement.",
         {{"arrested", 7200, "", "gouvernement", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "La présidence a annoncé dimanche que 5.800 personnes avaient été arrêtées.",
         {{"arrested", 5800, "", "présidence", "2022-01-09", "Kazakhstan", S::reported}}},
        {Language::fr, "\"Au 10 janvier, 7.989 individus sont détenus par les organes du (ministère) de l'Intérieur\", a indiqué le ministère.",
         {{"arrested", 7989, "", "ministère de l'Intérieur", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Dimanche soir, le ministère de l'information a retiré un bilan, selon lequel plus de 164 personnes avaient trouvé la mort dans le pays.",
         {{"deaths", 164, "", "ministère de l'information", "2022-01-09", "Kazakhstan", S::retracted}}},
        {Language::fr, "Le bilan de 164 morts n'a pas pu être vérifié de manière indépendante.",
         {{"deaths", 164, "", "", "2022-01-10", "Kazakhstan", S::unverified}}},
        {Language::fr, "Un bilan non confirmé, les autorités ayant fait état de 26 manifestants et 16 membres des forces de sécurité tués.",
         {{"deaths", 26, "protesters", "autorités", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 16, "security forces", "autorités", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Les violences ont fait plusieurs dizaines de morts.",
         {{"deaths", 20, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Dans la seule ville d'Almaty, 1.200 personnes ont été interpellées, selon la police locale.",
         {{"arrested", 1200, "", "police locale", "2022-01-10", "Almaty", S::reported}}},
        {Language::fr, "Selon le ministère de l'Intérieur, le préjudice a été évalué à environ 175 millions d'euros.",
         {{"damage", 175e6 * 0.9, "", "ministère de l'Intérieur", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Quelque 2.030 militaires de l'OTSC (Organisation), ont été déployés au Kazakhstan.",
         {{"deployed", 2030 * 0.9, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Il a précisé que 2.030 hommes ont été déployés.",
         {{"deployed", 2030, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Quarante-trois soldats polonais sont morts en Afghanistan.",
         {{"deaths", 43, "Polish soldiers", "", "2022-01-10", "Afghanistan", S::reported}}},
        {Language::fr, "La guerre a tué des dizaines de milliers de personnes et en a déplacé près de 12 millions.",
         {{"deaths", 20000, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"displaced", 12e6 * 0.9, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "La capitale de 1,8 million d'habitants, un pays de 19 millions d'habitants, indépendant en 1989, et 125 enquêtes ouvertes le 2 janvier.",
         {}},
        {Language::fr, "Plus de 100 commerces et banques ont été pillés et plus de 400 véhicules détruits, selon la même source.",
         {}},
        {Language::fr, "Au moins 340 morts, d'après l'agence sanitaire.",
         {{"deaths", 340, "", "agence sanitaire", "2022-01-10", "Kazakhstan", S::reported}}},
        // "un", "une", "one" count before a metric word or a counted noun, never alone
        {Language::fr, "Un policier a été tué et deux autres blessés.",
         {{"deaths", 1, "police officers", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 2, "police officers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "L'attaque a fait un mort et trois blessés.",
         {{"deaths", 1, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 3, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "One person was killed and four were wounded.",
         {{"deaths", 1, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 4, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Un homme a déclaré qu'un manifestant avait vu la scène.", {}},
        {Language::en, "One of them said one officer saw it.", {}},
        // a part of the figure before it keeps its metric and names its group
        {Language::fr, "Le bilan, désormais de 25 morts, dont 3 Belges, pourrait encore s'alourdir.",
         {{"deaths", 25, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 3, "Belgians", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Twelve people were killed, including four children.",
         {{"deaths", 12, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 4, "children", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Some 5,000 were arrested, including 1,200 in Almaty.",
         {{"arrested", 4500, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"arrested", 1200, "", "", "2022-01-10", "Almaty", S::reported}}},
        // ... and a part with neither its own group nor its own place is still read (marked as a
        // part, see below)
        {Language::en, "Nationwide, 5,000 people were arrested, including 1,200 in the province alone.",
         {{"arrested", 5000, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"arrested", 1200, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Police said 240 people were arrested, 96 of them in Almaty.",
         {{"arrested", 240, "", "Police", "2022-01-10", "Kazakhstan", S::reported},
          {"arrested", 96, "", "Police", "2022-01-10", "Almaty", S::reported}}},
        {Language::en, "Officials said two people had died, one of them a police officer.",
         {{"deaths", 2, "", "Officials", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 1, "police officers", "Officials", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The toll rose to 17 on Friday, up from 14 a day earlier, the Red Cross said.",
         {{"deaths", 17, "", "Red Cross", "2022-01-07", "Kazakhstan", S::reported},
          {"deaths", 14, "", "Red Cross", "2022-01-07", "Kazakhstan", S::reported}}},
        {Language::en, "About 300 police officers and soldiers were sent to the city.",
         {{"deployed", 270, "security forces", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Plus de 1.800 pompiers, appuyés par 22 moyens aériens, étaient mobilisés.",
         {{"deployed", 1800, "firefighters", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // turnout: "ils étaient X", and a bare figure given by another source
        {Language::fr, "Ils étaient 1,3 million selon les syndicats, 452.000 selon le ministère.",
         {{"participants", 1.3e6, "", "syndicats", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 452000, "", "ministère", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Selon la CGT, ils étaient 80.000 à Paris, 25.000 selon la police.",
         {{"participants", 80000, "", "CGT", "2022-01-10", "Paris", S::reported},
          {"participants", 25000, "", "police", "2022-01-10", "Paris", S::reported}}},
        {Language::en, "A crowd of 20,000 gathered, according to organisers, 8,000 according to police.",
         {{"participants", 20000, "", "organisers", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 8000, "", "police", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Selon une source, 40 personnes ont été arrêtées dans une opération.",
         {{"arrested", 40, "", "source", "2022-01-10", "Kazakhstan", S::reported}}},
        // a status given in the next sentence, about "ce chiffre" / "the figure"
        {Language::fr, "Selon le ministère, 50 personnes sont mortes. L'opposition a affirmé que ce chiffre est faux.",
         {{"deaths", 50, "", "ministère", "2022-01-10", "Kazakhstan", S::denied}}},
        {Language::en, "The ministry said 50 people had died. The figure was later withdrawn.",
         {{"deaths", 50, "", "ministry", "2022-01-10", "Kazakhstan", S::retracted}}},
        {Language::en, "The ministry said 50 people had died. Officials denied that a curfew was imposed.",
         {{"deaths", 50, "", "ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        // reporting forms and other metrics
        {Language::en, "Figures from the interior ministry show 1,200 arrests.",
         {{"arrested", 1200, "", "interior ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Rescue teams saved 48 people, the coastguard told Reuters.",
         {{"rescued", 48, "", "coastguard", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Les sauveteurs ont secouru 48 personnes.",
         {{"rescued", 48, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Five children are missing.",
         {{"missing", 5, "children", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The death toll rose to 41 on Tuesday, officials said.",
         {{"deaths", 41, "", "officials", "2022-01-04", "Kazakhstan", S::reported}}},
        {Language::en, "The blast left 7 dead and 30 wounded.",
         {{"deaths", 7, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 30, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Rescuers recovered 15 bodies from the rubble.",
         {{"deaths", 15, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Police arrested 85 people on Saturday.",
         {{"arrested", 85, "", "", "2022-01-08", "Kazakhstan", S::reported}}},
        {Language::en, "About 20,000 people marched in Almaty, according to organisers.",
         {{"participants", 18000, "", "organisers", "2022-01-10", "Almaty", S::reported}}},
        {Language::en, "Health officials gave a toll of 212 deaths.",
         {{"deaths", 212, "", "Health officials", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Damage is estimated at $2.1bn, citing insurers.",
         {{"damage", 2.1e9, "", "insurers", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Officials denied that 50 people had died.",
         {{"deaths", 50, "", "", "2022-01-10", "Kazakhstan", S::denied}}},
        {Language::en, "The correct figure is 31 dead, the ministry said.",
         {{"deaths", 31, "", "ministry", "2022-01-10", "Kazakhstan", S::corrected}}},
        {Language::en, "Nearly 12,000 people have been displaced by the fighting.",
         {{"displaced", 10800, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "More than 3,000 residents were evacuated.",
         {{"evacuated", 3000, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // who sends troops does the sending, not the counting: no source without an attribution
        {Language::en, "The army deployed 2,000 troops to the region.",
         {{"deployed", 2000, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The army deployed 2,000 troops to the region, the defence ministry said.",
         {{"deployed", 2000, "", "defence ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le bilan est de 9 morts, a indiqué le ministère, qui a déployé 800 pompiers.",
         {{"deaths", 9, "", "ministère", "2022-01-10", "Kazakhstan", S::reported},
          {"deployed", 800, "firefighters", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Un groupe lié à Al-Qaïda a revendiqué l'opération et affirmé avoir tué 60 militaires.",
         {{"deaths", 60, "soldiers", "groupe lié à Al-Qaïda", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le bilan s'élève à 19 morts, dont deux Algériens, a annoncé le ministère.",
         {{"deaths", 19, "", "ministère", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 2, "Algerians", "ministère", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "D'après Médecins sans frontières, plus de 900 cas ont été enregistrés.",
         {{"infected", 900, "", "Médecins sans frontières", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Les affrontements ont fait 12 morts.",
         {{"deaths", 12, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Trois personnes ont perdu la vie dans l'accident.",
         {{"deaths", 3, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le bilan s'élève à 19 morts, selon les secours.",
         {{"deaths", 19, "", "secours", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Vingt personnes ont été placées en garde à vue.",
         {{"arrested", 20, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le ministère a recensé 212 décès supplémentaires.",
         {{"deaths", 212, "", "ministère", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Ils étaient 15.000 à défiler à Almaty selon les organisateurs.",
         {{"participants", 15000, "", "organisateurs", "2022-01-10", "Almaty", S::reported}}},
        {Language::fr, "Quatre enfants sont portés disparus.",
         {{"missing", 4, "children", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Plus de 3.000 personnes ont été évacuées.",
         {{"evacuated", 3000, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "On recense 340 cas d'infection, d'après l'agence sanitaire.",
         {{"infected", 340, "", "agence sanitaire", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Un bilan rectifié fait état de 31 morts.",
         {{"deaths", 31, "", "", "2022-01-10", "Kazakhstan", S::corrected}}},
        {Language::fr, "Le feu a fait 2 morts (AFP).",
         {{"deaths", 2, "", "AFP", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le 5 décembre, 14 personnes avaient été blessées à Almaty.",
         {{"injured", 14, "", "", "2021-12-05", "Almaty", S::reported}}},
        {Language::en, "On March 3, 14 people were injured in Almaty.",
         {{"injured", 14, "", "", "2021-03-03", "Almaty", S::reported}}},
        {Language::fr, "En 2015, 130 personnes avaient été tuées à Paris.",
         {{"deaths", 130, "", "", "2015", "Paris", S::reported}}},
        // sources: a trailing ", X said" whose name holds "and", "for" or a possessive; an agent
        // after a document ("un bilan publié par X"); "Pour X," opening the sentence
        {Language::en, "The death toll rose to 27 on Thursday, the national search and rescue agency said.",
         {{"deaths", 27, "", "national search and rescue agency", "2022-01-06", "Kazakhstan", S::reported}}},
        {Language::en, "Rescuers have pulled 168 survivors from the water, a spokesman for the agency told Reuters.",
         {{"rescued", 168, "", "spokesman for the agency", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Papua New Guinea's government said 26 people were killed.",
         {{"deaths", 26, "", "Papua New Guinea's government", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The group also said at least nine protesters had been shot dead.",
         {{"deaths", 9, "protesters", "group", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Pour la préfecture, ils étaient 4.500.",
         {{"participants", 4500, "", "préfecture", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Pour la première fois, 300 personnes ont été arrêtées.",
         {{"arrested", 300, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le glissement a fait 43 morts, selon un bilan publié jeudi par l'Unité nationale de gestion des risques.",
         {{"deaths", 43, "", "Unité nationale de gestion des risques", "2022-01-06", "Kazakhstan", S::reported}}},
        {Language::fr, "Un bilan de 51 morts diffusé par le gouverneur avait été retiré.",
         {{"deaths", 51, "", "gouverneur", "2022-01-10", "Kazakhstan", S::retracted}}},
        {Language::fr, "Ils étaient 70.000 selon les syndicats FGTB et CSC, tandis que la police a compté 38.000 manifestants.",
         {{"participants", 70000, "", "syndicats FGTB et CSC", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 38000, "", "police", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Plus de 3.000 personnes ont été évacuées, dont 1.200 à Almaty, selon la préfecture.",
         {{"evacuated", 3000, "", "préfecture", "2022-01-10", "Kazakhstan", S::reported},
          {"evacuated", 1200, "", "préfecture", "2022-01-10", "Almaty", S::reported}}},
        {Language::fr, "Le groupe Chimeval, son propriétaire, estime les dégâts à près de 30 millions d'euros.",
         {{"damage", 27e6, "", "groupe Chimeval", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Un groupe lié à Al-Qaïda a affirmé avoir tué 60 militaires.",
         {{"deaths", 60, "soldiers", "groupe lié à Al-Qaïda", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "A local doctors' union said at least 80 people had died.",
         {{"deaths", 80, "", "local doctors' union", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The ministry retracted a figure of 340 deaths, citing a data-entry error.",
         {{"deaths", 340, "", "", "2022-01-10", "Kazakhstan", S::retracted}}},
        {Language::en, "On Monday night the interior ministry had reported 31 dead.",
         {{"deaths", 31, "", "interior ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Gunmen killed at least 30 people, a security official told Reuters.",
         {{"deaths", 30, "", "security official", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The health ministry on Friday retracted a figure of 340 deaths, citing a data-entry error, and said the correct figure was 34 deaths.",
         {{"deaths", 340, "", "health ministry", "2022-01-07", "Kazakhstan", S::retracted},
          {"deaths", 34, "", "health ministry", "2022-01-07", "Kazakhstan", S::corrected}}},
        {Language::fr, "Le pays compte plus de deux millions de déplacés, selon le Conseil national de secours.",
         {{"displaced", 2e6, "", "Conseil national de secours", "2022-01-10", "Kazakhstan", S::reported}}},
        // places the gazetteer lacks, after a place noun and "de" / "of", or a locative and "the"
        {Language::en, "Two people were killed in the town of Sale, police said.",
         {{"deaths", 2, "", "police", "2022-01-10", "Sale", S::reported}}},
        {Language::fr, "Dans la seule ville d'Abéché, plus de 900 cas ont été enregistrés.",
         {{"infected", 900, "", "", "2022-01-10", "Abéché", S::reported}}},
        {Language::en, "Twelve people are missing in the Northern Region, officials said.",
         {{"missing", 12, "", "officials", "2022-01-10", "Northern Region", S::reported}}},
        {Language::fr, "Au moins 17 migrants sont morts au large de Lampedusa.",
         {{"deaths", 17, "migrants", "", "2022-01-10", "Lampedusa", S::reported}}},
        {Language::fr, "Des heurts ont éclaté : à Almaty, une trentaine de personnes ont été arrêtées.",
         {{"arrested", 25, "", "", "2022-01-10", "Almaty", S::reported}}},
        {Language::en, "Police arrested 17 men after an ambush near Tari.",
         {{"arrested", 17, "", "", "2022-01-10", "Tari", S::reported}}},
        {Language::en, "57 people had been treated for wounds at the University Teaching Hospital.",
         {{"injured", 57, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Troops were sent to Hela province, where clan fighting has killed at least 26 people.",
         {{"deaths", 26, "", "", "2022-01-10", "Hela", S::reported}}},
        {Language::fr, "Plus de 4.200 cas ont été recensés, dont 1.350 aux Abymes.",
         {{"infected", 4200, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"infected", 1350, "", "", "2022-01-10", "Les Abymes", S::reported}}},
        {Language::en, "More than 6,000 people were evacuated from towns in eastern Gippsland on Friday.",
         {{"evacuated", 6000, "", "", "2022-01-07", "Gippsland", S::reported}}},
        {Language::fr, "Le bilan des inondations qui frappent l'Hérault s'élève à neuf morts.",
         {{"deaths", 9, "", "", "2022-01-10", "Hérault", S::reported}}},
        {Language::fr, "Une trentaine de décès ont été signalés dans les villages isolés du Ouaddaï.",
         {{"deaths", 25, "", "", "2022-01-10", "Ouaddaï", S::reported}}},
        {Language::en, "Sindh province accounts for 38 of the dead, officials said.",
         {{"deaths", 38, "", "officials", "2022-01-10", "Sindh", S::reported}}},
        // Words between a figure and its noun, ages, "a" / "an" as one, places after place nouns.
        {Language::en, "Three men aged between 19 and 27 were arrested in Heraklion, police said.",
         {{"arrested", 3, "", "police", "2022-01-10", "Heraklion", S::reported}}},
        {Language::en, "A 56-year-old farm labourer collapsed and died near Lorca.",
         {{"deaths", 1, "farm labourers", "", "2022-01-10", "Lorca", S::reported}}},
        {Language::en, "Two people were killed, including a child, police said.",
         {{"deaths", 2, "", "police", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 1, "children", "police", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "A spokesman said a dead end and a man at the door were all they found.", {}},
        {Language::fr, "Cinq autres skieurs ont été blessés à Tignes, a précisé le procureur.",
         {{"injured", 5, "skiers", "procureur", "2022-01-10", "Tignes", S::reported}}},
        {Language::fr, "Au moins 41 détenus ont été tués dans une prison de Manaus.",
         {{"deaths", 41, "prisoners", "", "2022-01-10", "Manaus", S::reported}}},
        // A cue, a copula, the figure; the list after it.
        {Language::fr, "Parmi les victimes figurent deux Belges et un moniteur de ski, a précisé le procureur.",
         {{"deaths", 2, "Belgians", "procureur", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 1, "ski instructors", "procureur", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Among the survivors were 34 Egyptians, 15 Pakistanis and 12 Syrians, an official said.",
         {{"rescued", 34, "Egyptians", "official", "2022-01-10", "Kazakhstan", S::reported},
          {"rescued", 15, "Pakistanis", "official", "2022-01-10", "Kazakhstan", S::reported},
          {"rescued", 12, "Syrians", "official", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Les flammes ont contraint les autorités à évacuer 1.200 habitants, a indiqué la protection civile.",
         {{"evacuated", 1200, "", "protection civile", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The death toll from Friday's magnitude 6.4 earthquake was revised upwards to 157.",
         {{"deaths", 157, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Deux salariés ont été testés positifs, a annoncé l'Agence régionale de santé (ARS) des Pays de la Loire.",
         {{"infected", 2, "workers", "Agence régionale de santé (ARS) des Pays de la Loire", "2022-01-10", "Kazakhstan", S::reported}}},
        // A share or a part with a metric word of its own counts that metric.
        {Language::fr, "MSF a recensé 112 cas de choléra, dont quatre mortels.",
         {{"infected", 112, "", "MSF", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 4, "", "MSF", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Selon le gouverneur, 52 d'entre eux ont été interpellés.",
         {{"arrested", 52, "", "gouverneur", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Rescuers freed 11 miners, and two of those rescued were seriously hurt.",
         {{"rescued", 11, "workers", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 2, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The outbreak had infected 412 people and killed 23, the WHO said.",
         {{"infected", 412, "", "WHO", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 23, "", "WHO", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "On a recensé 3 accidents mortels sur cette route.", {}},
        {Language::en, "The coast guard rescued 57 fishermen whose boats capsized off Aparri.",
         {{"rescued", 57, "fishermen", "", "2022-01-10", "Aparri", S::reported}}},
        {Language::en, "Organisers said some 15,000 people marched in Almaty, while police put the turnout at 3,000.",
         {{"participants", 13500, "", "Organisers", "2022-01-10", "Almaty", S::reported},
          {"participants", 3000, "", "police", "2022-01-10", "Almaty", S::reported}}},
        {Language::fr, "Deux organisateurs, soupçonnés d'avoir surchargé la pirogue, ont été placés en garde à vue à Thiès.",
         {{"arrested", 2, "organisers", "", "2022-01-10", "Thiès", S::reported}}},
        {Language::fr, "La marine a publié un bilan de 16 morts, après le naufrage d'une pirogue au large de Kayar.",
         {{"deaths", 16, "", "marine", "2022-01-10", "Kayar", S::reported}}},
        {Language::fr, "Dans le canton de Vaud, ils ont fait un mort, a indiqué la police cantonale vaudoise.",
         {{"deaths", 1, "", "police cantonale vaudoise", "2022-01-10", "Vaud", S::reported}}},
        {Language::fr, "La région de Zinder, dans le centre-est du pays, concentre 803 cas.",
         {{"infected", 803, "", "", "2022-01-10", "Zinder", S::reported}}},
        {Language::en, "A bus plunged into a ravine in the Ayacucho region, killing at least 24 people.",
         {{"deaths", 24, "", "", "2022-01-10", "Ayacucho", S::reported}}},
        {Language::en, "In Almaty, turnout was put at 15,000 by the mayor's office.",
         {{"participants", 15000, "", "mayor's office", "2022-01-10", "Almaty", S::reported}}},
        {Language::fr, "Selon le dernier point de la Protection civile, une trentaine de personnes ont été blessées.",
         {{"injured", 25, "", "Protection civile", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "À Almaty, 600 manifestants selon les organisateurs ; à Aktau, 300 manifestants selon la police.",
         {{"participants", 600, "", "organisateurs", "2022-01-10", "Almaty", S::reported},
          {"participants", 300, "", "police", "2022-01-10", "Aktau", S::reported}}},
        {Language::fr, "Près de 2.500 habitants de Chivay ont été évacués.",
         {{"evacuated", 2250, "", "", "2022-01-10", "Chivay", S::reported}}},
        // a place inside the source's name is not the figure's place, unless the clause names it too
        {Language::fr, "La préfecture du Rhône a compté 11.500 manifestants.",
         {{"participants", 11500, "", "préfecture du Rhône", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "En Almaty, environ 900 cas ont été signalés, d'après l'agence d'Almaty.",
         {{"infected", 810, "", "agence d'Almaty", "2022-01-10", "Almaty", S::reported}}},
        {Language::en, "Nearly 8,000 people have been detained, the government said on Monday.",
         {{"arrested", 7200, "", "government", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "In a separate statement, the interior ministry said 7,989 people were being held as of January 10.",
         {{"arrested", 7989, "", "interior ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "More than 1,300 people have been injured in the violence, the health ministry said on Saturday.",
         {{"injured", 1300, "", "health ministry", "2022-01-08", "Kazakhstan", S::reported}}},
        {Language::en, "In 2011, police killed 14 striking oil workers in Zhanaozen.",
         {{"deaths", 14, "workers", "", "2011", "Zhanaozen", S::reported}}},
        // a list shares its verb: people after "and a", things in the list not counted
        {Language::en, "Two security guards and a teacher were killed in the attack.",
         {{"deaths", 2, "guards", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 1, "teachers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Une quarantaine de secouristes, trois hélicoptères et six chiens d'avalanche ont été engagés.",
         {{"deployed", 35, "rescuers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Pas moins de 45 pompiers et 18 véhicules ont été mobilisés.",
         {{"deployed", 45, "firefighters", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // more verbs and nouns from the lexicon
        {Language::en, "8,500 people had lost their homes, officials said.",
         {{"displaced", 8500, "", "officials", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Les autorités ont évacué à titre préventif quelque 1.200 habitants.",
         {{"evacuated", 1080, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Une quinzaine de patients ont été intoxiqués, selon l'hôpital.",
         {{"injured", 12, "patients", "hôpital", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The storm destroyed dozens of bridges and killed 12 people.",
         {{"deaths", 12, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // an earlier figure compared with the last whole; "en" for what the last figure counts
        {Language::fr, "Quarante-huit cas, dont deux mortels, ont été recensés, a annoncé l'ARS, contre 31 cas auparavant.",
         {{"infected", 48, "", "ARS", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 2, "", "ARS", "2022-01-10", "Kazakhstan", S::reported},
          {"infected", 31, "", "ARS", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The ministry has recorded 155 heat deaths this year, compared with 421 in 2021.",
         {{"deaths", 155, "", "ministry", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 421, "", "ministry", "2021", "Kazakhstan", S::reported}}},
        {Language::fr, "Le ministère a compté 1,09 million de manifestants, tandis que la CGT en revendiquait plus de 3,5 millions.",
         {{"participants", 1.09e6, "", "ministère", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 3.5e6, "", "CGT", "2022-01-10", "Kazakhstan", S::reported}}},
        // sources: the antecedent of "who"; not a passive participle's subject; no "de source indépendante"
        {Language::en, "Residents who reached Pemba by boat told AFP that at least 20 civilians had been killed.",
         {{"deaths", 20, "civilians", "Residents", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le ministre a démenti le chiffre de cinq morts avancé par l'opposition et fait état de 14 blessés.",
         {{"deaths", 5, "", "opposition", "2022-01-10", "Kazakhstan", S::denied},
          {"injured", 14, "", "ministre", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Plus de 70 personnes ont été blessées, une information qu'il n'a pas été possible de vérifier de source indépendante.",
         {{"injured", 70, "", "", "2022-01-10", "Kazakhstan", S::unverified}}},
        // a count inside a complement, and things after an adjective, are not the figure's
        {Language::en, "Around 1,200 residents of three downstream communities were evacuated.",
         {{"evacuated", 1080, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // a cue right before the figure wins over a word further on; adverbs before the figure
        {Language::en, "Police arrested 14 people in the capital after protesters threw stones.",
         {{"arrested", 14, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "L'armée a libéré 14 otages, dont quatre femmes et deux enfants, détenus depuis juin.",
         {{"rescued", 14, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"rescued", 4, "women", "", "2022-01-10", "Kazakhstan", S::reported},
          {"rescued", 2, "children", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The crash killed all 18 people on board.",
         {{"deaths", 18, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "L'accident avait déjà tué 11 personnes.",
         {{"deaths", 11, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // a toll the count passes is a floor
        {Language::fr, "Selon la Croix-Rouge, le nombre de morts pourrait dépasser 50.",
         {{"deaths", 50, "", "Croix-Rouge", "2022-01-10", "Kazakhstan", S::reported}}},
        // ellipses: a bare figure with a place of its own, "ainsi que", "put the number at", "dont un"
        {Language::fr, "La police a interpellé 112 personnes à Almaty et 37 à Mutsamudu, selon le procureur.",
         {{"arrested", 112, "", "procureur", "2022-01-10", "Almaty", S::reported},
          {"arrested", 37, "", "procureur", "2022-01-10", "Mutsamudu", S::reported}}},
        {Language::fr, "Quelque 200 pompiers ont été mobilisés, ainsi qu'une cinquantaine de militaires.",
         {{"deployed", 180, "firefighters", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deployed", 45, "soldiers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Organisers said 30,000 people took part, while city hall put the number at 10,000.",
         {{"participants", 30000, "", "Organisers", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 10000, "", "city hall", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Les organisateurs font état de 41 blessés, dont un grièvement.",
         {{"injured", 41, "", "organisateurs", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 1, "", "organisateurs", "2022-01-10", "Kazakhstan", S::reported}}},
        // "département de l'Atacora"; a single letter is no place; what is counted is no source
        {Language::fr, "L'armée a libéré 14 otages dans le département de l'Atacora.",
         {{"rescued", 14, "", "", "2022-01-10", "Atacora", S::reported}}},
        {Language::en, "Hail damage put at C$1.2 billion.",
         {{"damage", 1.2e9, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // round 7: participles, "of its", adjectives before a noun, short windows after "a"
        {Language::en, "The army saved 112 people trapped in their cars.",
         {{"rescued", 112, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "More than 600 of its activists had been arrested, the party said.",
         {{"arrested", 600, "activists", "party", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The ministry confirmed eight human cases, three of them fatal.",
         {{"infected", 8, "", "ministry", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 3, "", "ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The country has recorded more than 70 fatal air crashes since 1955.", {}},
        {Language::en, "A doctor at the hospital said the man who died had been shot.", {}},
        {Language::fr, "Une explosion a ravagé le marché, tuant sur le coup cinq commerçantes.",
         {{"deaths", 5, "traders", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // sources: "adding that", "à l'AFP le porte-parole", a passive agent, a document's agent
        {Language::en, "Police spokesman John Doe told Reuters the siege was over, adding that 53 people had been wounded.",
         {{"injured", 53, "", "Police spokesman John Doe", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Un motocycliste a été tué, a indiqué mardi à l'AFP le porte-parole de la police.",
         {{"deaths", 1, "motorcyclists", "porte-parole de la police", "2022-01-04", "Kazakhstan", S::reported}}},
        {Language::fr, "Les dégâts sont estimés à 4,5 millions de dinars par la chambre régionale d'industrie.",
         {{"damage", 4.5e6, "", "chambre régionale d'industrie", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le bilan, communiqué mercredi par la protection civile, s'élève à neuf morts.",
         {{"deaths", 9, "", "protection civile", "2022-01-05", "Kazakhstan", S::reported}}},
        {Language::en, "Damage to roads was put at 2.1 million rials, the ministry said.",
         {{"damage", 2.1e6, "", "ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        // names before a unit noun; institutions and news agencies are not places
        {Language::en, "A farmer from neighbouring Svay Rieng province died of the disease.",
         {{"deaths", 1, "farmers", "", "2022-01-10", "Svay Rieng", S::reported}}},
        {Language::en, "Police sent 600 officers to Nimba County.",
         {{"deployed", 600, "police officers", "", "2022-01-10", "Nimba County", S::reported}}},
        {Language::en, "The Department of Budget said 14 people were arrested.",
         {{"arrested", 14, "", "Department of Budget", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "214 cas ont été recensés, a déclaré à l'APS le directeur de la santé.",
         {{"infected", 214, "", "directeur de la santé", "2022-01-10", "Kazakhstan", S::reported}}},
        // parts with an age or an adjective, "of his"; anaphoric "figure was"; "passé de X à Y"
        {Language::en, "The tornado killed six people, including a 4-year-old girl.",
         {{"deaths", 6, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 1, "girls", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Eleven people were arrested, including a local councillor and two of his bodyguards.",
         {{"arrested", 11, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"arrested", 1, "councillors", "", "2022-01-10", "Kazakhstan", S::reported},
          {"arrested", 2, "bodyguards", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Officials said 15,000 people had crossed the border. The correct figure was 1,500.",
         {{"displaced", 15000, "", "Officials", "2022-01-10", "Kazakhstan", S::reported},
          {"displaced", 1500, "", "", "2022-01-10", "Kazakhstan", S::corrected}}},
        {Language::fr, "Selon la direction de la santé, le bilan est passé de cinq morts à sept.",
         {{"deaths", 5, "", "direction de la santé", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 7, "", "direction de la santé", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Plus de six millions d'oiseaux ont été abattus, et trois assaillants ont été abattus.",
         {{"deaths", 3, "militants", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // round 8: tolls read across "now" / "from", "on compte", "dépasse", "le décès de deux blessés"
        {Language::fr, "Le nombre de blessés atteint désormais 212, selon le ministère.",
         {{"injured", 212, "", "ministère", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Trente personnes sont mortes. Parmi les personnes tuées, on compte six femmes et neuf enfants.",
         {{"deaths", 30, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 6, "women", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 9, "children", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Selon la commission, le bilan dépasse 60 morts.",
         {{"deaths", 60, "", "commission", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "La Croix-Rouge a annoncé le décès de deux blessés.",
         {{"deaths", 2, "", "Croix-Rouge", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Five people were killed, police said on Twitter.",
         {{"deaths", 5, "", "police", "2022-01-10", "Kazakhstan", S::reported}}},
        // places: a locative of two words, a place noun with its complement, a participle's event
        {Language::fr, "Environ 2.000 policiers avaient été déployés à travers N'Djamena.",
         {{"deployed", 1800, "police officers", "", "2022-01-10", "N'Djamena", S::reported}}},
        {Language::fr, "Un incendie s'est déclaré dans une usine de confection de Ksar Hellal, tuant 11 ouvrières.",
         {{"deaths", 11, "workers", "", "2022-01-10", "Ksar Hellal", S::reported}}},
        {Language::fr, "Une attaque contre un poste militaire de Ponio avait fait huit morts.",
         {{"deaths", 8, "", "", "2022-01-10", "Ponio", S::reported}}},
        {Language::en, "Gunmen stormed a hotel in Mogadishu, after a car bomb exploded, killing at least 26 people.",
         {{"deaths", 26, "", "", "2022-01-10", "Mogadishu", S::reported}}},
        {Language::en, "Authorities evacuated 3,000 residents from the neighbouring suburb of Tema New Town.",
         {{"evacuated", 3000, "", "", "2022-01-10", "Tema New Town", S::reported}}},
        // the place after a possessive; names with a linking word or an Arabic article
        {Language::en, "At least 13 people were killed in Himachal Pradesh's Chamba district.",
         {{"deaths", 13, "", "", "2022-01-10", "Chamba", S::reported}}},
        {Language::en, "Floods killed nine people in Oman's Al Dhahirah governorate.",
         {{"deaths", 9, "", "", "2022-01-10", "Al Dhahirah", S::reported}}},
        {Language::en, "Some 2,000 people were evacuated in Sierra de Gata.",
         {{"evacuated", 1800, "", "", "2022-01-10", "Sierra de Gata", S::reported}}},
        {Language::en, "Thirty-seven fishermen are missing in the Bay of Bengal.",
         {{"missing", 37, "fishermen", "", "2022-01-10", "Bay of Bengal", S::reported}}},
        {Language::en, "In 2020, clashes in al-Fashaga killed four soldiers.",
         {{"deaths", 4, "soldiers", "", "2020", "al-Fashaga", S::reported}}},
        // "dans toute la France"; "(CHU) de Bouaké"; a count of things does not hide a later place
        {Language::fr, "Jeudi, dans toute la France, le ministère a recensé 1,09 million de manifestants.",
         {{"participants", 1.09e6, "", "ministère", "2022-01-06", "France", S::reported}}},
        {Language::fr, "Un incendie a ravagé le centre hospitalier universitaire (CHU) de Bouaké, faisant six morts.",
         {{"deaths", 6, "", "", "2022-01-10", "Bouaké", S::reported}}},
        {Language::en, "Police rescued 68 migrants from two vans near Velika Kladuša.",
         {{"rescued", 68, "migrants", "", "2022-01-10", "Velika Kladuša", S::reported}}},
        // several words of time before an inverted subject or an agent
        {Language::fr, "Six policiers ont été blessés, a indiqué jeudi après-midi la préfecture de police.",
         {{"injured", 6, "police officers", "préfecture de police", "2022-01-06", "Kazakhstan", S::reported}}},
        {Language::fr, "Selon un bilan diffusé dimanche matin par la wilaya de Casablanca, 40 personnes ont été blessées.",
         {{"injured", 40, "", "wilaya de Casablanca", "2022-01-09", "Kazakhstan", S::reported}}},
        // sources: initials, a longer audience, a relative clause, "et de la", a verb left out
        {Language::en, "The death toll rose to 14, said district collector S. Anand.",
         {{"deaths", 14, "", "district collector S. Anand", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Deux personnes ont péri, a déclaré à la radio nationale le directeur de la protection civile.",
         {{"deaths", 2, "", "directeur de la protection civile", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "About 80,000 people marched, the teachers' union Asoprof, which called the march, said.",
         {{"participants", 72000, "", "teachers' union Asoprof", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Il y a eu 37 interpellations, a indiqué le ministre de la Sécurité et de la Protection civile.",
         {{"arrested", 37, "", "ministre de la Sécurité et de la Protection civile", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "La préfecture a compté 2.100 manifestants, l'intersyndicale des taxis entre 8 000 et 10 000 participants.",
         {{"participants", 2100, "", "préfecture", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 8000, "", "intersyndicale des taxis", "2022-01-10", "Kazakhstan", S::reported}}},
        // a document's agent as the subject; an audience before a bare name
        {Language::fr, "Un premier bilan, diffusé dimanche matin par la wilaya de Casablanca, faisait état de 40 blessés.",
         {{"injured", 40, "", "wilaya de Casablanca", "2022-01-09", "Kazakhstan", S::reported}}},
        {Language::fr, "Nous avons enregistré 97 nouveaux cas, a déclaré à la presse Sory Condé.",
         {{"infected", 97, "", "Sory Condé", "2022-01-10", "Kazakhstan", S::reported}}},
        // round 10: time words after a cue, two ages, reinforcements, a possessive in an inverted name
        {Language::fr, "L'armée a dépêché mardi quelque 200 soldats dans la région.",
         {{"deployed", 180, "", "", "2022-01-04", "Kazakhstan", S::reported}}},
        {Language::fr, "Deux personnes âgées, de 84 et 91 ans, sont mortes.",
         {{"deaths", 2, "elderly people", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le gouvernement a envoyé un renfort de 120 gendarmes.",
         {{"deployed", 120, "police officers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The storm killed seven people, said the state relief commissioner's office.",
         {{"deaths", 7, "", "state relief commissioner's office", "2022-01-10", "Kazakhstan", S::reported}}},
        // a condition noun then a death; parts named by a single person
        {Language::fr, "Selon la mairie, six sans-abri ont été retrouvés morts.",
         {{"deaths", 6, "", "mairie", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Trois personnes ont trouvé la mort, dont un motard.",
         {{"deaths", 3, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 1, "motorcyclists", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Santé publique France avait compté 22 cas, dont un mortel.",
         {{"infected", 22, "", "Santé publique France", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 1, "", "Santé publique France", "2022-01-10", "Kazakhstan", S::reported}}},
        // facilities as place nouns
        {Language::fr, "Neuf personnes ont été tuées dans une boulangerie de Tripoli.",
         {{"deaths", 9, "", "", "2022-01-10", "Tripoli", S::reported}}},
        {Language::fr, "Au moins 17 personnes ont péri dans l'incendie d'une discothèque de Yaoundé.",
         {{"deaths", 17, "", "", "2022-01-10", "Yaoundé", S::reported}}},
        {Language::fr, "Huit ouvriers ont été tués dans une carrière de basalte de Diack.",
         {{"deaths", 8, "workers", "", "2022-01-10", "Diack", S::reported}}},
        // a place noun and "of" name the place; the words qualifying the noun do not
        {Language::en, "Around 11,000 people marched through the northern Portuguese city of Braga.",
         {{"participants", 9900, "", "", "2022-01-10", "Braga", S::reported}}},
        {Language::en, "Police arrested 64 people in raids on the Caribbean port of Limón.",
         {{"arrested", 64, "", "", "2022-01-10", "Limón", S::reported}}},
        {Language::en, "Nine deaths were recorded in the Copperbelt mining town of Kitwe.",
         {{"deaths", 9, "", "", "2022-01-10", "Kitwe", S::reported}}},
        {Language::en, "At least 12 people were killed in the Ikoyi district of Lagos.",
         {{"deaths", 12, "", "", "2022-01-10", "Ikoyi", S::reported}}},
        {Language::en, "In neighbouring Ndola, 41 suspected cases have been reported.",
         {{"infected", 41, "", "", "2022-01-10", "Ndola", S::reported}}},
        {Language::en, "Five people have died as snow blanketed Akita prefecture in northern Japan.",
         {{"deaths", 5, "", "", "2022-01-10", "Akita", S::reported}}},
        {Language::fr, "La préfecture de l'Isère a compté 14.500 manifestants.",
         {{"participants", 14500, "", "préfecture de l'Isère", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "A toll of more than 164 dead was posted, a figure that has not been independently verified.",
         {{"deaths", 164, "", "", "2022-01-10", "Kazakhstan", S::unverified}}},
        // a capitalised adjective before a one-word noun; a possessive inside a source's name
        {Language::en, "Three Dutch climbers were still missing, according to Norway's mountain rescue service.",
         {{"missing", 3, "hikers", "Norway's mountain rescue service", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The governor sent 150 National Guard soldiers.",
         {{"deployed", 150, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // strikes: the number of strikers, stopping work
        {Language::en, "The union said 12,000 dockers had stopped work; the ministry put the number of strikers at 4,000.",
         {{"participants", 12000, "dockworkers", "union", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 4000, "", "ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        // a toll phrase far from its figure; "sent ... to hospital"; a present-tense verb
        {Language::en, "The death toll from the collapse of a five-storey building in the old quarter of the city rose to 14.",
         {{"deaths", 14, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The fumes sent 19 people to hospital.",
         {{"injured", 19, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Malaria kills about 900 people a year in the region, and 40 others were taken to hospital.",
         {{"deaths", 810, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 40, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The eruption forced 3,000 villagers to evacuate.",
         {{"evacuated", 3000, "villagers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // a population, then the count: commas alone make no list
        {Language::en, "In Arequipa, a city of some 900,000 inhabitants, about 12,000 people were evacuated.",
         {{"evacuated", 10800, "", "", "2022-01-10", "Arequipa", S::reported}}},
        {Language::fr, "À Maré, qui compte environ 5 000 habitants, quelque 700 personnes ont été évacuées.",
         {{"evacuated", 630, "", "", "2022-01-10", "Maré", S::reported}}},
        // a part with an adjective; a capitalised word before a noun is no demonym
        {Language::en, "Nine people were hurt, including a pregnant woman.",
         {{"injured", 9, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 1, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The toll rose to 13, a Karachi police official told reporters.",
         {{"deaths", 13, "", "Karachi police official", "2022-01-10", "Kazakhstan", S::reported}}},
        // damage cues and the ringgit
        {Language::en, "Rioters damaged machinery worth 80,000 ringgit.",
         {{"damage", 80000, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // French: rescued alive, taken into custody, infected, driven from home, deployed
        {Language::fr, "Les pompiers ont extrait vivants six ouvriers.",
         {{"rescued", 6, "workers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le procureur a fait placer en garde à vue deux gérants.",
         {{"arrested", 2, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Au moins 80 personnes ont été contaminées.",
         {{"infected", 80, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Les pluies ont chassé de leurs foyers près de 2.000 personnes.",
         {{"displaced", 1800, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Quelque 400 riverains ont déjà été déplacés et 300 habitants ont trouvé refuge à l'école.",
         {{"displaced", 360, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"displaced", 300, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le gouvernement avait déployé 600 gendarmes.",
         {{"deployed", 600, "police officers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Cinq membres d'une même famille sont morts.",
         {{"deaths", 5, "family members", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "L'agence a recensé 310 cas d'intoxication et 4 décès.",
         {{"infected", 310, "", "agence", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 4, "", "agence", "2022-01-10", "Kazakhstan", S::reported}}},
        // sources: a time between a name and its verb; a participle going on; ", and" going on;
        // gapping after ", et"; an idiom is no reporting verb; identifiers; bodies in lower case
        {Language::en, "Chile's interior ministry on Tuesday raised the death toll to 31.",
         {{"deaths", 31, "", "Chile's interior ministry", "2022-01-04", "Kazakhstan", S::reported}}},
        {Language::en, "The dockers' union said the real toll was higher, putting it at 12.",
         {{"deaths", 12, "", "dockers' union", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The ministry said 400 people had been evacuated, and at least 30 were missing.",
         {{"evacuated", 400, "", "ministry", "2022-01-10", "Kazakhstan", S::reported},
          {"missing", 30, "", "ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Les syndicats ont revendiqué 9.000 manifestants, et la préfecture 3.100 participants.",
         {{"participants", 9000, "", "syndicats", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 3100, "", "préfecture", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "A rescuers' association said the roof gave way at dawn, and that at least 12 people were still missing.",
         {{"missing", 12, "", "rescuers' association", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Rescue service provider SR7 said it had treated 14 people for injuries.",
         {{"injured", 14, "", "Rescue service provider SR7", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Douze personnes sont mortes, selon le dernier bilan de la préfecture.",
         {{"deaths", 12, "", "préfecture", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The fever has infected 300 people and killed 20, figures from the health ministry show.",
         {{"infected", 300, "", "health ministry", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 20, "", "health ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        // places: an event noun after a city, "into", a settlement noun in apposition, possessives
        // and refugees between a place noun and its name; a river is no scope
        {Language::en, "Twelve people were hurt during the Lagos protest.",
         {{"injured", 12, "", "", "2022-01-10", "Lagos", S::reported}}},
        {Language::en, "Some 5,000 protesters marched into central Madrid.",
         {{"participants", 4500, "", "", "2022-01-10", "Madrid", S::reported}}},
        {Language::en, "In the provincial capital Tete alone, 40 cases have been confirmed.",
         {{"infected", 40, "", "", "2022-01-10", "Tete", S::reported}}},
        {Language::fr, "Dans la capitale provinciale Kananga, 58 cas ont été recensés.",
         {{"infected", 58, "", "", "2022-01-10", "Kananga", S::reported}}},
        {Language::fr, "Deux enfants sont morts dans leur maison de Tourcoing.",
         {{"deaths", 2, "children", "", "2022-01-10", "Tourcoing", S::reported}}},
        {Language::fr, "Dans le camp de réfugiés de Minawao, 31 cas ont été confirmés.",
         {{"infected", 31, "", "", "2022-01-10", "Minawao", S::reported}}},
        {Language::en, "Two men drowned after being swept into the River Severn at Shrewsbury.",
         {{"deaths", 2, "", "", "2022-01-10", "Shrewsbury", S::reported}}},
        {Language::fr, "Quatre personnes sont mortes à l'hôpital Aristide-Le-Dantec.",
         {{"deaths", 4, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Plus de 800 habitants des îles Loyauté ont été évacués.",
         {{"evacuated", 800, "", "", "2022-01-10", "Loyalty Islands", S::reported}}},
        // a quoted vague figure; an aside "most of them"; a condition used as a noun, then a death;
        // what the figure is among beats a participle; a share with a verb of its own
        {Language::fr, "Les organisateurs évoquent « une vingtaine » de manifestants blessés.",
         {{"injured", 16, "protesters", "organisateurs", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "About 900 firefighters, most of them volunteers, and 200 soldiers were deployed.",
         {{"deployed", 810, "firefighters", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deployed", 200, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Thirty workers were hurt, and three of the injured died in hospital.",
         {{"injured", 30, "workers", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 3, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Parmi les 40 morts de Kindu figurent sept enfants, ensevelis sous les décombres.",
         {{"deaths", 40, "", "", "2022-01-10", "Kindu", S::reported},
          {"deaths", 7, "children", "", "2022-01-10", "Kindu", S::reported}}},
        {Language::fr, "Trente personnes ont été interpellées, dont dix seront jugées lundi, et huit d'entre elles seraient mineures.",
         {{"arrested", 30, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"arrested", 10, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Forty people were injured, two of them were children.",
         {{"injured", 40, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 2, "children", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "About 500 residents of Bunbury and nearby farms were evacuated.",
         {{"evacuated", 450, "", "", "2022-01-10", "Bunbury", S::reported}}},
        // strikes, sit-ins, rescued alive, "sur place", French "étaient mortes", still sought
        {Language::fr, "Plus de 20 000 enseignants étaient en grève, et 300 étudiants ont été sortis vivants du bâtiment.",
         {{"participants", 20000, "teachers", "", "2022-01-10", "Kazakhstan", S::reported},
          {"rescued", 300, "students", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Several hundred students staged a sit-in, and doctors said they were treating 14 students.",
         {{"participants", 200, "students", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 14, "students", "doctors", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "L'armée a dépêché sur place 60 militaires ; quatre personnes sont toujours recherchées.",
         {{"deployed", 60, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"missing", 4, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // long names with "and" / "for the" between capitals; an acronym kept with its bracket; an
        // audience "à l'AFP un ..."; the commas of a list; "a chiffré"
        {Language::en, "About 300 people were evacuated, the Department of Parks and Wildlife Services (DPWS) said.",
         {{"evacuated", 270, "", "Department of Parks and Wildlife Services", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The UN Office for the Coordination of Humanitarian Affairs put the number of displaced at 9,000.",
         {{"displaced", 9000, "", "UN Office for the Coordination of Humanitarian Affairs", "2022-01-10", "Kazakhstan",
           S::reported}}},
        {Language::fr, "Le bilan s'élève à 18 morts, selon le ministère de la Gestion des urgences (MINEMA).",
         {{"deaths", 18, "", "ministère de la Gestion des urgences", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Au moins 900 habitants ont été évacués, a indiqué à l'AFP un responsable de la Défense civile.",
         {{"evacuated", 900, "", "responsable de la Défense civile", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The council estimated losses to crops, livestock and roads at $4 million.",
         {{"damage", 4000000, "", "council", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le gouvernement a chiffré les dégâts à 3 millions d'euros, et le syndicat dément ce chiffre.",
         {{"damage", 3000000, "", "gouvernement", "2022-01-10", "Kazakhstan", S::reported}}},
        // a region across "l'ensemble du"; Kasai-Central; a country in apposition or owning the
        // place gives way to it, not a country that is the figure's own scope
        {Language::fr, "Plus de 9 000 enseignants étaient en grève dans l'ensemble du Québec.",
         {{"participants", 9000, "teachers", "", "2022-01-10", "Quebec", S::reported}}},
        {Language::fr, "Au moins 25 personnes ont été tuées au Kasaï-Central.",
         {{"deaths", 25, "", "", "2022-01-10", "Kasai-Central", S::reported}}},
        {Language::en, "More than 4,000 people have fled their homes in Kenya's coastal Mombasa county.",
         {{"displaced", 4000, "", "", "2022-01-10", "Mombasa", S::reported}}},
        {Language::en, "The storm has killed 40 people in Ghana since making landfall near Kumasi.",
         {{"deaths", 40, "", "", "2022-01-10", "Ghana", S::reported}}},
        // parts and a second verb keep the whole's place; place nouns in apposition; hamlets
        {Language::en, "A blast in the northern city of Kano killed nine people, including two firefighters, and injured 30.",
         {{"deaths", 9, "", "", "2022-01-10", "Kano", S::reported},
          {"deaths", 2, "firefighters", "", "2022-01-10", "Kano", S::reported},
          {"injured", 30, "", "", "2022-01-10", "Kano", S::reported}}},
        {Language::en, "In the capital, Accra, thirty people were evacuated.",
         {{"evacuated", 30, "", "", "2022-01-10", "Accra", S::reported}}},
        {Language::en, "Twelve people were still missing in the hamlet of Ccochaccasa.",
         {{"missing", 12, "", "", "2022-01-10", "Ccochaccasa", S::reported}}},
        {Language::fr, "Dans le douar de Tizi n'Oucheg, onze personnes ont péri.",
         {{"deaths", 11, "", "", "2022-01-10", "Tizi n'Oucheg", S::reported}}},
        // "selon la même source" after a body named in the same sentence; a bare description that
        // speaks is the name that counted, for the whole and its parts
        {Language::fr, "À Lyon, 14 personnes ont été interpellées, a indiqué la préfecture du Rhône, et six policiers ont été blessés, selon la même source.",
         {{"arrested", 14, "", "préfecture du Rhône", "2022-01-10", "Lyon", S::reported},
          {"injured", 6, "police officers", "préfecture du Rhône", "2022-01-10", "Lyon", S::reported}}},
        {Language::fr, "Médecins sans frontières a recensé 80 cas de rougeole, dont trois mortels, a indiqué l'organisation.",
         {{"infected", 80, "", "Médecins sans frontières", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 3, "", "Médecins sans frontières", "2022-01-10", "Kazakhstan", S::reported}}},
        // responders with no cue are deployed; a cue of any kind wins; they can still be sources
        {Language::en, "Around 300 rescuers searched the rubble, and 12 firefighters were injured, firefighters said.",
         {{"deployed", 270, "rescuers", "firefighters", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 12, "firefighters", "firefighters", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Quelque 500 pompiers luttaient contre les flammes.",
         {{"deployed", 450, "firefighters", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // an adjective of nationality is no place; a distance before a name; "with" keeps the place;
        // "près de"; exonyms; two-letter names only in capitals
        {Language::en, "Storms killed eight people in the southern Mexican state of Guerrero.",
         {{"deaths", 8, "", "", "2022-01-10", "Guerrero", S::reported}}},
        {Language::fr, "Dix personnes ont été tuées sur la route, à une vingtaine de kilomètres de Mbour.",
         {{"deaths", 10, "", "", "2022-01-10", "Mbour", S::reported}}},
        {Language::en, "Cholera has killed 40 people in the port city of Hodeidah, with more than 900 cases recorded.",
         {{"deaths", 40, "", "", "2022-01-10", "Hodeidah", S::reported},
          {"infected", 900, "", "", "2022-01-10", "Hodeidah", S::reported}}},
        {Language::fr, "Neuf survivants ont été recueillis près de l'île de la Tortue.",
         {{"rescued", 9, "", "", "2022-01-10", "Tortuga", S::reported}}},
        {Language::fr, "La canicule a fait au moins 40 morts dans le Sind.",
         {{"deaths", 40, "", "", "2022-01-10", "Sindh", S::reported}}},
        {Language::en, "Officials told us 12 people died.",
         {{"deaths", 12, "", "Officials", "2022-01-10", "Kazakhstan", S::reported}}},
        // buildings, parliaments, acronyms and place nouns are no places; a prison named after its
        // town is in it
        {Language::en, "About 8,000 people rallied outside the Casa Rosada palace.",
         {{"participants", 7200, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Some 600 police officers were deployed around Congress.",
         {{"deployed", 540, "police officers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Dans l'Etat nigérian de Kaduna, 12 décès ont été enregistrés.",
         {{"deaths", 12, "", "", "2022-01-10", "Kaduna", S::reported}}},
        {Language::fr, "Une mutinerie au CRA de Lesquin avait fait 4 blessés.",
         {{"injured", 4, "", "", "2022-01-10", "Lesquin", S::reported}}},
        {Language::en, "Nine inmates were killed at the Latacunga prison.",
         {{"deaths", 9, "prisoners", "", "2022-01-10", "Latacunga", S::reported}}},
        // a road is no place; a relative clause keeps the place of the figure before it; a warehouse
        {Language::en, "The state deployed 300 soldiers to help with road closures on Interstate 15.",
         {{"deployed", 300, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Quelque 200 policiers ont été déployés à Sukkur après des heurts qui ont fait cinq blessés.",
         {{"deployed", 180, "police officers", "", "2022-01-10", "Sukkur", S::reported},
          {"injured", 5, "", "", "2022-01-10", "Sukkur", S::reported}}},
        {Language::fr, "Un incendie dans un entrepôt de Baalbek avait fait trois morts.",
         {{"deaths", 3, "", "", "2022-01-10", "Baalbek", S::reported}}},
        // "après avoir retiré un bilan de N": the sentence's subject withdrew N, and the other
        // figure replaces it
        {Language::fr, "Le ministère de la Santé a ramené mercredi à neuf le nombre de décès, après avoir retiré un bilan de 19 morts.",
         {{"deaths", 9, "", "ministère de la Santé", "2022-01-05", "Kazakhstan", S::corrected},
          {"deaths", 19, "", "ministère de la Santé", "2022-01-05", "Kazakhstan", S::retracted}}},
        // rupees before the figure; lists after "and the" and after a thing; adverbs before a toll's
        // figure; protests; hikers; "et de CRS"
        {Language::en, "Officials put damage to the line at more than Rs 12 crore.",
         {{"damage", 120000000, "", "Officials", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The dead include 11 civilians, two soldiers and the four attackers.",
         {{"deaths", 11, "civilians", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 2, "soldiers", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 4, "attackers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The army sent three helicopters and around 80 soldiers.",
         {{"deployed", 72, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Selon la mairie, les dégâts atteignent plutôt 3 millions d'euros.",
         {{"damage", 3000000, "", "mairie", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Tens of thousands protested across the country, and one hiker is still missing.",
         {{"participants", 20000, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"missing", 1, "hikers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Une centaine de policiers et de CRS ont été dépêchés.",
         {{"deployed", 80, "police officers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // dollars of other countries; "l'envoi à X de N"; survivors who speak are no count; a quoted
        // toll figure; sheltering, "mises à l'abri", "ont dû quitter leur logement"
        {Language::en, "Insurers put damage at more than C$80 million.",
         {{"damage", 80000000, "", "Insurers", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le gouvernement a annoncé l'envoi à Kindia de 250 gendarmes.",
         {{"deployed", 250, "police officers", "gouvernement", "2022-01-10", "Kindia", S::reported}}},
        {Language::en, "The ferry had more than 90 on board, survivors said.", {}},
        {Language::fr, "Le syndicat estime le nombre réel de décès à « plus de 40 ».",
         {{"deaths", 40, "", "syndicat", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Around 2,000 people were sheltering in evacuation centres.",
         {{"evacuated", 1800, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Près de 600 habitants ont dû quitter leur logement et 90 personnes ont été mises à l'abri.",
         {{"displaced", 540, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"evacuated", 90, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // French singulars; an aside without a figure between a noun and its verb
        {Language::fr, "Un homme de 58 ans est porté disparu et une femme a été évacuée.",
         {{"missing", 1, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"evacuated", 1, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Un pêcheur, parti en mer lundi soir, est toujours porté disparu.",
         {{"missing", 1, "fishermen", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Un ouvrier, selon la mairie, puis 12 passants, ont été blessés.",
         {{"injured", 12, "", "mairie", "2022-01-10", "Kazakhstan", S::reported}}},
        // a title's holder in apposition; a pronoun subject after a comma; errors; "correcting a toll
        // of N"
        {Language::fr, "Dix personnes ont été extraites vivantes, a indiqué le gouverneur de Van, Mehmet Kaya.",
         {{"rescued", 10, "", "gouverneur de Van, Mehmet Kaya", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Officials put the toll at nine. They had listed 11 deaths, a figure they said had been published in error.",
         {{"deaths", 9, "", "Officials", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 11, "", "Officials", "2022-01-10", "Kazakhstan", S::retracted}}},
        {Language::en, "Twelve miners were killed, the ministry said, correcting a toll of 15 it had given earlier.",
         {{"deaths", 12, "workers", "ministry", "2022-01-10", "Kazakhstan", S::corrected},
          {"deaths", 15, "", "ministry", "2022-01-10", "Kazakhstan", S::retracted}}},
        {Language::fr, "Le ministère a publié un bilan rectifié de 30 morts, après avoir retiré un chiffre de 45 morts qu'il attribue à une « erreur de saisie ».",
         {{"deaths", 30, "", "ministère", "2022-01-10", "Kazakhstan", S::corrected},
          {"deaths", 45, "", "ministère", "2022-01-10", "Kazakhstan", S::retracted}}},
        // a counting verb before a bare figure; "number of detainees"; "évacuation préventive";
        // "du" inside a name
        {Language::en, "About 8,000 people marched, according to organisers, while police counted 3,000.",
         {{"participants", 7200, "", "organisers", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 3000, "", "police", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Rights groups put the number of detainees at more than 300.",
         {{"arrested", 300, "", "Rights groups", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le préfet a ordonné l'évacuation préventive de quelque 500 habitants à Nioro du Sahel.",
         {{"evacuated", 450, "", "", "2022-01-10", "Nioro du Sahel", S::reported}}},
        // a place after a source's name is the source's; "evacuated from X"; a name after a place's
        // possessive, known to the gazetteer or not, but not an institution
        {Language::fr, "Six personnes sont mortes, selon le consulat du Niger à Tamanrasset.",
         {{"deaths", 6, "", "consulat du Niger", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Around 900 people were evacuated from Geeveston.",
         {{"evacuated", 810, "", "", "2022-01-10", "Geeveston", S::reported}}},
        {Language::en, "A bushfire in Tasmania's Derwent Valley forced the evacuation of 300 residents.",
         {{"evacuated", 300, "", "", "2022-01-10", "Derwent Valley", S::reported}}},
        {Language::en, "Nigeria's National Emergency Management Agency said 40 people died.",
         {{"deaths", 40, "", "Nigeria's National Emergency Management Agency", "2022-01-10", "Kazakhstan", S::reported}}},
        // the agent of a toll after a comma, past a time and a channel; a toll completed after a
        // comma; a part between a verb and a later figure
        {Language::fr, "Un bilan de six morts, diffusé lundi soir sur les réseaux sociaux par un élu local, a été retiré.",
         {{"deaths", 6, "", "élu local", "2022-01-10", "Kazakhstan", S::retracted}}},
        {Language::fr, "Le ministère a revu le bilan à la hausse, à 25 morts.",
         {{"deaths", 25, "", "ministère", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "L'OIM avance un bilan plus lourd, d'au moins 31 morts.",
         {{"deaths", 31, "", "OIM", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le ministre a annoncé l'arrestation de 200 personnes, dont 40 à Sarh, et le déploiement de 900 soldats.",
         {{"arrested", 200, "", "ministre", "2022-01-10", "Kazakhstan", S::reported},
          {"arrested", 40, "", "ministre", "2022-01-10", "Sarh", S::reported},
          {"deployed", 900, "", "ministre", "2022-01-10", "Kazakhstan", S::reported}}},
        // a landmark ("north of X", "à 20 km au nord de X") counts only when nothing else is named;
        // "la médina de X"; a ministry's portfolio is no place
        {Language::en, "Two firefighters were killed when the fire overran their position north of Prince Albert.",
         {{"deaths", 2, "firefighters", "", "2022-01-10", "Prince Albert", S::reported}}},
        {Language::en, "A blast killed six workers in Izmit, some 90 km east of Bursa.",
         {{"deaths", 6, "workers", "", "2022-01-10", "Izmit", S::reported}}},
        {Language::fr, "Douze personnes ont été tuées à une trentaine de kilomètres au sud de Toliara.",
         {{"deaths", 12, "", "", "2022-01-10", "Toliara", S::reported}}},
        {Language::fr, "Un immeuble s'est effondré dans la médina de Sousse, faisant trois morts.",
         {{"deaths", 3, "", "", "2022-01-10", "Sousse", S::reported}}},
        {Language::fr, "Le bilan a été relevé à onze morts, a indiqué le sous-secrétaire à l'Intérieur.",
         {{"deaths", 11, "", "sous-secrétaire", "2022-01-10", "Kazakhstan", S::reported}}},
        // headline verbs in the present; water bombers are things; "number of marchers"; homicides;
        // "would exceed"; a state then the verb that counts; "n'en a compté que"; babies
        {Language::en, "Two firefighters die as 20 water bombers battle the blaze.",
         {{"deaths", 2, "firefighters", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Police put the number of marchers at around 10,000.",
         {{"participants", 9000, "", "Police", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Prosecutors recorded 40 homicides.",
         {{"deaths", 40, "", "Prosecutors", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The mayor said damage would exceed $5 million.",
         {{"damage", 5000000, "", "mayor", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "More than 300 people trapped in their cars were rescued.",
         {{"rescued", 300, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Les syndicats revendiquent 9.000 manifestants, la préfecture n'en a compté que 2 100.",
         {{"participants", 9000, "", "syndicats", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 2100, "", "préfecture", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Une vingtaine de familles ont été évacuées et un marin-pêcheur est porté disparu.",
         {{"evacuated", 16, "families", "", "2022-01-10", "Kazakhstan", S::reported},
          {"missing", 1, "fishermen", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // troops are counted where they are sent
        {Language::en, "The government said it would send 900 soldiers to Mosul.",
         {{"deployed", 900, "", "government", "2022-01-10", "Mosul", S::reported}}},
        {Language::en, "The army has sent 300 more troops to Cabo Delgado to help with evacuations.",
         {{"deployed", 300, "", "", "2022-01-10", "Cabo Delgado", S::reported}}},
        {Language::en, "The ministry said 2,000 people rallied and returned to Almaty.",
         {{"participants", 2000, "", "ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        // populations and ages are no claims; groups of several words share a verb; "de l'Est"
        {Language::en, "Tonga, a country of about 100,000 people, was hit in 2018 by a cyclone that killed two.",
         {{"deaths", 2, "", "", "2018", "Kazakhstan", S::reported}}},
        {Language::en, "The driver, 42, was arrested.", {}},
        {Language::en, "Some 700 soldiers and coast guard personnel had been deployed.",
         {{"deployed", 630, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Le drame a fait huit morts, a indiqué le gouverneur de la région de l'Est.",
         {{"deaths", 8, "", "gouverneur de la région de l'Est", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "D'après des rescapés, au moins huit personnes sont portées disparues, et 31 rescapés ont été soignés.",
         {{"missing", 8, "", "rescapés", "2022-01-10", "Kazakhstan", S::reported},
          {"rescued", 31, "", "rescapés", "2022-01-10", "Kazakhstan", S::reported}}},
        // "citant"; a long name with an acronym in brackets and its article
        {Language::fr, "Un journal local, citant des sources hospitalières, a évoqué une vingtaine de morts.",
         {{"deaths", 16, "", "sources hospitalières", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Nine miners were trapped, the state-run Kazakh National Coal and Mineral Industries Group (KNCM) said.",
         {{"missing", 9, "workers", "state-run Kazakh National Coal and Mineral Industries Group", "2022-01-10",
           "Kazakhstan", S::reported}}},
        // soldiers with no cue are deployed, but not as an item of a list; drownings; "privées de
        // logement"; "the true number of cases"; "cases had risen to"
        {Language::fr, "Une cinquantaine de militaires patrouillaient dans la ville.",
         {{"deployed", 45, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "The dead include 12 civilians, two soldiers and the four attackers.",
         {{"deaths", 12, "civilians", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 2, "soldiers", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 4, "attackers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Une femme s'est noyée et près de 900 personnes, privées de logement, dorment sous des tentes.",
         {{"deaths", 1, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"displaced", 810, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Doctors said the true number of cases was more than 600, and cases had risen to 437.",
         {{"infected", 600, "", "Doctors", "2022-01-10", "Kazakhstan", S::reported},
          {"infected", 437, "", "Doctors", "2022-01-10", "Kazakhstan", S::reported}}},
        // places: a unit singled out ("in the province alone", "dans la seule ville") is the one
        // named last, a bare one is not; "au Caire" is Cairo; an adjective of nationality is its
        // country; a place before an event after a possessive; a participle continuing the event;
        // a capitalised unit closes a name; "last year", "l'an dernier"
        {Language::en, "Floods hit Sindh province. They killed 12 people in the province alone, officials said.",
         {{"deaths", 12, "", "officials", "2022-01-10", "Sindh", S::reported}}},
        {Language::en, "Floods hit Sindh province. They killed 12 people across the province, officials said.",
         {{"deaths", 12, "", "officials", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "La tempête a frappé Karaganda. Dans la seule région, 40 personnes ont été blessées.",
         {{"injured", 40, "", "", "2022-01-10", "Karaganda", S::reported}}},
        {Language::fr, "En 2014, l'effondrement d'un immeuble au Caire avait tué 19 personnes.",
         {{"deaths", 19, "", "", "2014", "Cairo", S::reported}}},
        {Language::en, "Last year, 77 people died in South African mines, the department said.",
         {{"deaths", 77, "", "department", "2021", "South Africa", S::reported}}},
        {Language::en, "Police put Tuesday's Astana crowd at about 4,500.",
         {{"participants", 4050, "", "Police", "2022-01-04", "Nur-Sultan", S::reported}}},
        {Language::en, "Divers recovered more bodies off Ambon island on Sunday, bringing the death toll to 12, the agency said.",
         {{"deaths", 12, "", "agency", "2022-01-09", "Ambon", S::reported}}},
        {Language::en, "The fire forced the evacuation of about 6,000 residents in San Luis Obispo County, officials said.",
         {{"evacuated", 5400, "", "officials", "2022-01-10", "San Luis Obispo County", S::reported}}},
        {Language::fr, "L'an dernier, 77 mineurs sont morts dans les mines du pays, selon le ministère.",
         {{"deaths", 77, "workers", "ministère", "2021", "Kazakhstan", S::reported}}},
        // a French verb cue in one compound tense covers the others
        {Language::fr, "En 2012, des feux avaient tué sept personnes. Les gendarmes auraient interpellé 12 personnes.",
         {{"deaths", 7, "", "", "2012", "Kazakhstan", S::reported},
          {"arrested", 12, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // durations, beds and warships are no groups; hospitals that treated people count the injured
        {Language::en, "The worst outbreak in two decades killed more than 1,700 people. The navy deployed two warships and 150 sailors.",
         {{"deaths", 1700, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deployed", 150, "sailors", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Hospitals in Almaty treated more than 120 people, the health ministry said.",
         {{"injured", 120, "", "health ministry", "2022-01-10", "Almaty", S::reported}}},
        {Language::fr, "L'hôpital, qui ne dispose que de 60 lits, a hospitalisé quelque 300 malades.",
         {{"infected", 270, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // "one of them" with how badly is a share, of the group named; a share belongs to the
        // figure right before it only
        {Language::en, "Three firefighters were injured, one of them seriously, the sheriff said.",
         {{"injured", 3, "firefighters", "sheriff", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 1, "firefighters", "sheriff", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Four workers were confirmed dead and 22 were brought to the surface, eight of them unconscious.",
         {{"deaths", 4, "workers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // responders a team is backed by are deployed (not machines); still under the rubble is
        // missing; "retiré vivantes" rescues; homeless victims found dead are deaths
        {Language::fr, "Les secouristes, appuyés par 120 policiers et huit Canadair, fouillaient les décombres.",
         {{"deployed", 120, "police officers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Une dizaine de personnes seraient encore sous les gravats. La Croix-Rouge a retiré vivantes neuf personnes.",
         {{"missing", 8, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"rescued", 9, "", "Croix-Rouge", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Four of the victims were homeless men found frozen to death, the agency said.",
         {{"deaths", 4, "", "agency", "2022-01-10", "Kazakhstan", S::reported}}},
        // a list goes on past a complement and an aside of its first item
        {Language::fr, "Parmi les morts figurent quatre ouvriers du GCT et deux agents de sécurité.",
         {{"deaths", 4, "workers", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 2, "guards", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Parmi les victimes figurent un ouvrier de 52 ans, mort d'un coup de chaleur, et trois personnes âgées.",
         {{"deaths", 1, "workers", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 3, "elderly people", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // places: a wilaya, churches of a town, a place noun with two words before "de"; a
        // sentence about a place named in apposition at its start
        {Language::fr, "Les feux ont fait au moins 16 morts dans la wilaya d'El Tarf.",
         {{"deaths", 16, "", "", "2022-01-10", "El Tarf", S::reported}}},
        {Language::fr, "Plus de 600 personnes ont trouvé refuge dans des églises de Limbé.",
         {{"displaced", 600, "", "", "2022-01-10", "Limbe", S::reported}}},
        {Language::fr, "Huit mineurs ont été tués dans une mine d'or artisanale de La Rinconada, dans les Andes.",
         {{"deaths", 8, "workers", "", "2022-01-10", "La Rinconada", S::reported}}},
        {Language::en, "Erzincan, a city of about 160,000, was destroyed by an earthquake in 1939 that killed some 33,000 people.",
         {{"deaths", 29700, "", "", "1939", "Erzincan", S::reported}}},
        {Language::en, "Galway, a city of 80,000, was last hit this hard in 2014, when a storm caused an estimated €15 million in damage.",
         {{"damage", 13500000, "", "", "2014", "Galway", S::reported}}},
        // a lone person of a group the lexicon names in the plural
        {Language::fr, "Parmi les victimes figure une automobiliste de 68 ans, tuée par la chute d'un arbre à Bastelica.",
         {{"deaths", 1, "motorists", "", "2022-01-10", "Bastelica", S::reported}}},
        {Language::en, "A volunteer firefighter was killed and a pensioner was injured.",
         {{"deaths", 1, "firefighters", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 1, "elderly people", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // places: a place and a year before an event noun (known or not); a place that counts as
        // a sentence's subject, but not one that acts; a district in apposition; an event of a
        // place; a hospital that counts; not a name's noun ("University of Alabama")
        {Language::en, "The 2018 Kerala floods killed 483 people.",
         {{"deaths", 483, "", "", "2018", "Kerala", S::reported}}},
        {Language::en, "The 2016 Fort McMurray wildfire forced the evacuation of about 88,000 people.",
         {{"evacuated", 79200, "", "", "2016", "Fort McMurray", S::reported}}},
        {Language::en, "Karaganda has recorded 53 deaths, according to the ministry. Russia has sent 40 soldiers.",
         {{"deaths", 53, "", "ministry", "2022-01-10", "Karaganda", S::reported},
          {"deployed", 40, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Kasese, a district of about 700,000 people, suffered an outbreak in 2015, when two people died.",
         {{"deaths", 2, "", "", "2015", "Kasese", S::reported}}},
        {Language::fr, "Entre 3.200 manifestants, selon la police, et 15.000, selon le collectif, ont participé au rassemblement de Karaganda.",
         {{"participants", 3200, "", "police", "2022-01-10", "Karaganda", S::reported},
          {"participants", 15000, "", "collectif", "2022-01-10", "Karaganda", S::reported}}},
        {Language::fr, "L'hôpital régional de Sikasso, qui ne dispose que de 60 lits, a reçu 57 blessés.",
         {{"injured", 57, "", "", "2022-01-10", "Sikasso", S::reported}}},
        {Language::en, "The tornado killed seven people in Almaty, including three University of Alabama students.",
         {{"deaths", 7, "", "", "2022-01-10", "Almaty", S::reported},
          {"deaths", 3, "", "", "2022-01-10", "Almaty", S::reported}}},
        // a title's period is part of a name, and does not end the sentence
        {Language::en, "Two children died, district health officer Dr. Joseph Muhindo said.",
         {{"deaths", 2, "children", "district health officer Dr. Joseph Muhindo", "2022-01-10", "Kazakhstan", S::reported}}},
        // a floor written after the figure
        {Language::fr, "Deux personnes au moins ont été tuées et 27 autres blessées.",
         {{"deaths", 2, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"injured", 27, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // an adjective before "personnel"; "aux côtés de" / "along with" go on with a list;
        // ordered out, captured, joined protests
        {Language::en, "More than 3,400 rescue personnel had been deployed, along with 40 police officers.",
         {{"deployed", 3400, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deployed", 40, "police officers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::fr, "Quelque 800 sapeurs-pompiers ont été engagés aux côtés de 150 gendarmes. Deux passeurs présumés ont été capturés.",
         {{"deployed", 720, "firefighters", "", "2022-01-10", "Kazakhstan", S::reported},
          {"deployed", 150, "police officers", "", "2022-01-10", "Kazakhstan", S::reported},
          {"arrested", 2, "smugglers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "About 25,000 residents were ordered out. In 2021, an estimated 10,000 people joined similar protests.",
         {{"evacuated", 22500, "", "", "2022-01-10", "Kazakhstan", S::reported},
          {"participants", 9000, "", "", "2021", "Kazakhstan", S::reported}}},
        // "out of" is a locative
        {Language::en, "About 25,000 residents were ordered out of Karaganda as the fire bore down on the Almaty region.",
         {{"evacuated", 22500, "", "", "2022-01-10", "Karaganda", S::reported}}},
        // an estimate of the damage gives its author
        {Language::fr, "La Fédération française de l'assurance chiffre provisoirement les dégâts à 80 millions d'euros.",
         {{"damage", 80000000, "", "Fédération française de l'assurance", "2022-01-10", "Kazakhstan", S::reported}}},
        // "l'État de Guerrero" is Guerrero; "Sudanese" is Sudan; a college is no place
        {Language::fr, "Le séisme a fait au moins 14 morts dans l'État de Guerrero.",
         {{"deaths", 14, "", "", "2022-01-10", "Guerrero", S::reported}}},
        {Language::en, "More than 4,000 people have fled into Sudanese territory. Two miners died at Patliputra Medical College.",
         {{"displaced", 4000, "", "", "2022-01-10", "Sudan", S::reported},
          {"deaths", 2, "workers", "", "2022-01-10", "Kazakhstan", S::reported}}},
        // a pronoun and an adverb stand for the last source; words of another clause are no
        // name; a correction between a withdrawal and the figure is the figure's
        {Language::en, "The Interior Ministry said 27 officers were injured. It initially put the number of people detained at 72.",
         {{"injured", 27, "police officers", "Interior Ministry", "2022-01-10", "Kazakhstan", S::reported},
          {"arrested", 72, "", "Interior Ministry", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "Two people were missing, a county commissioner said. He posted an estimate of 11 deaths, then deleted it and gave a corrected toll of five.",
         {{"missing", 2, "", "county commissioner", "2022-01-10", "Kazakhstan", S::reported},
          {"deaths", 11, "", "county commissioner", "2022-01-10", "Kazakhstan", S::retracted},
          {"deaths", 5, "", "county commissioner", "2022-01-10", "Kazakhstan", S::corrected}}},
        // dates: where a running count starts is not its date; a "when" clause takes the year before it
        {Language::fr, "On dénombre 52 morts depuis mardi.",
         {{"deaths", 52, "", "", "2022-01-10", "Kazakhstan", S::reported}}},
        {Language::en, "It was the worst fire since 2011, when a blaze killed 30 people.",
         {{"deaths", 30, "", "", "2011", "Kazakhstan", S::reported}}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.paragraph);
      const std::vector<Claim> claims = claims_of(c.paragraph, c.lang);
      REQUIRE(claims.size() == c.claims.size());
      for (std::size_t i = 0; i < claims.size(); ++i) {
        const Expected& e = c.claims[i];
        const Claim& got = claims[i];
        CAPTURE(got.quote);
        CHECK(got.metric == e.metric);
        REQUIRE(got.value.low.has_value());
        CHECK(*got.value.low == doctest::Approx(e.low));
        CHECK(got.subject == e.subject);
        CHECK(got.source == e.source);
        CHECK(got.date.iso() == e.date);
        CHECK(got.place == e.place);
        CHECK(got.status == e.status);
      }
    }
  }

  TEST_CASE("the story's place: its title's place, a name the gazetteer lacks, never a verb") {
    // A headline's collective source ("les autorités") stands for the body's named one: one claim.
    {
      const auto merged = claims_of_article(
          "Kazakhstan : un bilan de 90 morts publié puis retiré par les autorités\n\nPublié le dimanche 9 janvier "
          "2022\n\nALMATY: Le ministère de l'Information a retiré dimanche un bilan de 90 morts.\n");
      REQUIRE(merged.size() == 1);
      CHECK(merged[0].source == "ministère de l'Information");
      CHECK(merged[0].occurrences.size() == 1);
    }
    // "US:" in capitals is the United States.
    {
      const auto us = claims_of_article(
          "US: wildfire forces thousands to flee\n\nPublished Thursday 1 July 2021\n\nBOZEMAN: Two firefighters "
          "were killed, officials said.\n",
          Language::en);
      REQUIRE(us.size() == 2);  // the headline's "thousands" displaced, and the two deaths
      for (const Claim& c : us) CHECK(c.place == "United States");
    }
    // A region the title opens with, as a heading, is the story's place; "La Réunion" is the
    // island, "La réunion" a meeting.
    {
      const auto island = claims_of_article(
          "La Réunion : douze morts dans un glissement de terrain\n\nPublié le lundi 10 janvier 2022\n\nSAINT-PIERRE: "
          "Douze personnes sont mortes, a indiqué la préfecture. La réunion de crise s'est tenue à la préfecture.\n");
      REQUIRE(island.size() == 1);
      CHECK(island[0].place == "Réunion");
    }
    // A city in the title is the scope of the figures that name no place of their own.
    // A headline figure the body gives again is one claim, the body's, with two occurrences.
    {
      const auto headline = claims_of_article(
          "Colombia mine blast: 11 miners dead\n\nPublished Thursday 15 December 2022\n\nTUNJA: Eleven miners "
          "were killed in an explosion at a coal mine in Samacá, the National Mining Agency said.\n",
          Language::en);
      REQUIRE(headline.size() == 1);
      CHECK(headline[0].source == "National Mining Agency");
      CHECK(headline[0].place == "Samacá");
      CHECK(headline[0].occurrences.size() == 1);
    }
    // People already held are not an arrest count without a verb.
    CHECK(claims_of("La prison de Lantin compte 1.050 détenus.").empty());
    // "the ministry" after "Nepal's Home Ministry": the name given earlier.
    {
      const auto named = claims_of_article(
          "Nepal quake\n\nPublished Sunday 5 November 2017\n\nKATHMANDU: Nepal's Home Ministry said 157 people were "
          "killed. More than 250 people were injured, the ministry said.\n",
          Language::en);
      REQUIRE(named.size() == 2);
      CHECK(named[1].source == "Nepal's Home Ministry");
    }
    auto claims = claims_of_article(
        "Incendie à Marseille : quatre morts\n\nPublié le samedi 3 juillet 2021\n\n"
        "MARSEILLE: Un incendie a fait quatre morts. Sur l'ensemble du territoire, 30 personnes sont mortes.\n");
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].place == "Marseille");
    CHECK(claims[1].place == "France");
    // A place the gazetteer does not know, after a locative in the title.
    claims = claims_of_article(
        "Glissement de terrain à Villarrica\n\nPublié le jeudi 26 novembre 2015\n\n"
        "POPAYÁN: Le glissement a fait 43 morts.\n");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].place == "Villarrica");
    // A title "Name : ..." names a place when the dateline confirms it, not a person.
    claims = claims_of_article(
        "Saint-Avold : explosion dans une usine\n\nPublié le jeudi 17 octobre 2024\n\n"
        "SAINT-AVOLD: L'explosion a fait 14 blessés.\n");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].place == "Saint-Avold");
    claims = claims_of_article(
        "Macron : 40 personnes arrêtées à Paris\n\nPublié le jeudi 17 octobre 2024\n\n"
        "PARIS: Au total, 12 personnes ont été blessées.\n");
    REQUIRE(claims.size() == 2);
    CHECK(claims[1].place == "Paris");
    // A place name that is also a common word matches only as a proper noun.
    claims = claims_of_article(
        "Inondations : le bilan\n\nPublié le jeudi 17 octobre 2024\n\n"
        "BOURGVILLE: Il faut que l'aide vienne vite : 12 personnes ont été évacuées.\n");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].place == "Bourgville");  // the dateline, not Vienna ("Vienne")
    // The country the title names comes before the city it names.
    claims = claims_of_article(
        "Costa Rica police raid gang strongholds in Limón\n\nPublished Monday 10 March 2025\n\n"
        "SAN JOSÉ: Officers seized weapons. Two suspects were killed, the ministry said.\n",
        Language::en);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].place == "Costa Rica");
    // A region in the title yields to the dateline; the dateline's qualifier is not the body.
    claims = claims_of_article(
        "Une explosion éventre un immeuble en Haute-Marne\n\nPublié le mercredi 30 août 2017\n\n"
        "SAINT-DIZIER (Haute-Marne): L'explosion a fait dix-sept blessés.\n");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].place == "Saint-Dizier");
    CHECK(claims[0].country == "France");
    // A constituent country in the title is the story's country.
    claims = claims_of_article(
        "Wales floods: two dead\n\nPublished Monday 20 February 2017\n\nCARDIFF: Two people died, police said.\n",
        Language::en);
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].place == "Wales");
  }

  TEST_CASE("a share of the figure before it is marked as a part, never a rival") {
    const auto claims = claims_of("Plus de 300 personnes ont été blessées, dont quatre grièvement.");
    REQUIRE(claims.size() == 2);
    CHECK_FALSE(claims[0].part);
    CHECK(claims[1].part);
    CHECK(*claims[1].value.low == 4);
    CHECK(claims[1].metric == "injured");
  }

  TEST_CASE("a floor written after the figure is a floor") {
    const auto fr = claims_of("Deux personnes au moins ont été tuées.");
    REQUIRE(fr.size() == 1);
    CHECK(fr[0].value.kind == ValueKind::at_least);
    CHECK_FALSE(fr[0].value.high.has_value());
    const auto en = claims_of("Twenty people at least were killed, and 12 were hurt.", Language::en);
    REQUIRE(en.size() == 2);
    CHECK(en[0].value.kind == ValueKind::at_least);
    CHECK(en[1].value.kind == ValueKind::exact);
  }

  TEST_CASE("a part points to its whole; a nationwide figure says so") {
    const auto claims = claims_of("Les crues ont fait 53 morts dans tout le pays, dont 30 à Almaty et 25 enfants.");
    REQUIRE(claims.size() == 3);
    CHECK(claims[0].nationwide);
    CHECK_FALSE(claims[0].whole.has_value());
    REQUIRE(claims[1].whole.has_value());
    CHECK(*claims[1].whole == claims[0].number_span.start);
    REQUIRE(claims[2].whole.has_value());
    CHECK(*claims[2].whole == claims[0].number_span.start);
    // A figure with no narrower place is not thereby nationwide.
    const auto plain = claims_of("Les crues ont fait 53 morts, selon le ministère.");
    REQUIRE(plain.size() == 1);
    CHECK_FALSE(plain[0].nationwide);
    CHECK(plain[0].place == "Kazakhstan");
    // ... and its place is the story's, not one the text gives.
    CHECK_FALSE(plain[0].place_stated);
    CHECK(claims[1].place_stated);  // "à Almaty"
  }

  TEST_CASE("a listed breakdown shares one breakdown id") {
    const auto claims = claims_of("Les autorités ont fait état de 26 manifestants et de 16 membres des forces de sécurité tués, ainsi que de plus de 2.000 blessés.");
    REQUIRE(claims.size() == 3);
    CHECK(claims[0].breakdown != 0);
    CHECK(claims[0].breakdown == claims[1].breakdown);
    CHECK(claims[2].metric == "injured");
    CHECK(claims[2].breakdown == 0);
  }

  TEST_CASE("a figure the story withdrew is withdrawn where it is repeated, hedged or not") {
    const auto claims = claims_of(
        "Le ministère a retiré un bilan de plus de 164 morts, une erreur technique.\n\n"
        "Le message indiquait que plus de 164 personnes avaient été tuées.\n\n"
        "Le bilan de 164 morts n'a pas pu être vérifié.");
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].status == ClaimStatus::retracted);
    CHECK(claims[0].occurrences.size() == 1);  // the same claim, stated twice
    CHECK(*claims[1].value.low == 164);
    CHECK(claims[1].status == ClaimStatus::retracted);
  }

  TEST_CASE("a claim repeated in a caption, a bullet and the body is one claim") {
    const std::string paragraph =
        "Près de 8.000 personnes arrêtées.\n\n"
        "  • Près de 8.000 personnes ont été arrêtées\n\n"
        "Près de 8.000 personnes ont été arrêtées, a annoncé lundi le gouvernement. Selon la police, "
        "7.989 personnes sont détenues. Selon la présidence, 5.800 personnes ont été arrêtées. "
        "Selon la présidence kazakhe, 5.800 personnes ont été arrêtées.";
    const auto claims = claims_of(paragraph);
    REQUIRE(claims.size() == 3);
    CHECK(claims[0].source == "gouvernement");  // the attributed statement is the claim's quote
    CHECK(claims[0].occurrences.size() == 2);
    CHECK(claims[0].occurrences[0].start < claims[0].occurrences[1].start);
    CHECK(claims[0].occurrences[1].start < claims[0].span.start);
    CHECK(*claims[1].value.low == 7989);
    CHECK(claims[1].occurrences.empty());
    CHECK(claims[2].source == "présidence kazakhe");  // "présidence" is the same source, named shorter
    CHECK(claims[2].occurrences.size() == 1);
    // A different source for the same figure is another claim.
    const auto two = claims_of("Selon la police, 40 personnes ont été arrêtées. Selon l'opposition, 40 personnes ont été arrêtées.");
    CHECK(two.size() == 2);
  }
}

TEST_SUITE("extract") {
  // Every loop of the extractor must end, whatever the words: sentences built at random from the
  // words its rules look at (cues, commas, asides, parts, figures, places, quotes) all come back,
  // with spans inside the text. A rule that can spin shows here as a hang, not in the eval set.
  TEST_CASE("random sentences of cue words all finish, with spans inside the text") {
    const std::vector<std::string> fr = {
        "12",     "trois",   "une",     "un",      "dont",   ",",      "et",        "de",       "morts",
        "blessés", "ont",    "été",     "évacués", "selon",  "la",     "préfecture", "à",       "Lille",
        "«",      "»",       "plus",    "parmi",   "les",    "figurent", "enfants",  "qui",      "a",
        "indiqué", "le",     "ministère", "porté", "disparu", "bilan",  "s'élève",   "habitants", "près",
        "environ", "pompiers", "(",     ")",       "soit",   "contre", "lundi",     "depuis",   "2019"};
    const std::vector<std::string> en = {
        "12",       "three",  "a",        "one",     "including", ",",      "and",   "of",     "dead",
        "injured",  "were",   "evacuated", "according", "to",     "the",    "ministry", "in",  "Accra",
        "\"",       "more",   "than",     "among",   "them",      "children", "who", "said",   "police",
        "missing",  "toll",   "rose",     "residents", "about",   "firefighters", "(", ")",   "with",
        "up",       "from",   "on",       "Monday",  "since",     "2019",   "killing", "people", "its"};
    std::uint32_t seed = 12345;
    const auto next = [&seed](std::size_t n) {
      seed = seed * 1664525u + 1013904223u;
      return static_cast<std::size_t>(seed >> 8) % n;
    };
    for (int round = 0; round < 600; ++round) {
      const bool french = round % 2 == 0;
      const std::vector<std::string>& words = french ? fr : en;
      std::string paragraph;
      for (std::size_t w = 0, n = 5 + next(40); w < n; ++w) {
        if (!paragraph.empty()) paragraph += ' ';
        paragraph += words[next(words.size())];
      }
      paragraph += '.';
      CAPTURE(paragraph);
      const std::vector<Claim> claims = claims_of(paragraph, french ? Language::fr : Language::en);
      for (const Claim& c : claims) {
        CHECK(c.span.start <= c.span.end);
        CHECK(c.span.end <= paragraph.size() + 80);  // the wrapper adds a title, a date and a dateline
      }
    }
  }
}
