#include "check/check.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/topological_sort.hpp>

#include "graph/group.hpp"
#include "util/text.hpp"

namespace figcheck::check {
namespace {

constexpr double k_inf = std::numeric_limits<double>::infinity();

double low_of(const Interval& v) { return v.low ? *v.low : -k_inf; }
double high_of(const Interval& v) { return v.high ? *v.high : k_inf; }
double width_of(const Interval& v) { return high_of(v) - low_of(v); }

std::string number(double value) { return util::format_number(value, 3); }

std::string_view status_adjective(ClaimStatus status) {
  switch (status) {
    case ClaimStatus::retracted: return "the withdrawn ";
    case ClaimStatus::denied: return "the denied ";
    case ClaimStatus::corrected: return "the corrected ";
    case ClaimStatus::unverified: return "the unverified ";
    case ClaimStatus::reported: break;
  }
  return "";
}

// "164", or "'plusieurs dizaines' = [20, 99]" for a figure that is not exact.
std::string figure(const Claim& c, const std::string& text) {
  if (c.value.kind == ValueKind::exact) return number(low_of(c.value));
  return "'" + text + "' = " + describe_interval(c.value);
}

std::string fill(std::string message, const ComparisonSet& set, const std::string& subject) {
  const auto replace = [&](std::string_view key, const std::string& value) {
    for (std::size_t at = message.find(key); at != std::string::npos; at = message.find(key, at + value.size())) {
      message.replace(at, key.size(), value);
    }
  };
  replace("{metric}", set.metric);
  replace("{place}", set.place.empty() ? std::string("an unplaced story") : set.place);
  replace("{subject}", subject.empty() ? std::string("all") : subject);
  return message;
}

// A finding of `rule`, at `severity`, about `metric` in `place` for `subject`, over `claims`
// (indexes; sorted here, each once).
Finding make_finding(const Rule& rule, Severity severity, const std::string& metric, const std::string& place,
                     const std::string& subject, std::string reason, std::vector<std::size_t> claims) {
  Finding finding;
  finding.rule = rule.id;
  finding.severity = severity;
  finding.metric = metric;
  finding.place = place;
  finding.message = fill(rule.message, ComparisonSet{metric, place, {}, {}}, subject);
  finding.reason = std::move(reason);
  std::sort(claims.begin(), claims.end());
  claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
  finding.claims = std::move(claims);
  return finding;
}

// Groups claims into figures that agree with each other: tightest first, each claim joining the
// first figure whose every member it overlaps.
std::vector<std::vector<std::size_t>> figures_of(const std::vector<std::size_t>& members,
                                                 const std::vector<Claim>& claims, double tolerance) {
  std::vector<std::size_t> order = members;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return width_of(claims[a].value) < width_of(claims[b].value);
  });
  std::vector<std::vector<std::size_t>> figures;
  for (const std::size_t c : order) {
    auto it = std::find_if(figures.begin(), figures.end(), [&](const std::vector<std::size_t>& f) {
      return std::all_of(f.begin(), f.end(), [&](std::size_t m) {
        return overlaps(claims[m].value, claims[c].value, tolerance);
      });
    });
    if (it == figures.end()) {
      figures.push_back({c});
    } else {
      it->push_back(c);
    }
  }
  for (auto& f : figures) std::sort(f.begin(), f.end());
  return figures;
}

// The figure's most precise claim, the one a reason line quotes.
std::size_t representative(const std::vector<std::size_t>& figure_claims, const std::vector<Claim>& claims) {
  return *std::min_element(figure_claims.begin(), figure_claims.end(), [&](std::size_t a, std::size_t b) {
    return width_of(claims[a].value) < width_of(claims[b].value);
  });
}

// What a revision is: a count that rose, one that fell, or two figures on one day.
enum class Change { rise, fall, same_day };

// The counted groups' part-of DAG, built once a run with the Boost Graph Library: vertices are
// groups ("" is everyone), edges go from a part to its whole, `order` lists every part before
// its wholes.
struct GroupDag {
  std::map<std::string, std::size_t> vertex;
  std::vector<std::string> names;
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> edges;  // part, whole, dimension
  std::vector<std::size_t> order;
  std::vector<std::vector<std::pair<std::size_t, std::string>>> parts_of;  // vertex -> (part, dimension)
  std::vector<std::vector<std::size_t>> wholes_of;                         // vertex -> wholes

  explicit GroupDag(const std::vector<GroupLink>& groups) {
    const auto vertex_of = [&](const std::string& name) {
      const auto [it, added] = vertex.emplace(name, names.size());
      if (added) names.push_back(name);
      return it->second;
    };
    for (const GroupLink& link : groups) {
      edges.emplace_back(vertex_of(link.group), vertex_of(link.within == "everyone" ? std::string() : link.within),
                         link.dimension);
    }
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> dag(names.size());
    for (const auto& [from, to, dimension] : edges) boost::add_edge(from, to, dag);
    // (topological_sort writes a vertex after what it points to: wholes first; reversed, every
    // part comes before its wholes. The lexicon refuses a groups file with a cycle.)
    boost::topological_sort(dag, std::back_inserter(order));
    std::reverse(order.begin(), order.end());
    parts_of.resize(names.size());
    wholes_of.resize(names.size());
    for (const auto& [from, to, dimension] : edges) {
      parts_of[to].emplace_back(from, dimension);
      wholes_of[from].push_back(to);
    }
  }
};

// The places' part-of DAG for one run: the gazetteer's links (city -> region -> country) and, for
// places it does not know, each claim's place -> its country. `parts_of` lists what lies
// directly within a place; `order` every place before the places that hold it.
struct PlaceDag {
  std::map<std::string, std::size_t> vertex;
  std::vector<std::string> names;
  std::vector<std::vector<std::size_t>> parts_of;
  std::vector<std::size_t> order;

