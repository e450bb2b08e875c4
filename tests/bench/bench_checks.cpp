// Speed of grouping and checking: graph::group_claims and check::run_checks with the shipped
// rules over generated claims, as a batch of many articles would give them.
//
//   figcheck_bench_checks [--events N] [--claims-per-event K]
//
// --events N            distinct events (a metric, a place, a fortnight). Default: 100000.
// --claims-per-event K  claims each event gets. Default: 10 (so 1,000,000 claims).
//
// Each event is a quantity several outlets report: most figures agree (the same value, or a
// hedge around it), some clash between named sources, some come from one source a day apart
// (revisions), some are withdrawn, some are a stated breakdown into two groups, and one event in
// ten gives a nationwide figure next to figures for places of the same country. The groups'
// part-of DAG is the lexicon's (grammars/lexicon/groups.txt). Places belong to
// 200 countries; dates spread over ten years. The claims are generated from a fixed seed, so
// every run checks the same claims. Prints the time of each stage and the peak memory.
#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "check/check.hpp"
#include "check/rules.hpp"
#include "extract/lexicon.hpp"
#include "graph/group.hpp"

namespace {

using namespace figcheck;

// splitmix64: small, fast and identical everywhere (std:: distributions are not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : m_state(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }

 private:
  std::uint64_t m_state;
};

const std::vector<std::string> k_metrics{"deaths", "injured", "missing", "arrested", "displaced", "evacuated",
                                         "rescued", "participants", "deployed", "infected"};
const std::vector<std::string> k_sources{"ministry", "police", "organisers", "red cross", "governor", "hospital",
                                         "union", "army", "mayor", "ngo"};

std::vector<Claim> generate(std::size_t events, std::size_t per_event) {
  Rng rng(20261124);
  std::vector<Claim> claims;
  claims.reserve(events * per_event);
  for (std::size_t e = 0; e < events; ++e) {
    const std::string metric = k_metrics[rng.below(k_metrics.size())];
    const std::string country = "Country " + std::to_string(e % 200);
    const std::string place = "Town " + std::to_string(e);
    const Date day = civil_from_days(days_from_civil(Date{2015, 1, 1}) + static_cast<int>(rng.below(3650)));
    const double base = static_cast<double>(10 + rng.below(5000));
    const auto next_claim = [&](double value, std::string source, int days_later) {
      Claim c;
      c.document = static_cast<std::int64_t>(claims.size() / 8 + 1);  // about eight claims an article
      c.metric = metric;
      c.place = place;
      c.country = country;
      c.date = civil_from_days(days_from_civil(day) + days_later);
      c.source = std::move(source);
      c.source_key = c.source;
      c.value = Interval{value, value, ValueKind::exact};
      c.quote = std::to_string(static_cast<long long>(value));
      c.span = Span{0, c.quote.size()};
      c.number_span = c.span;
      return c;
    };
    const bool nationwide = rng.chance(10);
    for (std::size_t k = 0; k < per_event; ++k) {
      const std::string source = k_sources[rng.below(k_sources.size())];
      Claim c = next_claim(base, source, static_cast<int>(rng.below(3)));
      const std::size_t roll = rng.below(100);
      if (roll < 50) {
        // the same figure, as most outlets repeat it
      } else if (roll < 65) {
        c.value = Interval{base * 0.9, base * 1.1, ValueKind::approximate};  // "about"
      } else if (roll < 72) {
        c.value = Interval{base * 1.6, base * 1.6, ValueKind::exact};  // another source's figure
      } else if (roll < 80) {
        c.value = Interval{base + 5, base + 5, ValueKind::exact};  // the same source a day later
        c.date = civil_from_days(days_from_civil(day) + 3);
      } else if (roll < 85) {
        c.status = ClaimStatus::retracted;
        c.value = Interval{base * 3, std::nullopt, ValueKind::more_than};
      } else if (roll < 93 && k + 1 < per_event) {
        // a stated breakdown into two groups, each half the figure
        Claim other = c;
        c.subject = "protesters";
        other.subject = "security forces";
        c.value = other.value = Interval{base / 2, base / 2, ValueKind::exact};
        c.breakdown = other.breakdown = e + 1;
        claims.push_back(std::move(c));
        c = std::move(other);
        ++k;
      } else if (nationwide) {
        c.place = country;
        c.nationwide = true;
        c.value = Interval{base * 2, base * 2, ValueKind::exact};
      }
      claims.push_back(std::move(c));
    }
  }
  return claims;
}

long peak_kib() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t events = 100000;
  std::size_t per_event = 10;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--events" && i + 1 < argc) {
      events = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--claims-per-event" && i + 1 < argc) {
      per_event = std::strtoul(argv[++i], nullptr, 10);
    } else {
      std::fprintf(stderr, "usage: figcheck_bench_checks [--events N] [--claims-per-event K]\n");
      return 2;
    }
  }
  auto rules = check::load_rules(std::string(FIGCHECK_SOURCE_DIR) + "/rules");
  if (!rules) {
    std::fprintf(stderr, "%s\n", rules.error().c_str());
    return 2;
  }
  auto lexicons = extract::Lexicons::load(std::string(FIGCHECK_SOURCE_DIR) + "/grammars/lexicon");
  if (!lexicons) {
    std::fprintf(stderr, "%s\n", lexicons.error().c_str());
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  const auto seconds = [](Clock::time_point from) { return std::chrono::duration<double>(Clock::now() - from).count(); };

  auto start = Clock::now();
  const std::vector<Claim> claims = generate(events, per_event);
  const double generated = seconds(start);

  start = Clock::now();
  const std::vector<ComparisonSet> sets = graph::group_claims(claims, graph::GroupOptions{});
  const double grouped = seconds(start);

  start = Clock::now();
  const std::vector<Finding> findings = check::run_checks(rules.value(), claims, sets, lexicons->groups(), lexicons->place_links());
  const double checked = seconds(start);

  std::printf("claims: %zu over %zu events (generated in %.2f s)\n", claims.size(), events, generated);
  std::printf("group:  %.2f s, %zu comparison sets (%.0f claims/s)\n", grouped, sets.size(),
              static_cast<double>(claims.size()) / grouped);
  std::printf("check:  %.2f s, %zu findings (%.0f claims/s)\n", checked, findings.size(),
              static_cast<double>(claims.size()) / checked);
  std::map<std::string, std::size_t> by_rule;
  for (const Finding& f : findings) ++by_rule[f.rule];
  for (const auto& [rule, count] : by_rule) std::printf("  %s: %zu\n", rule.c_str(), count);
  std::printf("peak memory: %.0f MiB\n", static_cast<double>(peak_kib()) / 1024.0);
  return 0;
}
