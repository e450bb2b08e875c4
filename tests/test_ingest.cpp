#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/encoding.hpp"
#include "ingest/ingest.hpp"
#include "util/progress.hpp"
#include "util/text.hpp"

using namespace figcheck;

TEST_SUITE("ingest") {
  TEST_CASE("publication lines in French, English and ISO form") {
    struct Case {
      const char* line;
      Date expected;
    };
    const Case cases[] = {
        {"Publié le Lundi 10 janvier 2022", {2022, 1, 10}},
        {"Publié le dimanche 9 janvier 2022", {2022, 1, 9}},
        {"Published Monday 10 January 2022", {2022, 1, 10}},
        {"Published: January 10, 2022", {2022, 1, 10}},
        {"Publié le 1er février 2026", {2026, 2, 1}},
        {"Published 2024-03-05", {2024, 3, 5}},
        {"Publié le hier", {}},
        {"Publié le 45 janvier 2022", {}},
    };
    for (const Case& c : cases) {
      CAPTURE(c.line);
      CHECK(ingest::parse_publication_line(c.line) == c.expected);
    }
  }

  TEST_CASE("language detection") {
    CHECK(ingest::detect_language("Près de 8.000 personnes ont été arrêtées selon le gouvernement et la police.") ==
          Language::fr);
    CHECK(ingest::detect_language("Nearly 8,000 people have been detained, the government said on Monday.") ==
          Language::en);
  }

  TEST_CASE("a file holding several stories is split at each dateline's header block") {
    const std::string text =
        "Premier titre\n\nPublié le lundi 10 janvier 2022\n\nALMATY: Texte un.\n\nSuite un.\n\n\n"
        "Second titre\n\nPublié le mardi 11 janvier 2022\n\nVARSOVIE: Texte deux.\n\n"
        "Intertitre\n\nSuite deux.\n";
    const auto stories = ingest::split_stories(text);
    REQUIRE(stories.size() == 2);
    CHECK(stories[0].title == "Premier titre");
    CHECK(stories[0].dateline == "ALMATY");
    CHECK(stories[0].published == Date{2022, 1, 10});
    CHECK(stories[1].title == "Second titre");
    CHECK(stories[1].dateline == "VARSOVIE");
    CHECK(stories[1].published == Date{2022, 1, 11});
    CHECK(text.substr(stories[1].span.start).starts_with("Second titre"));
    CHECK(stories[0].span.end == stories[1].span.start);
  }

  TEST_CASE("a dateline may carry its region or country; a title shaped like one is not a dateline") {
    auto stories = ingest::split_stories(
        "RDC : au moins 28 morts sur le lac Kivu\n\nPublié le vendredi 7 mai 2021\n\nGOMA (RDC): Texte.\n");
    REQUIRE(stories.size() == 1);
    CHECK(stories[0].title == "RDC : au moins 28 morts sur le lac Kivu");
    CHECK(stories[0].dateline == "GOMA");
    CHECK(stories[0].dateline_qualifier == "RDC");
    CHECK(stories[0].published == Date{2021, 5, 7});
    stories = ingest::split_stories("Cholera in Kitwe\n\nPublished Friday 4 November 2016\n\nKITWE, Zambia: Text.\n");
    REQUIRE(stories.size() == 1);
    CHECK(stories[0].dateline == "KITWE");
    CHECK(stories[0].dateline_qualifier == "Zambia");
    // A qualifier is a name: "LUSAKA, 3 March:" is not a dateline.
    CHECK(ingest::split_stories("Title\n\nLUSAKA, 3 March: text.\n")[0].dateline.empty());
  }

  TEST_CASE("a story without dateline is one story; a subheading is not a new story") {
    CHECK(ingest::split_stories("Titre\n\nUn paragraphe.\n\n\nPoutine: un intertitre\n\nFin.\n").size() == 1);
  }

  TEST_CASE("invalid UTF-8 is reported with its byte offset and replaced, not fatal") {
    std::vector<ingest::InputProblem> problems;
    // (UTF-8 by its accents, with one stray byte: not a single-byte file.)
    const Document doc = ingest::make_document("bad.txt", std::string("\xC3\xA9t\xC3\xA9 \xff" "def"), problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].path == "bad.txt");
    CHECK(problems[0].message.find("byte 6") != std::string::npos);
    CHECK(doc.text == "\xC3\xA9t\xC3\xA9 \xEF\xBF\xBD" "def");
  }

  TEST_CASE("a byte order mark and CRLF: offsets stay file offsets, columns skip the mark") {
    std::vector<ingest::InputProblem> problems;
    const std::string bytes = "\xEF\xBB\xBFTitre\r\n\r\nALMATY: Texte.\r\n";
    const Document doc = ingest::make_document("bom.txt", bytes, problems);
    CHECK(problems.empty());
    CHECK(doc.text == bytes);
    REQUIRE(doc.stories.size() == 1);
    CHECK(doc.stories[0].title == "Titre");
    CHECK(doc.stories[0].dateline == "ALMATY");
    CHECK(util::position_of(doc.text, doc.line_starts, 3).column == 1);
    CHECK(util::position_of(doc.text, doc.line_starts, 8).column == 6);
  }

  TEST_CASE("a directory with nothing to read is a problem, not a silent clean run") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "figcheck_ingest_empty";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "notes.csv") << "x\n";
    const ingest::Batch batch = ingest::read_paths({dir.string()});
    CHECK(batch.documents.empty());
    REQUIRE(batch.problems.size() == 1);
    CHECK(batch.problems[0].message == "no file to read in this directory (.txt, .md, .html, .jsonl...)");
    fs::remove_all(dir);
  }

  TEST_CASE("directories are read recursively, known kinds only; bad paths are problems") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "figcheck_ingest_test";
    fs::remove_all(dir);
    fs::create_directories(dir / "sub");
    std::ofstream(dir / "a.txt") << "Un.\n";
    std::ofstream(dir / "sub" / "b.md") << "Deux.\n";
    std::ofstream(dir / "c.csv") << "x,y\n";
    std::ofstream(dir / "bin.txt", std::ios::binary) << std::string("a\0b", 3);
    const ingest::Batch batch = ingest::read_paths({dir.string(), (dir / "missing.txt").string()});
    REQUIRE(batch.documents.size() == 2);
    CHECK(batch.documents[0].path.ends_with("a.txt"));
    CHECK(batch.documents[1].path.ends_with("b.md"));
    CHECK(batch.documents[0].id == 1);
    CHECK(batch.documents[1].id == 2);
    REQUIRE(batch.problems.size() == 2);
    bool saw_binary = false;
    bool saw_missing = false;
    for (const auto& p : batch.problems) {
      saw_binary |= p.path.ends_with("bin.txt") && p.message.find("binary") != std::string::npos;
      saw_missing |= p.path.ends_with("missing.txt") && p.message.find("no such file") != std::string::npos;
    }
    CHECK(saw_binary);
    CHECK(saw_missing);
    fs::remove_all(dir);
  }
}

