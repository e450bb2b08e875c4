// The store stage: keeps each `figcheck audit` run (documents, stories, sources, claims,
// findings) in a SQLite database whose schema is src/store/schema.sql, versioned through
// PRAGMA user_version.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/model.hpp"
#include "model/spill.hpp"
#include "store/sqlite.hpp"
#include "util/result.hpp"

namespace figcheck::store {

// The schema version this binary writes; databases with a higher user_version are refused.
constexpr int k_schema_version = 3;

// What the runs table records about one invocation. Times are caller-formatted text
// (ISO 8601 recommended); `arguments` is the command line as the user gave it.
struct RunInfo {
  std::string started, finished;
  std::string arguments;
  std::string version;  // figcheck's version
  // What extracted the claims: figcheck's version and its lexicon's hash. A document stored with
  // the same content hash and the same extractor needs no new extraction.
  std::string extractor;
  // What checked them: a hash of the rules in force.
  std::string rules;
};

// How a run's findings compare with the previous run's on the same database (by fingerprint).
struct RunChanges {
  std::optional<std::int64_t> previous_run;  // none: the first run on this database
  std::size_t added = 0;       // reported now, not by the previous run
  std::size_t persisting = 0;  // reported by both
  std::size_t resolved = 0;    // reported by the previous run, not now
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
  // Each finding is stored as new or persisting relative to the previous run, and each finding
  // of the previous run this one no longer reports is stored as resolved; `changes` gets the counts.
  // Documents are stored in id order, those spilled with the held ones.
  // Requires: claim_positions.size() == claims.size(); each Claim::document is a 1-based index
  // into `documents.held()`; each Finding::claims entry is an index into `claims` (checked: a
  // violation is an error before anything is written).
  Result<std::int64_t> save_audit(const RunInfo& run, const BatchDocuments& documents,
                                  const std::vector<Claim>& claims,
                                  const std::vector<LineColumn>& claim_positions,
                                  const std::vector<Finding>& findings,
                                  std::vector<std::int64_t>* claim_ids = nullptr, RunChanges* changes = nullptr);

  // The claims the database holds (each document as last audited), in path order then position,
  // keeping those that match `filter`: a metric; a place (the claim's place or country); a
  // source (part of its name, compared without case or accents). Empty fields match all.
  struct ClaimFilter {
    std::string metric, place, source;
    std::string path;  // one document's, exactly
  };
  struct StoredClaims {
    Documents documents;  // path, title, language and date only (no text)
    std::vector<Claim> claims;        // Claim::document indexes `documents` from 1
    std::vector<LineColumn> positions;
  };
  Result<StoredClaims> load_claims(const ClaimFilter& filter);

  // What the database holds of the document at `path`, when it holds one: its row, content
  // hash and extractor, the run that last audited it; with `whole`, also what reading it found
  // (title, language, date, stories with their places) and its claims (in text order, with
  // their stored_id; `document` unset), so that an unchanged file needs neither analysis nor
  // extraction. One indexed lookup: an incremental run asks for each document it reads.
  struct DocumentState {
    std::int64_t id = 0;
    std::string content_hash, extractor;
    std::int64_t last_run = 0;
    std::string title;
    Language language = Language::fr;
    Date published;
    std::vector<Story> stories;
    std::vector<Claim> claims;
  };
  Result<std::optional<DocumentState>> document_state(const std::string& path, bool whole);

  // The last run: its id, its rules' hash, how many documents it audited.
  struct LastRun {
    std::int64_t id = 0;
    std::string rules;
    std::size_t documents = 0;
  };
  std::optional<LastRun> last_run();

  // The findings of run `run_id` (all but those it recorded as resolved), rebuilt over `claims`
  // (those read back from the database have their stored_id); a finding that cites a claim no
  // longer there is left out, its metric listed in `lost_metrics`. For a run that used the same
  // rules on the same documents as this one (the caller knows: see last_run and DocumentState).
  // nullopt when the database cannot be read.
  struct PreviousFindings {
    std::vector<Finding> findings;
    std::set<std::string> lost_metrics;
  };
  std::optional<PreviousFindings> run_findings(std::int64_t run_id, const std::vector<Claim>& claims);

  // The database's PRAGMA user_version, or -1 if it cannot be read.
  int schema_version();

  // The underlying connection, for queries the stage does not wrap (tests, reports).
  sqlite::Database& database() { return m_db; }

 private:
  explicit AuditStore(sqlite::Database db) : m_db(std::move(db)) {}
  sqlite::Database m_db;
};

}  // namespace figcheck::store
