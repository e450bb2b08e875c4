#include "cli/cli.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <ctime>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "check/check.hpp"
#include "check/rules.hpp"
#include "extract/extract.hpp"
#include "grammars/number/number.hpp"
#include "model/spill.hpp"
#include "graph/group.hpp"
#include "ingest/ingest.hpp"
#include "report/report.hpp"
#include "store/store.hpp"
#include "util/progress.hpp"
#include "util/text.hpp"

#ifndef FIGCHECK_VERSION
#define FIGCHECK_VERSION "0.0.0"
#endif

namespace figcheck::cli {
namespace {

constexpr std::string_view k_usage =
    "usage: figcheck audit [--db FILE] [--format F[,F...]] [--output FILE | --output-dir DIR]\n"
    "                      [--fail-on error|warning|info|never] [--baseline FILE [--write-baseline]]\n"
    "                      [--rules DIR]... [--no-default-rules] [--enable ID]... [--disable ID]...\n"
    "                      [--lexicon DIR] [--full] [INPUT OPTIONS] PATH...\n"
    "       figcheck rules [--rules DIR]... [--no-default-rules] [--enable ID]... [--disable ID]...\n"
    "       figcheck rules --check DIR | --kinds\n"
    "       figcheck claims [--format text|json|jsonl|csv] [--lexicon DIR] [INPUT OPTIONS] PATH...\n"
    "       figcheck claims --db FILE [--metric M] [--place P] [--source S] [--format ...]\n"
    "       figcheck history [--db FILE] [--metric M] [--place P] [--source S] [--format text|csv]\n"
    "       figcheck numbers [--format jsonl|text] [--skip CLASS,...] [INPUT OPTIONS] PATH...\n"
    "       figcheck --help | --version\n"
    "\n"
    "audit    reads files, directories (recursively: .txt, .md, .html, .jsonl) and - (standard\n"
    "         input), finds the figures they give,\n"
    "         stores them in the database and reports the figures that cannot all be true.\n"
    "rules    lists the rules in force (id, kind, level, description); --check DIR validates rule\n"
    "         files and exits 0 or 2; --kinds lists the check kinds and their parameters.\n"
    "claims   prints the claims found in the files (metric, value, subject, place, date,\n"
    "         source, status), before any check; nothing is stored. With --db, the claims an\n"
    "         audit stored, filtered, without reading the files again.\n"
    "history  how each figure evolved, by date and source, from the audit database.\n"
    "numbers  prints every figure the number grammar reads, with its value and class;\n"
    "         --skip article,year leaves out those classes (\"article\": a lone un, une, one).\n"
    "\n"
    "  --db FILE          audit database (default: figcheck.db; ':memory:' keeps nothing)\n"
    "  --format F[,F...]  text (default), json, markdown (a pull-request comment), html (one\n"
    "                     self-contained page), sarif (code scanning), github (workflow-command\n"
    "                     annotations) or junit (a failure per finding at or above --fail-on);\n"
    "                     several need --output-dir\n"
    "  --output FILE      write the report to FILE instead of standard output\n"
    "  --baseline FILE    report and fail only on findings FILE does not list; with\n"
    "                     --write-baseline, write this run's findings to FILE\n"
    "  --output-dir DIR   write each format to DIR/report.txt, .json, .md, .html, .sarif,\n"
    "                     .github.txt, .junit.xml\n"
    "  --fail-on LEVEL    exit 1 when a finding is at or above LEVEL (default: error)\n"
    "  --rules DIR        more rules: DIR's rules are added to the defaults, and replace a default\n"
    "                     rule with the same id (repeatable)\n"
    "  --no-default-rules use only the rules of --rules DIR, not the rules/ figcheck was built with\n"
    "  --enable ID        turn a rule on (repeatable); --disable ID turns one off\n"
    "  --lexicon DIR      lexicon directory (default: grammars/lexicon/)\n"
    "  --full             extract every file again, even one the database holds unchanged\n"
    "\n"
    "input options:\n"
    "  --include GLOB     in directories, read only the files matching GLOB (repeatable); a glob\n"
    "                     without '/' matches the name (*.html), one with '/' the path below it\n"
    "  --exclude GLOB     in directories, skip the files matching GLOB (repeatable): 'drafts/*'\n"
    "  --lang fr|en|auto  read every story in this language (default: auto, detected per story)\n"
    "  --field NAME=KEY   JSON Lines: read NAME (id, title, text, published, outlet, url,\n"
    "                     language) from KEY (repeatable): --field text=article_body\n"
    "\n"
    "exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, input or internal error\n";

struct AuditOptions {
  std::string db = "figcheck.db";
  std::vector<report::Format> formats{report::Format::text};
  std::optional<std::string> baseline;    // --baseline FILE: report and fail only on findings not in it
  bool write_baseline = false;            // --write-baseline: write the findings to --baseline FILE
  std::optional<std::string> output;      // --output FILE: the one format, to a file
  std::optional<std::string> output_dir;  // --output-dir DIR: every format, a file each
  std::optional<Severity> fail_on = Severity::error;  // nullopt: never
  check::RuleSelection rules;
  std::string lexicon_dir;
  bool full = false;  // extract every file again, even one the database holds unchanged
  ingest::ReadOptions read;  // --include, --exclude, --lang, --field
  std::vector<std::string> paths;
};

std::string now_iso() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

int usage_error(std::ostream& err, const std::string& message) {
  err << "figcheck: " << message << "\n" << "Try 'figcheck --help'.\n";
  return k_exit_error;
}

// Reads the value of an option given as "--opt VALUE" or "--opt=VALUE".
bool take_value(const std::vector<std::string>& args, std::size_t& i, std::string_view name,
                std::string& value) {
  const std::string& arg = args[i];
  if (arg == name) {
    if (i + 1 >= args.size()) return false;
    value = args[++i];
    return true;
  }
  if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=') {
    value = arg.substr(name.size() + 1);
    return true;
  }
  return false;
}

// The options that say what to read: --include GLOB, --exclude GLOB, --lang fr|en|auto,
// --field NAME=KEY. Returns true when args[i] was one; `error` is set for a bad value.
bool take_input_option(const std::vector<std::string>& args, std::size_t& i, ingest::ReadOptions& read,
                       std::string& error) {
  std::string value;
  if (take_value(args, i, "--include", value)) {
    read.include.push_back(value);
  } else if (take_value(args, i, "--exclude", value)) {
    read.exclude.push_back(value);
  } else if (take_value(args, i, "--lang", value)) {
    if (value == "auto") {
      read.language.reset();
    } else if (value == "fr" || value == "en") {
      read.language = value == "fr" ? Language::fr : Language::en;
    } else {
      error = "--lang takes fr, en or auto, not '" + value + "'";
    }
  } else if (take_value(args, i, "--field", value)) {
    if (std::string message = read.fields.map(value); !message.empty()) error = "--field " + value + ": " + message;
  } else if (args[i] == "--include" || args[i] == "--exclude" || args[i] == "--lang" || args[i] == "--field") {
    error = args[i] + " needs a value";
  } else {
    return false;
  }
  return true;
}

bool in_list(const std::string& arg, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), arg) != names.end();
}

