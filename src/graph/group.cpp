#include "graph/group.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

namespace figcheck::graph {

int day_number(const Date& date) {
  if (!date.known()) return 0;
  Date d = date;
  if (d.month == 0) d.month = 7, d.day = 1;
  if (d.day == 0) d.day = 15;
  return days_from_civil(d);
}

std::vector<ComparisonSet> group_claims(const std::vector<Claim>& claims,
                                        const GroupOptions& options) {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  Graph g(claims.size());

  // Claims that may speak of the same quantity share a bucket: metric, unit and place scope.
  // A claim with no known place is compared only inside its own story.
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::vector<std::size_t>> buckets;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    std::string scope = c.place.empty()
                            ? "#" + std::to_string(c.document) + "/" + std::to_string(c.story)
                            : c.place + "|" + c.country;
    buckets[{c.metric, c.unit, scope, {}}].push_back(i);
  }
  // Inside a bucket, dates decide the event: sorted by date, neighbours within the window are
  // joined, so a toll revised day after day stays one event and a figure from another year does not.
  for (auto& [key, members] : buckets) {
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      return day_number(claims[a].date) < day_number(claims[b].date);
    });
    for (std::size_t m = 0; m < members.size(); ++m) {
      if (!claims[members[m]].date.known()) continue;
      if (m > 0 && claims[members[m - 1]].date.known() &&
          day_number(claims[members[m]].date) - day_number(claims[members[m - 1]].date) <=
              options.event_window_days) {
        boost::add_edge(members[m - 1], members[m], g);
      }
    }
    // Undated claims cannot be placed in time, so they are compared only within their own story,
    // whose event they share: an undated toll in one file is never set against another file's
    // dated figure for the same place (it may be another year's event).
    for (std::size_t m = 0; m < members.size(); ++m) {
      const Claim& c = claims[members[m]];
      if (c.date.known()) continue;
      for (std::size_t o = 0; o < members.size(); ++o) {
        const Claim& other = claims[members[o]];
        if (o != m && other.document == c.document && other.story == c.story) {
          boost::add_edge(members[m], members[o], g);
          break;
        }
      }
    }
  }

  std::vector<int> component(claims.size());
  const int count = claims.empty() ? 0 : boost::connected_components(g, component.data());
  std::vector<ComparisonSet> sets(static_cast<std::size_t>(count));
  for (std::size_t i = 0; i < claims.size(); ++i) {
    ComparisonSet& set = sets[static_cast<std::size_t>(component[i])];
    if (set.claims.empty()) {
      set.metric = claims[i].metric;
      set.place = claims[i].place;
      set.unit = claims[i].unit;
    }
    set.claims.push_back(i);
  }
  std::erase_if(sets, [](const ComparisonSet& s) { return s.claims.size() < 2; });
  return sets;
}

}  // namespace figcheck::graph