  PlaceDag(const std::vector<PlaceLink>& links, const std::vector<Claim>& claims) {
    const auto vertex_of = [&](const std::string& name) {
      const auto [it, added] = vertex.emplace(name, names.size());
      if (added) names.push_back(name);
      return it->second;
    };
    std::set<std::pair<std::size_t, std::size_t>> edges;  // part, whole
    std::set<std::string> linked;
    for (const PlaceLink& link : links) {
      edges.emplace(vertex_of(link.place), vertex_of(link.within));
      linked.insert(link.place);
    }
    for (const Claim& c : claims) {
      if (c.place.empty()) continue;
      vertex_of(c.place);
      if (!c.country.empty() && c.place != c.country && !linked.contains(c.place)) {
        edges.emplace(vertex_of(c.place), vertex_of(c.country));
      }
    }
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> dag(names.size());
    for (const auto& [part, whole] : edges) boost::add_edge(part, whole, dag);
    // (topological_sort writes a vertex after what it points to: wholes first; reversed, parts
    // first. The lexicon refuses a gazetteer whose places form a cycle; claims only add edges
    // to countries, which point nowhere.)
    boost::topological_sort(dag, std::back_inserter(order));
    std::reverse(order.begin(), order.end());
    parts_of.resize(names.size());
    wholes_of.resize(names.size());
    for (const auto& [part, whole] : edges) {
      parts_of[whole].push_back(part);
      wholes_of[part].push_back(whole);
    }
    rank.resize(names.size());
    for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  }
  std::vector<std::size_t> rank;  // a place's position in `order`
  std::vector<std::vector<std::size_t>> wholes_of;  // what a place lies directly within
};

class Checker {
 public:
  Checker(const std::vector<Claim>& claims) : m_claims(claims) {}

  // The kinds that take clashes between figures, and `rules` (all of them, enabled or not) decide
  // which kind a clash goes to: see route().
  void clashes(const Rule& rule, const ComparisonSet& set, const std::vector<Rule>& rules,
               std::vector<Finding>& out) const;
  void parts_and_whole(const Rule& rule, const ComparisonSet& set, std::vector<Finding>& out) const;
  // Parts the text states for one whole ("53 morts, dont 30 ici et 25 là"): a part larger than
  // its whole, or parts of one kind (groups, or places) that add up to more than it.
  void stated_parts(const Rule& rule, std::vector<Finding>& out) const;
  // The places within a place (a DAG: city -> region -> country, walked parts first): figures
  // given for them, each place at its lowest, that add up to more than a figure the text gives
  // for the whole place (a nationwide one for a country) for the same quantity, group and time.
  void places_within(const Rule& rule, int window_days, const PlaceDag& dag, std::vector<Finding>& out) const;
  // A change the text states with a figure against the figure it is compared with: the same
  // quantity, group and place on the reference date, else the latest one before in the story.
  void arithmetic(const Rule& rule, std::vector<Finding>& out) const;
  // The groups of one comparison set along the part-of DAG, walked from the smallest groups up:
  // each group's floor is the most its disjoint parts already account for; a figure for a group
  // below the floor of its parts fires ("30 protesters + 16 security forces = 46 deaths, more
  // than the 40 given for everyone").
  void groups_within(const Rule& rule, const ComparisonSet& set, const GroupDag& dag, std::vector<Finding>& out) const;

 private:
  const std::vector<Claim>& m_claims;

  // The number as the text writes it, with its modifier ("plus de 164").
  std::string number_text(const Claim& c) const {
    const std::size_t from = c.number_span.start - c.span.start;
    const std::size_t length = c.number_span.end - c.number_span.start;
    if (from + length <= c.quote.size()) return c.quote.substr(from, length);
    return c.quote;
  }
  std::string describe(std::size_t index) const {
    const Claim& c = m_claims[index];
    return std::string(status_adjective(c.status)) + figure(c, number_text(c));
  }
  // Each distinct figure of a side once ("the unverified 164 and the withdrawn 'plus de 164' =
  // more than 164"), tightest first; `count` receives how many were named.
  std::string clash_reason(const std::vector<std::size_t>& side_a, const std::vector<std::size_t>& side_b) const;
  std::string sources_reason(const std::vector<std::size_t>& side_a, const std::vector<std::size_t>& side_b) const;
  std::string revision_reason(const std::vector<std::size_t>& side_a, const std::vector<std::size_t>& side_b,
                              Change change) const;
  std::string describe_side(std::vector<std::size_t> side, std::size_t* count = nullptr) const {
    std::stable_sort(side.begin(), side.end(), [&](std::size_t a, std::size_t b) {
      return width_of(m_claims[a].value) < width_of(m_claims[b].value);
    });
    std::vector<std::string> parts;
    std::vector<std::size_t> seen;
    for (const std::size_t i : side) {
      const Claim& c = m_claims[i];
      const bool repeat = std::any_of(seen.begin(), seen.end(), [&](std::size_t j) {
        const Claim& d = m_claims[j];
        return d.value == c.value && d.status == c.status;
      });
      if (repeat) continue;
      seen.push_back(i);
      parts.push_back(describe(i));
    }
    if (count != nullptr) *count = parts.size();
    std::string text;
    for (std::size_t i = 0; i < parts.size() && i < 3; ++i) text += (i == 0 ? "" : " and ") + parts[i];
    if (parts.size() > 3) text += " and " + std::to_string(parts.size() - 3) + " more";
    return text;
  }
};

// Which kind takes the clash between the claims `x` (not later) and `y`: the first of contested
// figures, revisions, sources disagree and conflicting figures that applies and has a rule for
// this metric (enabled or not: a rule turned off silences its clashes, it does not hand them on).
// Whether `rule` checks `metric` (a rule with no metrics checks them all).
bool applies(const Rule& rule, const std::string& metric) {
  return rule.metrics.empty() || std::find(rule.metrics.begin(), rule.metrics.end(), metric) != rule.metrics.end();
}