// Takes a rule-selection option at args[i] (--rules, --no-default-rules, --enable, --disable);
// false when args[i] is none of them.
bool take_rule_option(const std::vector<std::string>& args, std::size_t& i, check::RuleSelection& rules) {
  std::string value;
  if (take_value(args, i, "--rules", value)) {
    rules.dirs.push_back(value);
  } else if (args[i] == "--no-default-rules") {
    rules.defaults = false;
  } else if (take_value(args, i, "--enable", value)) {
    rules.enable.push_back(value);
  } else if (take_value(args, i, "--disable", value)) {
    rules.disable.push_back(value);
  } else {
    return false;
  }
  return true;
}

// Takes a filter of stored claims at args[i] (--metric, --place, --source); false when args[i] is
// none of them.
bool take_filter_option(const std::vector<std::string>& args, std::size_t& i, store::AuditStore::ClaimFilter& filter) {
  std::string value;
  if (take_value(args, i, "--metric", value)) {
    filter.metric = value;
  } else if (take_value(args, i, "--place", value)) {
    filter.place = value;
  } else if (take_value(args, i, "--source", value)) {
    filter.source = value;
  } else {
    return false;
  }
  return true;
}

// A hash of the rules in force, everything a check reads of them.
std::string rules_signature(const std::vector<check::Rule>& rules) {
  std::string all;
  for (const check::Rule& rule : rules) {
    all += rule.id + '\n' + std::string(check::to_string(rule.kind)) + '\n' + std::string(to_string(rule.level)) + '\n' +
           (rule.enabled ? "on" : "off") + '\n' + rule.message + '\n' + rule.description + '\n';
    for (const std::string& metric : rule.metrics) all += metric + ',';
    all += '\n' + std::to_string(rule.tolerance) + '\n' + std::to_string(rule.min_gap) + '\n';
    for (const ClaimStatus status : rule.statuses) all += std::string(to_string(status)) + ',';
    all += '\n' + (rule.rise_level ? std::string(to_string(*rule.rise_level)) : std::string("off")) + "\n\n";
  }
  return util::content_hash(all);
}

// The claims of every document of a batch, numbered from 1, with their line and column.
struct Extracted {
  std::vector<Claim> claims;
  std::vector<LineColumn> positions;
  // The metrics of the claims extracted anew, and of the stored claims they replace: what a
  // re-check must cover.
  std::set<std::string> changed_metrics;
};

// A batch read and extracted: its documents (their text let go), the problems reading found,
// the claims. A document a claim or a figcheck-ignore note refers to is held whole (a claim's
// `document` is its index there); the others are spilled, in id order.
struct Streamed {
  Documents documents;
  std::unique_ptr<SpilledDocuments> spilled;
  std::vector<ingest::InputProblem> problems;
  Extracted extracted;
  std::size_t from_last_run = 0;  // documents the Reuse's last run audited (by path)

  BatchDocuments all() const { return BatchDocuments(documents, spilled.get()); }
};

// What a database offers to a stream: with `database` (a file), a document it holds with the
// same content hash and `extractor` is read back from it (its claims, and its stories' places)
// instead of analysed and extracted again. Each worker looks each of its documents up by path,
// on a connection of its own (the database is never loaded whole); those the run `last_run`
// audited are counted.
struct Reuse {
  std::string database;
  std::string extractor;
  std::int64_t last_run = 0;
};

// One document of a stream, and what extracting it found; `done` once a worker is through with
// it. In a deque that the reading thread appends to and takes the done ones from the front of,
// so a worker's document stays where it is.
struct Pending {
  Document doc;
  std::vector<Claim> claims;
  std::vector<LineColumn> positions;
  std::atomic<bool> done{false};
};
using Slot = Pending*;