TEST_SUITE("util") {
  TEST_CASE("fold lowercases and strips accents") {
    CHECK(util::fold("Arrêtées") == "arretees");
    CHECK(util::fold("ÉTATS-UNIS") == "etats-unis");
    CHECK(util::fold("l\xE2\x80\x99Intérieur") == "l'interieur");
    CHECK(util::fold("Œuvre") == "oeuvre");
  }

  TEST_CASE("a description shortens the name it stands for") {
    CHECK(util::shortens("ministry", "Home Ministry"));
    CHECK(util::shortens("health ministry", "Iraq's health ministry"));
    CHECK(util::shortens("agency", "Guatemala's disaster agency Conred"));
    CHECK(util::shortens("préfecture", "préfecture (RHÔNE)"));
    CHECK_FALSE(util::shortens("police", "district police commander Peter Okello"));  // a person
    CHECK_FALSE(util::shortens("ministry", "ministry"));
    CHECK_FALSE(util::shortens("Ministry", "Home Ministry"));  // a name, not a description
    CHECK_FALSE(util::shortens("the interior ministry said", "Home Ministry"));
  }

  TEST_CASE("title case for names written in capitals") {
    CHECK(util::title_case("CASTRES") == "Castres");
    CHECK(util::title_case("LA ROCHE-SUR-YON") == "La Roche-sur-Yon");
    CHECK(util::title_case("SAINT-ÉTIENNE") == "Saint-Étienne");
    CHECK(util::title_case("ÎLE-ROUSSE") == "Île-Rousse");
    CHECK(util::title_case("Almaty") == "Almaty");  // already written as a name
  }

  TEST_CASE("anchored offsets: the last anchor at or before, plus the distance") {
    // (One map for the article text of an HTML page and the decoded strings of a JSON line.)
    const util::Anchors page{{0, 10}, {5, 30}, {6, 40}};
    CHECK(util::anchored_offset(page, 0) == 10);
    CHECK(util::anchored_offset(page, 4) == 14);
    CHECK(util::anchored_offset(page, 5) == 30);
    CHECK(util::anchored_offset(page, 6) == 40);
    CHECK(util::anchored_offset(page, 9) == 43);
    CHECK(util::anchored_offset({}, 0) == 0);
    const util::Anchors line{{0, 10}, {5, 20}, {6, 30}};
    CHECK(util::anchored_offset(line, 0) == 10);
    CHECK(util::anchored_offset(line, 3) == 13);
    CHECK(util::anchored_offset(line, 5) == 20);
    CHECK(util::anchored_offset(line, 6) == 30);
    CHECK(util::anchored_offset(line, 9) == 33);
    CHECK(util::anchored_offset({}, 7) == 7);
  }

  TEST_CASE("line and column in code points") {
    const std::string text = "é1\nab c";
    const auto starts = util::line_starts(text);
    CHECK(util::position_of(text, starts, 2).column == 2);  // after the two-byte é
    CHECK(util::position_of(text, starts, 4).line == 2);
    CHECK(util::position_of(text, starts, 7).column == 4);
  }

  TEST_CASE("UTF-8 validation") {
    CHECK(util::find_invalid_utf8("ok é") == std::string::npos);
    CHECK(util::find_invalid_utf8("\xC0\x80") == 0);        // overlong
    CHECK(util::find_invalid_utf8("a\xED\xA0\x80") == 1);   // surrogate
    CHECK(util::find_invalid_utf8("ab\xE2\x82") == 2);      // truncated
  }

  TEST_CASE("dates round-trip through day numbers") {
    CHECK(days_from_civil(Date{1970, 1, 1}) == 0);
    CHECK(civil_from_days(days_from_civil(Date{2022, 1, 10})) == Date{2022, 1, 10});
    CHECK(Date{2011, 0, 0}.iso() == "2011");
    CHECK(Date{2022, 1, 9}.iso() == "2022-01-09");
  }
}