// A count revised upwards is never a clash for the other kinds: with no revisions rule, nullopt.
std::optional<CheckKind> route(const Claim& x, const Claim& y, const std::string& metric, const std::vector<Rule>& rules) {
  const auto has = [&](CheckKind kind) {
    return std::any_of(rules.begin(), rules.end(), [&](const Rule& r) { return r.kind == kind && applies(r, metric); });
  };
  const auto contested = [&](const Claim& c) {
    return std::any_of(rules.begin(), rules.end(), [&](const Rule& r) {
      return r.kind == CheckKind::contested_figures && applies(r, metric) &&
             std::find(r.statuses.begin(), r.statuses.end(), c.status) != r.statuses.end();
    });
  };
  if (contested(x) || contested(y)) return CheckKind::contested_figures;
  const bool same_source = !x.source_key.empty() && x.source_key == y.source_key;
  const bool marked_update = y.update && x.date.known() && y.date.known() &&
                             graph::day_number(y.date) > graph::day_number(x.date) && low_of(y.value) >= low_of(x.value);
  if (same_source || marked_update) {
    if (has(CheckKind::revisions)) return CheckKind::revisions;
    if (x.date.known() && y.date.known() && graph::day_number(y.date) > graph::day_number(x.date) &&
        low_of(y.value) >= low_of(x.value)) {
      return std::nullopt;
    }
  }
  if (!x.source_key.empty() && !y.source_key.empty() && x.source_key != y.source_key && has(CheckKind::sources_disagree)) {
    return CheckKind::sources_disagree;
  }
  return CheckKind::conflicting_figures;
}

Change change_of(const Claim& earlier, const Claim& later) {
  if (!earlier.date.known() || !later.date.known() ||
      graph::day_number(earlier.date) == graph::day_number(later.date)) {
    return Change::same_day;
  }
  return low_of(later.value) >= low_of(earlier.value) ? Change::rise : Change::fall;
}

void Checker::clashes(const Rule& rule, const ComparisonSet& set, const std::vector<Rule>& rules,
                      std::vector<Finding>& out) const {
  // Figures are compared within one subject; parts and wholes have their own check.
  std::map<std::string, std::vector<std::size_t>> by_subject;
  for (const std::size_t c : set.claims) {
    if (!m_claims[c].part) by_subject[m_claims[c].subject].push_back(c);  // a share is no rival
  }
  const auto clash = [&](std::size_t x, std::size_t y) {
    if (overlaps(m_claims[x].value, m_claims[y].value, rule.tolerance)) return false;
    // (Figures closer than the rule's minimum gap agree.)
    const double gap = std::max(low_of(m_claims[x].value) - high_of(m_claims[y].value),
                                low_of(m_claims[y].value) - high_of(m_claims[x].value));
    return gap >= rule.min_gap;
  };
  for (const auto& [subject, members] : by_subject) {
    if (members.size() < 2) continue;
    const auto figures = figures_of(members, m_claims, rule.tolerance);
    for (std::size_t a = 0; a < figures.size(); ++a) {
      for (std::size_t b = a + 1; b < figures.size(); ++b) {
        // The claims that clash and go to this rule's kind; for revisions, by change.
        std::map<Change, std::vector<std::size_t>> clashing;
        for (const std::size_t x : figures[a]) {
          for (const std::size_t y : figures[b]) {
            if (!clash(x, y)) continue;
            const bool x_first = graph::day_number(m_claims[x].date) <= graph::day_number(m_claims[y].date);
            const Claim& earlier = x_first ? m_claims[x] : m_claims[y];
            const Claim& later = x_first ? m_claims[y] : m_claims[x];
            if (route(earlier, later, set.metric, rules) != rule.kind) continue;
            const Change change = rule.kind == CheckKind::revisions ? change_of(earlier, later) : Change::same_day;
            if (change == Change::rise && !rule.rise_level) continue;
            clashing[change].push_back(x);
            clashing[change].push_back(y);
          }
        }
        for (auto& [change, claims] : clashing) {
          std::sort(claims.begin(), claims.end());
          claims.erase(std::unique(claims.begin(), claims.end()), claims.end());
          std::vector<std::size_t> side_a;
          std::vector<std::size_t> side_b;
          for (const std::size_t c : claims) {
            (std::find(figures[a].begin(), figures[a].end(), c) != figures[a].end() ? side_a : side_b).push_back(c);
          }
          std::string reason = rule.kind == CheckKind::revisions        ? revision_reason(side_a, side_b, change)
                               : rule.kind == CheckKind::sources_disagree ? sources_reason(side_a, side_b)
                                                                          : clash_reason(side_a, side_b);
          out.push_back(make_finding(rule, change == Change::rise ? *rule.rise_level : rule.level, set.metric,
                                     set.place, subject, std::move(reason), std::move(claims)));
        }
      }
    }
  }
}

std::string Checker::clash_reason(const std::vector<std::size_t>& side_a, const std::vector<std::size_t>& side_b) const {
  const std::size_t ra = representative(side_a, m_claims);
  const std::size_t rb = representative(side_b, m_claims);
  const Claim& ca = m_claims[ra];
  const Claim& cb = m_claims[rb];
  if (ca.value.kind == ValueKind::exact && cb.value.kind == ValueKind::exact) {
    const double x = low_of(ca.value);
    const double y = low_of(cb.value);
    const double gap = std::fabs(x - y);
    return describe(ra) + " and " + describe(rb) + " differ by " + number(gap) + " (" +
           number(std::round(100.0 * gap / std::max(std::fabs(x), std::fabs(y)))) + "%)";
  }
  // The side with the tighter figure lies outside the other.
  const bool a_tighter = width_of(ca.value) <= width_of(cb.value);
  std::size_t named = 0;
  const std::string inner = describe_side(a_tighter ? side_a : side_b, &named);
  return inner + (named == 1 ? " lies outside " : " lie outside ") + describe_side(a_tighter ? side_b : side_a);
}