// Documents waiting for a worker: at most `capacity`, so that reading never runs far ahead of
// extraction and the texts in memory at once stay few, whatever the batch's size.
class DocumentQueue {
 public:
  explicit DocumentQueue(std::size_t capacity) : m_capacity(capacity) {}
  void push(Slot doc) {
    std::unique_lock lock(m_mutex);
    m_not_full.wait(lock, [&] { return m_items.size() < m_capacity || m_closed; });
    m_items.push_back(doc);
    m_not_empty.notify_one();
  }
  // An empty slot once closed and empty.
  Slot pop() {
    std::unique_lock lock(m_mutex);
    m_not_empty.wait(lock, [&] { return !m_items.empty() || m_closed; });
    if (m_items.empty()) return nullptr;
    Slot doc = m_items.front();
    m_items.pop_front();
    m_not_full.notify_one();
    return doc;
  }
  void close() {
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_not_empty.notify_all();
    m_not_full.notify_all();
  }

 private:
  std::size_t m_capacity;
  std::deque<Slot> m_items;
  bool m_closed = false;
  std::mutex m_mutex;
  std::condition_variable m_not_empty;
  std::condition_variable m_not_full;
};

// Reads and extracts in one pass. This thread reads (a JSON Lines dump a line at a time) and
// hands each document, unanalysed, to a bounded queue; a worker a core analyses it and extracts
// its claims (or takes both back from the database), locates them while the text is there, and
// lets the text go. Then, in reading order, a document with claims is held and one without is
// spilled. So memory holds the claims and the documents they are in, never the batch's text nor
// the documents that state nothing, and both cores work.
Streamed read_and_extract(const std::vector<std::string>& paths, const ingest::ReadOptions& read,
                          const extract::Lexicons& lexicons, const Reuse& reuse = {},
                          util::Progress* progress = nullptr) {
  Streamed result;
  std::atomic<std::size_t> from_last_run{0};

  // Per document, in reading order, until it is done and its turn comes (workers only see what
  // they were handed).
  std::deque<Pending> pending;
  std::set<std::string> changed_metrics;
  std::mutex metrics_mutex;
  result.spilled = std::make_unique<SpilledDocuments>();

  // A document done, in reading order: held with its claims (numbered in reading order), or spilled.
  const auto retire = [&](Pending& p) {
    if (p.claims.empty() && p.doc.suppressions.empty()) {
      result.spilled->add(p.doc);
      return;
    }
    const auto index = static_cast<std::int64_t>(result.documents.size()) + 1;
    for (std::size_t k = 0; k < p.claims.size(); ++k) {
      Claim& claim = result.extracted.claims.emplace_back(std::move(p.claims[k]));
      claim.id = static_cast<std::int64_t>(result.extracted.claims.size());
      claim.document = index;
      result.extracted.positions.push_back(p.positions[k]);
    }
    result.documents.push_back(std::move(p.doc));
  };
  const auto retire_done = [&] {
    while (!pending.empty() && pending.front().done.load(std::memory_order_acquire)) {
      retire(pending.front());
      pending.pop_front();
    }
  };

  const auto process = [&](Pending& p, store::AuditStore* db) {
    Document& doc = p.doc;
    std::vector<Claim>& claims = p.claims;
    // What the database holds of it, its stories and claims too; nothing when it holds none, or
    // cannot be read (then the document is extracted again).
    std::optional<store::AuditStore::DocumentState> state;
    if (db != nullptr) {
      if (Result<std::optional<store::AuditStore::DocumentState>> found = db->document_state(doc.path, true)) {
        state = std::move(*found);
      }
    }
    if (state && state->last_run == reuse.last_run) ++from_last_run;
    // The same content, extracted by the same figcheck and lexicon:
    if (state && state->content_hash == doc.content_hash && state->extractor == reuse.extractor) {
      // Unchanged: its claims as stored, and what analysing it found (the outlet and address,
      // which the database does not keep, as given).
      claims = std::move(state->claims);
      doc.title = state->title;
      doc.language = state->language;
      doc.published = state->published;
      doc.stories = std::move(state->stories);
      if (doc.unanalysed) {
        doc.outlet = doc.unanalysed->outlet;
        doc.url = doc.unanalysed->url;
        doc.unanalysed.reset();
      }
    } else {
      ingest::finish_document(doc);
      claims = extract::extract_claims(doc, lexicons);
      const std::lock_guard lock(metrics_mutex);
      // (The stored claims of a file read again are replaced: their metrics changed too.)
      if (state) {
        for (const Claim& claim : state->claims) changed_metrics.insert(claim.metric);
      }
      for (const Claim& claim : claims) changed_metrics.insert(claim.metric);
    }
    std::vector<LineColumn>& positions = p.positions;
    positions.reserve(claims.size());
    for (const Claim& claim : claims) positions.push_back(locate(doc, claim.span.start));
    fix_occurrences(doc, claims);
    // (Standard input cannot be read again for a report that quotes it: its text stays.)
    if (doc.path != "<stdin>") release_text(doc);
    // A document with no claim needs no stories: nothing refers to them (most of a news dump).
    if (claims.empty()) std::vector<Story>().swap(doc.stories);
  };

  const std::size_t cores = std::max(1U, std::thread::hardware_concurrency());
  DocumentQueue queue(64 * cores);
  std::exception_ptr failure;
  std::mutex failure_mutex;
  std::atomic<bool> failed{false};
  const auto work = [&] {
    // The worker's own connection, reading in one snapshot (one read transaction, not one a
    // lookup); none when the database cannot be opened (then everything is extracted again).
    std::optional<store::AuditStore> db;
    std::optional<sqlite::Transaction> snapshot;
    if (!reuse.database.empty()) {
      if (Result<store::AuditStore> opened = store::AuditStore::open(reuse.database)) {
        db.emplace(std::move(opened.value()));
        // (Lookups touch a few pages each, once: a small cache, not the writer's 64 MiB.)
        (void)db->database().exec("PRAGMA cache_size = -4096");
        if (Result<sqlite::Transaction> begun = sqlite::Transaction::begin_read(db->database())) {
          snapshot.emplace(std::move(begun.value()));
        }
      }
    }
    for (Slot slot; (slot = queue.pop()) != nullptr;) {
      if (failed.load()) continue;  // (drain)
      try {
        process(*slot, db ? &*db : nullptr);
        slot->done.store(true, std::memory_order_release);
      } catch (...) {
        const std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
        failed.store(true);
      }
    }
  };
  std::vector<std::thread> workers;
  for (std::size_t t = 0; t < cores; ++t) workers.emplace_back(work);

  const ingest::DocumentSink sink = [&](Document&& doc) {
    retire_done();
    Pending& p = pending.emplace_back();
    p.doc = std::move(doc);
    queue.push(&p);
  };
  // (The workers analyse what they extract: the reading thread only reads.)
  ingest::ReadOptions deferred = read;
  deferred.defer_analysis = true;
  try {
    result.problems = ingest::read_stream(paths, sink, deferred, [&](std::size_t done, std::size_t total) {
      if (progress == nullptr) return;
      constexpr std::size_t k_mb = 1 << 20;
      if (done == 0) progress->phase("reading and extracting", (total + k_mb - 1) / k_mb, "MB");
      progress->update(done / k_mb);
    });
  } catch (...) {
    queue.close();
    for (std::thread& t : workers) t.join();
    throw;
  }
  queue.close();
  for (std::thread& t : workers) t.join();
  if (failure) std::rethrow_exception(failure);

  for (; !pending.empty(); pending.pop_front()) retire(pending.front());
  result.extracted.changed_metrics = std::move(changed_metrics);
  result.from_last_run = from_last_run.load();
  return result;
}

