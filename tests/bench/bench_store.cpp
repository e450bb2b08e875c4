// Speed of storing an audit: AuditStore::save_audit of 1,000,000 claims (in 10,000 documents,
// from 500 sources, with 20,000 findings citing three claims each) into a new database file, in
// one transaction, then the same batch again (which replaces every claim). Prints both times
// and the file's size.
//
//   figcheck_bench_store [--claims N]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "store/store.hpp"

namespace fs = std::filesystem;
using namespace figcheck;

int main(int argc, char** argv) {
  std::size_t count = 1'000'000;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--claims" && i + 1 < argc) {
      count = std::strtoul(argv[++i], nullptr, 10);
    } else {
      std::fprintf(stderr, "usage: figcheck_bench_store [--claims N]\n");
      return 2;
    }
  }
  const std::size_t document_count = std::max<std::size_t>(1, count / 100);
  Documents documents(document_count);
  for (std::size_t d = 0; d < document_count; ++d) {
    documents[d].id = static_cast<std::int64_t>(d) + 1;
    documents[d].path = "batch/article-" + std::to_string(d) + ".txt";
    documents[d].content_hash = std::to_string(d);
    documents[d].title = "Article " + std::to_string(d);
    documents[d].published = Date{2024, 1 + static_cast<int>(d % 12), 1 + static_cast<int>(d % 28)};
    Story story;
    story.span = Span{0, 1000};
    story.title = documents[d].title;
    story.place = "Kazakhstan";
    story.country = "Kazakhstan";
    documents[d].stories.push_back(story);
  }
  std::vector<Claim> claims(count);
  std::vector<LineColumn> positions(count);
  for (std::size_t i = 0; i < count; ++i) {
    Claim& c = claims[i];
    c.document = static_cast<std::int64_t>(i % document_count) + 1;
    c.span = Span{i % 900, i % 900 + 30};
    c.number_span = Span{i % 900, i % 900 + 3};
    c.quote = "plus de " + std::to_string(i % 5000) + " morts";
    c.metric = "deaths";
    c.place = "Kazakhstan";
    c.country = "Kazakhstan";
    c.date = documents[static_cast<std::size_t>(c.document - 1)].published;
    c.source = "source " + std::to_string(i % 500);
    c.source_key = c.source;
    c.value = Interval{static_cast<double>(i % 5000), std::nullopt, ValueKind::more_than};
    positions[i] = LineColumn{1 + i % 40, 1 + i % 80};
  }
  std::vector<Finding> findings(std::min<std::size_t>(20'000, count / 3));
  for (std::size_t i = 0; i < findings.size(); ++i) {
    findings[i].rule = "core/conflicting-figures";
    findings[i].message = "conflicting figures for deaths in Kazakhstan";
    findings[i].reason = "reason";
    findings[i].fingerprint = std::to_string(i);
    findings[i].claims = {3 * i, 3 * i + 1, 3 * i + 2};
  }
  const fs::path path = fs::temp_directory_path() / "figcheck_bench_store.db";
  for (const char* extra : {"", "-wal", "-shm"}) fs::remove(path.string() + extra);
  auto store = store::AuditStore::open(path.string());
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().c_str());
    return 2;
  }
  const store::RunInfo run{"start", "end", "bench", "bench", "bench", "bench"};
  using Clock = std::chrono::steady_clock;
  for (const char* what : {"first save", "again (replacing every claim)"}) {
    const auto start = Clock::now();
    auto saved = store->save_audit(run, documents, claims, positions, findings);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    if (!saved) {
      std::fprintf(stderr, "%s\n", saved.error().c_str());
      return 2;
    }
    std::printf("%s: %zu claims, %zu documents, %zu findings in %.2f s (%.0f claims/s)\n", what, claims.size(),
                documents.size(), findings.size(), seconds, static_cast<double>(claims.size()) / seconds);
  }
  std::error_code ec;
  std::printf("database file: %.0f MiB\n", static_cast<double>(fs::file_size(path, ec)) / (1024.0 * 1024.0));
  for (const char* extra : {"", "-wal", "-shm"}) fs::remove(path.string() + extra);
  return 0;
}
