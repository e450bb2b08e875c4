// The documents of a large batch that no claim refers to (most articles of a news dump state no
// figure worth comparing) are not kept in memory: their metadata goes to an unnamed temporary
// file as they complete, and is read back, in order, by what lists every document (the
// database, the reports that list the documents audited). Memory then grows with the claims,
// which the checks need together, not with the articles.
#pragma once

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>

#include "model/model.hpp"

namespace figcheck {

// The temporary file could not be created, written or read (a full disk, say): the message says
// which and why.
struct SpillError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class SpilledDocuments {
 public:
  // Opens an unnamed temporary file in $TMPDIR (else /tmp). Throws SpillError.
  SpilledDocuments();
  ~SpilledDocuments();
  SpilledDocuments(const SpilledDocuments&) = delete;
  SpilledDocuments& operator=(const SpilledDocuments&) = delete;

  // Writes down a document's metadata: id, path, file, record, title, outlet, url, encoding,
  // content hash, language and publication date (not its text, stories, source map or notes).
  // Ids must come in increasing order. Throws SpillError.
  void add(const Document& doc);
  std::size_t size() const { return m_count; }
  // The bytes written so far, flushed or not.
  std::size_t bytes() const { return m_flushed + m_buffer.size(); }
  // Each document added, in order, with the metadata above. Throws SpillError.
  void for_each(const std::function<void(const Document&)>& visit) const;

 private:
  void flush() const;

  int m_fd = -1;
  std::string m_directory;  // for messages
  std::size_t m_count = 0;
  mutable std::string m_buffer;  // records not written yet
  mutable std::size_t m_flushed = 0;
};

// Every document of a batch: those held whole (each one a claim or a note refers to; a claim's
// `document` is an index into them, from 1), and those spilled (null: none). Converts from a
// batch held whole.
class BatchDocuments {
 public:
  BatchDocuments(const Documents& held, const SpilledDocuments* spilled = nullptr)  // NOLINT: implicit
      : m_held(held), m_spilled(spilled) {}
  const Documents& held() const { return m_held; }
  std::size_t size() const { return m_held.size() + (m_spilled != nullptr ? m_spilled->size() : 0); }
  // Not held: `visit` gets it as its second argument.
  static constexpr std::size_t k_spilled = static_cast<std::size_t>(-1);
  // Every document in id order, with its index in `held()` (from 0), or k_spilled.
  void for_each(const std::function<void(const Document&, std::size_t held)>& visit) const;

 private:
  const Documents& m_held;
  const SpilledDocuments* m_spilled;
};

}  // namespace figcheck