// Reads again the text of the documents the findings quote, for the reports that show it (the
// HTML report's paragraphs, SARIF's snippets): only those, one file at a time.
void reread_cited(Documents& documents, const std::vector<Claim>& claims,
                  const std::vector<Finding>& findings, const ingest::ReadOptions& read) {
  std::vector<bool> cited(documents.size(), false);
  for (const Finding& f : findings) {
    for (const std::size_t i : f.claims) cited[static_cast<std::size_t>(claims[i].document - 1)] = true;
  }
  for (std::size_t d = 0; d < documents.size(); ++d) {
    if (cited[d]) ingest::reread(documents[d], read);
  }
}

int audit(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  AuditOptions options;
  options.rules.default_dir = check::default_rules_dir(args[0]);
  options.lexicon_dir = extract::default_lexicon_dir(args[0]);
  for (std::size_t i = 2; i < args.size(); ++i) {
    const std::string& arg = args[i];
    std::string value;
    if (take_value(args, i, "--db", value)) {
      options.db = value;
    } else if (take_value(args, i, "--format", value)) {
      // One format, or several separated by commas (with --output-dir).
      options.formats.clear();
      for (std::size_t from = 0; from <= value.size();) {
        std::size_t comma = value.find(',', from);
        if (comma == std::string::npos) comma = value.size();
        const std::string name = value.substr(from, comma - from);
        const auto format = report::format_from_string(name);
        if (!format) return usage_error(err, "unknown format '" + name + "' (text, json, markdown, html, sarif, github or junit)");
        if (std::find(options.formats.begin(), options.formats.end(), *format) == options.formats.end()) {
          options.formats.push_back(*format);
        }
        from = comma + 1;
      }
    } else if (take_value(args, i, "--baseline", value)) {
      options.baseline = value;
    } else if (arg == "--write-baseline") {
      options.write_baseline = true;
    } else if (take_value(args, i, "--output", value)) {
      options.output = value;
    } else if (take_value(args, i, "--output-dir", value)) {
      options.output_dir = value;
    } else if (take_value(args, i, "--fail-on", value)) {
      if (value == "never") {
        options.fail_on.reset();
      } else if (auto level = severity_from_string(value)) {
        options.fail_on = level;
      } else {
        return usage_error(err, "--fail-on takes error, warning, info or never, not '" + value + "'");
      }
    } else if (take_rule_option(args, i, options.rules)) {
      continue;
    } else if (take_value(args, i, "--lexicon", value)) {
      options.lexicon_dir = value;
    } else if (arg == "--full") {
      options.full = true;
    } else if (std::string bad; take_input_option(args, i, options.read, bad)) {
      if (!bad.empty()) return usage_error(err, bad);
    } else if (arg.starts_with("--")) {
      if (arg == "--db" || arg == "--format" || arg == "--fail-on" || arg == "--rules" || arg == "--lexicon" ||
          arg == "--enable" || arg == "--disable" || arg == "--output" || arg == "--output-dir" || arg == "--baseline") {
        return usage_error(err, arg + " needs a value");
      }
      return usage_error(err, "unknown option '" + arg + "'");
    } else {
      options.paths.push_back(arg);
    }
  }
  if (options.paths.empty()) return usage_error(err, "audit needs at least one PATH");
  if (options.output && options.output_dir) return usage_error(err, "--output and --output-dir exclude each other");
  if (options.write_baseline && !options.baseline) return usage_error(err, "--write-baseline needs --baseline FILE");
  // The accepted findings, by fingerprint: what they say, not where (see README, Baselines).
  std::set<std::string> accepted;
  if (options.baseline && !options.write_baseline) {
    std::ifstream in(*options.baseline);
    if (!in) {
      err << "figcheck: cannot read baseline '" << *options.baseline << "'\n";
      return k_exit_error;
    }
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
      ++number;
      if (line.empty() || line.front() == '#') continue;
      const std::string fingerprint = line.substr(0, line.find(' '));
      if (fingerprint.size() != 16 || fingerprint.find_first_not_of("0123456789abcdef") != std::string::npos) {
        err << "figcheck: " << *options.baseline << ":" << number << ": not a finding's fingerprint (16 hex digits)\n";
        return k_exit_error;
      }
      accepted.insert(fingerprint);
    }
  }
  if (options.formats.size() > 1 && !options.output_dir) {
    return usage_error(err, "several formats need --output-dir DIR (a file each)");
  }

  const std::string started = now_iso();
  Result<extract::Lexicons> lexicons = extract::Lexicons::load(options.lexicon_dir);
  if (!lexicons) {
    err << "figcheck: " << lexicons.error() << "\n";
    return k_exit_error;
  }
  Result<std::vector<check::Rule>> rules = check::select_rules(options.rules);
  if (!rules) {
    err << "figcheck: " << rules.error() << "\n";
    return k_exit_error;
  }

  // The database first: a file it holds with the same content, extracted by the same figcheck
  // and lexicon, is read back instead of read and extracted again (unless --full).
  Result<store::AuditStore> db = store::AuditStore::open(options.db);
  const std::string extractor = std::string(FIGCHECK_VERSION) + ":" + extract::lexicon_signature(options.lexicon_dir);
  // (A database no run has written holds nothing to read back.)
  const std::optional<store::AuditStore::LastRun> last =
      db && !options.full && !extractor.ends_with(":") ? db->last_run() : std::nullopt;
  // Progress on standard error, on a terminal only, once the batch has taken more than a second.
  util::Progress progress(err, &err == &std::cerr && isatty(STDERR_FILENO) != 0);
  Streamed batch = read_and_extract(options.paths, options.read, lexicons.value(),
                                    last ? Reuse{options.db, extractor, last->id} : Reuse{}, &progress);
  auto& [claims, positions, changed_metrics] = batch.extracted;
  progress.phase("checking " + std::to_string(claims.size()) + " claims");
  const std::string rules_hash = rules_signature(rules.value());
  const auto check_claims = [&](const std::vector<Claim>& subset) {
    return check::run_checks(rules.value(), subset, graph::group_claims(subset, graph::GroupOptions{}), lexicons->groups(),
                             lexicons->place_links());
  };
  std::vector<Finding> findings;
  // The last run's findings stand for what did not change when it used the same rules on the same
  // documents (each of this batch's documents was audited by it, and it audited as many).
  const bool same_run = last && !rules_hash.empty() && last->rules == rules_hash &&
                        last->documents == batch.all().size() && batch.from_last_run == batch.all().size();
  if (std::optional<store::AuditStore::PreviousFindings> previous =
          same_run ? db->run_findings(last->id, claims) : std::nullopt) {
    // The same rules on the same documents as the last run: every check works within one metric,
    // so a metric none of whose claims changed keeps its findings, and only the comparison sets
    // of the metrics that changed are checked again.
    std::set<std::string> touched = changed_metrics;
    touched.insert(previous->lost_metrics.begin(), previous->lost_metrics.end());
    for (Finding& finding : previous->findings) {
      if (!touched.contains(finding.metric)) findings.push_back(std::move(finding));
    }
    std::vector<Claim> subset;
    std::vector<std::size_t> index;  // subset position -> claims position
    for (std::size_t i = 0; i < claims.size(); ++i) {
      if (!touched.contains(claims[i].metric)) continue;
      subset.push_back(claims[i]);
      index.push_back(i);
    }
    for (Finding& finding : check_claims(subset)) {
      for (std::size_t& c : finding.claims) c = index[c];
      findings.push_back(std::move(finding));
    }
    check::order_findings(findings, rules.value());
  } else {
    findings = check_claims(claims);
  }

  // (A figcheck-ignore note naming no rule in force is an input error: a typo would silence nothing.)
  for (const Document& doc : batch.documents) {
    for (const Suppression& note : doc.suppressions) {
      const bool in_force = note.rule == "*" || std::any_of(rules->begin(), rules->end(), [&](const check::Rule& r) {
                              return r.id == note.rule;
                            });
      if (!in_force) {
        batch.problems.push_back({doc.path + ":" + std::to_string(note.line),
                                  "figcheck-ignore names no rule in force: '" + note.rule + "'"});
      }
    }
  }
  progress.finish();
  bool failed = !batch.problems.empty();
  for (const ingest::InputProblem& problem : batch.problems) {
    err << problem.path << ": " << problem.message << "\n";
  }
  // A baseline written now accepts every finding of this run; one read accepts those it lists,
  // which are then neither reported nor failed on (they are still stored).
  if (options.write_baseline) {
    std::ofstream file(*options.baseline, std::ios::trunc);
    file << "# figcheck baseline: one accepted finding a line, its fingerprint first (what it says,\n"
            "# not where), then its rule and message for the reader. Written by figcheck audit --write-baseline.\n";
    for (const Finding& f : findings) file << f.fingerprint << " " << f.rule << " " << f.message << "\n";
    if (!file) {
      err << "figcheck: cannot write baseline '" << *options.baseline << "'\n";
      return k_exit_error;
    }
  }
  // An editor's note in an article ("figcheck-ignore: <rule> <figure>: <reason>") silences the
  // findings of that rule that cite that figure of that article; a note naming no rule in force
  // is an input error, so that a typo does not silence nothing unnoticed.
  const auto suppressed = [&](const Finding& f) {
    for (const std::size_t i : f.claims) {
      const Claim& c = claims[i];
      for (const Suppression& s : batch.documents[static_cast<std::size_t>(c.document - 1)].suppressions) {
        if ((s.rule == "*" || s.rule == f.rule) && c.quote.find(s.figure) != std::string::npos) return true;
      }
    }
    return false;
  };
  std::vector<Finding> reported;
  std::size_t baselined = 0;
  std::size_t silenced = 0;
  for (const Finding& f : findings) {
    if (accepted.contains(f.fingerprint)) {
      ++baselined;
    } else if (suppressed(f)) {
      ++silenced;
    } else {
      reported.push_back(f);
    }
  }
  if (reported.size() != findings.size()) {
    for (std::size_t i = 0; i < reported.size(); ++i) reported[i].id = static_cast<std::int64_t>(i) + 1;
  }

  // Store before reporting, so a report never shows what the database does not hold.
  store::RunChanges changes;
  if (!db) {
    err << "figcheck: " << db.error() << "\n";
    failed = true;
  } else {
    std::string arguments;
    for (std::size_t i = 1; i < args.size(); ++i) arguments += (i > 1 ? " " : "") + args[i];
    const store::RunInfo info{started, now_iso(), arguments, FIGCHECK_VERSION, extractor, rules_hash};
    progress.phase("storing " + std::to_string(claims.size()) + " claims and " + std::to_string(findings.size()) +
                   " findings");
    const Result<std::int64_t> saved = db->save_audit(info, batch.all(), claims, positions, findings, nullptr, &changes);
    progress.finish();
    if (!saved) {
      err << "figcheck: " << saved.error() << "\n";
      failed = true;
    }
  }

  progress.finish();
  std::vector<report::RuleInfo> rule_infos;
  for (const check::Rule& r : *rules) {
    if (!r.enabled) continue;
    rule_infos.push_back({r.id, std::string(check::to_string(r.kind)), r.level, r.description, r.help, r.path});
  }
  // The HTML report quotes paragraphs and SARIF snippets: the texts of the documents cited, again.
  if (std::any_of(options.formats.begin(), options.formats.end(),
                  [](report::Format f) { return f == report::Format::html || f == report::Format::sarif; })) {
    reread_cited(batch.documents, claims, reported, options.read);
  }
  const report::Run run{batch.documents, claims, positions, reported, &rule_infos, batch.spilled.get()};
  const auto write = [&](report::Format format, std::ostream& to) {
    switch (format) {
      case report::Format::text:
        // (Colour only on the terminal itself, never in a file, never with NO_COLOR.)
        report::write_text(to, run, &to == &std::cout && report::use_colour(isatty(STDOUT_FILENO) != 0, std::getenv("NO_COLOR")));
        // Against the previous run on the same database: what is new, what is still there, what went.
        if (changes.previous_run) {
          to << "figcheck: since run " << *changes.previous_run << ": " << changes.added << " new, "
             << changes.persisting << " persisting, " << changes.resolved << " resolved\n";
        }
        if (baselined > 0) {
          to << "figcheck: " << baselined << (baselined == 1 ? " finding" : " findings") << " accepted by the baseline "
             << *options.baseline << " not shown\n";
        }
        if (silenced > 0) {
          to << "figcheck: " << silenced << (silenced == 1 ? " finding" : " findings")
             << " silenced by a figcheck-ignore note in the articles\n";
        }
        break;
      case report::Format::json: report::write_json(to, run); break;
      case report::Format::markdown: report::write_markdown(to, run); break;
      case report::Format::html: report::write_html(to, run); break;
      case report::Format::sarif: report::write_sarif(to, run); break;
      case report::Format::github: report::write_github(to, run); break;
      case report::Format::junit: report::write_junit(to, run, options.fail_on); break;
    }
  };
  // To a file (written whole, under a temporary name, then renamed: never half a report), or
  // to standard output.
  const auto write_file = [&](report::Format format, const std::filesystem::path& path) {
    const std::filesystem::path partial = path.string() + ".partial";
    {
      std::ofstream file(partial, std::ios::binary | std::ios::trunc);
      write(format, file);
      file.flush();
      if (!file) {
        err << "figcheck: cannot write the report to '" << path.string() << "'\n";
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        return false;
      }
    }
    std::error_code ec;
    std::filesystem::rename(partial, path, ec);
    if (ec) {
      err << "figcheck: cannot write the report to '" << path.string() << "': " << ec.message() << "\n";
      return false;
    }
    return true;
  };
  if (options.output_dir) {
    std::error_code ec;
    std::filesystem::create_directories(*options.output_dir, ec);
    for (const report::Format format : options.formats) {
      if (!write_file(format, std::filesystem::path(*options.output_dir) / report::file_name(format))) failed = true;
    }
  } else if (options.output) {
    if (!write_file(options.formats.front(), *options.output)) failed = true;
  } else {
    write(options.formats.front(), out);
  }
  out.flush();
  if (failed) return k_exit_error;
  if (options.fail_on) {
    for (const Finding& f : reported) {
      if (f.severity >= *options.fail_on) return k_exit_findings;
    }
  }
  return k_exit_clean;
}