TEST_SUITE("util") {
  TEST_CASE("progress: nothing in the first second, nothing off a terminal, one line redrawn, cleared at the end") {
    double now = 0;
    const auto clock = [&] { return now; };
    std::ostringstream off_terminal;
    {
      util::Progress progress(off_terminal, false, clock);
      progress.phase("extracting", 100);
      now = 5;
      progress.update(50);
    }
    CHECK(off_terminal.str().empty());

    now = 0;
    std::ostringstream terminal;
    util::Progress progress(terminal, true, clock);
    progress.phase("reading", 1000);
    now = 0.5;
    progress.update(400);
    CHECK(terminal.str().empty());  // a quick batch prints nothing
    now = 2;
    progress.update(800);
    CHECK(terminal.str() == "\rfigcheck: reading 800/1000 documents, 400/s, about 1 s left\x1b[K");
    now = 2.05;
    progress.update(900);  // (at most ten redraws a second)
    CHECK(terminal.str() == "\rfigcheck: reading 800/1000 documents, 400/s, about 1 s left\x1b[K");
    now = 3;
    progress.phase("extracting", 1000);
    now = 13;
    progress.update(100);
    CHECK(progress.line() == "figcheck: extracting 100/1000 documents, 10/s, about 1 min 30 s left");
    progress.phase("reading and extracting", 2000, "MB");
    now = 23;
    progress.update(130);
    CHECK(progress.line() == "figcheck: reading and extracting 130/2000 MB, 13/s, about 2 min 24 s left");
    progress.phase("checking 25 claims");
    CHECK(progress.line() == "figcheck: checking 25 claims...");
    progress.finish();
    CHECK(terminal.str().ends_with("\r\x1b[K"));
    const std::size_t size = terminal.str().size();
    progress.finish();  // (once)
    CHECK(terminal.str().size() == size);
  }

  TEST_CASE("durations as a reader says them") {
    CHECK(util::format_duration(0.2) == "1 s");
    CHECK(util::format_duration(59) == "59 s");
    CHECK(util::format_duration(200) == "3 min 20 s");
    CHECK(util::format_duration(3900) == "1 h 05 min");
  }
}