std::string Checker::sources_reason(const std::vector<std::size_t>& side_a, const std::vector<std::size_t>& side_b) const {
  // "présidence: 5800 against gouvernement: 'près de 8.000' = [7200, 8800] and ministère de
  // l'Intérieur: 7989", each source once, with the tightest figure it gives.
  const auto side = [&](std::vector<std::size_t> members) {
    std::stable_sort(members.begin(), members.end(), [&](std::size_t x, std::size_t y) {
      return width_of(m_claims[x].value) < width_of(m_claims[y].value);
    });
    std::vector<std::string> seen;
    std::string text;
    for (const std::size_t c : members) {
      if (std::find(seen.begin(), seen.end(), m_claims[c].source_key) != seen.end()) continue;
      seen.push_back(m_claims[c].source_key);
      text += (text.empty() ? "" : " and ") + m_claims[c].source + ": " + describe(c);
    }
    return text;
  };
  const bool a_tighter = width_of(m_claims[representative(side_a, m_claims)].value) <=
                         width_of(m_claims[representative(side_b, m_claims)].value);
  return side(a_tighter ? side_a : side_b) + " against " + side(a_tighter ? side_b : side_a);
}

std::string Checker::revision_reason(const std::vector<std::size_t>& side_a, const std::vector<std::size_t>& side_b,
                                     Change change) const {
  // "ministère gave 15 on 2022-01-10, then 12 on 2022-01-11: a count that falls".
  std::vector<std::size_t> all = side_a;
  all.insert(all.end(), side_b.begin(), side_b.end());
  std::stable_sort(all.begin(), all.end(), [&](std::size_t x, std::size_t y) {
    return graph::day_number(m_claims[x].date) < graph::day_number(m_claims[y].date);
  });
  const Claim& first = m_claims[all.front()];
  const Claim& last = m_claims[all.back()];
  const std::string who = first.source.empty() ? std::string("the text") : first.source;
  const auto when = [](const Claim& c) { return c.date.known() ? " on " + c.date.iso() : std::string(); };
  std::string text = who + " gave " + describe(all.front()) + when(first) + ", then " + describe(all.back()) + when(last);
  switch (change) {
    case Change::rise: return text + ": a count revised upwards";
    case Change::fall: return text + ": a count that falls";
    case Change::same_day: break;
  }
  return who + " gave " + describe(all.front()) + " and " + describe(all.back()) + when(first) + ": two figures for one day";
}

void Checker::parts_and_whole(const Rule& rule, const ComparisonSet& set, std::vector<Finding>& out) const {
  // A stated list of disjoint groups ("26 manifestants et 16 membres des forces de sécurité
  // tués") adds up to a total, which must agree with the totals given for everyone.
  std::map<std::pair<std::int64_t, std::size_t>, std::vector<std::size_t>> lists;
  std::vector<std::size_t> totals;
  for (const std::size_t c : set.claims) {
    if (m_claims[c].breakdown != 0 && !m_claims[c].subject.empty()) {
      lists[{m_claims[c].document, m_claims[c].breakdown}].push_back(c);
    } else if (m_claims[c].subject.empty()) {
      totals.push_back(c);
    }
  }
  if (totals.empty()) return;
  // The same breakdown printed by several articles is one list with several occurrences.
  std::map<std::string, std::vector<std::vector<std::size_t>>> same_lists;
  for (const auto& [key, parts] : lists) {
    if (parts.size() < 2) continue;
    std::vector<std::string> terms;
    for (const std::size_t p : parts) {
      terms.push_back(m_claims[p].subject + "=" + describe_interval(m_claims[p].value));
    }
    std::sort(terms.begin(), terms.end());
    std::string signature;
    for (const std::string& t : terms) signature += t + ";";
    same_lists[signature].push_back(parts);
  }
  const auto figures = figures_of(totals, m_claims, rule.tolerance);
  for (const auto& [signature, occurrences] : same_lists) {
    const std::vector<std::size_t>& parts = occurrences.front();
    std::vector<std::size_t> all_parts;
    for (const auto& occurrence : occurrences) all_parts.insert(all_parts.end(), occurrence.begin(), occurrence.end());
    Interval sum{0.0, 0.0, ValueKind::exact};
    std::string terms;
    for (const std::size_t p : parts) {
      const Interval& v = m_claims[p].value;
      sum.low = *sum.low + (v.low ? *v.low : 0.0);
      sum.high = sum.high && v.high ? std::optional<double>(*sum.high + *v.high) : std::nullopt;
      if (v.kind != ValueKind::exact) sum.kind = ValueKind::range;
      terms += (terms.empty() ? "" : " + ") + figure(m_claims[p], number_text(m_claims[p]));
    }
    const Claim& first_part = m_claims[parts.front()];
    for (const auto& figure_claims : figures) {
      const std::size_t rep = representative(figure_claims, m_claims);
      const Claim& total = m_claims[rep];
      if (overlaps(sum, total.value, rule.tolerance)) continue;
      // From the same source a partial list may fall short of the total; it may never exceed it.
      // (The same source for every claim of that total: a total another source gives too still
      // stands against the list.)
      const bool same_source =
          std::all_of(figure_claims.begin(), figure_claims.end(), [&](std::size_t c) {
            return !m_claims[c].source_key.empty() && m_claims[c].source_key == first_part.source_key;
          });
      const bool above = low_of(sum) > high_of(total.value);
      if (same_source && !above) continue;
      if (is_revision(total, first_part) || is_revision(first_part, total)) continue;
      std::vector<std::size_t> claims = all_parts;
      claims.insert(claims.end(), figure_claims.begin(), figure_claims.end());
      out.push_back(make_finding(rule, rule.level, set.metric, set.place, {},
                                 terms + " = " + describe_interval(sum) + " " + set.metric + ", " +
                                     (above ? "above " : "below ") + describe_side(figure_claims),
                                 std::move(claims)));
    }
  }
}