int rules_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  check::RuleSelection selection;
  selection.default_dir = check::default_rules_dir(args[0]);
  std::optional<std::string> check_dir;
  for (std::size_t i = 2; i < args.size(); ++i) {
    std::string value;
    if (take_rule_option(args, i, selection)) continue;
    if (take_value(args, i, "--check", value)) {
      check_dir = value;
    } else if (args[i] == "--kinds") {
      // The closed registry: each kind, when it fires, and the parameters it takes.
      for (const check::KindInfo& kind : check::kinds()) {
        out << kind.name << ": " << kind.fires << "\n";
        for (const check::ParamInfo& param : kind.params) out << "  " << param.key << ": " << param.meaning << "\n";
      }
      return k_exit_clean;
    } else {
      return usage_error(err, "unknown argument '" + args[i] + "'");
    }
  }
  if (check_dir) {
    Result<std::vector<check::Rule>> rules = check::load_rules(*check_dir);
    if (!rules) {
      err << rules.error() << "\n";
      return k_exit_error;
    }
    out << *check_dir << ": " << rules->size() << (rules->size() == 1 ? " rule" : " rules") << ", all valid\n";
    return k_exit_clean;
  }
  Result<std::vector<check::Rule>> rules = check::select_rules(selection);
  if (!rules) {
    err << "figcheck: " << rules.error() << "\n";
    return k_exit_error;
  }
  // One line a rule: id, kind, level (off when disabled), description; aligned in columns.
  std::size_t id_width = 0;
  std::size_t kind_width = 0;
  for (const check::Rule& rule : rules.value()) {
    id_width = std::max(id_width, rule.id.size());
    kind_width = std::max(kind_width, check::to_string(rule.kind).size());
  }
  for (const check::Rule& rule : rules.value()) {
    const std::string level = rule.enabled ? std::string(to_string(rule.level)) : std::string("off");
    const std::string kind(check::to_string(rule.kind));
    out << rule.id << std::string(id_width - rule.id.size() + 2, ' ') << kind << std::string(kind_width - kind.size() + 2, ' ')
        << level << std::string(9 - std::min<std::size_t>(level.size(), 7), ' ') << rule.description << "\n";
  }
  return k_exit_clean;
}

