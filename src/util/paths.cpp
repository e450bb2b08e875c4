#include "util/paths.hpp"

#include <cstdlib>
#include <filesystem>

namespace figcheck::util {

std::string data_dir(const char* env_var, const std::string& argv0, const std::string& relative,
                     const std::string& fallback_root) {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv(env_var); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const fs::path exe = fs::weakly_canonical(fs::path(argv0), ec);
  if (!ec) {
    const fs::path candidate = exe.parent_path().parent_path() / relative;
    if (fs::is_directory(candidate, ec)) return candidate.string();
  }
  return (fs::path(fallback_root) / relative).string();
}

}  // namespace figcheck::util