void Checker::stated_parts(const Rule& rule, std::vector<Finding>& out) const {
  // Where each claim's figure is, by document and byte offset, occurrences included, so that a
  // part finds its whole even when the whole was merged with a repeat of it.
  std::map<std::pair<std::int64_t, std::size_t>, std::size_t> at;
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    at[{m_claims[i].document, m_claims[i].number_span.start}] = i;
    for (const Span& o : m_claims[i].occurrences) at[{m_claims[i].document, o.start}] = i;
  }
  const auto whole_of = [&](const Claim& part) -> std::optional<std::size_t> {
    auto it = at.upper_bound({part.document, *part.whole});
    if (it == at.begin()) return std::nullopt;
    --it;  // the figure or occurrence that starts at or before the offset
    const Claim& c = m_claims[it->second];
    if (it->first.first != part.document) return std::nullopt;
    const bool inside = c.number_span.start == *part.whole ||
                        std::any_of(c.occurrences.begin(), c.occurrences.end(),
                                    [&](const Span& o) { return o.start <= *part.whole && *part.whole < o.end; });
    return inside ? std::optional<std::size_t>(it->second) : std::nullopt;
  };
  std::map<std::size_t, std::vector<std::size_t>> parts_of;
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    const Claim& c = m_claims[i];
    if (!c.whole || !applies(rule, c.metric)) continue;
    if (const auto w = whole_of(c); w && *w != i && m_claims[*w].metric == c.metric && m_claims[*w].unit == c.unit) {
      parts_of[*w].push_back(i);
    }
  }
  const auto finding_for = [&](std::size_t whole, std::vector<std::size_t> claims, std::string reason) {
    const Claim& w = m_claims[whole];
    claims.push_back(whole);
    out.push_back(make_finding(rule, rule.level, w.metric, w.place, w.subject, std::move(reason), std::move(claims)));
  };
  for (const auto& [whole, parts] : parts_of) {
    const Interval& w = m_claims[whole].value;
    const double limit = high_of(w) * (1 + rule.tolerance);
    // A part larger than its whole: "12 morts, dont 15 enfants".
    bool single = false;
    for (const std::size_t p : parts) {
      if (low_of(m_claims[p].value) * (1 - rule.tolerance) <= limit) continue;
      single = true;
      finding_for(whole, {p}, describe(p) + " " + (m_claims[p].subject.empty() ? m_claims[p].metric : m_claims[p].subject) +
                                  " is more than the " + describe(whole) + " " + m_claims[whole].metric + " it is part of");
    }
    if (single || parts.size() < 2) continue;
    // Parts of one kind add up: distinct groups ("dont 10 enfants et 4 femmes") or distinct places
    // ("dont 30 à Dosso et 25 à Zinder"), not a severity ("dont 3 grièvement") beside a group.
    const auto distinct = [&](auto key) {
      std::vector<std::string> keys;
      for (const std::size_t p : parts) {
        const std::string k = key(m_claims[p]);
        if (k.empty() || std::find(keys.begin(), keys.end(), k) != keys.end()) return false;
        keys.push_back(k);
      }
      return true;
    };
    const bool by_group = distinct([](const Claim& c) { return c.subject; });
    const bool by_place = distinct([&](const Claim& c) { return c.place == m_claims[whole].place ? std::string() : c.place; });
    if (!by_group && !by_place) continue;
    double sum = 0;
    std::string terms;
    for (const std::size_t p : parts) {
      sum += low_of(m_claims[p].value);
      terms += (terms.empty() ? "" : " + ") + describe(p);
    }
    if (sum * (1 - rule.tolerance) <= limit) continue;
    finding_for(whole, parts, terms + " = " + number(sum) + " " + m_claims[whole].metric + ", more than the " +
                                  describe(whole) + " they are part of");
  }
}