TEST_SUITE("ingest") {
  TEST_CASE("encodings: UTF-8 as it is, Windows-1252 and Latin-1 converted, UTF-16 decoded, bad bytes replaced") {
    using ingest::Encoding;
    struct Case {
      std::string bytes;
      Encoding encoding;
      std::string text;
      std::size_t invalid;
    };
    const Case cases[] = {
        {"7.989 d\xC3\xA9tenus", Encoding::utf8, "7.989 d\xC3\xA9tenus", 0},
        {"\xEF\xBB\xBFSelon l\xE2\x80\x99ONU", Encoding::utf8, "\xEF\xBB\xBFSelon l\xE2\x80\x99ONU", 0},
        // Windows-1252: the typographic apostrophe, the euro sign and "œ" of 0x80-0x9F.
        {"l\x92" "arrestation, 5\x80, c\x9Cur, d\xE9tenus", Encoding::windows_1252,
         "l\xE2\x80\x99" "arrestation, 5\xE2\x82\xAC, c\xC5\x93ur, d\xC3\xA9tenus", 0},
        // Latin-1: nothing of 0x80-0x9F, accented letters only.
        {"d\xE9tenus \xE0 Almaty", Encoding::latin1, "d\xC3\xA9tenus \xC3\xA0 Almaty", 0},
        // A byte Windows-1252 leaves undefined: Latin-1 (its C1 control).
        {"caf\xE9\x81", Encoding::latin1, "caf\xC3\xA9\xC2\x81", 0},
        // Mostly UTF-8 with one stray byte: UTF-8, the byte replaced and counted.
        {"\xC3\xA9l\xC3\xA9gant caf\xE9", Encoding::utf8, "\xC3\xA9l\xC3\xA9gant caf\xEF\xBF\xBD", 1},
        {std::string("\xFF\xFE" "7\0.\0" "9\0\xE9\0", 10), Encoding::utf16le, "7.9\xC3\xA9", 0},
        {std::string("\xFE\xFF\0" "A\xD8\x3D\xDE\x00", 8), Encoding::utf16be, "A\xF0\x9F\x98\x80", 0},
    };
    for (const Case& c : cases) {
      CAPTURE(c.text);
      const ingest::Decoded d = ingest::decode(c.bytes);
      CHECK(d.encoding == c.encoding);
      CHECK(d.text == c.text);
      CHECK(d.invalid == c.invalid);
    }
    CHECK(ingest::decode("ok \xC3\xA9 then \xE9 here").first_invalid == 11);
    CHECK(ingest::looks_binary(std::string("PK\x03\x04\0\0", 6)));
    CHECK(ingest::looks_binary("\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F"));
    CHECK_FALSE(ingest::looks_binary("Line one\r\nLine two\t\f\n"));
    CHECK_FALSE(ingest::looks_binary(std::string("\xFF\xFE" "a\0", 4)));
  }

  TEST_CASE("Markdown front matter: the metadata, and where the article starts") {
    const std::string text = "---\ntitle: \"Kazakhstan : 7.989 d\xC3\xA9tenus\"\ndate: 2022-01-10\noutlet: Le Courrier\n"
                             "lang: fr\nurl: https://example.org/a\ntags: [a, b]\n---\n\n# Titre\n\nALMATY: texte.\n";
    const ingest::FrontMatter fm = ingest::parse_front_matter(text);
    CHECK(fm.title == "Kazakhstan : 7.989 d\xC3\xA9tenus");
    CHECK(fm.date == "2022-01-10");
    CHECK(fm.outlet == "Le Courrier");
    CHECK(fm.language == "fr");
    CHECK(fm.url == "https://example.org/a");
    CHECK(text.substr(fm.end) == "\n# Titre\n\nALMATY: texte.\n");
    CHECK(ingest::parse_front_matter("# Titre\n\n---\n").end == 0);
    CHECK(ingest::parse_front_matter("---\ntitle: never closed\n\nTexte.\n").end == 0);
    CHECK(ingest::parse_front_matter("\xEF\xBB\xBF---\r\ntitle: t\r\n...\r\nx").title == "t");
  }

  TEST_CASE("language tags") {
    CHECK(ingest::language_from_tag("fr-FR") == Language::fr);
    CHECK(ingest::language_from_tag("Fran\xC3\xA7" "ais") == Language::fr);
    CHECK(ingest::language_from_tag("en_GB") == Language::en);
    CHECK(ingest::language_from_tag("English") == Language::en);
    CHECK_FALSE(ingest::language_from_tag("de").has_value());
    CHECK_FALSE(ingest::language_from_tag("").has_value());
  }

  TEST_CASE("each story in its own language; --lang forces one") {
    const std::string digest =
        "Premi\xC3\xA8re histoire\n\nPubli\xC3\xA9 le lundi 10 janvier 2022\n\nALMATY: Selon le minist\xC3\xA8re, 7.989 "
        "personnes sont d\xC3\xA9tenues dans le pays et les autorit\xC3\xA9s ont d\xC3\xA9" "clar\xC3\xA9 que la situation est "
        "sous contr\xC3\xB4le.\n\n\n"
        "Second story\n\nPublished Tuesday 11 January 2022\n\nLONDON: The ministry said that 1,200 people were "
        "evacuated from the area and that the roads have been closed by the police.\n";
    std::vector<ingest::InputProblem> problems;
    Document doc = ingest::make_document("digest.txt", digest, problems);
    REQUIRE(doc.stories.size() == 2);
    CHECK(doc.stories[0].language == Language::fr);
    CHECK(doc.stories[1].language == Language::en);
    CHECK(doc.language == Language::fr);
    Document forced = ingest::make_document("digest.txt", digest, problems, true, {}, Language::en);
    CHECK(forced.stories[0].language == Language::en);
    CHECK(forced.language == Language::en);
  }

  TEST_CASE("directories: every kind of file, --include and --exclude globs, standard input") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "figcheck_ingest_globs";
    fs::remove_all(dir);
    fs::create_directories(dir / "2022" / "drafts");
    for (const char* name : {"a.txt", "b.md", "c.html", "d.HTM", "2022/e.txt", "2022/drafts/f.txt", "g.csv", "h.ndjson"}) {
      std::ofstream(dir / name) << (std::string(name).ends_with("json") ? "{\"id\": 1, \"text\": \"Un.\"}\n" : "Un.\n");
    }
    const auto names = [&](const ingest::ReadOptions& options) {
      std::vector<std::string> out;
      for (const Document& d : ingest::read_paths({dir.string()}, options).documents) {
        out.push_back(fs::path(file_of(d)).lexically_relative(dir).generic_string());
      }
      return out;
    };
    CHECK(names({}) == std::vector<std::string>{"2022/drafts/f.txt", "2022/e.txt", "a.txt", "b.md", "c.html", "d.HTM",
                                                "h.ndjson"});
    ingest::ReadOptions options;
    options.exclude = {"*/drafts/*", "*.html"};
    CHECK(names(options) == std::vector<std::string>{"2022/e.txt", "a.txt", "b.md", "d.HTM", "h.ndjson"});
    options = {};
    options.include = {"*.txt"};
    options.exclude = {"2022/*"};
    CHECK(names(options) == std::vector<std::string>{"a.txt"});
    options.include = {"*.pdf"};
    const ingest::Batch none = ingest::read_paths({dir.string()}, options);
    CHECK(none.documents.empty());
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0].message == "no file to read in this directory matches --include/--exclude");

    // "-": standard input, its kind sniffed.
    std::istringstream page("<!DOCTYPE html><html lang=\"en\"><body><p>LONDON: 40 people were killed.</p></body></html>");
    options = {};
    options.standard_input = &page;
    const ingest::Batch in = ingest::read_paths({"-"}, options);
    REQUIRE(in.documents.size() == 1);
    CHECK(in.documents[0].path == "<stdin>");
    CHECK(in.documents[0].text == "LONDON: 40 people were killed.");
    CHECK(in.documents[0].language == Language::en);
    fs::remove_all(dir);
  }
}

