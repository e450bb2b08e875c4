#include "util/progress.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ostream>

namespace figcheck::util {

double Progress::steady_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

Progress::Progress(std::ostream& out, bool enabled, Clock clock, double delay)
    : m_out(out), m_enabled(enabled), m_clock(std::move(clock)), m_delay(delay), m_start(m_clock()), m_phase_start(m_start) {}

Progress::~Progress() { finish(); }

void Progress::phase(std::string name, std::size_t total, std::string unit) {
  m_phase = std::move(name);
  m_unit = std::move(unit);
  m_total = total;
  m_done = 0;
  m_phase_start = m_enabled ? m_clock() : 0;
  draw(true);
}

void Progress::update(std::size_t done) {
  m_done = done;
  draw(false);
}

std::string Progress::line() const {
  std::string text = "figcheck: " + m_phase;
  if (m_total == 0) return text + "...";
  text += " " + std::to_string(m_done) + "/" + std::to_string(m_total) + " " + m_unit;
  const double elapsed = m_clock() - m_phase_start;
  if (m_done > 0 && elapsed > 0) {
    const double rate = static_cast<double>(m_done) / elapsed;
    text += ", " + std::to_string(static_cast<long long>(std::llround(rate))) + "/s";
    if (m_done < m_total) {
      text += ", about " + format_duration(static_cast<double>(m_total - m_done) / rate) + " left";
    }
  }
  return text;
}

void Progress::draw(bool force) {
  if (!m_enabled) return;
  const double now = m_clock();
  if (now - m_start < m_delay) return;
  if (!force && m_last_draw >= 0 && now - m_last_draw < 0.1) return;
  m_last_draw = now;
  // (Carriage return, the line, then erase whatever an earlier, longer line left.)
  m_out << '\r' << line() << "\x1b[K" << std::flush;
  m_drawn = true;
}

void Progress::finish() {
  if (!m_drawn) return;
  m_out << "\r\x1b[K" << std::flush;
  m_drawn = false;
}

std::string format_duration(double seconds) {
  const auto s = static_cast<long long>(std::ceil(std::max(seconds, 0.0)));
  if (s < 60) return std::to_string(s) + " s";
  if (s < 3600) return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
  const long long minutes = (s % 3600) / 60;
  return std::to_string(s / 3600) + " h " + (minutes < 10 ? "0" : "") + std::to_string(minutes) + " min";
}

}  // namespace figcheck::util
