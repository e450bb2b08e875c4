#include "store/store.hpp"

#include <chrono>
#include <iterator>
#include <thread>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "schema_sql.hpp"
#include "util/text.hpp"

namespace figcheck::store {
namespace {

using sqlite::Database;
using sqlite::Statement;
using sqlite::Transaction;

// ---- Migrations ------------------------------------------------------------------------------
// A new database gets schema.sql, the whole current schema, at k_schema_version. A database of
// an earlier version goes through one step per later version, in order, each in its own
// transaction that also sets PRAGMA user_version; the steps end at the schema schema.sql creates
// (tests/test_store.cpp compares the two on a version-1 fixture). A new version edits schema.sql,
// appends its step here and bumps k_schema_version.

// Version 2: a finding's fingerprint and its state relative to the previous run.
Status migrate_to_v2(Database& db) {
  return db.exec(
      "ALTER TABLE findings ADD COLUMN fingerprint TEXT;"
      "ALTER TABLE findings ADD COLUMN state TEXT;"
      "CREATE INDEX findings_by_fingerprint ON findings(fingerprint);");
}

// Version 3: what an unchanged file's claims need to be read back instead of re-extracted.
Status migrate_to_v3(Database& db) {
  return db.exec(
      "ALTER TABLE runs ADD COLUMN rules TEXT;"
      "ALTER TABLE documents ADD COLUMN extractor TEXT;"
      "ALTER TABLE claims ADD COLUMN breakdown INTEGER NOT NULL DEFAULT 0;"
      "ALTER TABLE claims ADD COLUMN part INTEGER NOT NULL DEFAULT 0;"
      "ALTER TABLE claims ADD COLUMN whole_at INTEGER;"
      "ALTER TABLE claims ADD COLUMN is_update INTEGER NOT NULL DEFAULT 0;"
      "ALTER TABLE claims ADD COLUMN nationwide INTEGER NOT NULL DEFAULT 0;"
      "ALTER TABLE claims ADD COLUMN place_stated INTEGER NOT NULL DEFAULT 0;"
      "ALTER TABLE claims ADD COLUMN change_amount REAL;"
      "ALTER TABLE claims ADD COLUMN change_percent INTEGER NOT NULL DEFAULT 0;"
      "ALTER TABLE claims ADD COLUMN change_reference TEXT;"
      "ALTER TABLE claims ADD COLUMN occurrences TEXT;"
      "ALTER TABLE claims ADD COLUMN source_written TEXT;");
}

struct Migration {
  int version;
  Status (*apply)(Database&);
};

constexpr Migration k_migrations[] = {
    {2, migrate_to_v2},
    {3, migrate_to_v3},
};
static_assert(std::size(k_migrations) > 0 && std::end(k_migrations)[-1].version == k_schema_version,
              "the last migration must reach k_schema_version");

Status newer_than_binary(const std::string& path, std::int64_t version) {
  return Status::error("database '" + path + "' has schema version " + std::to_string(version) +
                       " (PRAGMA user_version), newer than the version " + std::to_string(k_schema_version) +
                       " this figcheck supports; it was written by a newer figcheck. Upgrade figcheck or use "
                       "another database file; this one was left untouched");
}

// A database with no schema yet gets schema.sql at once, after checking it holds nothing else.
Status create(Database& db) {
  const std::string context = "creating the schema in database '" + db.path() + "': ";
  Result<Transaction> transaction = Transaction::begin(db);
  if (!transaction) return Status::error(context + transaction.error());
  // Another process may have created it while this one waited for the write lock.
  Result<std::int64_t> now = db.query_int64("PRAGMA user_version");
  if (!now) return Status::error(context + now.error());
  if (*now > k_schema_version) return newer_than_binary(db.path(), *now);
  if (*now != 0) return Status::ok();  // the transaction rolls back, having written nothing
  // Refuse to add figcheck's tables to somebody else's database.
  Result<std::int64_t> tables =
      db.query_int64("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
  if (!tables) return Status::error(context + tables.error());
  if (*tables > 0) {
    return Status::error("database '" + db.path() + "' is not a figcheck database: it has user_version 0 but " +
                         std::to_string(*tables) +
                         " tables or indexes already; use another database file (this one was left untouched)");
  }
  if (Status s = db.exec(embedded::k_schema_sql); !s) return Status::error(context + s.message());
  // PRAGMA takes no bound parameters; the version is our own constant, not input.
  if (Status s = db.exec("PRAGMA user_version = " + std::to_string(k_schema_version)); !s) {
    return Status::error(context + s.message());
  }
  if (Status s = transaction->commit(); !s) return Status::error(context + s.message());
  return Status::ok();
}

Status migrate(Database& db, std::int64_t current) {
  if (current == 0) {
    if (Status s = create(db); !s) return s;
    Result<std::int64_t> now = db.query_int64("PRAGMA user_version");
    if (!now) return now.status();
    current = *now;
  }
  for (const Migration& step : k_migrations) {
    if (step.version <= current) continue;
    const std::string context =
        "migrating database '" + db.path() + "' to schema version " + std::to_string(step.version) + ": ";
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction) return Status::error(context + transaction.error());
    // Another process may have migrated while this one waited for the write lock.
    Result<std::int64_t> now = db.query_int64("PRAGMA user_version");
    if (!now) return Status::error(context + now.error());
    if (*now > k_schema_version) return newer_than_binary(db.path(), *now);
    if (*now >= step.version) {
      current = *now;
      continue;  // the transaction rolls back, having written nothing
    }
    if (Status s = step.apply(db); !s) return Status::error(context + s.message());
    // PRAGMA takes no bound parameters; the version is our own constant, not input.
    if (Status s = db.exec("PRAGMA user_version = " + std::to_string(step.version)); !s) {
      return Status::error(context + s.message());
    }
    if (Status s = transaction->commit(); !s) return Status::error(context + s.message());
    current = step.version;
  }
  return Status::ok();
}

// ---- Statements ------------------------------------------------------------------------------

constexpr std::string_view k_insert_run =
    "INSERT INTO runs(started, finished, figcheck_version, arguments, documents, claims, errors, warnings, infos, rules) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

// An upsert, not INSERT OR REPLACE: the row keeps its id, and REPLACE's delete would cascade.
constexpr std::string_view k_upsert_document =
    "INSERT INTO documents(path, content_hash, title, language, published, last_run, extractor) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) "
    "ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title, "
    "language = excluded.language, published = excluded.published, last_run = excluded.last_run, "
    "extractor = excluded.extractor "
    "RETURNING id";

constexpr std::string_view k_delete_stories = "DELETE FROM stories WHERE document_id = ?1";
constexpr std::string_view k_delete_claims = "DELETE FROM claims WHERE document_id = ?1";

constexpr std::string_view k_insert_story =
    "INSERT INTO stories(document_id, idx, start, end, title, published, dateline, place, country) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

// The no-op update makes RETURNING yield the id of an existing source too; the first name
// written for a key is kept.
constexpr std::string_view k_upsert_source =
    "INSERT INTO sources(key, name) VALUES(?1, ?2) "
    "ON CONFLICT(key) DO UPDATE SET name = sources.name RETURNING id";

constexpr std::string_view k_insert_claim =
    "INSERT INTO claims(document_id, story_idx, start, end, number_start, number_end, line, col, quote, "
    "metric, subject, place, country, date, source_id, status, low, high, kind, unit, breakdown, part, whole_at, "
    "is_update, nationwide, place_stated, change_amount, change_percent, change_reference, occurrences, source_written) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
    "?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)";

constexpr std::string_view k_insert_finding =
    "INSERT INTO findings(run_id, rule, severity, metric, place, message, reason, fingerprint, state) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

// The findings of the run before `?1` that it still reported (not those it marked resolved).
constexpr std::string_view k_previous_findings =
    "SELECT run_id, rule, severity, metric, place, message, reason, fingerprint FROM findings "
    "WHERE run_id = (SELECT max(id) FROM runs WHERE id < ?1) AND fingerprint IS NOT NULL "
    "AND state IS NOT 'resolved'";

constexpr std::string_view k_insert_finding_claim =
    "INSERT INTO finding_claims(finding_id, claim_id, ord) VALUES(?1, ?2, ?3)";

// Optional text is NULL rather than "".
std::optional<std::string_view> text_or_null(std::string_view text) {
  if (text.empty()) return std::nullopt;
  return text;
}

std::optional<std::string> date_or_null(const Date& date) {
  if (!date.known()) return std::nullopt;
  return date.iso();
}

// Spans as "start-end;start-end", and back.
std::string spans_text(const std::vector<Span>& spans) {
  std::string text;
  for (const Span& span : spans) text += (text.empty() ? "" : ";") + std::to_string(span.start) + "-" + std::to_string(span.end);
  return text;
}
std::vector<Span> spans_from_text(const std::string& text) {
  std::vector<Span> spans;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find(';', at);
    if (end == std::string::npos) end = text.size();
    const std::string piece = text.substr(at, end - at);
    if (const std::size_t dash = piece.find('-'); dash != std::string::npos) {
      spans.push_back(Span{std::stoull(piece.substr(0, dash)), std::stoull(piece.substr(dash + 1))});
    }
    at = end + 1;
  }
  return spans;
}

// Runs an INSERT … RETURNING id and returns that id.
Result<std::int64_t> returning_id(Statement& statement) {
  Result<bool> row = statement.step();
  if (!row) return row.status();
  if (!*row) return Status::error("no id returned by \"" + statement.sql() + "\"");
  const std::int64_t id = statement.column_int64(0);
  if (Status s = statement.run(); !s) return s;  // finish the statement
  return id;
}

// Checks the cross-references save_audit relies on, so a caller's bug is reported before
// anything is written.
Status validate(const Documents& documents, const std::vector<Claim>& claims,
                const std::vector<LineColumn>& claim_positions, const std::vector<Finding>& findings) {
  if (claim_positions.size() != claims.size()) {
    return Status::error("save_audit: " + std::to_string(claims.size()) + " claims but " +
                         std::to_string(claim_positions.size()) + " claim positions");
  }
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const std::int64_t document = claims[i].document;
    if (document < 1 || static_cast<std::size_t>(document) > documents.size()) {
      return Status::error("save_audit: claim " + std::to_string(i) + " refers to document " +
                           std::to_string(document) + ", but there are " + std::to_string(documents.size()) +
                           " documents");
    }
  }
  for (std::size_t i = 0; i < findings.size(); ++i) {
    for (std::size_t claim : findings[i].claims) {
      if (claim >= claims.size()) {
        return Status::error("save_audit: finding " + std::to_string(i) + " (" + findings[i].rule +
                             ") refers to claim " + std::to_string(claim) + ", but there are " +
                             std::to_string(claims.size()) + " claims");
      }
    }
  }
  return Status::ok();
}

}  // namespace

