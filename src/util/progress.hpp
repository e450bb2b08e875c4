// Progress: one line on a terminal that says how far a long batch has gone.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>

namespace figcheck::util {

// Redraws one line, "figcheck: extracting 3400/10000 documents, 850/s, about 8 s left", on
// `out` (standard error). Shows nothing unless `enabled` (the stream is a terminal) and the run
// has taken more than `delay` seconds, so a quick batch prints nothing; redraws at most ten
// times a second; finish() (or the destructor) clears the line, so the report that follows
// starts on a clean one. `clock` returns seconds; tests pass a fake one. Not thread-safe.
class Progress {
 public:
  using Clock = std::function<double()>;
  static double steady_seconds();

  Progress(std::ostream& out, bool enabled, Clock clock = steady_seconds, double delay = 1.0);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // A new phase: "reading" or "extracting" `total` documents (or another `unit`: "MB"); or, with
  // total 0, a step with no count ("checking 25000 claims").
  void phase(std::string name, std::size_t total = 0, std::string unit = "documents");
  // `done` of the phase's total are done.
  void update(std::size_t done);
  void finish();

  // The line as drawn now (tests).
  std::string line() const;

 private:
  void draw(bool force);

  std::ostream& m_out;
  bool m_enabled;
  Clock m_clock;
  double m_delay;
  double m_start;
  double m_phase_start;
  double m_last_draw = -1;
  std::string m_phase;
  std::string m_unit = "documents";
  std::size_t m_total = 0;
  std::size_t m_done = 0;
  bool m_drawn = false;
};

// "8 s", "3 min 20 s", "1 h 05 min".
std::string format_duration(double seconds);

}  // namespace figcheck::util
