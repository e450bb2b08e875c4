#include "store/store.hpp"

#include <iterator>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "schema_sql.hpp"

namespace figcheck::store {
namespace {

using sqlite::Database;
using sqlite::Statement;
using sqlite::Transaction;

// ---- Migrations ------------------------------------------------------------------------------
// One step per schema version, applied in order, each in its own transaction that also sets
// PRAGMA user_version. schema.sql is the version-1 schema and stays so: a later version appends a
// migrate_to_vN step (ALTER TABLE, data moves) and bumps k_schema_version, so that a fresh
// database goes through the same steps as an old one.

Status migrate_to_v1(Database& db) { return db.exec(embedded::k_schema_sql); }

struct Migration {
  int version;
  Status (*apply)(Database&);
};

constexpr Migration k_migrations[] = {
    {1, migrate_to_v1},
};
static_assert(std::size(k_migrations) > 0 && std::end(k_migrations)[-1].version == k_schema_version,
              "the last migration must reach k_schema_version");

Status newer_than_binary(const std::string& path, std::int64_t version) {
  return Status::error("database '" + path + "' has schema version " + std::to_string(version) +
                       " (PRAGMA user_version), newer than the version " + std::to_string(k_schema_version) +
                       " this figcheck supports; it was written by a newer figcheck. Upgrade figcheck or use "
                       "another database file; this one was left untouched");
}

Status migrate(Database& db, std::int64_t current) {
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
    if (*now == 0) {
      // Refuse to add figcheck's tables to somebody else's database.
      Result<std::int64_t> tables =
          db.query_int64("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
      if (!tables) return Status::error(context + tables.error());
      if (*tables > 0) {
        return Status::error("database '" + db.path() + "' is not a figcheck database: it has user_version 0 but " +
                             std::to_string(*tables) +
                             " tables or indexes already; use another database file (this one was left untouched)");
      }
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
    "INSERT INTO runs(started, finished, figcheck_version, arguments, documents, claims, errors, warnings, infos) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

// An upsert, not INSERT OR REPLACE: the row keeps its id, and REPLACE's delete would cascade.
constexpr std::string_view k_upsert_document =
    "INSERT INTO documents(path, content_hash, title, language, published, last_run) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, title = excluded.title, "
    "language = excluded.language, published = excluded.published, last_run = excluded.last_run "
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
    "metric, subject, place, country, date, source_id, status, low, high, kind, unit) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)";

constexpr std::string_view k_insert_finding =
    "INSERT INTO findings(run_id, rule, severity, metric, place, message, reason) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)";

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
Status validate(const std::vector<Document>& documents, const std::vector<Claim>& claims,
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
    Result<std::string> mode = db->set_journal_mode(sqlite::JournalMode::wal);
    if (!mode) return mode.status();
  }
  if (Status s = migrate(*db, *version); !s) return s;
  return AuditStore(std::move(*db));
}

int AuditStore::schema_version() {
  Result<std::int64_t> version = m_db.query_int64("PRAGMA user_version");
  return version ? static_cast<int>(*version) : -1;
}

Result<std::int64_t> AuditStore::save_audit(const RunInfo& run, const std::vector<Document>& documents,
                                            const std::vector<Claim>& claims,
                                            const std::vector<LineColumn>& claim_positions,
                                            const std::vector<Finding>& findings,
                                            std::vector<std::int64_t>* claim_ids) {
  if (Status s = validate(documents, claims, claim_positions, findings); !s) return s;

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
      .bind(9, infos);
  if (Status s = insert_run.run(); !s) return s;
  const std::int64_t run_id = m_db.last_insert_rowid();

  // Documents and their stories; old stories and claims of a re-audited path go.
  std::vector<std::int64_t> document_ids;
  document_ids.reserve(documents.size());
  for (const Document& document : documents) {
    Statement& upsert = m_db.prepare(k_upsert_document);
    upsert.bind(1, document.path)
        .bind(2, document.content_hash)
        .bind(3, text_or_null(document.title))
        .bind(4, to_string(document.language))
        .bind(5, date_or_null(document.published))
        .bind(6, run_id);
    Result<std::int64_t> document_id = returning_id(upsert);
    if (!document_id) return document_id.status();
    document_ids.push_back(*document_id);

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
  }

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
        .bind(20, text_or_null(claim.unit));
    if (Status s = insert_claim.run(); !s) return s;
    ids.push_back(m_db.last_insert_rowid());
  }

  // Findings and the claims they cite.
  Statement& insert_finding = m_db.prepare(k_insert_finding);
  Statement& insert_finding_claim = m_db.prepare(k_insert_finding_claim);
  for (const Finding& finding : findings) {
    insert_finding.bind(1, run_id)
        .bind(2, finding.rule)
        .bind(3, to_string(finding.severity))
        .bind(4, text_or_null(finding.metric))
        .bind(5, text_or_null(finding.place))
        .bind(6, finding.message)
        .bind(7, finding.reason);
    if (Status s = insert_finding.run(); !s) return s;
    const std::int64_t finding_id = m_db.last_insert_rowid();
    for (std::size_t ord = 0; ord < finding.claims.size(); ++ord) {
      insert_finding_claim.bind(1, finding_id).bind(2, ids[finding.claims[ord]]).bind(3, ord);
      if (Status s = insert_finding_claim.run(); !s) return s;
    }
  }

  if (Status s = transaction->commit(); !s) return s;
  if (claim_ids != nullptr) *claim_ids = std::move(ids);
  return run_id;
}

}  // namespace figcheck::store