Result<AuditStore> AuditStore::open(const std::string& path) {
  // Journal mode stays as it is until the version check passed: a refused database is not written.
  sqlite::OpenOptions options;
  options.journal = sqlite::JournalMode::unchanged;
  Result<Database> db = Database::open(path, options);
  if (!db) return db.status();

  Result<std::int64_t> version = db->query_int64("PRAGMA user_version");
  if (!version) return version.status();
  if (*version > k_schema_version) return newer_than_binary(path, *version);
  if (*version < 0) {
    return Status::error("database '" + path + "' has an invalid schema version " + std::to_string(*version) +
                         " (PRAGMA user_version); use another database file (this one was left untouched)");
  }
  if (!db->is_memory()) {
    // A file system without WAL support keeps the old mode, which is fine; only errors count.
    // (Switching needs the database to itself: another figcheck starting at the same moment may
    // hold it, and SQLite does not wait for that here, so this waits, up to the busy timeout.)
    const auto deadline = std::chrono::steady_clock::now() + sqlite::OpenOptions{}.busy_timeout;
    for (;;) {
      Result<std::string> current = db->set_journal_mode(sqlite::JournalMode::unchanged);
      if (current && *current == "wal") break;
      Result<std::string> mode = db->set_journal_mode(sqlite::JournalMode::wal);
      if (mode) break;
      if (mode.error().find("locked") == std::string::npos || std::chrono::steady_clock::now() > deadline) {
        return mode.status();
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
  // An audit is one large transaction: a cache of 64 MiB keeps it from spilling pages before the
  // commit; with WAL, NORMAL synchronisation still never leaves a corrupt database (a process
  // killed at any moment loses at most the transaction it was writing; a power cut, at most the
  // last commit).
  if (Status s = db->exec("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY"); !s) return s;
  if (!db->is_memory()) {
    if (Status s = db->exec("PRAGMA synchronous = NORMAL"); !s) return s;
  }
  if (Status s = migrate(*db, *version); !s) return s;
  return AuditStore(std::move(*db));
}

namespace {

// "2022-01-10", "2011", "2011-05" -> Date; unknown for NULL or anything else.
Date date_from_iso(const std::string& text) {
  Date date;
  int* parts[] = {&date.year, &date.month, &date.day};
  std::size_t at = 0;
  for (int* part : parts) {
    if (at >= text.size()) break;
    std::size_t end = text.find('-', at);
    if (end == std::string::npos) end = text.size();
    int value = 0;
    for (std::size_t i = at; i < end; ++i) {
      if (text[i] < '0' || text[i] > '9') return Date{};
      value = value * 10 + (text[i] - '0');
    }
    *part = value;
    at = end + 1;
  }
  return date;
}

constexpr std::string_view k_claim_columns =
    "SELECT d.id, d.path, d.title, d.language, d.published, c.story_idx, c.start, c.end, c.number_start, "
    "c.number_end, c.line, c.col, c.quote, c.metric, c.subject, c.place, c.country, c.date, s.name, s.key, "
    "c.status, c.low, c.high, c.kind, c.unit, c.breakdown, c.part, c.whole_at, c.is_update, c.nationwide, "
    "c.place_stated, c.change_amount, c.change_percent, c.change_reference, c.occurrences, c.source_written, c.id "
    "FROM claims c JOIN documents d ON d.id = c.document_id LEFT JOIN sources s ON s.id = c.source_id ";

constexpr std::string_view k_claims_where =
    "WHERE (?1 = '' OR c.metric = ?1) AND (?2 = '' OR c.place = ?2 OR c.country = ?2) "
    "AND (?3 = '' OR instr(s.key, ?3) > 0) AND (?4 = '' OR d.path = ?4) ";

// A claim from a row of k_claim_columns (its `document` left to the caller), and its position.
Claim claim_from_row(Statement& row, LineColumn& position) {
  Claim claim;
  claim.story = static_cast<std::size_t>(row.column_int64(5));
  claim.span = Span{static_cast<std::size_t>(row.column_int64(6)), static_cast<std::size_t>(row.column_int64(7))};
  claim.number_span = Span{static_cast<std::size_t>(row.column_int64(8)), static_cast<std::size_t>(row.column_int64(9))};
  position = LineColumn{static_cast<std::size_t>(row.column_int64(10)), static_cast<std::size_t>(row.column_int64(11))};
  claim.quote = row.column_text(12);
  claim.metric = row.column_text(13);
  claim.subject = row.column_text(14);
  claim.place = row.column_text(15);
  claim.country = row.column_text(16);
  claim.date = date_from_iso(row.column_text(17));
  claim.source = row.column_text(18);
  claim.source_key = row.column_text(19);
  claim.status = claim_status_from_string(row.column_text(20)).value_or(ClaimStatus::reported);
  claim.value = Interval{row.column_optional_double(21), row.column_optional_double(22),
                         value_kind_from_string(row.column_text(23)).value_or(ValueKind::exact)};
  claim.unit = row.column_text(24);
  claim.breakdown = static_cast<std::size_t>(row.column_int64(25));
  claim.part = row.column_int64(26) != 0;
  if (!row.column_is_null(27)) claim.whole = static_cast<std::size_t>(row.column_int64(27));
  claim.update = row.column_int64(28) != 0;
  claim.nationwide = row.column_int64(29) != 0;
  claim.place_stated = row.column_int64(30) != 0;
  if (const std::optional<double> amount = row.column_optional_double(31)) {
    claim.change = Claim::Change{*amount, row.column_int64(32) != 0, date_from_iso(row.column_text(33))};
  }
  claim.occurrences = spans_from_text(row.column_text(34));
  if (!row.column_is_null(35)) claim.source = row.column_text(35);  // as this claim writes it
  claim.stored_id = row.column_int64(36);
  return claim;
}

}  // namespace

Result<AuditStore::StoredClaims> AuditStore::load_claims(const ClaimFilter& filter) {
  StoredClaims stored;
  std::unordered_map<std::int64_t, std::int64_t> document_index;  // database id -> 1-based index
  Statement& select =
      m_db.prepare(std::string(k_claim_columns) + std::string(k_claims_where) + "ORDER BY d.path, c.start");
  select.bind(1, filter.metric).bind(2, filter.place).bind(3, util::fold(filter.source)).bind(4, filter.path);
  for (;;) {
    Result<bool> row = select.step();
    if (!row) return row.status();
    if (!*row) break;
    const std::int64_t document_id = select.column_int64(0);
    auto [it, added] = document_index.emplace(document_id, static_cast<std::int64_t>(stored.documents.size()) + 1);
    if (added) {
      Document document;
      document.id = it->second;
      document.path = select.column_text(1);
      document.title = select.column_text(2);
      document.language = select.column_text(3) == "en" ? Language::en : Language::fr;
      document.published = date_from_iso(select.column_text(4));
      stored.documents.push_back(std::move(document));
    }
    Claim& claim = stored.claims.emplace_back(claim_from_row(select, stored.positions.emplace_back()));
    claim.id = static_cast<std::int64_t>(stored.claims.size());
    claim.document = it->second;
  }
  return stored;
}

Result<std::optional<AuditStore::DocumentState>> AuditStore::document_state(const std::string& path, bool whole) {
  Statement& document = m_db.prepare(
      "SELECT id, content_hash, extractor, last_run, title, language, published FROM documents WHERE path = ?1");
  document.bind(1, path);
  Result<bool> row = document.step();
  if (!row) return row.status();
  if (!*row) return std::optional<DocumentState>();
  DocumentState state;
  state.id = document.column_int64(0);
  state.content_hash = document.column_text(1);
  state.extractor = document.column_text(2);
  state.last_run = document.column_int64(3);
  state.title = document.column_text(4);
  state.language = document.column_text(5) == "en" ? Language::en : Language::fr;
  state.published = date_from_iso(document.column_text(6));
  if (Status s = document.run(); !s) return s;  // (done with the row)
  if (!whole) return std::optional(std::move(state));

  Statement& stories = m_db.prepare(
      "SELECT idx, start, end, title, published, dateline, place, country FROM stories WHERE document_id = ?1 "
      "ORDER BY idx");
  stories.bind(1, state.id);
  for (;;) {
    Result<bool> next = stories.step();
    if (!next) return next.status();
    if (!*next) break;
    Story& story = state.stories.emplace_back();
    story.index = static_cast<std::size_t>(stories.column_int64(0));
    story.span = Span{static_cast<std::size_t>(stories.column_int64(1)), static_cast<std::size_t>(stories.column_int64(2))};
    story.title = stories.column_text(3);
    story.published = date_from_iso(stories.column_text(4));
    story.dateline = stories.column_text(5);
    story.place = stories.column_text(6);
    story.country = stories.column_text(7);
  }
  Statement& claims = m_db.prepare(std::string(k_claim_columns) + "WHERE c.document_id = ?1 ORDER BY c.id");
  claims.bind(1, state.id);
  for (;;) {
    Result<bool> next = claims.step();
    if (!next) return next.status();
    if (!*next) break;
    LineColumn position;
    state.claims.push_back(claim_from_row(claims, position));
  }
  return std::optional(std::move(state));
}

std::optional<AuditStore::LastRun> AuditStore::last_run() {
  Statement& last = m_db.prepare("SELECT id, rules, documents FROM runs ORDER BY id DESC LIMIT 1");
  Result<bool> row = last.step();
  if (!row || !*row) return std::nullopt;
  LastRun run{last.column_int64(0), last.column_text(1), static_cast<std::size_t>(last.column_int64(2))};
  if (Status s = last.run(); !s) return std::nullopt;
  return run;
}

std::optional<AuditStore::PreviousFindings> AuditStore::run_findings(std::int64_t run_id,
                                                                   const std::vector<Claim>& claims) {
  // Its findings, their claims mapped to this run's (those read back from the database).
  std::unordered_map<std::int64_t, std::size_t> index_of;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].stored_id != 0) index_of[claims[i].stored_id] = i;
  }
  PreviousFindings previous;
  std::vector<Finding>& findings = previous.findings;
  std::vector<bool> lost;
  std::unordered_map<std::int64_t, std::size_t> finding_at;
  Statement& select = m_db.prepare(
      "SELECT id, rule, severity, metric, place, message, reason, fingerprint FROM findings "
      "WHERE run_id = ?1 AND state IS NOT 'resolved' ORDER BY id");
  select.bind(1, run_id);
  for (;;) {
    Result<bool> next = select.step();
    if (!next) return std::nullopt;
    if (!*next) break;
    Finding finding;
    finding.id = static_cast<std::int64_t>(findings.size()) + 1;
    finding.rule = select.column_text(1);
    finding.severity = severity_from_string(select.column_text(2)).value_or(Severity::error);
    finding.metric = select.column_text(3);
    finding.place = select.column_text(4);
    finding.message = select.column_text(5);
    finding.reason = select.column_text(6);
    finding.fingerprint = select.column_text(7);
    finding_at[select.column_int64(0)] = findings.size();
    findings.push_back(std::move(finding));
    lost.push_back(false);
  }
  Statement& cited = m_db.prepare(
      "SELECT fc.finding_id, fc.claim_id FROM finding_claims fc JOIN findings f ON f.id = fc.finding_id "
      "WHERE f.run_id = ?1 ORDER BY fc.finding_id, fc.ord");
  cited.bind(1, run_id);
  for (;;) {
    Result<bool> next = cited.step();
    if (!next) return std::nullopt;
    if (!*next) break;
    const auto finding = finding_at.find(cited.column_int64(0));
    const auto claim = index_of.find(cited.column_int64(1));
    if (finding == finding_at.end()) continue;
    if (claim == index_of.end()) {
      lost[finding->second] = true;  // a claim of a changed file: its metric is checked again
      continue;
    }
    findings[finding->second].claims.push_back(claim->second);
  }
  std::vector<Finding> kept;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (lost[i] || findings[i].claims.empty()) {
      previous.lost_metrics.insert(findings[i].metric);
    } else {
      kept.push_back(std::move(findings[i]));
    }
  }
  findings = std::move(kept);
  return previous;
}

