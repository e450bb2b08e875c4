// Report writers, on claims built by hand: what they print does not depend on extraction.
#include <doctest/doctest.h>

#include <sstream>

#include "report/report.hpp"

using namespace figcheck;

TEST_SUITE("report") {
  TEST_CASE("claims as CSV: RFC 4180 quoting, empty fields for what is unknown") {
    Document doc;
    doc.id = 1;
    doc.path = "a,b.txt";
    Claim c;
    c.id = 1;
    c.document = 1;
    c.span = {10, 30};
    c.quote = "40 \"dead\",\nor more";
    c.metric = "deaths";
    c.place = "Kazakhstan";
    c.source = "Smith, Jones";
    c.value = Interval{40, std::nullopt, ValueKind::at_least};
    const std::vector<Document> documents{doc};
    const std::vector<Claim> claims{c};
    const std::vector<LineColumn> positions{LineColumn{2, 5}};
    const std::vector<Finding> findings;
    std::ostringstream out;
    report::write_claims(out, report::Run{documents, claims, positions, findings}, report::ClaimFormat::csv);
    CHECK(out.str() ==
          "file,line,column,start,end,metric,low,high,kind,unit,subject,place,date,source,status,quote\r\n"
          "\"a,b.txt\",2,5,10,30,deaths,40,,at_least,,,Kazakhstan,,\"Smith, Jones\",reported,"
          "\"40 \"\"dead\"\",\nor more\"\r\n");
  }

  TEST_CASE("claim format names") {
    CHECK(report::claim_format_from_string("csv") == report::ClaimFormat::csv);
    CHECK(report::claim_format_from_string("jsonl") == report::ClaimFormat::jsonl);
    CHECK_FALSE(report::claim_format_from_string("CSV").has_value());
  }
}
