// Graph: groups claims that speak of the same quantity into comparison sets, with the Boost
// Graph Library. Claims are vertices; an edge joins two claims of the same metric, unit and
// place scope whose dates lie within the event window; each connected component is a set.
#pragma once

#include <vector>

#include "model/model.hpp"

namespace figcheck::graph {

struct GroupOptions {
  // Claims further apart than this many days belong to different events (a 2016 toll and a
  // 2024 one), unless claims in between chain them. Default: 30.
  int event_window_days = 30;
};

// A day number for comparing dates: a year-only date stands for its 1 July, a month for its 15th.
int day_number(const Date& date);

// Returns the comparison sets with two or more claims, each listing claim indexes in order.
std::vector<ComparisonSet> group_claims(const std::vector<Claim>& claims, const GroupOptions& options);

}  // namespace figcheck::graph
