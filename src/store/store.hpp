// The store stage: keeps each `figcheck audit` run (documents, stories, sources, claims,
// findings) in a SQLite database whose schema is src/store/schema.sql, versioned through
// PRAGMA user_version.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/model.hpp"
#include "store/sqlite.hpp"
#include "util/result.hpp"

namespace figcheck::store {

// The schema version this binary writes; databases with a higher user_version are refused.
constexpr int k_schema_version = 1;

// What the runs table records about one invocation. Times are caller-formatted text
// (ISO 8601 recommended); `arguments` is the command line as the user gave it.
struct RunInfo {
  std::string started, finished;
  std::string arguments;
  std::string version;  // figcheck's version
};

// The audit database. Owns its Database (and so its connection and cached statements);
// movable, not copyable, not thread-safe.
class AuditStore {
 public:
  // Opens or creates the database at `path` (":memory:" keeps nothing on disk), applies
  // migrations up to k_schema_version, refuses (error, database untouched) a database whose
  // user_version is newer, and refuses a file that is not a SQLite database, or a SQLite
  // database that holds other tables but no figcheck schema, with a clear message.
  static Result<AuditStore> open(const std::string& path);

  // Stores one audit: upserts each document by path (replacing its stories and claims),
  // inserts the run, sources, claims (line/col computed by the caller and passed in), findings
  // and finding_claims — all in ONE transaction, so on error nothing is stored. Claim ids in the
  // database are returned in `claim_ids` (same order as `claims`), the run id as the result.
  // Requires: claim_positions.size() == claims.size(); each Claim::document is a 1-based index
  // into `documents`; each Finding::claims entry is an index into `claims` (checked: a
  // violation is an error before anything is written).
  Result<std::int64_t> save_audit(const RunInfo& run, const std::vector<Document>& documents,
                                  const std::vector<Claim>& claims,
                                  const std::vector<LineColumn>& claim_positions,
                                  const std::vector<Finding>& findings,
                                  std::vector<std::int64_t>* claim_ids = nullptr);

  // The database's PRAGMA user_version, or -1 if it cannot be read.
  int schema_version();

  // The underlying connection, for queries the stage does not wrap (tests, reports).
  sqlite::Database& database() { return m_db; }

 private:
  explicit AuditStore(sqlite::Database db) : m_db(std::move(db)) {}
  sqlite::Database m_db;
};

}  // namespace figcheck::store