void Checker::places_within(const Rule& rule, int window_days, const PlaceDag& dag, std::vector<Finding>& out) const {
  // The claims of one quantity and group (a day, not a year: two figures of one year may be two
  // events): at each place, and under each place (at any place within it), by date.
  using Dated = std::pair<int, std::size_t>;  // day number, claim
  struct Scope {
    std::map<std::size_t, std::vector<std::size_t>> at;
    std::map<std::size_t, std::vector<Dated>> under;
  };
  std::map<std::tuple<std::string, std::string, std::string>, Scope> scopes;
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    const Claim& c = m_claims[i];
    if (c.place.empty() || !applies(rule, c.metric) || c.date.day == 0) continue;
    const auto v = dag.vertex.find(c.place);
    if (v == dag.vertex.end()) continue;
    Scope& scope = scopes[{c.metric, c.unit, c.subject}];
    scope.at[v->second].push_back(i);
    std::set<std::size_t> above;
    std::vector<std::size_t> stack(dag.wholes_of[v->second].begin(), dag.wholes_of[v->second].end());
    while (!stack.empty()) {
      const std::size_t w = stack.back();
      stack.pop_back();
      if (!above.insert(w).second) continue;
      stack.insert(stack.end(), dag.wholes_of[w].begin(), dag.wholes_of[w].end());
    }
    for (const std::size_t w : above) scope.under[w].emplace_back(graph::day_number(c.date), i);
  }
  struct Floor {
    double value = 0;
    std::vector<std::size_t> claims;
  };
  for (auto& [key, scope] : scopes) {
    for (auto& [place, dated] : scope.under) std::sort(dated.begin(), dated.end());
    for (const auto& [place, wholes] : scope.at) {
      const auto under = scope.under.find(place);
      if (under == scope.under.end()) continue;
      for (const std::size_t n : wholes) {
        const Claim& whole = m_claims[n];
        // A whole the text gives as such: the whole country ("nationwide"), or a place it names.
        if (whole.place == whole.country ? !whole.nationwide : !whole.place_stated) continue;
        // (Parts the text states for this very figure, "53 morts, dont 30 à Dosso et 25 à Zinder",
        // are the stated-parts check's: not twice.)
        const auto stated_part_of_whole = [&](const Claim& c) {
          return c.part && c.whole && c.document == whole.document &&
                 (*c.whole == whole.number_span.start ||
                  std::any_of(whole.occurrences.begin(), whole.occurrences.end(),
                              [&](const Span& o) { return o.start <= *c.whole && *c.whole < o.end; }));
        };
        // The figures for places within it, on or within the window before it.
        const int day = graph::day_number(whole.date);
        const auto from = std::lower_bound(under->second.begin(), under->second.end(), Dated{day - window_days, 0});
        const auto to = std::upper_bound(under->second.begin(), under->second.end(), Dated{day, m_claims.size()});
        std::map<std::size_t, std::vector<std::size_t>> in_window;  // place -> claims
        for (auto it = from; it != to; ++it) {
          if (!stated_part_of_whole(m_claims[it->second])) {
            in_window[dag.vertex.at(m_claims[it->second].place)].push_back(it->second);
          }
        }
        if (in_window.empty()) continue;
        // Those places and the places between them and the whole, parts first.
        std::set<std::size_t> between;
        for (const auto& [v, claims] : in_window) {
          std::vector<std::size_t> stack{v};
          while (!stack.empty()) {
            const std::size_t w = stack.back();
            stack.pop_back();
            if (w == place || !between.insert(w).second) continue;
            stack.insert(stack.end(), dag.wholes_of[w].begin(), dag.wholes_of[w].end());
          }
        }
        std::vector<std::size_t> walk(between.begin(), between.end());
        std::sort(walk.begin(), walk.end(), [&](std::size_t a, std::size_t b) { return dag.rank[a] < dag.rank[b]; });
        // Each place's floor: the lowest figure given for it, or the sum of its own places' floors
        // when more.
        std::map<std::size_t, Floor> floor;
        const auto parts_sum = [&](std::size_t of) {
          Floor sum;
          for (const std::size_t part : dag.parts_of[of]) {
            const auto it = floor.find(part);
            if (it == floor.end()) continue;
            sum.value += it->second.value;
            sum.claims.insert(sum.claims.end(), it->second.claims.begin(), it->second.claims.end());
          }
          return sum;
        };
        for (const std::size_t v : walk) {
          std::optional<Floor> mine;
          if (const auto it = in_window.find(v); it != in_window.end()) {
            for (const std::size_t c : it->second) {
              if (!mine || low_of(m_claims[c].value) < mine->value) mine = Floor{low_of(m_claims[c].value), {c}};
            }
          }
          if (Floor sum = parts_sum(v); !sum.claims.empty() && (!mine || sum.value > mine->value)) mine = std::move(sum);
          if (mine) floor[v] = std::move(*mine);
        }
        Floor parts = parts_sum(place);
        if (parts.claims.empty() ||
            parts.value * (1 - rule.tolerance) <= high_of(whole.value) * (1 + rule.tolerance)) {
          continue;
        }
        std::sort(parts.claims.begin(), parts.claims.end());
        std::string terms;
        for (const std::size_t c : parts.claims) terms += (terms.empty() ? "" : " + ") + m_claims[c].place + " " + describe(c);
        const std::string all_of = whole.place == whole.country ? "all of " + whole.place : whole.place;
        std::string reason = terms + (parts.claims.size() == 1 ? " is more than " : " = " + number(parts.value) + ", more than ") +
                             "the " + describe(n) + " " + whole.metric + " for " + all_of;
        parts.claims.push_back(n);
        out.push_back(make_finding(rule, rule.level, whole.metric, whole.place, whole.subject, std::move(reason),
                                   std::move(parts.claims)));
      }
    }
  }
}