int AuditStore::schema_version() {
  Result<std::int64_t> version = m_db.query_int64("PRAGMA user_version");
  return version ? static_cast<int>(*version) : -1;
}

Result<std::int64_t> AuditStore::save_audit(const RunInfo& run, const BatchDocuments& documents,
                                            const std::vector<Claim>& claims,
                                            const std::vector<LineColumn>& claim_positions,
                                            const std::vector<Finding>& findings,
                                            std::vector<std::int64_t>* claim_ids, RunChanges* changes) {
  const Documents& held = documents.held();
  if (Status s = validate(held, claims, claim_positions, findings); !s) return s;

  Result<Transaction> transaction = Transaction::begin(m_db);
  if (!transaction) return transaction.status();

  // The run.
  std::int64_t errors = 0, warnings = 0, infos = 0;
  for (const Finding& finding : findings) {
    switch (finding.severity) {
      case Severity::error: ++errors; break;
      case Severity::warning: ++warnings; break;
      case Severity::info: ++infos; break;
    }
  }
  Statement& insert_run = m_db.prepare(k_insert_run);
  insert_run.bind(1, text_or_null(run.started))
      .bind(2, text_or_null(run.finished))
      .bind(3, text_or_null(run.version))
      .bind(4, run.arguments)
      .bind(5, documents.size())
      .bind(6, claims.size())
      .bind(7, errors)
      .bind(8, warnings)
      .bind(9, infos)
      .bind(10, text_or_null(run.rules));
  if (Status s = insert_run.run(); !s) return s;
  const std::int64_t run_id = m_db.last_insert_rowid();

  // A document is unchanged when it has claims and every one was read back from the database
  // (a document with none is simply rewritten).
  std::vector<bool> unchanged(held.size(), false);
  std::vector<bool> fresh(held.size(), false);
  for (const Claim& claim : claims) {
    const auto d = static_cast<std::size_t>(claim.document - 1);
    (claim.stored_id != 0 ? unchanged : fresh)[d] = true;
  }
  for (std::size_t d = 0; d < held.size(); ++d) unchanged[d] = unchanged[d] && !fresh[d];

  // Documents (in id order, spilled ones too) and their stories; old stories and claims of a
  // re-audited path go.
  std::vector<std::int64_t> document_ids(held.size(), 0);  // of the held documents
  const auto store_document = [&](const Document& document, std::size_t h) -> Status {
    Statement& upsert = m_db.prepare(k_upsert_document);
    upsert.bind(1, document.path)
        .bind(2, document.content_hash)
        .bind(3, text_or_null(document.title))
        .bind(4, to_string(document.language))
        .bind(5, date_or_null(document.published))
        .bind(6, run_id)
        .bind(7, text_or_null(run.extractor));
    Result<std::int64_t> document_id = returning_id(upsert);
    if (!document_id) return document_id.status();
    if (h != BatchDocuments::k_spilled) {
      document_ids[h] = *document_id;
      // A document whose claims were all read back from this database keeps its rows.
      if (unchanged[h]) return Status::ok();
    }
    if (Status s = m_db.prepare(k_delete_claims).bind(1, *document_id).run(); !s) return s;
    if (Status s = m_db.prepare(k_delete_stories).bind(1, *document_id).run(); !s) return s;
    Statement& insert_story = m_db.prepare(k_insert_story);
    for (const Story& story : document.stories) {
      insert_story.bind(1, *document_id)
          .bind(2, story.index)
          .bind(3, story.span.start)
          .bind(4, story.span.end)
          .bind(5, text_or_null(story.title))
          .bind(6, date_or_null(story.published))
          .bind(7, text_or_null(story.dateline))
          .bind(8, text_or_null(story.place))
          .bind(9, text_or_null(story.country));
      if (Status s = insert_story.run(); !s) return s;
    }
    return Status::ok();
  };
  Status stored = Status::ok();
  documents.for_each([&](const Document& document, std::size_t h) {
    if (stored) stored = store_document(document, h);
  });
  if (!stored) return stored;

  // Sources, once per key.
  std::unordered_map<std::string, std::int64_t> source_ids;
  auto source_id_of = [&](const Claim& claim) -> Result<std::optional<std::int64_t>> {
    if (claim.source.empty()) return std::optional<std::int64_t>();
    const std::string& key = claim.source_key.empty() ? claim.source : claim.source_key;
    if (auto found = source_ids.find(key); found != source_ids.end()) return std::optional(found->second);
    Statement& upsert = m_db.prepare(k_upsert_source);
    upsert.bind(1, key).bind(2, claim.source);
    Result<std::int64_t> id = returning_id(upsert);
    if (!id) return id.status();
    source_ids.emplace(key, *id);
    return std::optional(*id);
  };

  // Claims.
  std::vector<std::int64_t> ids;
  ids.reserve(claims.size());
  Statement& insert_claim = m_db.prepare(k_insert_claim);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& claim = claims[i];
    if (unchanged[static_cast<std::size_t>(claim.document - 1)]) {
      ids.push_back(claim.stored_id);  // kept as it is
      continue;
    }
    Result<std::optional<std::int64_t>> source_id = source_id_of(claim);
    if (!source_id) return source_id.status();
    insert_claim.bind(1, document_ids[static_cast<std::size_t>(claim.document - 1)])
        .bind(2, claim.story)
        .bind(3, claim.span.start)
        .bind(4, claim.span.end)
        .bind(5, claim.number_span.start)
        .bind(6, claim.number_span.end)
        .bind(7, claim_positions[i].line)
        .bind(8, claim_positions[i].column)
        .bind(9, claim.quote)
        .bind(10, claim.metric)
        .bind(11, text_or_null(claim.subject))
        .bind(12, text_or_null(claim.place))
        .bind(13, text_or_null(claim.country))
        .bind(14, date_or_null(claim.date))
        .bind(15, *source_id)
        .bind(16, to_string(claim.status))
        .bind(17, claim.value.low)
        .bind(18, claim.value.high)
        .bind(19, to_string(claim.value.kind))
        .bind(20, text_or_null(claim.unit))
        .bind(21, claim.breakdown)
        .bind(22, claim.part ? 1 : 0)
        .bind(23, claim.whole)
        .bind(24, claim.update ? 1 : 0)
        .bind(25, claim.nationwide ? 1 : 0)
        .bind(26, claim.place_stated ? 1 : 0)
        .bind(27, claim.change ? std::optional<double>(claim.change->amount) : std::nullopt)
        .bind(28, claim.change && claim.change->percent ? 1 : 0)
        .bind(29, claim.change ? date_or_null(claim.change->reference) : std::nullopt)
        .bind(30, text_or_null(spans_text(claim.occurrences)))
        .bind(31, text_or_null(claim.source));
    if (Status s = insert_claim.run(); !s) return s;
    ids.push_back(m_db.last_insert_rowid());
  }

  // The previous run's findings, by fingerprint: each of this run's is new or persisting, and
  // each of those this run no longer reports is resolved.
  struct Previous {
    std::string rule, severity, metric, place, message, reason;
  };
  std::unordered_map<std::string, Previous> previous;
  std::optional<std::int64_t> previous_run;
  {
    Statement& select = m_db.prepare(k_previous_findings);
    select.bind(1, run_id);
    for (;;) {
      Result<bool> row = select.step();
      if (!row) return row.status();
      if (!*row) break;
      previous_run = select.column_int64(0);
      previous.emplace(select.column_text(7), Previous{select.column_text(1), select.column_text(2),
                                                       select.column_text(3), select.column_text(4),
                                                       select.column_text(5), select.column_text(6)});
    }
  }
  if (!previous_run) {
    // (A previous run with no findings still counts as one.)
    Statement& last = m_db.prepare("SELECT coalesce(max(id), 0) FROM runs WHERE id < ?1");
    last.bind(1, run_id);
    Result<std::int64_t> id = returning_id(last);
    if (!id) return id.status();
    if (*id > 0) previous_run = *id;
  }
  RunChanges delta;
  delta.previous_run = previous_run;

  // Findings and the claims they cite.
  Statement& insert_finding = m_db.prepare(k_insert_finding);
  Statement& insert_finding_claim = m_db.prepare(k_insert_finding_claim);
  std::unordered_map<std::string, bool> reported;
  for (const Finding& finding : findings) {
    const bool persisting = previous.contains(finding.fingerprint);
    ++(persisting ? delta.persisting : delta.added);
    reported[finding.fingerprint] = true;
    insert_finding.bind(1, run_id)
        .bind(2, finding.rule)
        .bind(3, to_string(finding.severity))
        .bind(4, text_or_null(finding.metric))
        .bind(5, text_or_null(finding.place))
        .bind(6, finding.message)
        .bind(7, finding.reason)
        .bind(8, text_or_null(finding.fingerprint))
        .bind(9, std::string_view(persisting ? "persisting" : "new"));
    if (Status s = insert_finding.run(); !s) return s;
    const std::int64_t finding_id = m_db.last_insert_rowid();
    for (std::size_t ord = 0; ord < finding.claims.size(); ++ord) {
      insert_finding_claim.bind(1, finding_id).bind(2, ids[finding.claims[ord]]).bind(3, ord);
      if (Status s = insert_finding_claim.run(); !s) return s;
    }
  }

  for (const auto& [fingerprint, was] : previous) {
    if (reported.contains(fingerprint)) continue;
    ++delta.resolved;
    insert_finding.bind(1, run_id)
        .bind(2, was.rule)
        .bind(3, was.severity)
        .bind(4, text_or_null(was.metric))
        .bind(5, text_or_null(was.place))
        .bind(6, was.message)
        .bind(7, was.reason)
        .bind(8, fingerprint)
        .bind(9, std::string_view("resolved"));
    if (Status s = insert_finding.run(); !s) return s;
  }

  if (Status s = transaction->commit(); !s) return s;
  if (claim_ids != nullptr) *claim_ids = std::move(ids);
  if (changes != nullptr) *changes = delta;
  return run_id;
}

}  // namespace figcheck::store