TEST_SUITE("ingest") {
  TEST_CASE("streaming: each document to the sink in order, bytes for progress, texts read again on demand") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "figcheck_ingest_stream";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "a.txt", std::ios::binary) << "Niger : 12 morts\n\nNIAMEY: Douze personnes sont mortes.\n";
    std::ofstream(dir / "b.jsonl", std::ios::binary)
        << "{\"id\": \"x\", \"title\": \"Niger : bilan\", \"text\": \"NIAMEY: 30 morts \\u00e0 Niamey.\"}\n"
        << "not json\n"
        << "{\"id\": \"y\", \"title\": \"Chili : bilan\", \"text\": \"SANTIAGO: 34 morts.\"}\n";
    std::ofstream(dir / "c.jsonl", std::ios::binary) << std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
    Documents seen;
    std::vector<std::pair<std::size_t, std::size_t>> progress;
    const std::vector<ingest::InputProblem> problems = ingest::read_stream(
        {dir.string()}, [&](Document&& doc) { seen.push_back(std::move(doc)); }, {},
        [&](std::size_t done, std::size_t total) { progress.emplace_back(done, total); });
    REQUIRE(seen.size() == 3);
    for (std::size_t i = 0; i < seen.size(); ++i) CHECK(seen[i].id == static_cast<std::int64_t>(i) + 1);
    CHECK(seen[1].record == "x");
    CHECK(seen[2].record == "y");
    CHECK(seen[2].file_line == 3);
    // A bad line, and a binary dump as one message (not one a line).
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].path == (dir / "b.jsonl").string() + ":2:1");
    CHECK(problems[1].path == (dir / "c.jsonl").string());
    CHECK(problems[1].message == "binary file, skipped");
    // Progress counts bytes, and ends with all of them.
    const std::size_t total = fs::file_size(dir / "a.txt") + fs::file_size(dir / "b.jsonl") + fs::file_size(dir / "c.jsonl");
    REQUIRE(!progress.empty());
    CHECK(progress.front() == std::pair<std::size_t, std::size_t>{0, total});
    CHECK(progress.back() == std::pair<std::size_t, std::size_t>{total, total});

    // A text let go is read again as it was: a file, a record (its line only, its source map too).
    for (Document& doc : seen) {
      CAPTURE(doc.path);
      const std::string text = doc.text;
      const LineColumn end = locate(doc, text.size());
      release_text(doc);
      CHECK(doc.text.empty());
      REQUIRE(ingest::reread(doc, {}));
      CHECK(doc.text == text);
      CHECK(locate(doc, text.size()).line == end.line);
      CHECK(locate(doc, text.size()).column == end.column);
    }
    // Not when the file changed since, nor for standard input.
    release_text(seen[0]);
    std::ofstream(dir / "a.txt", std::ios::binary) << "Niger : 13 morts\n";
    CHECK_FALSE(ingest::reread(seen[0], {}));
    Document in;
    in.path = "<stdin>";
    CHECK_FALSE(ingest::reread(in, {}));
    fs::remove_all(dir);
  }

  TEST_CASE("analysis left to the caller: nothing analysed when read, the same documents once finished") {
    // Every kind of input: text in four encodings, Markdown with front matter, a page, a dump.
    const std::string batch = std::string(FIGCHECK_SOURCE_DIR) + "/tests/fixtures/inputs/batch";
    const ingest::Batch now = ingest::read_paths({batch});
    ingest::ReadOptions later_options;
    later_options.defer_analysis = true;
    ingest::Batch later = ingest::read_paths({batch}, later_options);
    REQUIRE(later.documents.size() == now.documents.size());
    CHECK(later.problems.size() == now.problems.size());
    for (std::size_t i = 0; i < now.documents.size(); ++i) {
      Document& doc = later.documents[i];
      const Document& want = now.documents[i];
      CAPTURE(want.path);
      CHECK_FALSE(want.unanalysed.has_value());
      REQUIRE(doc.unanalysed.has_value());
      CHECK(doc.stories.empty());
      CHECK(doc.title.empty());
      CHECK(doc.text == want.text);
      CHECK(doc.suppressions.size() == want.suppressions.size());
      ingest::finish_document(doc);
      CHECK_FALSE(doc.unanalysed.has_value());
      CHECK(doc.title == want.title);
      CHECK(doc.language == want.language);
      CHECK(doc.published == want.published);
      CHECK(doc.outlet == want.outlet);
      CHECK(doc.url == want.url);
      REQUIRE(doc.stories.size() == want.stories.size());
      for (std::size_t s = 0; s < doc.stories.size(); ++s) {
        CHECK(doc.stories[s].title == want.stories[s].title);
        CHECK(doc.stories[s].published == want.stories[s].published);
        CHECK(doc.stories[s].language == want.stories[s].language);
        CHECK(doc.stories[s].place == want.stories[s].place);
        CHECK(doc.stories[s].span.start == want.stories[s].span.start);
      }
      const std::string title = doc.title;
      ingest::finish_document(doc);  // (once only)
      CHECK(doc.title == title);
    }
    // The Markdown file's title is its heading's, without the "#"; the page's, its meta tag's.
    const auto find = [&](std::string_view end) {
      return std::find_if(later.documents.begin(), later.documents.end(),
                          [&](const Document& d) { return d.path.ends_with(end); });
    };
    CHECK(find(".md")->title == "Kazakhstan : le ministère de l'Intérieur compte 7.989 détenus");
    CHECK(find(".html")->outlet == "The Steppe Herald");
  }

  TEST_CASE("a page's title opens its text when the article does not, without the site's name") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "figcheck_ingest_title";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string page =
        "<html><head><title>Kazakhstan: 7,989 detained | The Steppe Herald</title>\n"
        "<meta property=\"og:site_name\" content=\"The Steppe Herald\">\n"
        "<meta name=\"date\" content=\"2022-01-10T16:40:00+06:00\"></head>\n"
        "<body><article><p>NUR-SULTAN: The ministry said 7,989 people were held.</p></article></body></html>\n";
    std::ofstream(dir / "p.html", std::ios::binary) << page;
    const ingest::Batch batch = ingest::read_paths({(dir / "p.html").string()});
    REQUIRE(batch.documents.size() == 1);
    const Document& doc = batch.documents[0];
    CHECK(doc.title == "Kazakhstan: 7,989 detained");
    CHECK(doc.outlet == "The Steppe Herald");
    CHECK(doc.published == Date{2022, 1, 10});
    CHECK(doc.text == "Kazakhstan: 7,989 detained\n\nNUR-SULTAN: The ministry said 7,989 people were held.");
    // The title's words are located where the page writes them, the article's where it does.
    CHECK(locate(doc, doc.text.find("7,989")).line == 1);
    CHECK(locate(doc, doc.text.find("7,989")).column == page.find("7,989") + 1);
    const std::size_t body = doc.text.find("NUR-SULTAN");
    CHECK(locate(doc, body).line == 4);
    CHECK(locate(doc, body).column == std::string("<body><article><p>").size() + 1);
    fs::remove_all(dir);
  }

  TEST_CASE("a claim's restatements keep their place and quote once the text is let go") {
    std::vector<ingest::InputProblem> problems;
    Document doc = ingest::make_document("t.txt", "Titre : 12 morts\n\nNIAMEY: Il y a 12 morts.\n", problems);
    Claim claim;
    claim.occurrences = {Span{8, 16}, Span{33, 41}};
    std::vector<Claim> claims{claim};
    fix_occurrences(doc, claims);
    release_text(doc);
    REQUIRE(claims[0].occurrence_at.size() == 2);
    CHECK(claims[0].occurrence_at[0].line == 1);
    CHECK(claims[0].occurrence_at[0].column == 9);
    CHECK(claims[0].occurrence_at[1].line == 3);
    CHECK(claims[0].occurrence_quotes == std::vector<std::string>{"12 morts", "12 morts"});
    CHECK(doc.line_starts.empty());
  }
}
