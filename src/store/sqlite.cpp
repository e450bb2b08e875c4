#include "store/sqlite.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <system_error>
#include <utility>

namespace figcheck::sqlite {
namespace {

constexpr std::size_t k_sql_excerpt = 60;

// The SQL on one line and cut short, to name a statement in a message.
std::string excerpt(std::string_view sql) {
  std::string out;
  bool space = false;
  for (char c : sql) {
    const bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (is_space) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (out.size() >= k_sql_excerpt) return out + "...";
    out += c;
  }
  return out;
}

// SQLite's message for the latest call on `db`, or the generic text of `rc`.
std::string message_of(sqlite3* db, int rc) {
  if (db != nullptr && sqlite3_errcode(db) != SQLITE_OK) return sqlite3_errmsg(db);
  return sqlite3_errstr(rc);
}

bool only_blanks(const char* text) {
  for (; text != nullptr && *text != '\0'; ++text) {
    if (*text != ' ' && *text != '\n' && *text != '\t' && *text != '\r' && *text != ';') return false;
  }
  return true;
}

}  // namespace

// ---- Statement -------------------------------------------------------------------------------

Statement::Statement(sqlite3* db, std::string label, std::string sql)
    : m_db(db), m_label(std::move(label)), m_sql(std::move(sql)) {
  compile();
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::compile() {
  sqlite3_finalize(m_stmt);
  m_stmt = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(m_db, m_sql.data(), static_cast<int>(m_sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
  if (rc != SQLITE_OK) {
    m_status = error_from(rc, "preparing");
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
  } else if (m_stmt == nullptr) {
    m_status = Status::error("database '" + m_label + "': no SQL statement in \"" + excerpt(m_sql) + "\"");
  } else if (!only_blanks(tail)) {
    m_status = Status::error("database '" + m_label + "': prepare() takes one statement, got more in \"" +
                             excerpt(m_sql) + "\"");
  } else {
    m_status = Status::ok();
  }
  m_prepare_failed = !m_status.is_ok();
}

Status Statement::error_from(int rc, std::string_view action) const {
  return Status::error("database '" + m_label + "': " + message_of(m_db, rc) + " (" + std::string(action) +
                       " \"" + excerpt(m_sql) + "\")");
}

Statement& Statement::fail_bind(int index, std::string_view what) {
  if (m_status.is_ok()) {
    m_status = Status::error("database '" + m_label + "': parameter " + std::to_string(index) + ": " +
                             std::string(what) + " (in \"" + excerpt(m_sql) + "\")");
  }
  return *this;
}

Statement& Statement::check_bind(int index, int rc) {
  if (rc != SQLITE_OK && m_status.is_ok()) {
    m_status = error_from(rc, "binding parameter " + std::to_string(index) + " of");
  }
  return *this;
}

Statement& Statement::bind_int64(int index, std::int64_t value) {
  if (!m_status.is_ok()) return *this;
  return check_bind(index, sqlite3_bind_int64(m_stmt, index, value));
}

Statement& Statement::bind_double(int index, double value) {
  if (!m_status.is_ok()) return *this;
  return check_bind(index, sqlite3_bind_double(m_stmt, index, value));
}

Statement& Statement::bind_text(int index, std::string_view value) {
  if (!m_status.is_ok()) return *this;
  // An empty view may have a null data(); SQLite would read that as NULL, so give it "".
  const char* data = value.data() != nullptr ? value.data() : "";
  return check_bind(index, sqlite3_bind_text64(m_stmt, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

Statement& Statement::bind_null(int index) {
  if (!m_status.is_ok()) return *this;
  return check_bind(index, sqlite3_bind_null(m_stmt, index));
}

Result<bool> Statement::step() {
  if (!m_status.is_ok()) return m_status;
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) {
    sqlite3_reset(m_stmt);
    return false;
  }
  Status failure = error_from(rc, "running");
  sqlite3_reset(m_stmt);
  return failure;
}

Status Statement::run() {
  for (;;) {
    Result<bool> row = step();
    if (!row) return row.status();
    if (!*row) return Status::ok();
  }
}

namespace {
bool has_column(sqlite3_stmt* stmt, int column) {
  return stmt != nullptr && column >= 0 && column < sqlite3_data_count(stmt);
}
}  // namespace

int Statement::column_count() const { return m_stmt != nullptr ? sqlite3_column_count(m_stmt) : 0; }

bool Statement::column_is_null(int column) const {
  return !has_column(m_stmt, column) || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::column_int64(int column) const {
  return has_column(m_stmt, column) ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::column_double(int column) const {
  return has_column(m_stmt, column) ? sqlite3_column_double(m_stmt, column) : 0.0;
}

std::string Statement::column_text(int column) const {
  if (!has_column(m_stmt, column)) return {};
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
  if (text == nullptr) return {};
  return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<std::int64_t> Statement::column_optional_int64(int column) const {
  if (column_is_null(column)) return std::nullopt;
  return column_int64(column);
}

std::optional<double> Statement::column_optional_double(int column) const {
  if (column_is_null(column)) return std::nullopt;
  return column_double(column);
}

std::optional<std::string> Statement::column_optional_text(int column) const {
  if (column_is_null(column)) return std::nullopt;
  return column_text(column);
}

void Statement::reset() {
  if (m_stmt != nullptr) {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
  }
  if (!m_prepare_failed) m_status = Status::ok();
}

// ---- Database --------------------------------------------------------------------------------

Database::Database(sqlite3* db, std::string path) : m_db(db), m_path(std::move(path)) {}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_path(std::move(other.m_path)),
      m_statements(std::move(other.m_statements)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    m_db = std::exchange(other.m_db, nullptr);
    m_path = std::move(other.m_path);
    m_statements = std::move(other.m_statements);
  }
  return *this;
}

Database::~Database() { close(); }

void Database::close() {
  m_statements.clear();  // finalize before closing
  if (m_db != nullptr) sqlite3_close_v2(m_db);
  m_db = nullptr;
}

Result<Database> Database::open(const std::string& path, const OpenOptions& options) {
  namespace fs = std::filesystem;
  if (path.empty()) return Status::error("database path is empty");
  const bool memory = path == ":memory:";
  if (!memory) {
    // SQLite only says "unable to open database file"; say which part of the path is wrong.
    std::error_code ec;
    const fs::path file(path);
    const fs::path parent = file.parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec)) {
      if (fs::exists(parent, ec)) {
        return Status::error("cannot open database '" + path + "': '" + parent.string() + "' is not a directory");
      }
      return Status::error("cannot open database '" + path + "': directory '" + parent.string() +
                           "' does not exist");
    }
    if (fs::is_directory(file, ec)) {
      return Status::error("cannot open database '" + path + "': it is a directory");
    }
    if (options.mode != OpenMode::read_write_create && !fs::exists(file, ec)) {
      return Status::error("cannot open database '" + path + "': no such file");
    }
  }

  int flags = 0;
  switch (options.mode) {
    case OpenMode::read_only: flags = SQLITE_OPEN_READONLY; break;
    case OpenMode::read_write: flags = SQLITE_OPEN_READWRITE; break;
    case OpenMode::read_write_create: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
  }
  sqlite3* handle = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status failure = Status::error("cannot open database '" + path + "': " + message_of(handle, rc));
    sqlite3_close_v2(handle);
    return failure;
  }
  Database db(handle, path);
  sqlite3_busy_timeout(handle, static_cast<int>(options.busy_timeout.count()));

  // Opening is lazy: read the schema now so that a file of another kind is refused here, with a
  // message that says what is wrong, before anything is written.
  char* message = nullptr;
  const int read_rc = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, &message);
  if (read_rc != SQLITE_OK) {
    std::string text = message != nullptr ? message : sqlite3_errstr(read_rc);
    sqlite3_free(message);
    if ((read_rc & 0xff) == SQLITE_NOTADB) {
      return Status::error("cannot open database '" + path + "': it is not a SQLite database (" + text +
                           "); use a new file name or an existing figcheck database");
    }
    return Status::error("cannot read database '" + path + "': " + text);
  }

  if (options.foreign_keys) {
    if (Status s = db.exec("PRAGMA foreign_keys=ON"); !s) return s;
  }
  if (options.journal != JournalMode::unchanged && options.mode != OpenMode::read_only && !memory) {
    Result<std::string> mode = db.set_journal_mode(options.journal);
    if (!mode) return mode.status();
  }
  return db;
}

Status Database::exec(std::string_view sql) {
  if (m_db == nullptr) return Status::error("database '" + m_path + "': not open");
  char* message = nullptr;
  const std::string text(sql);  // sqlite3_exec wants a terminated string
  const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::ok();
  std::string reason = message != nullptr ? message : message_of(m_db, rc);
  sqlite3_free(message);
  return Status::error("database '" + m_path + "': " + reason + " (running \"" + excerpt(sql) + "\")");
}

Statement& Database::prepare(std::string_view sql) {
  auto found = m_statements.find(sql);
  if (found == m_statements.end()) {
    std::string key(sql);
    auto statement = std::unique_ptr<Statement>(new Statement(m_db, m_path, key));
    found = m_statements.emplace(std::move(key), std::move(statement)).first;
    return *found->second;
  }
  Statement& statement = *found->second;
  if (statement.m_prepare_failed) {
    statement.compile();
  } else {
    statement.reset();
  }
  return statement;
}

Result<std::int64_t> Database::query_int64(std::string_view sql) {
  Statement& statement = prepare(sql);
  Result<bool> row = statement.step();
  if (!row) return row.status();
  if (!*row) return Status::error("database '" + m_path + "': no row from \"" + excerpt(sql) + "\"");
  const std::int64_t value = statement.column_int64(0);
  statement.reset();
  return value;
}

Result<std::string> Database::set_journal_mode(JournalMode mode) {
  std::string_view sql;
  switch (mode) {
    case JournalMode::unchanged: sql = "PRAGMA journal_mode"; break;
    case JournalMode::wal: sql = "PRAGMA journal_mode=WAL"; break;
    case JournalMode::del: sql = "PRAGMA journal_mode=DELETE"; break;
  }
  Statement& statement = prepare(sql);
  Result<bool> row = statement.step();
  if (!row) return row.status();
  std::string result = *row ? statement.column_text(0) : std::string();
  statement.reset();
  return result;
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(m_db); }
std::int64_t Database::changes() const { return sqlite3_changes64(m_db); }
bool Database::in_transaction() const { return m_db != nullptr && sqlite3_get_autocommit(m_db) == 0; }

bool Database::is_memory() const {
  if (m_db == nullptr) return false;
  const char* file = sqlite3_db_filename(m_db, "main");
  return file == nullptr || *file == '\0';
}

Status Database::error(std::string_view what) const {
  return Status::error("database '" + m_path + "': " + std::string(what) + ": " + message_of(m_db, SQLITE_ERROR));
}

// ---- Transaction -----------------------------------------------------------------------------

Result<Transaction> Transaction::begin(Database& db) {
  if (Status s = db.exec("BEGIN IMMEDIATE"); !s) return s;
  return Transaction(db);
}

Result<Transaction> Transaction::begin_read(Database& db) {
  if (Status s = db.exec("BEGIN"); !s) return s;
  return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction() {
  if (m_db != nullptr && m_db->in_transaction()) (void)m_db->exec("ROLLBACK");
}

Status Transaction::commit() {
  if (m_db == nullptr) return Status::error("commit() without an active transaction");
  Status s = m_db->exec("COMMIT");
  if (s || !m_db->in_transaction()) m_db = nullptr;  // done, or SQLite already rolled back
  return s;
}

Status Transaction::rollback() {
  if (m_db == nullptr) return Status::ok();
  Database* db = std::exchange(m_db, nullptr);
  if (!db->in_transaction()) return Status::ok();
  return db->exec("ROLLBACK");
}

}  // namespace figcheck::sqlite