// The claims earlier audits stored in an existing database, filtered; a missing file is an error
// (nothing is created).
Result<store::AuditStore::StoredClaims> load_stored(const std::string& path, const store::AuditStore::ClaimFilter& filter) {
  std::error_code ec;
  if (path != ":memory:" && !std::filesystem::exists(path, ec)) {
    return Status::error("database '" + path + "' does not exist; run figcheck audit --db " + path + " first");
  }
  Result<store::AuditStore> db = store::AuditStore::open(path);
  if (!db) return db.status();
  return db->load_claims(filter);
}

int claims_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  report::ClaimFormat format = report::ClaimFormat::text;
  std::string lexicon_dir = extract::default_lexicon_dir(args[0]);
  std::vector<std::string> paths;
  std::optional<std::string> db_path;
  store::AuditStore::ClaimFilter filter;
  ingest::ReadOptions read;
  for (std::size_t i = 2; i < args.size(); ++i) {
    std::string value;
    if (take_value(args, i, "--format", value)) {
      const auto f = report::claim_format_from_string(value);
      if (!f) return usage_error(err, "claims --format takes text, json, jsonl or csv, not '" + value + "'");
      format = *f;
    } else if (take_value(args, i, "--lexicon", value)) {
      lexicon_dir = value;
    } else if (take_value(args, i, "--db", value)) {
      db_path = value;
    } else if (take_filter_option(args, i, filter)) {
      continue;
    } else if (std::string bad; take_input_option(args, i, read, bad)) {
      if (!bad.empty()) return usage_error(err, bad);
    } else if (in_list(args[i], {"--format", "--lexicon", "--db", "--metric", "--place", "--source"})) {
      return usage_error(err, args[i] + " needs a value");
    } else if (args[i].starts_with("--")) {
      return usage_error(err, "unknown option '" + args[i] + "'");
    } else {
      paths.push_back(args[i]);
    }
  }
  if (db_path) {
    // From the database, without reading the files again.
    if (!paths.empty()) return usage_error(err, "claims --db reads the database: give no PATH");
    const Result<store::AuditStore::StoredClaims> stored = load_stored(*db_path, filter);
    if (!stored) {
      err << "figcheck: " << stored.error() << "\n";
      return k_exit_error;
    }
    const std::vector<Finding> none;
    report::write_claims(out, report::Run{stored->documents, stored->claims, stored->positions, none}, format);
    out.flush();
    return k_exit_clean;
  }
  if (!filter.metric.empty() || !filter.place.empty() || !filter.source.empty()) {
    return usage_error(err, "--metric, --place and --source filter the claims of --db FILE");
  }
  if (paths.empty()) return usage_error(err, "claims needs at least one PATH, or --db FILE");
  Result<extract::Lexicons> lexicons = extract::Lexicons::load(lexicon_dir);
  if (!lexicons) {
    err << "figcheck: " << lexicons.error() << "\n";
    return k_exit_error;
  }
  const Streamed batch = read_and_extract(paths, read, lexicons.value());
  for (const ingest::InputProblem& problem : batch.problems) {
    err << problem.path << ": " << problem.message << "\n";
  }
  const auto& [claims, positions, changed_metrics] = batch.extracted;
  const std::vector<Finding> none;
  report::write_claims(out, report::Run{batch.documents, claims, positions, none, nullptr, batch.spilled.get()}, format);
  out.flush();
  return batch.problems.empty() ? k_exit_clean : k_exit_error;
}

