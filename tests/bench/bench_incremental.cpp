// Speed of an incremental re-audit: `figcheck audit --db FILE` over a batch of articles, then the
// same command again on the unchanged batch, whose claims are read back from the database rather
// than extracted again; then again with one file in ten changed.
//
//   figcheck_bench_incremental [--copies N]
//
// The batch is tests/eval/articles copied N times (default 10: 5,160 articles) into a temporary
// folder, each copy under its own name. Prints each run's time and the speed-up.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.hpp"

namespace fs = std::filesystem;

namespace {

double audit_seconds(const std::vector<std::string>& args) {
  std::ostringstream out;
  std::ostringstream err;
  const auto start = std::chrono::steady_clock::now();
  const int code = figcheck::cli::run(args, out, err);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (code == figcheck::cli::k_exit_error) std::fprintf(stderr, "%s", err.str().c_str());
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  int copies = 10;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--copies" && i + 1 < argc) {
      copies = std::atoi(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: figcheck_bench_incremental [--copies N]\n");
      return 2;
    }
  }
  const fs::path dir = fs::temp_directory_path() / "figcheck_bench_incremental";
  fs::remove_all(dir);
  fs::create_directories(dir / "batch");
  std::size_t files = 0;
  std::vector<fs::path> written;
  for (int copy = 0; copy < copies; ++copy) {
    for (const auto& entry : fs::directory_iterator(fs::path(FIGCHECK_SOURCE_DIR) / "tests" / "eval" / "articles")) {
      const fs::path target = dir / "batch" / (std::to_string(copy) + "-" + entry.path().filename().string());
      fs::copy_file(entry.path(), target);
      written.push_back(target);
      ++files;
    }
  }
  const std::string db = (dir / "audit.db").string();
  const std::string binary = std::string(FIGCHECK_BINARY);
  const std::vector<std::string> args{binary, "audit", "--db", db, "--fail-on", "never", (dir / "batch").string()};
  const double first = audit_seconds(args);
  const double again = audit_seconds(args);
  // One file in ten edited: a line appended.
  for (std::size_t i = 0; i < written.size(); i += 10) {
    std::ofstream(written[i], std::ios::app) << "\nUne précision a été apportée lundi.\n";
  }
  const double edited = audit_seconds(args);
  std::printf("%zu articles\n", files);
  std::printf("first audit:                 %.2f s\n", first);
  std::printf("again, unchanged:            %.2f s (%.1f times faster)\n", again, first / again);
  std::printf("again, one file in ten changed: %.2f s (%.1f times faster)\n", edited, first / edited);
  fs::remove_all(dir);
  return 0;
}
