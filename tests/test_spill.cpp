#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "model/spill.hpp"

using namespace figcheck;

namespace {

Document metadata(std::int64_t id) {
  Document doc;
  doc.id = id;
  doc.path = "dump.jsonl#r-" + std::to_string(id);
  doc.file = "dump.jsonl";
  doc.record = "r-" + std::to_string(id);
  doc.title = id % 3 == 0 ? std::string() : "Titre n°" + std::to_string(id) + " : « élection »";
  doc.outlet = id % 2 == 0 ? "Le Courrier" : "";
  doc.url = "https://example.org/" + std::to_string(id);
  doc.encoding = id % 5 == 0 ? "Windows-1252" : "UTF-8";
  doc.content_hash = std::string(16, static_cast<char>('a' + id % 6));
  doc.language = id % 2 == 0 ? Language::en : Language::fr;
  doc.published = id % 7 == 0 ? Date{} : Date{2022, 1, static_cast<int>(1 + id % 28)};
  doc.text = "not kept";
  doc.stories.push_back(Story{});
  return doc;
}

void check_same(const Document& got, const Document& want) {
  CAPTURE(want.id);
  CHECK(got.id == want.id);
  CHECK(got.path == want.path);
  CHECK(got.file == want.file);
  CHECK(got.record == want.record);
  CHECK(got.title == want.title);
  CHECK(got.outlet == want.outlet);
  CHECK(got.url == want.url);
  CHECK(got.encoding == want.encoding);
  CHECK(got.content_hash == want.content_hash);
  CHECK(got.language == want.language);
  CHECK(got.published == want.published);
}

}  // namespace

TEST_SUITE("model") {
  TEST_CASE("spilled documents come back in order with all their metadata, past many chunks") {
    SpilledDocuments spilled;
    CHECK(spilled.size() == 0);
    std::size_t visits = 0;
    spilled.for_each([&](const Document&) { ++visits; });
    CHECK(visits == 0);
    // Long titles push the records past the one-megabyte chunks they are written and read in,
    // so records straddle chunk boundaries, and one is longer than a chunk.
    const auto long_title = [](std::int64_t id) { return std::string(id == 3000 ? 1'500'000 : 300'000, 'x'); };
    constexpr std::int64_t k_count = 6000;
    for (std::int64_t id = 1; id <= k_count; ++id) {
      Document doc = metadata(id);
      if (id % 1000 == 0) doc.title = long_title(id);
      spilled.add(doc);
    }
    CHECK(spilled.size() == k_count);
    CHECK(spilled.bytes() > 3 * (std::size_t{1} << 20));
    for (int pass = 0; pass < 2; ++pass) {  // (read back twice: reading leaves it as it was)
      std::int64_t next = 1;
      spilled.for_each([&](const Document& got) {
        Document want = metadata(next);
        if (next % 1000 == 0) want.title = long_title(next);
        check_same(got, want);
        CHECK(got.text.empty());
        CHECK(got.stories.empty());
        ++next;
      });
      CHECK(next == k_count + 1);
    }
    // Adding after reading back goes on where it was.
    spilled.add(metadata(k_count + 1));
    std::int64_t last = 0;
    spilled.for_each([&](const Document& got) { last = got.id; });
    CHECK(last == k_count + 1);
  }

  TEST_CASE("a batch's documents: held and spilled merged in id order, each held one with its index") {
    SpilledDocuments spilled;
    Documents held;
    for (const std::int64_t id : {2, 3, 6, 9, 10}) held.push_back(metadata(id));
    for (const std::int64_t id : {1, 4, 5, 7, 8}) spilled.add(metadata(id));
    const BatchDocuments all(held, &spilled);
    CHECK(all.size() == 10);
    std::vector<std::int64_t> ids;
    std::vector<std::size_t> indexes;
    all.for_each([&](const Document& doc, std::size_t h) {
      ids.push_back(doc.id);
      indexes.push_back(h);
      if (h != BatchDocuments::k_spilled) CHECK(&doc == &held[h]);
    });
    constexpr std::size_t s = BatchDocuments::k_spilled;
    CHECK(ids == std::vector<std::int64_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    CHECK(indexes == std::vector<std::size_t>{s, 0, 1, s, s, 2, s, s, 3, 4});

    // Held only (as a batch held whole converts), and spilled only.
    const BatchDocuments whole(held);
    ids.clear();
    whole.for_each([&](const Document& doc, std::size_t) { ids.push_back(doc.id); });
    CHECK(ids == std::vector<std::int64_t>{2, 3, 6, 9, 10});
    const Documents none;
    ids.clear();
    BatchDocuments(none, &spilled).for_each([&](const Document& doc, std::size_t h) {
      CHECK(h == BatchDocuments::k_spilled);
      ids.push_back(doc.id);
    });
    CHECK(ids == std::vector<std::int64_t>{1, 4, 5, 7, 8});
  }

  TEST_CASE("a temporary directory that cannot be written is a clear error, naming it and TMPDIR") {
    const char* before = std::getenv("TMPDIR");
    const std::string saved = before != nullptr ? before : "";
    setenv("TMPDIR", "/nonexistent/figcheck-tmp", 1);
    std::string message;
    try {
      SpilledDocuments spilled;
    } catch (const SpillError& e) {
      message = e.what();
    }
    if (before != nullptr) {
      setenv("TMPDIR", saved.c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
    CHECK(message ==
          "cannot create a temporary file in /nonexistent/figcheck-tmp for the documents' metadata: No such file or "
          "directory (set TMPDIR to another directory)");
  }
}
