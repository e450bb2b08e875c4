// The number grammar's instantiation and the scanner that runs it over a text.
#include "grammars/number/number.hpp"

#include <string_view>
#include <vector>

#include "grammars/number/config.hpp"
#include "grammars/number/number_def.hpp"
#include "grammars/number/prefilter.hpp"

namespace figcheck::grammar {

namespace parser {
BOOST_SPIRIT_INSTANTIATE(quantity_type, iterator_type, context_type)
}  // namespace parser

namespace {

// The interval policy for "about v" ("près de", "environ", "nearly"...): ±10 %.
// This is the one place that decides it. Computed as v*9/10 so round figures stay exact.
Interval approximate_interval(double v) {
  return Interval{v * 9 / 10, v * 11 / 10, ValueKind::approximate};
}

// The interval a modifier puts around a figure `v`.
Interval interval_for(std::optional<ValueKind> modifier, double v) {
  switch (modifier.value_or(ValueKind::exact)) {
    case ValueKind::approximate: return approximate_interval(v);
    case ValueKind::more_than: return Interval{v, std::nullopt, ValueKind::more_than};
    case ValueKind::at_least: return Interval{v, std::nullopt, ValueKind::at_least};
    case ValueKind::less_than: return Interval{std::nullopt, v, ValueKind::less_than};
    case ValueKind::at_most: return Interval{std::nullopt, v, ValueKind::at_most};
    case ValueKind::exact:
    case ValueKind::range:
    case ValueKind::vague: break;
  }
  return Interval{v, v, ValueKind::exact};
}

// A bare four-digit integer between 1800 and 2100, written without separator: a year.
bool year_like(ast::Figure const& f) {
  if (f.words || f.grouped || !f.frac_digits.empty() || f.exp10 != 0 || f.half) return false;
  if (f.negative || f.int_text.size() != 4) return false;
  auto const v = parser::figure_value(f);
  return v && *v >= 1800 && *v <= 2100;
}

// Classes whose figure is a label, not an amount: a modifier does not bound them.
bool ignores_modifier(NumberClass cls) {
  return cls == NumberClass::date || cls == NumberClass::ordinal ||
         cls == NumberClass::identifier || cls == NumberClass::phone;
}

ast::Quantity to_quantity(ast::Parsed const& p, std::size_t start, std::size_t end) {
  ast::Quantity q;
  q.start = start;
  q.end = end;
  q.number_start = p.number_end > p.number_start ? p.number_start : start;
  q.number_end = p.number_end > p.number_start ? p.number_end : end;
  q.unit = p.unit;

  if (p.vague) {  // a modifier before a vague quantity adds nothing: keep the table's bounds
    q.value = Interval{p.vague->low, p.vague->high, ValueKind::vague};
    q.cls = NumberClass::count;
    return q;
  }
  q.cls = p.cls.value_or(NumberClass::count);
  if (!p.has_value) return q;

  auto const low = parser::figure_value(p.low);
  auto const high = p.range ? parser::figure_value(p.high) : low;
  if (!low || !high) {
    q.cls = NumberClass::too_large;
    q.unit.clear();
    return q;
  }
  if (p.range) {
    if (!p.cls && year_like(p.low) && year_like(p.high)) q.cls = NumberClass::year;
    q.value = Interval{*low, *high, ValueKind::range};
    return q;
  }
  // "plus de 2000" counts people; "en 2000", "jusqu'à 2020" name a year.
  if (!p.cls && year_like(p.low) && (!p.modifier || *p.modifier == ValueKind::at_most)) {
    q.cls = NumberClass::year;
  }
  q.value = ignores_modifier(q.cls) ? interval_for(std::nullopt, *low)
                                    : interval_for(p.modifier, *low);
  return q;
}

// "un", "une", "one" where no other reading holds: 1, of class article.
ast::Quantity lone_one(std::size_t start, std::size_t end) {
  ast::Quantity q;
  q.start = q.number_start = start;
  q.end = q.number_end = end;
  q.value = Interval{1, 1, ValueKind::exact};
  q.cls = NumberClass::article;
  return q;
}

std::vector<ast::Quantity> scan(std::string_view text, Language lang, detail::Candidates::Mode mode) {
  std::vector<ast::Quantity> found;
  try {
    char const* const begin = text.data();
    char const* const end = begin + text.size();
    parser::Env const env{begin, lang};
    auto const context = parser::x3::make_context<parser::env_tag>(env);
    detail::Candidates const candidates{text, lang, mode};
    for (auto place = candidates.next(begin); place.at != nullptr;) {
      char const* const p = place.at;
      char const* it = p;
      ast::Parsed parsed;
      auto const at = static_cast<std::size_t>(p - begin);
      if (!place.lone_one && parser::quantity.parse(it, end, context, parser::x3::unused, parsed) && it > p) {
        found.push_back(to_quantity(parsed, at, static_cast<std::size_t>(it - begin)));
        place = candidates.next(it);
      } else if (it = p; parser::lone_one.parse(it, end, context, parser::x3::unused, parser::x3::unused)) {
        found.push_back(lone_one(at, static_cast<std::size_t>(it - begin)));
        place = candidates.next(it);
      } else {
        place = candidates.next(place.resume);
      }
    }
  } catch (...) {
    // The grammar has no expectation points and the scanner allocates little; should anything
    // still throw (out of memory), return what was found so far rather than fail the caller.
  }
  return found;
}

}  // namespace

std::vector<ast::Quantity> scan_numbers(std::string_view text, Language lang) {
  return scan(text, lang, detail::Candidates::Mode::filtered);
}

std::vector<ast::Quantity> scan_numbers_unfiltered(std::string_view text, Language lang) {
  return scan(text, lang, detail::Candidates::Mode::every_word);
}

}  // namespace figcheck::grammar
