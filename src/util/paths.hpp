// Finding figcheck's data directories (rules/, grammars/lexicon/) at run time.
#pragma once

#include <string>

namespace figcheck::util {

// The data directory `relative` (e.g. "rules"): the environment variable `env_var` when set,
// else `relative` under the parent of the executable's directory (build/figcheck -> ./rules),
// else under `fallback_root` (the source tree figcheck was built from).
std::string data_dir(const char* env_var, const std::string& argv0, const std::string& relative,
                     const std::string& fallback_root);

}  // namespace figcheck::util
