// Thin RAII wrappers over the SQLite C API: Database, Statement, Transaction.
// No exception crosses this API; failures come back as Status / Result with a message that
// names the database and carries SQLite's own error text.
#pragma once

#include <chrono>
#include <concepts>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "util/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace figcheck::sqlite {

class Database;

// One prepared statement. Owns its sqlite3_stmt and finalizes it on destruction; requires the
// Database that prepared it to outlive it (Database::prepare hands out references into its cache).
//
// Errors are sticky until reset(): a failed prepare or a failed bind is recorded, the bind calls
// that follow do nothing, and the next step()/run() returns the recorded error. So a caller binds
// without checking each call and checks once, at step(). Parameter indexes are 1-based and
// columns 0-based, as in SQLite. Text is copied on bind, so the caller's strings may die at once.
class Statement {
 public:
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // The binders. Integers of any width go through bind_int64 (an unsigned value above INT64_MAX
  // is a bind error); an empty std::optional binds NULL.
  Statement& bind_int64(int index, std::int64_t value);
  Statement& bind_double(int index, double value);
  Statement& bind_text(int index, std::string_view value);
  Statement& bind_null(int index);

  template <std::integral T>
    requires(!std::same_as<T, bool>)
  Statement& bind(int index, T value) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
      if (value > static_cast<T>(INT64_MAX)) return fail_bind(index, "integer too large");
    }
    return bind_int64(index, static_cast<std::int64_t>(value));
  }
  Statement& bind(int index, double value) { return bind_double(index, value); }
  Statement& bind(int index, std::string_view value) { return bind_text(index, value); }
  Statement& bind(int index, const std::string& value) { return bind_text(index, value); }
  Statement& bind(int index, const char* value) { return bind_text(index, value); }
  Statement& bind(int index, std::nullopt_t) { return bind_null(index); }
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }

  // Advances one row: true when a row is available through the column getters, false when the
  // statement is done (it is then reset, keeping its bindings, ready to run again). On error the
  // statement is reset too and the Status names the database, SQLite's message and the SQL.
  Result<bool> step();
  // Steps until done, for statements that return no rows (or whose rows do not matter).
  Status run();

  // Column getters, valid only after step() returned true. Out-of-range columns read as NULL.
  int column_count() const;
  bool column_is_null(int column) const;
  std::int64_t column_int64(int column) const;
  double column_double(int column) const;
  std::string column_text(int column) const;  // "" for NULL
  std::optional<std::int64_t> column_optional_int64(int column) const;
  std::optional<double> column_optional_double(int column) const;
  std::optional<std::string> column_optional_text(int column) const;

  // Back to the start: resets the cursor, clears bindings and any sticky error (except a failed
  // prepare, which stays).
  void reset();

  const std::string& sql() const { return m_sql; }
  // The sticky error, if any; ok() when the statement can run.
  const Status& status() const { return m_status; }

 private:
  friend class Database;
  Statement(sqlite3* db, std::string label, std::string sql);
  void compile();  // (re)prepares m_sql, setting m_status and m_prepare_failed
  Statement& fail_bind(int index, std::string_view what);
  Statement& check_bind(int index, int rc);
  Status error_from(int rc, std::string_view action) const;

  sqlite3* m_db = nullptr;
  sqlite3_stmt* m_stmt = nullptr;
  std::string m_label;  // the database path, for messages
  std::string m_sql;
  Status m_status;
  bool m_prepare_failed = false;
};

// How a database is opened.
enum class OpenMode { read_only, read_write, read_write_create };
// The journal mode set on open. `unchanged` leaves the file's own mode alone, so that opening
// writes nothing (the caller may call set_journal_mode later).
enum class JournalMode { unchanged, wal, del };

struct OpenOptions {
  // Default: read_write_create.
  OpenMode mode = OpenMode::read_write_create;
  // Default: wal (for file databases; in-memory databases keep their "memory" journal).
  JournalMode journal = JournalMode::wal;
  // How long a statement waits for another connection's lock before failing with "database is
  // locked". Default: 5 s.
  std::chrono::milliseconds busy_timeout{5000};
  // Default: true (PRAGMA foreign_keys=ON).
  bool foreign_keys = true;
};

// One SQLite connection. Owns the sqlite3 handle and a cache of prepared statements keyed by
// their SQL text; closes both on destruction. Movable, not copyable; references returned by
// prepare() stay valid across moves and until the Database dies. Not thread-safe: use one
// Database per thread.
class Database {
 public:
  // Opens `path` (":memory:" for a private in-memory database) and checks that it really is a
  // SQLite database: a file of another kind, or a path in a missing directory, is an error with
  // a message saying so. Applies busy timeout, foreign keys and journal mode from `options`.
  static Result<Database> open(const std::string& path, const OpenOptions& options = {});

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Runs one or more SQL statements without parameters (schema, PRAGMA). Never use it with
  // values that come from input: bind them through prepare() instead.
  Status exec(std::string_view sql);

  // The cached statement for `sql`, prepared on first use and reset (bindings cleared) on every
  // call. A statement that failed to prepare is retried on the next call (the schema may have
  // changed since) and until then reports the failure from step(). Requires: the caller is done
  // with any earlier reference to the same SQL text, since both refer to one statement.
  Statement& prepare(std::string_view sql);

  // Shorthand for a query returning one integer (PRAGMA user_version, count(*)).
  Result<std::int64_t> query_int64(std::string_view sql);

  // PRAGMA journal_mode; returns the mode SQLite reports afterwards ("wal", "memory", …).
  Result<std::string> set_journal_mode(JournalMode mode);

  std::int64_t last_insert_rowid() const;
  std::int64_t changes() const;
  bool in_transaction() const;
  bool is_memory() const;
  const std::string& path() const { return m_path; }
  sqlite3* handle() const { return m_db; }

  // "database '<path>': <what>: <SQLite's message>"
  Status error(std::string_view what) const;

 private:
  Database(sqlite3* db, std::string path);
  void close();

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  sqlite3* m_db = nullptr;
  std::string m_path;
  std::unordered_map<std::string, std::unique_ptr<Statement>, Hash, std::equal_to<>> m_statements;
};

// A write transaction. begin() issues BEGIN IMMEDIATE, taking the write lock at once (waiting up
// to the busy timeout) so that it cannot fail half-way for lack of it. Unless commit() succeeds,
// the destructor rolls back. Requires: the Database outlives the Transaction; no nesting.
class Transaction {
 public:
  // BEGIN IMMEDIATE: takes the write lock now (waiting up to the busy timeout), so a write
  // never fails half-way for want of it.
  static Result<Transaction> begin(Database& db);
  // BEGIN (deferred), for reading only: every statement until the end sees the same snapshot,
  // and none takes and releases the file's locks again (with WAL, writers go on meanwhile).
  static Result<Transaction> begin_read(Database& db);

  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  // COMMIT. On failure the transaction stays open and is rolled back by the destructor.
  Status commit();
  // ROLLBACK now; the destructor then does nothing.
  Status rollback();
  bool active() const { return m_db != nullptr; }

 private:
  explicit Transaction(Database& db) : m_db(&db) {}
  Database* m_db = nullptr;  // null once committed, rolled back or moved from
};

}  // namespace figcheck::sqlite
