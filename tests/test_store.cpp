// The store stage: schema and migrations, save_audit round-trips, refusals, and the RAII
// SQLite wrappers it is built on.
#include <doctest/doctest.h>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "store/sqlite.hpp"
#include "store/store.hpp"

namespace {

using figcheck::Claim;
using figcheck::ClaimStatus;
using figcheck::Date;
using figcheck::Document;
using figcheck::Finding;
using figcheck::LineColumn;
using figcheck::Severity;
using figcheck::Story;
using figcheck::ValueKind;
using figcheck::sqlite::Database;
using figcheck::sqlite::Statement;
using figcheck::sqlite::Transaction;
using figcheck::store::AuditStore;
using figcheck::store::RunInfo;

namespace fs = std::filesystem;

// A unique path under the temp directory; removes the file and its WAL companions on exit.
class TempPath {
 public:
  explicit TempPath(const std::string& suffix) {
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    m_path = fs::temp_directory_path() /
             ("figcheck-store-test-" + std::to_string(stamp) + "-" + std::to_string(counter++) + suffix);
  }
  ~TempPath() {
    std::error_code ec;
    for (const char* extra : {"", "-wal", "-shm", "-journal"}) fs::remove(m_path.string() + extra, ec);
  }
  TempPath(const TempPath&) = delete;
  TempPath& operator=(const TempPath&) = delete;
  std::string string() const { return m_path.string(); }

 private:
  fs::path m_path;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::int64_t count(Database& db, const std::string& table) {
  auto result = db.query_int64("SELECT count(*) FROM " + table);  // table names are test constants
  REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error()));
  return *result;
}

AuditStore open_memory() {
  auto store = AuditStore::open(":memory:");
  REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error()));
  return std::move(store).value();
}

// A source name and title that would break any SQL built by concatenation.
const std::string k_nasty_source = "l'ONU \"officielle\"; DROP TABLE claims; -- fin";
const std::string k_nasty_title = "Bilan: 'au moins 164 morts'; -- selon \"Almaty\"); DELETE FROM runs; --";

Document make_document(std::int64_t id, const std::string& path) {
  Document document;
  document.id = id;
  document.path = path;
  document.text = "ALMATY - Au moins 164 morts selon les autorités. 225 morts selon l'ONU.";
  document.content_hash = "abc123";
  document.title = k_nasty_title;
  document.language = figcheck::Language::fr;
  document.published = Date{2022, 1, 10};
  Story story;
  story.index = 0;
  story.span = {0, document.text.size()};
  story.title = "Kazakhstan";
  story.published = Date{2022, 1, 10};
  story.dateline = "ALMATY";
  story.place = "Almaty";
  story.country = "Kazakhstan";
  document.stories.push_back(story);
  return document;
}

Claim make_claim(std::int64_t document, double low, const std::string& source, const std::string& source_key) {
  Claim claim;
  claim.document = document;
  claim.story = 0;
  claim.span = {9, 47};
  claim.number_span = {18, 21};
  claim.quote = "Au moins 164 morts selon les autorités";
  claim.metric = "deaths";
  claim.place = "Kazakhstan";
  claim.country = "Kazakhstan";
  claim.date = Date{2022, 1, 9};
  claim.source = source;
  claim.source_key = source_key;
  claim.status = ClaimStatus::reported;
  claim.value = {low, std::nullopt, ValueKind::at_least};
  return claim;
}

RunInfo make_run() { return {"2024-05-01T10:00:00Z", "2024-05-01T10:00:01Z", "audit samples/", "0.1.0", "", ""}; }

}  // namespace