void Checker::groups_within(const Rule& rule, const ComparisonSet& set, const GroupDag& dag,
                            std::vector<Finding>& out) const {
  // The set's claims by group ("" is everyone); a share is counted with its group like any figure.
  // (For troops deployed and protest turnout, a figure with no group counts soldiers or
  // protesters, not everyone: nouns.txt `whole`. Those sets have no everyone to add up to.)
  if (set.metric == "deployed" || set.metric == "participants") return;
  std::map<std::string, std::vector<std::size_t>> own;
  for (const std::size_t c : set.claims) own[m_claims[c].subject].push_back(c);
  if (own.size() < 2 || dag.edges.empty()) return;
  // Only the set's groups and the groups they lie within take part in the walk.
  std::vector<bool> relevant(dag.names.size(), false);
  std::vector<std::size_t> stack;
  for (const auto& [group, claims] : own) {
    if (const auto it = dag.vertex.find(group); it != dag.vertex.end()) stack.push_back(it->second);
  }
  while (!stack.empty()) {
    const std::size_t v = stack.back();
    stack.pop_back();
    if (relevant[v]) continue;
    relevant[v] = true;
    for (const std::size_t whole : dag.wholes_of[v]) stack.push_back(whole);
  }

  // Walked parts first: a group's floor is the lowest figure given for it (the least anyone says),
  // or, when more, the largest sum of its parts' floors over one dimension. Only figures on or
  // before `until` count: a part's count may have grown since the whole was given.
  struct Floor {
    double value = 0;
    std::vector<std::size_t> claims;  // the claims that make it
  };
  // The largest sum of the parts' floors of `v` over one dimension.
  const auto parts_floor = [&](std::size_t v, const std::vector<std::optional<Floor>>& floor) {
    std::optional<Floor> best;
    std::map<std::string, Floor> by_dimension;
    for (const auto& [part, dimension] : dag.parts_of[v]) {
      if (!floor[part]) continue;
      Floor& sum = by_dimension[dimension];
      sum.value += floor[part]->value;
      sum.claims.insert(sum.claims.end(), floor[part]->claims.begin(), floor[part]->claims.end());
    }
    for (auto& [dimension, sum] : by_dimension) {
      if (!best || sum.value > best->value) best = std::move(sum);
    }
    return best;
  };
  std::map<int, std::vector<std::optional<Floor>>> floors;  // by the date they hold on
  const auto floors_until = [&](int until) -> const std::vector<std::optional<Floor>>& {
    auto [it, added] = floors.try_emplace(until);
    if (!added) return it->second;
    std::vector<std::optional<Floor>>& floor = it->second;
    floor.resize(dag.names.size());
    for (const std::size_t v : dag.order) {
      if (!relevant[v]) continue;
      std::optional<Floor> mine;
      if (const auto own_it = own.find(dag.names[v]); own_it != own.end()) {
        for (const std::size_t c : own_it->second) {
          if (graph::day_number(m_claims[c].date) > until) continue;
          if (!mine || low_of(m_claims[c].value) < mine->value) mine = Floor{low_of(m_claims[c].value), {c}};
        }
      }
      if (auto sum = parts_floor(v, floor); sum && (!mine || sum->value > mine->value)) mine = std::move(sum);
      floor[v] = std::move(mine);
    }
    return floor;
  };
  for (const auto& [group, claims] : own) {
    const auto it = dag.vertex.find(group);
    if (it == dag.vertex.end() || dag.parts_of[it->second].empty()) continue;
    for (const std::size_t whole : claims) {
      const Claim& w = m_claims[whole];
      // (A whole is neither a share of another figure, "dont trois hospitalisés", nor one person,
      // "a pregnant woman", whose group the lexicon may not know.)
      if (w.part || high_of(w.value) < 2) continue;
      // The parts' floors as of the whole's date: the largest sum over one dimension.
      const std::optional<Floor> parts = parts_floor(it->second, floors_until(graph::day_number(w.date)));
      if (!parts || parts->value * (1 - rule.tolerance) <= high_of(w.value) * (1 + rule.tolerance)) continue;
      // (A stated breakdown against a total is the breakdown check's: not twice.)
      const std::size_t breakdown = m_claims[parts->claims.front()].breakdown;
      if (breakdown != 0 && std::all_of(parts->claims.begin(), parts->claims.end(), [&](std::size_t c) {
            return m_claims[c].breakdown == breakdown && m_claims[c].document == m_claims[parts->claims.front()].document;
          })) {
        continue;
      }
      // (A part of this very whole is the stated-parts check's.)
      if (std::any_of(parts->claims.begin(), parts->claims.end(), [&](std::size_t c) { return m_claims[c].part; })) continue;
      std::string terms;
      for (const std::size_t c : parts->claims) {
        terms += (terms.empty() ? "" : " + ") + describe(c) + " " + (m_claims[c].subject.empty() ? "everyone" : m_claims[c].subject);
      }
      std::string reason = terms +
                           (parts->claims.size() == 1 ? " is" : " = " + number(parts->value) + " " + set.metric + ",") +
                           " more than the " + describe(whole) + " given for " + (group.empty() ? "everyone" : group);
      std::vector<std::size_t> involved = parts->claims;
      involved.push_back(whole);
      out.push_back(make_finding(rule, rule.level, set.metric, set.place, group, std::move(reason), std::move(involved)));
    }
  }
}

void Checker::arithmetic(const Rule& rule, std::vector<Finding>& out) const {
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::vector<std::size_t>> quantities;
  for (std::size_t i = 0; i < m_claims.size(); ++i) {
    const Claim& c = m_claims[i];
    if (applies(rule, c.metric)) quantities[{c.metric, c.unit, c.subject, c.place}].push_back(i);
  }
  for (const auto& [key, members] : quantities) {
    for (const std::size_t w : members) {
      const Claim& now = m_claims[w];
      if (!now.change || !now.date.known()) continue;
      const Claim::Change& change = *now.change;
      // The figure it is compared with: on the reference date (a year: in that year), else the
      // latest before it in the same story; the same source's first.
      std::optional<std::size_t> before;
      const auto better = [&](std::size_t e) {
        if (!before) return true;
        const Claim& a = m_claims[e];
        const Claim& b = m_claims[*before];
        const bool a_same = a.source_key == now.source_key;
        const bool b_same = b.source_key == now.source_key;
        if (a_same != b_same) return a_same;
        return graph::day_number(a.date) > graph::day_number(b.date);
      };
      for (const std::size_t e : members) {
        const Claim& then = m_claims[e];
        if (e == w || !then.date.known() || then.change) continue;
        const bool on_reference =
            change.reference.known() &&
            (change.reference.month == 0 ? then.date.year == change.reference.year && then.date.month == 0
                                         : then.date == change.reference);
        const bool earlier_in_story = !change.reference.known() && then.document == now.document &&
                                      then.story == now.story &&
                                      graph::day_number(then.date) < graph::day_number(now.date);
        if ((on_reference || earlier_in_story) && better(e)) before = e;
      }
      if (!before) continue;
      const Claim& then = m_claims[*before];
      // What the two figures say the change was, as an interval.
      const double lo = low_of(now.value) * (1 - rule.tolerance) - high_of(then.value) * (1 + rule.tolerance);
      const double hi = high_of(now.value) * (1 + rule.tolerance) - low_of(then.value) * (1 - rule.tolerance);
      std::string reason;
      const std::string when = then.date.known() ? " (" + then.date.iso() + ")" : std::string();
      if (change.percent) {
        const double base_lo = low_of(then.value);
        const double base_hi = high_of(then.value);
        if (base_lo <= 0 || std::isinf(base_hi)) continue;
        // (Every way the two intervals can meet, and half a point for the text's rounding.)
        const double ratios[] = {lo / base_lo, lo / base_hi, hi / base_lo, hi / base_hi};
        const double pct_lo = 100.0 * *std::min_element(std::begin(ratios), std::end(ratios)) - 0.5;
        const double pct_hi = 100.0 * *std::max_element(std::begin(ratios), std::end(ratios)) + 0.5;
        if (change.amount >= pct_lo && change.amount <= pct_hi) continue;
        const double implied = 100.0 * (low_of(now.value) - low_of(then.value)) / base_lo;
        reason = describe(w) + " against " + describe(*before) + when + " is a change of " + number(std::round(implied)) +
                 "%, not the " + number(change.amount) + "% the text states";
      } else {
        if (change.amount >= lo && change.amount <= hi) continue;
        const double implied = low_of(now.value) - low_of(then.value);
        reason = describe(w) + " - " + describe(*before) + when + " = " + number(implied) + ", not the " +
                 number(std::fabs(change.amount)) + (change.amount < 0 ? " fewer" : " more") + " the text states";
      }
      out.push_back(make_finding(rule, rule.level, now.metric, now.place, now.subject, std::move(reason), {w, *before}));
    }
  }
}

}  // namespace