// figcheck history: how each figure evolved, by date and source, from the database.
int history_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::string db_path = "figcheck.db";
  store::AuditStore::ClaimFilter filter;
  bool csv = false;
  for (std::size_t i = 2; i < args.size(); ++i) {
    std::string value;
    if (take_value(args, i, "--db", value)) {
      db_path = value;
    } else if (take_filter_option(args, i, filter)) {
      continue;
    } else if (take_value(args, i, "--format", value)) {
      if (value != "text" && value != "csv") return usage_error(err, "history --format takes text or csv, not '" + value + "'");
      csv = value == "csv";
    } else if (in_list(args[i], {"--db", "--metric", "--place", "--source", "--format"})) {
      return usage_error(err, args[i] + " needs a value");
    } else {
      return usage_error(err, "unknown argument '" + args[i] + "'");
    }
  }
  const Result<store::AuditStore::StoredClaims> stored = load_stored(db_path, filter);
  if (!stored) {
    err << "figcheck: " << stored.error() << "\n";
    return k_exit_error;
  }
  report::write_history(out, report::Run{stored->documents, stored->claims, stored->positions, {}}, csv);
  return k_exit_clean;
}

int numbers_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ingest::ReadOptions read;  // (--lang: nullopt detects each story's language)
  bool jsonl = true;
  std::vector<NumberClass> skip;
  std::vector<std::string> paths;
  for (std::size_t i = 2; i < args.size(); ++i) {
    std::string value;
    if (take_value(args, i, "--skip", value)) {
      std::string_view rest = value;
      while (true) {
        auto const comma = rest.find(',');
        auto const name = rest.substr(0, comma);
        auto const cls = number_class_from_string(name);
        if (!cls) {
          return usage_error(err, "numbers --skip takes classes (count, money, percent, ordinal, year, date, time, "
                                  "phone, identifier, age, measure, too_large, article), not '" + std::string(name) + "'");
        }
        skip.push_back(*cls);
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
    } else if (std::string bad; take_input_option(args, i, read, bad)) {
      if (!bad.empty()) return usage_error(err, bad);
    } else if (take_value(args, i, "--format", value)) {
      if (value != "jsonl" && value != "text") {
        return usage_error(err, "numbers --format takes jsonl or text, not '" + value + "'");
      }
      jsonl = value == "jsonl";
    } else if (args[i] == "--lang" || args[i] == "--format" || args[i] == "--skip") {
      return usage_error(err, args[i] + " needs a value");
    } else if (args[i].starts_with("--")) {
      return usage_error(err, "unknown option '" + args[i] + "'");
    } else {
      paths.push_back(args[i]);
    }
  }
  if (paths.empty()) return usage_error(err, "numbers needs at least one PATH");
  const ingest::Batch batch = ingest::read_paths(paths, read);
  for (const ingest::InputProblem& problem : batch.problems) {
    err << problem.path << ": " << problem.message << "\n";
  }
  for (const Document& doc : batch.documents) {
    std::vector<report::NumberRow> rows;
    // (Each story in its language: a digest may mix French and English.)
    for (const Story& story : doc.stories) {
      const std::string_view text = std::string_view(doc.text).substr(story.span.start, story.span.end - story.span.start);
      for (const auto& q : grammar::scan_numbers(text, story.language)) {
        if (std::find(skip.begin(), skip.end(), q.cls) != skip.end()) continue;
        rows.push_back(report::NumberRow{story.span.start + q.start, story.span.start + q.end, q.value, q.cls, q.unit});
      }
    }
    if (jsonl) {
      report::write_numbers_jsonl(out, doc, rows);
    } else {
      report::write_numbers_text(out, doc, rows);
    }
  }
  return batch.problems.empty() ? k_exit_clean : k_exit_error;
}

}  // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() < 2) {
    err << k_usage;
    return k_exit_error;
  }
  const std::string& command = args[1];
  if (command == "--help" || command == "-h" || command == "help") {
    out << k_usage;
    return k_exit_clean;
  }
  if (command == "--version") {
    out << "figcheck " << FIGCHECK_VERSION << "\n";
    return k_exit_clean;
  }
  try {
    if (command == "audit") return audit(args, out, err);
    if (command == "rules") return rules_command(args, out, err);
    if (command == "history") return history_command(args, out, err);
    if (command == "claims") return claims_command(args, out, err);
    if (command == "numbers") return numbers_command(args, out, err);
  } catch (const SpillError& e) {
    err << "figcheck: " << e.what() << "\n";
    return k_exit_error;
  }
  return usage_error(err, "unknown command '" + command + "'");
}

}  // namespace figcheck::cli