TEST_SUITE("store") {
  TEST_CASE("a fresh in-memory database gets the current schema version and every table") {
    AuditStore store = open_memory();
    CHECK(store.schema_version() == figcheck::store::k_schema_version);
    CHECK(store.schema_version() == 3);
    Database& db = store.database();
    for (const char* table : {"runs", "documents", "stories", "sources", "claims", "findings", "finding_claims"}) {
      Statement& query = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1");
      query.bind(1, table);
      auto row = query.step();
      REQUIRE(row.ok());
      REQUIRE(*row);
      CHECK_MESSAGE(query.column_int64(0) == 1, table);
      query.reset();
    }
    for (const char* index : {"claims_by_metric", "claims_by_document", "finding_claims_by_claim"}) {
      Statement& query = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?1");
      auto row = query.bind(1, index).step();
      REQUIRE(row.ok());
      CHECK_MESSAGE(query.column_int64(0) == 1, index);
      query.reset();
    }
    auto foreign_keys = db.query_int64("PRAGMA foreign_keys");
    REQUIRE(foreign_keys.ok());
    CHECK(*foreign_keys == 1);
  }

  TEST_CASE("save_audit round-trip stores every row, with quotes and SQL syntax verbatim") {
    AuditStore store = open_memory();
    figcheck::Documents documents = {make_document(1, "samples/a.txt"), make_document(2, "samples/b.txt")};
    std::vector<Claim> claims = {
        make_claim(1, 164, "les autorités", "autorites"),
        make_claim(1, 225, k_nasty_source, ""),  // no key: the name is the key
        make_claim(2, 164, "les autorités", "autorites"),
        make_claim(2, 10, "", ""),
    };
    claims[3].subject = "";
    claims[3].place = "";
    claims[3].date = Date{};
    claims[3].value = {10, 20, ValueKind::range};
    claims[3].status = ClaimStatus::unverified;
    std::vector<LineColumn> positions = {{1, 10}, {1, 50}, {3, 1}, {4, 7}};
    Finding finding;
    finding.rule = "core/conflicting-figures";
    finding.severity = Severity::error;
    finding.metric = "deaths";
    finding.place = "Kazakhstan";
    finding.message = "164 vs 225 deaths";
    finding.reason = "164 lies outside [225, 225]";
    finding.claims = {0, 1};
    Finding note = finding;
    note.severity = Severity::info;
    note.claims = {3};

    std::vector<std::int64_t> ids;
    auto run_id = store.save_audit(make_run(), documents, claims, positions, {finding, note}, &ids);
    REQUIRE_MESSAGE(run_id.ok(), (run_id.ok() ? "" : run_id.error()));
    CHECK(*run_id >= 1);
    REQUIRE(ids.size() == claims.size());

    Database& db = store.database();
    CHECK(count(db, "runs") == 1);
    CHECK(count(db, "documents") == 2);
    CHECK(count(db, "stories") == 2);
    CHECK(count(db, "claims") == 4);
    CHECK(count(db, "sources") == 2);
    CHECK(count(db, "findings") == 2);
    CHECK(count(db, "finding_claims") == 3);

    SUBCASE("the run and its totals") {
      Statement& query = db.prepare(
          "SELECT started, finished, figcheck_version, arguments, documents, claims, errors, warnings, infos "
          "FROM runs WHERE id = ?1");
      auto row = query.bind(1, *run_id).step();
      REQUIRE(row.ok());
      REQUIRE(*row);
      CHECK(query.column_text(0) == "2024-05-01T10:00:00Z");
      CHECK(query.column_text(1) == "2024-05-01T10:00:01Z");
      CHECK(query.column_text(2) == "0.1.0");
      CHECK(query.column_text(3) == "audit samples/");
      CHECK(query.column_int64(4) == 2);
      CHECK(query.column_int64(5) == 4);
      CHECK(query.column_int64(6) == 1);
      CHECK(query.column_int64(7) == 0);
      CHECK(query.column_int64(8) == 1);
    }

    SUBCASE("a claim's fields, its source and its document") {
      Statement& query = db.prepare(
          "SELECT c.story_idx, c.start, c.end, c.number_start, c.number_end, c.line, c.col, c.quote, c.metric, "
          "c.subject, c.place, c.country, c.date, s.name, s.key, c.status, c.low, c.high, c.kind, c.unit, "
          "d.path, d.title, d.published, d.language, d.last_run "
          "FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN sources s ON s.id = c.source_id "
          "WHERE c.id = ?1");
      auto row = query.bind(1, ids[1]).step();
      REQUIRE(row.ok());
      REQUIRE(*row);
      CHECK(query.column_int64(0) == 0);
      CHECK(query.column_int64(1) == 9);
      CHECK(query.column_int64(2) == 47);
      CHECK(query.column_int64(3) == 18);
      CHECK(query.column_int64(4) == 21);
      CHECK(query.column_int64(5) == 1);
      CHECK(query.column_int64(6) == 50);
      CHECK(query.column_text(7) == "Au moins 164 morts selon les autorités");
      CHECK(query.column_text(8) == "deaths");
      CHECK(query.column_is_null(9));  // "" subject
      CHECK(query.column_text(10) == "Kazakhstan");
      CHECK(query.column_text(11) == "Kazakhstan");
      CHECK(query.column_text(12) == "2022-01-09");
      CHECK(query.column_text(13) == k_nasty_source);
      CHECK(query.column_text(14) == k_nasty_source);
      CHECK(query.column_text(15) == "reported");
      CHECK(query.column_double(16) == 225.0);
      CHECK(query.column_is_null(17));
      CHECK(query.column_text(18) == "at_least");
      CHECK(query.column_is_null(19));
      CHECK(query.column_text(20) == "samples/a.txt");
      CHECK(query.column_text(21) == k_nasty_title);
      CHECK(query.column_text(22) == "2022-01-10");
      CHECK(query.column_text(23) == "fr");
      CHECK(query.column_int64(24) == *run_id);
      query.reset();
    }

    SUBCASE("empty text and unknown dates are NULL") {
      Statement& query =
          db.prepare("SELECT subject, place, date, source_id, status, low, high, kind FROM claims WHERE id = ?1");
      auto row = query.bind(1, ids[3]).step();
      REQUIRE(row.ok());
      REQUIRE(*row);
      CHECK(query.column_is_null(0));
      CHECK(query.column_is_null(1));
      CHECK(query.column_is_null(2));
      CHECK(query.column_is_null(3));
      CHECK(query.column_text(4) == "unverified");
      CHECK(query.column_optional_double(5) == 10.0);
      CHECK(query.column_optional_double(6) == 20.0);
      CHECK(query.column_text(7) == "range");
      query.reset();
    }

    SUBCASE("one source row per key, shared by claims of both documents") {
      Statement& query = db.prepare("SELECT count(DISTINCT source_id) FROM claims WHERE id IN (?1, ?2)");
      auto row = query.bind(1, ids[0]).bind(2, ids[2]).step();
      REQUIRE(row.ok());
      CHECK(query.column_int64(0) == 1);
      query.reset();
    }

    SUBCASE("finding_claims keep the finding's order, anchor first") {
      Statement& query = db.prepare(
          "SELECT fc.claim_id, f.rule, f.severity, f.reason FROM finding_claims fc "
          "JOIN findings f ON f.id = fc.finding_id WHERE f.run_id = ?1 AND f.severity = 'error' ORDER BY fc.ord");
      query.bind(1, *run_id);
      std::vector<std::int64_t> cited;
      for (;;) {
        auto row = query.step();
        REQUIRE(row.ok());
        if (!*row) break;
        cited.push_back(query.column_int64(0));
        CHECK(query.column_text(1) == "core/conflicting-figures");
        CHECK(query.column_text(3) == "164 lies outside [225, 225]");
      }
      CHECK(cited == std::vector<std::int64_t>{ids[0], ids[1]});
    }
  }

  TEST_CASE("re-saving a document path replaces its stories and claims instead of duplicating them") {
    AuditStore store = open_memory();
    figcheck::Documents documents = {make_document(1, "samples/a.txt")};
    std::vector<Claim> claims = {make_claim(1, 164, "les autorités", "autorites"), make_claim(1, 225, "ONU", "onu")};
    std::vector<LineColumn> positions = {{1, 1}, {2, 1}};
    Finding finding;
    finding.rule = "core/conflicting-figures";
    finding.claims = {0, 1};

    auto first = store.save_audit(make_run(), documents, claims, positions, {finding});
    REQUIRE(first.ok());
    auto document_id = store.database().query_int64("SELECT id FROM documents");
    REQUIRE(document_id.ok());

    documents[0].content_hash = "def456";
    claims.pop_back();
    positions.pop_back();
    auto second = store.save_audit(make_run(), documents, claims, positions, {});
    REQUIRE_MESSAGE(second.ok(), (second.ok() ? "" : second.error()));
    CHECK(*second != *first);

    Database& db = store.database();
    CHECK(count(db, "runs") == 2);
    CHECK(count(db, "documents") == 1);
    CHECK(count(db, "stories") == 1);
    CHECK(count(db, "claims") == 1);
    CHECK(count(db, "sources") == 2);  // sources are shared across runs and kept
    CHECK(count(db, "findings") == 1);  // the first run's finding stays in its history…
    CHECK(count(db, "finding_claims") == 0);  // …but the replaced claims it cited are gone
    auto same_id = db.query_int64("SELECT id FROM documents");
    REQUIRE(same_id.ok());
    CHECK(*same_id == *document_id);  // updated in place, not deleted and re-inserted
    auto last_run = db.query_int64("SELECT last_run FROM documents");
    REQUIRE(last_run.ok());
    CHECK(*last_run == *second);
    Statement& hash = db.prepare("SELECT content_hash FROM documents");
    REQUIRE(hash.step().ok());
    CHECK(hash.column_text(0) == "def456");
    hash.reset();
  }

  TEST_CASE("save_audit checks its cross-references before writing anything") {
    AuditStore store = open_memory();
    figcheck::Documents documents = {make_document(1, "a.txt")};
    struct Case {
      const char* name;
      std::vector<Claim> claims;
      std::vector<LineColumn> positions;
      std::vector<std::size_t> cited;
      const char* message;
    };
    const Case cases[] = {
        {"positions missing", {make_claim(1, 1, "", "")}, {}, {}, "claim positions"},
        {"document 0", {make_claim(0, 1, "", "")}, {{1, 1}}, {}, "refers to document 0"},
        {"document past the end", {make_claim(2, 1, "", "")}, {{1, 1}}, {}, "refers to document 2"},
        {"finding cites a missing claim", {make_claim(1, 1, "", "")}, {{1, 1}}, {0, 1}, "refers to claim 1"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.name);
      Finding finding;
      finding.claims = c.cited;
      auto result = store.save_audit(make_run(), documents, c.claims, c.positions, {finding});
      REQUIRE_FALSE(result.ok());
      CHECK(result.error().find(c.message) != std::string::npos);
      CHECK(count(store.database(), "runs") == 0);
      CHECK(count(store.database(), "documents") == 0);
    }
  }

  TEST_CASE("a database file newer than the binary is refused and left untouched") {
    TempPath path(".db");
    {
      auto db = Database::open(path.string(), {.journal = figcheck::sqlite::JournalMode::del});
      REQUIRE(db.ok());
      REQUIRE(db->exec("CREATE TABLE future(x); PRAGMA user_version = 99").is_ok());
    }
    const std::string before = read_file(path.string());

    auto store = AuditStore::open(path.string());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().find("99") != std::string::npos);
    CHECK(store.error().find("newer") != std::string::npos);
    CHECK(store.error().find(path.string()) != std::string::npos);

    CHECK(read_file(path.string()) == before);  // not even switched to WAL
    CHECK_FALSE(fs::exists(path.string() + "-wal"));
    auto db = Database::open(path.string(), {.journal = figcheck::sqlite::JournalMode::unchanged});
    REQUIRE(db.ok());
    auto version = db->query_int64("PRAGMA user_version");
    REQUIRE(version.ok());
    CHECK(*version == 99);
    CHECK(count(*db, "sqlite_schema") == 1);
  }

  TEST_CASE("a file that is not SQLite is refused with a clear message and left untouched") {
    TempPath path(".txt");
    const std::string text =
        "ALMATY - Au moins 164 personnes ont été tuées, selon le ministère de la Santé.\n"
        "This is a news article, not a database; it is long enough to fill a SQLite header and more.\n";
    {
      std::ofstream out(path.string(), std::ios::binary);
      out << text;
    }
    auto store = AuditStore::open(path.string());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().find("not a SQLite database") != std::string::npos);
    CHECK(store.error().find(path.string()) != std::string::npos);
    CHECK(read_file(path.string()) == text);
  }

  TEST_CASE("a SQLite database of another program is refused rather than mixed with figcheck tables") {
    TempPath path(".db");
    {
      auto db = Database::open(path.string());
      REQUIRE(db.ok());
      REQUIRE(db->exec("CREATE TABLE contacts(name TEXT)").is_ok());
    }
    auto store = AuditStore::open(path.string());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().find("not a figcheck database") != std::string::npos);
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    CHECK(count(*db, "sqlite_schema") == 1);
    CHECK(db->query_int64("PRAGMA user_version").value() == 0);
  }

  TEST_CASE("a path in a missing directory gives a clear error") {
    const fs::path missing = fs::temp_directory_path() / "figcheck-store-test-no-such-directory" / "audit.db";
    REQUIRE_FALSE(fs::exists(missing.parent_path()));
    auto store = AuditStore::open(missing.string());
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().find("does not exist") != std::string::npos);
    CHECK(store.error().find(missing.parent_path().string()) != std::string::npos);
    CHECK_FALSE(fs::exists(missing.parent_path()));
  }

  TEST_CASE("a file database is created in WAL mode, kept across opens, and migrated once") {
    TempPath path(".db");
    std::int64_t run_id = 0;
    {
      auto store = AuditStore::open(path.string());
      REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error()));
      CHECK(store->schema_version() == figcheck::store::k_schema_version);
      auto mode = store->database().set_journal_mode(figcheck::sqlite::JournalMode::unchanged);
      REQUIRE(mode.ok());
      CHECK(*mode == "wal");
      auto saved = store->save_audit(make_run(), figcheck::Documents{make_document(1, "a.txt")}, {make_claim(1, 3, "", "")}, {{1, 1}}, {});
      REQUIRE(saved.ok());
      run_id = *saved;
    }
    auto store = AuditStore::open(path.string());
    REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error()));
    CHECK(store->schema_version() == figcheck::store::k_schema_version);
    CHECK(count(store->database(), "claims") == 1);
    auto stored_run = store->database().query_int64("SELECT max(id) FROM runs");
    REQUIRE(stored_run.ok());
    CHECK(*stored_run == run_id);
  }

  TEST_CASE("a database of each earlier version (fixtures written by those versions) migrates to the current schema, data kept") {
    struct Fixture {
      const char* file;
      int version;
      std::int64_t findings;  // samples/ audited once (version 1), twice (version 2)
    };
    for (const Fixture& fixture : {Fixture{"store-v1.sqlite", 1, 3}, Fixture{"store-v2.sqlite", 2, 6}}) {
      CAPTURE(fixture.file);
      TempPath path(".db");
      fs::copy_file(fs::path(FIGCHECK_SOURCE_DIR) / "tests" / "fixtures" / fixture.file, path.string());
      const auto schema_of = [](Database& db) {
        // Every table's columns and every index, as SQLite describes them.
        std::string described;
        Statement& tables = db.prepare(
            "SELECT type, name, tbl_name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name");
        std::vector<std::pair<std::string, std::string>> objects;
        for (;;) {
          auto row = tables.step();
          REQUIRE(row.ok());
          if (!*row) break;
          objects.emplace_back(tables.column_text(0), tables.column_text(1));
        }
        for (const auto& [type, name] : objects) {
          described += type + " " + name + ":";
          Statement& info = db.prepare(type == "table" ? "SELECT name, type FROM pragma_table_info(?1) ORDER BY name"
                                                       : "SELECT name, '' FROM pragma_index_info(?1) ORDER BY name");
          info.bind(1, name);
          for (;;) {
            auto row = info.step();
            REQUIRE(row.ok());
            if (!*row) break;
            described += " " + info.column_text(0) + " " + info.column_text(1);
          }
          described += "\n";
        }
        return described;
      };
      {
        auto raw = figcheck::sqlite::Database::open(path.string(), {});
        REQUIRE(raw.ok());
        const auto version = raw->query_int64("PRAGMA user_version");
        REQUIRE(version.ok());
        CHECK(version.value() == fixture.version);
      }
      auto store = AuditStore::open(path.string());
      REQUIRE_MESSAGE(store.ok(), (store.ok() ? "" : store.error()));
      CHECK(store->schema_version() == figcheck::store::k_schema_version);
      // The data is all there: the samples' 7 documents, 25 claims, and the findings of its runs.
      CHECK(count(store->database(), "documents") == 7);
      CHECK(count(store->database(), "claims") == 25);
      CHECK(count(store->database(), "findings") == fixture.findings);
      AuditStore fresh = open_memory();
      CHECK(schema_of(store->database()) == schema_of(fresh.database()));
      // And it takes a new run, whose finding is new (version 1's findings have no fingerprint;
      // version 2's have others).
      figcheck::store::RunChanges changes;
      Finding finding;
      finding.rule = "core/x";
      finding.message = "m";
      finding.fingerprint = "0123456789abcdef";
      finding.claims = {0};
      auto saved = store->save_audit(make_run(), figcheck::Documents{make_document(1, "a.txt")}, {make_claim(1, 3, "", "")}, {{1, 1}},
                                     {finding}, nullptr, &changes);
      REQUIRE_MESSAGE(saved.ok(), (saved.ok() ? "" : saved.error()));
      CHECK(changes.previous_run.has_value());
      CHECK(changes.added == 1);
    }
  }

  TEST_CASE("findings are new, persisting or resolved relative to the previous run") {
    AuditStore store = open_memory();
    const auto finding = [](const char* fingerprint) {
      Finding f;
      f.rule = "core/conflicting-figures";
      f.message = std::string("about ") + fingerprint;
      f.reason = "r";
      f.fingerprint = fingerprint;
      f.claims = {0};
      return f;
    };
    const figcheck::Documents documents{make_document(1, "a.txt")};
    const std::vector<Claim> claims{make_claim(1, 3, "", "")};
    figcheck::store::RunChanges changes;
    REQUIRE(store.save_audit(make_run(), documents, claims, {{1, 1}}, {finding("aaaa"), finding("bbbb")}, nullptr, &changes).ok());
    CHECK_FALSE(changes.previous_run.has_value());
    CHECK(changes.added == 2);
    auto second = store.save_audit(make_run(), documents, claims, {{1, 1}}, {finding("bbbb"), finding("cccc")}, nullptr, &changes);
    REQUIRE(second.ok());
    REQUIRE(changes.previous_run.has_value());
    CHECK(changes.added == 1);
    CHECK(changes.persisting == 1);
    CHECK(changes.resolved == 1);
    Statement& states = store.database().prepare(
        "SELECT fingerprint, state FROM findings WHERE run_id = ?1 ORDER BY fingerprint");
    states.bind(1, *second);
    std::vector<std::string> rows;
    for (;;) {
      auto row = states.step();
      REQUIRE(row.ok());
      if (!*row) break;
      rows.push_back(states.column_text(0) + " " + states.column_text(1));
    }
    CHECK(rows == std::vector<std::string>{"aaaa resolved", "bbbb persisting", "cccc new"});
    // A resolved finding is not reported again as resolved by the run after.
    REQUIRE(store.save_audit(make_run(), documents, claims, {{1, 1}}, {finding("bbbb"), finding("cccc")}, nullptr, &changes).ok());
    CHECK(changes.resolved == 0);
    CHECK(changes.persisting == 2);
  }

  TEST_CASE("a document looked up by path: its state, stories and claims; the last run and its findings") {
    AuditStore store = open_memory();
    CHECK_FALSE(store.last_run().has_value());
    figcheck::Documents documents{make_document(1, "a.txt"), make_document(2, "b.txt")};
    documents[1].content_hash = "b-hash";
    documents[1].language = figcheck::Language::en;
    std::vector<Claim> claims{make_claim(1, 164, "les autorités", "autorites"), make_claim(1, 225, "ONU", "onu"),
                              make_claim(2, 7, "", "")};
    claims[1].metric = "injured";
    claims[1].span = {50, 70};
    claims[2].metric = "injured";
    Finding deaths;
    deaths.rule = "core/conflicting-figures";
    deaths.metric = "deaths";
    deaths.fingerprint = "dddd";
    deaths.claims = {0};
    Finding injured = deaths;
    injured.metric = "injured";
    injured.fingerprint = "iiii";
    injured.claims = {1, 2};
    RunInfo info = make_run();
    info.extractor = "0.1.0:lexicon";
    info.rules = "rules-hash";
    std::vector<std::int64_t> ids;
    auto run = store.save_audit(info, documents, claims, {{1, 1}, {2, 5}, {3, 1}}, {deaths, injured}, &ids);
    REQUIRE(run.ok());

    auto none = store.document_state("c.txt", true);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    auto brief = store.document_state("a.txt", false);
    REQUIRE(brief.ok());
    REQUIRE(brief->has_value());
    CHECK((*brief)->content_hash == "abc123");
    CHECK((*brief)->extractor == "0.1.0:lexicon");
    CHECK((*brief)->last_run == *run);
    CHECK((*brief)->stories.empty());
    CHECK((*brief)->claims.empty());
    auto whole = store.document_state("a.txt", true);
    REQUIRE(whole.ok());
    REQUIRE(whole->has_value());
    const AuditStore::DocumentState& a = **whole;
    CHECK(a.title == k_nasty_title);
    CHECK(a.language == figcheck::Language::fr);
    CHECK(a.published == Date{2022, 1, 10});
    REQUIRE(a.stories.size() == 1);
    CHECK(a.stories[0].dateline == "ALMATY");
    CHECK(a.stories[0].place == "Almaty");
    REQUIRE(a.claims.size() == 2);  // its own, in text order, with their rows
    CHECK(a.claims[0].quote == claims[0].quote);
    CHECK(a.claims[0].source == "les autorités");
    CHECK(a.claims[0].stored_id == ids[0]);
    CHECK(a.claims[1].metric == "injured");
    CHECK(a.claims[1].stored_id == ids[1]);
    auto b = store.document_state("b.txt", true);
    REQUIRE(b.ok());
    REQUIRE(b->has_value());
    CHECK((*b)->language == figcheck::Language::en);
    REQUIRE((*b)->claims.size() == 1);

    const auto last = store.last_run();
    REQUIRE(last.has_value());
    CHECK(last->id == *run);
    CHECK(last->rules == "rules-hash");
    CHECK(last->documents == 2);

    // Its findings over this run's claims: b.txt's claim is gone (its file changed), so the
    // finding citing it is left out and its metric listed as lost; the other stands.
    std::vector<Claim> now{a.claims[0], a.claims[1]};
    Claim fresh = make_claim(2, 9, "", "");
    now.push_back(fresh);
    auto previous = store.run_findings(last->id, now);
    REQUIRE(previous.has_value());
    REQUIRE(previous->findings.size() == 1);
    CHECK(previous->findings[0].fingerprint == "dddd");
    CHECK(previous->findings[0].claims == std::vector<std::size_t>{0});
    CHECK(previous->lost_metrics == std::set<std::string>{"injured"});
  }

  TEST_CASE("a full disk is an error with nothing half-written") {
    // SQLite's max_page_count stands in for a full disk: writing past it fails as a full disk does
    // (SQLITE_FULL), without needing one.
    TempPath path(".db");
    auto store = AuditStore::open(path.string());
    REQUIRE(store.ok());
    REQUIRE(store->save_audit(make_run(), figcheck::Documents{make_document(1, "a.txt")}, {make_claim(1, 3, "", "")}, {{1, 1}}, {}).ok());
    auto pages = store->database().query_int64("PRAGMA page_count");
    REQUIRE(pages.ok());
    REQUIRE(store->database().exec("PRAGMA max_page_count = " + std::to_string(pages.value() + 2)).is_ok());
    figcheck::Documents documents;
    std::vector<Claim> claims;
    std::vector<LineColumn> positions;
    for (std::int64_t d = 1; d <= 50; ++d) documents.push_back(make_document(d, "doc" + std::to_string(d)));
    for (std::size_t i = 0; i < 20'000; ++i) {
      claims.push_back(make_claim(static_cast<std::int64_t>(i % 50) + 1, static_cast<double>(i), "source", "source"));
      positions.push_back({i + 1, 1});
    }
    auto saved = store->save_audit(make_run(), documents, claims, positions, {});
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().find("full") != std::string::npos);
    // The first audit is whole, the second left no trace.
    CHECK(count(store->database(), "runs") == 1);
    CHECK(count(store->database(), "documents") == 1);
    CHECK(count(store->database(), "claims") == 1);
  }

  TEST_CASE("a read-only database file is an error that says so") {
    if (geteuid() == 0) {
      MESSAGE("SKIPPED: running as root, which writes to read-only files");
      return;
    }
    TempPath path(".db");
    {
      auto store = AuditStore::open(path.string());
      REQUIRE(store.ok());
    }
    fs::permissions(path.string(), fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    auto store = AuditStore::open(path.string());
    if (store.ok()) {
      auto saved = store->save_audit(make_run(), figcheck::Documents{make_document(1, "a.txt")}, {make_claim(1, 3, "", "")}, {{1, 1}}, {});
      REQUIRE_FALSE(saved.ok());
      CHECK(saved.error().find("readonly") != std::string::npos);
    } else {
      CHECK(store.error().find("read") != std::string::npos);
    }
    fs::permissions(path.string(), fs::perms::owner_all);
  }

  TEST_CASE("Transaction rolls back unless committed") {
    auto db = Database::open(":memory:");
    REQUIRE(db.ok());
    REQUIRE(db->exec("CREATE TABLE t(x INTEGER)").is_ok());
    {
      auto transaction = Transaction::begin(*db);
      REQUIRE(transaction.ok());
      CHECK(db->in_transaction());
      REQUIRE(db->prepare("INSERT INTO t(x) VALUES(?1)").bind(1, 1).run().is_ok());
      CHECK(count(*db, "t") == 1);
    }  // no commit
    CHECK_FALSE(db->in_transaction());
    CHECK(count(*db, "t") == 0);
    {
      auto transaction = Transaction::begin(*db);
      REQUIRE(transaction.ok());
      REQUIRE(db->prepare("INSERT INTO t(x) VALUES(?1)").bind(1, 2).run().is_ok());
      REQUIRE(transaction->commit().is_ok());
      CHECK_FALSE(transaction->active());
    }
    CHECK(count(*db, "t") == 1);
    {
      auto transaction = Transaction::begin(*db);
      REQUIRE(transaction.ok());
      REQUIRE(db->prepare("INSERT INTO t(x) VALUES(?1)").bind(1, 3).run().is_ok());
      REQUIRE(transaction->rollback().is_ok());
      CHECK_FALSE(db->in_transaction());
    }
    CHECK(count(*db, "t") == 1);
  }

  TEST_CASE("Statement: cached by SQL text, bound values only, sticky errors") {
    auto db = Database::open(":memory:");
    REQUIRE(db.ok());
    REQUIRE(db->exec("CREATE TABLE t(x TEXT, y REAL, z INTEGER)").is_ok());
    const std::string insert = "INSERT INTO t(x, y, z) VALUES(?1, ?2, ?3)";
    Statement& first = db->prepare(insert);
    Statement& again = db->prepare(insert);
    CHECK(&first == &again);

    SUBCASE("values round-trip") {
      const std::string text = "x'); DROP TABLE t; --";
      REQUIRE(first.bind(1, text).bind(2, 2.5).bind(3, std::optional<std::int64_t>()).run().is_ok());
      Statement& query = db->prepare("SELECT x, y, z FROM t");
      REQUIRE(query.step().value());
      CHECK(query.column_text(0) == text);
      CHECK(query.column_double(1) == 2.5);
      CHECK(query.column_optional_int64(2) == std::nullopt);
      CHECK(query.column_text(7).empty());  // out of range reads as NULL
      CHECK_FALSE(query.step().value());
    }
    SUBCASE("a bad parameter index fails at step, naming the database") {
      auto result = first.bind(7, 1).step();
      REQUIRE_FALSE(result.ok());
      CHECK(result.error().find(":memory:") != std::string::npos);
      first.reset();
      CHECK(first.status().is_ok());
    }
    SUBCASE("a constraint failure reports SQLite's message") {
      REQUIRE(db->exec("CREATE TABLE u(k TEXT UNIQUE)").is_ok());
      Statement& unique = db->prepare("INSERT INTO u(k) VALUES(?1)");
      REQUIRE(unique.bind(1, "a").run().is_ok());
      figcheck::Status failure = unique.bind(1, "a").run();
      REQUIRE_FALSE(failure.is_ok());
      CHECK(failure.message().find("UNIQUE constraint failed") != std::string::npos);
    }
    SUBCASE("SQL that does not prepare is an error at step, retried later") {
      const std::string later = "SELECT count(*) FROM later";
      auto result = db->prepare(later).step();
      REQUIRE_FALSE(result.ok());
      CHECK(result.error().find("no such table: later") != std::string::npos);
      REQUIRE(db->exec("CREATE TABLE later(x)").is_ok());
      auto retried = db->prepare(later).step();
      REQUIRE_MESSAGE(retried.ok(), (retried.ok() ? "" : retried.error()));
      CHECK(*retried);
    }
  }

  TEST_CASE("save_audit stores 100,000 claims in one transaction") {
    // A benchmark in disguise: no time is asserted, but a slow path shows in the test's run time.
    AuditStore store = open_memory();
    constexpr std::size_t k_claims = 100'000;
    figcheck::Documents documents;
    for (std::int64_t i = 1; i <= 100; ++i) documents.push_back(make_document(i, "doc" + std::to_string(i)));
    std::vector<Claim> claims;
    std::vector<LineColumn> positions;
    claims.reserve(k_claims);
    for (std::size_t i = 0; i < k_claims; ++i) {
      claims.push_back(make_claim(static_cast<std::int64_t>(i % 100) + 1, static_cast<double>(i),
                                  "source " + std::to_string(i % 50), ""));
      positions.push_back({i + 1, 1});
    }
    std::vector<Finding> findings(1000);
    for (std::size_t i = 0; i < findings.size(); ++i) findings[i].claims = {i, i + 1, i + 2};
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::int64_t> ids;
    auto run_id = store.save_audit(make_run(), documents, claims, positions, findings, &ids);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    REQUIRE_MESSAGE(run_id.ok(), (run_id.ok() ? "" : run_id.error()));
    CHECK(ids.size() == k_claims);
    CHECK(count(store.database(), "claims") == static_cast<std::int64_t>(k_claims));
    CHECK(count(store.database(), "sources") == 50);
    CHECK(count(store.database(), "finding_claims") == 3000);
    MESSAGE("save_audit of 100,000 claims: "
            << std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() << " ms");

    // Re-saving replaces all of them (exercises the cascades through finding_claims).
    auto again = store.save_audit(make_run(), documents, claims, positions, {});
    REQUIRE(again.ok());
    CHECK(count(store.database(), "claims") == static_cast<std::int64_t>(k_claims));
    CHECK(count(store.database(), "finding_claims") == 0);
  }
}