std::string describe_interval(const Interval& v) {
  if (v.low && v.high && *v.low == *v.high) return number(*v.low);
  if (v.low && !v.high) {
    return (v.kind == ValueKind::more_than ? "more than " : "at least ") + number(*v.low);
  }
  if (!v.low && v.high) {
    return (v.kind == ValueKind::less_than ? "less than " : "at most ") + number(*v.high);
  }
  if (!v.low && !v.high) return "any number";
  return "[" + number(*v.low) + ", " + number(*v.high) + "]";
}

bool overlaps(const Interval& a, const Interval& b, double tolerance) {
  const double a_low = low_of(a) * (1 - tolerance);
  const double a_high = high_of(a) * (1 + tolerance);
  const double b_low = low_of(b) * (1 - tolerance);
  const double b_high = high_of(b) * (1 + tolerance);
  return a_low <= b_high && b_low <= a_high;
}

bool is_revision(const Claim& a, const Claim& b) {
  if (!a.date.known() || !b.date.known()) return false;
  if (graph::day_number(b.date) <= graph::day_number(a.date)) return false;
  if (low_of(b.value) < low_of(a.value)) return false;
  return (!a.source_key.empty() && a.source_key == b.source_key) || b.update;
}

std::string fingerprint(const Finding& finding, const std::vector<Claim>& claims) {
  // Each claim as what it says (figure, metric, group, place, date, source, status), sorted, so
  // that the order of documents in a batch does not matter.
  std::vector<std::string> said;
  for (const std::size_t c : finding.claims) {
    const Claim& claim = claims[c];
    said.push_back(describe_interval(claim.value) + "|" + claim.unit + "|" + claim.metric + "|" + claim.subject + "|" +
                   claim.place + "|" + claim.date.iso() + "|" + claim.source_key + "|" + std::string(to_string(claim.status)));
  }
  std::sort(said.begin(), said.end());
  said.erase(std::unique(said.begin(), said.end()), said.end());
  std::string text = finding.rule + "\n" + finding.metric + "\n" + finding.place;
  for (const std::string& s : said) text += "\n" + s;
  // FNV-1a, 64 bits: stable across runs, machines and versions of the standard library.
  std::uint64_t hash = 14695981039346656037ULL;
  for (const unsigned char byte : text) {
    hash ^= byte;
    hash *= 1099511628211ULL;
  }
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<std::size_t>(i)] = k_hex[hash & 0xF];
  return hex;
}

void order_findings(std::vector<Finding>& findings, const std::vector<Rule>& rules) {
  const auto rank = [&](const Finding& f) {
    const auto it = std::find_if(rules.begin(), rules.end(), [&](const Rule& r) { return r.id == f.rule; });
    return static_cast<std::size_t>(it - rules.begin());
  };
  std::stable_sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) {
    return std::forward_as_tuple(a.claims.front(), rank(a), a.claims, a.reason) <
           std::forward_as_tuple(b.claims.front(), rank(b), b.claims, b.reason);
  });
  for (std::size_t i = 0; i < findings.size(); ++i) findings[i].id = static_cast<std::int64_t>(i) + 1;
}

std::vector<Finding> run_checks(const std::vector<Rule>& rules, const std::vector<Claim>& claims,
                                const std::vector<ComparisonSet>& sets, const std::vector<GroupLink>& groups,
                                const std::vector<PlaceLink>& places) {
  std::vector<Finding> findings;
  const Checker checker(claims);
  const GroupDag group_dag(groups);
  const PlaceDag place_dag(places, claims);
  for (const Rule& rule : rules) {
    if (!rule.enabled) continue;
    if (rule.kind == CheckKind::parts_and_whole) {
      checker.stated_parts(rule, findings);
      checker.places_within(rule, graph::GroupOptions{}.event_window_days, place_dag, findings);
    }
    if (rule.kind == CheckKind::arithmetic) {
      checker.arithmetic(rule, findings);
      continue;
    }
    for (const ComparisonSet& set : sets) {
      if (!applies(rule, set.metric)) continue;
      switch (rule.kind) {
        case CheckKind::conflicting_figures:
        case CheckKind::revisions:
        case CheckKind::contested_figures:
        case CheckKind::sources_disagree: checker.clashes(rule, set, rules, findings); break;
        case CheckKind::parts_and_whole:
          checker.parts_and_whole(rule, set, findings);
          checker.groups_within(rule, set, group_dag, findings);
          break;
        case CheckKind::arithmetic: break;  // (over all claims, above)
      }
    }
  }
  for (Finding& finding : findings) finding.fingerprint = fingerprint(finding, claims);
  order_findings(findings, rules);
  return findings;
}

}  // namespace figcheck::check
