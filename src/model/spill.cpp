#include "model/spill.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <system_error>

#include <unistd.h>

namespace figcheck {
namespace {

// Records go to the file a megabyte at a time, and come back the same way.
constexpr std::size_t k_chunk = std::size_t{1} << 20;

void put_u32(std::string& out, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}
void put_u64(std::string& out, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}
void put_text(std::string& out, const std::string& text) {
  put_u32(out, static_cast<std::uint32_t>(text.size()));
  out += text;
}

// Reads back what put_* wrote, in the same order; `ok` turns false past the record's end.
struct Reader {
  std::string_view bytes;
  bool ok = true;
  std::uint64_t number(int width) {
    if (bytes.size() < static_cast<std::size_t>(width)) {
      ok = false;
      return 0;
    }
    std::uint64_t value = 0;
    for (int i = 0; i < width; ++i) value |= std::uint64_t{static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)])} << (8 * i);
    bytes.remove_prefix(static_cast<std::size_t>(width));
    return value;
  }
  std::string text() {
    const auto size = static_cast<std::size_t>(number(4));
    if (!ok || bytes.size() < size) {
      ok = false;
      return {};
    }
    std::string value(bytes.substr(0, size));
    bytes.remove_prefix(size);
    return value;
  }
};

std::string error_text(int error) { return std::generic_category().message(error); }

}  // namespace

SpilledDocuments::SpilledDocuments() {
  const char* tmpdir = std::getenv("TMPDIR");
  m_directory = tmpdir != nullptr && *tmpdir != '\0' ? tmpdir : "/tmp";
  std::string name = (std::filesystem::path(m_directory) / "figcheck-documents-XXXXXX").string();
  m_fd = mkstemp(name.data());
  if (m_fd < 0) {
    throw SpillError("cannot create a temporary file in " + m_directory + " for the documents' metadata: " +
                     error_text(errno) + " (set TMPDIR to another directory)");
  }
  unlink(name.c_str());  // (unnamed: gone when closed, whatever happens to the process)
}

SpilledDocuments::~SpilledDocuments() {
  if (m_fd >= 0) close(m_fd);
}

void SpilledDocuments::add(const Document& doc) {
  std::string& out = m_buffer;
  const std::size_t at = out.size();
  put_u32(out, 0);  // (the record's size, filled in below)
  put_u64(out, static_cast<std::uint64_t>(doc.id));
  put_u32(out, doc.language == Language::en ? 1 : 0);
  for (const int part : {doc.published.year, doc.published.month, doc.published.day}) {
    put_u32(out, static_cast<std::uint32_t>(part));
  }
  for (const std::string* text : {&doc.path, &doc.file, &doc.record, &doc.title, &doc.outlet, &doc.url, &doc.encoding,
                                  &doc.content_hash}) {
    put_text(out, *text);
  }
  const auto size = static_cast<std::uint32_t>(out.size() - at - 4);
  for (std::size_t i = 0; i < 4; ++i) out[at + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
  ++m_count;
  if (out.size() >= k_chunk) flush();
}

void SpilledDocuments::flush() const {
  std::size_t done = 0;
  while (done < m_buffer.size()) {
    const ssize_t n = pwrite(m_fd, m_buffer.data() + done, m_buffer.size() - done, static_cast<off_t>(m_flushed + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      throw SpillError("cannot write the documents' metadata to a temporary file in " + m_directory + ": " +
                       error_text(n < 0 ? errno : ENOSPC) + " (set TMPDIR to another directory)");
    }
    done += static_cast<std::size_t>(n);
  }
  m_flushed += done;
  m_buffer.clear();
}

void SpilledDocuments::for_each(const std::function<void(const Document&)>& visit) const {
  flush();
  std::string chunk;
  std::size_t used = 0;      // bytes of `chunk` already parsed
  std::size_t offset = 0;    // the file's bytes read so far
  const auto fill = [&] {
    chunk.erase(0, used);
    used = 0;
    const std::size_t have = chunk.size();
    chunk.resize(have + k_chunk);
    ssize_t n = 0;
    do {
      n = pread(m_fd, chunk.data() + have, k_chunk, static_cast<off_t>(offset));
    } while (n < 0 && errno == EINTR);
    if (n < 0) throw SpillError("cannot read back the temporary file in " + m_directory + ": " + error_text(errno));
    chunk.resize(have + static_cast<std::size_t>(n));
    offset += static_cast<std::size_t>(n);
    return n > 0;
  };
  for (std::size_t seen = 0; seen < m_count;) {
    Reader head{std::string_view(chunk).substr(used)};
    const auto size = static_cast<std::size_t>(head.number(4));
    if (!head.ok || head.bytes.size() < size) {
      if (!fill()) throw SpillError("the temporary file in " + m_directory + " ends early");
      continue;
    }
    Reader record{head.bytes.substr(0, size)};
    Document doc;
    doc.id = static_cast<std::int64_t>(record.number(8));
    doc.language = record.number(4) == 1 ? Language::en : Language::fr;
    doc.published.year = static_cast<int>(record.number(4));
    doc.published.month = static_cast<int>(record.number(4));
    doc.published.day = static_cast<int>(record.number(4));
    for (std::string* text : {&doc.path, &doc.file, &doc.record, &doc.title, &doc.outlet, &doc.url, &doc.encoding,
                              &doc.content_hash}) {
      *text = record.text();
    }
    if (!record.ok) throw SpillError("the temporary file in " + m_directory + " holds a damaged record");
    used += 4 + size;
    ++seen;
    visit(doc);
  }
}

void BatchDocuments::for_each(const std::function<void(const Document&, std::size_t)>& visit) const {
  std::size_t next = 0;  // the next held document
  const auto held_before = [&](std::int64_t id) {
    while (next < m_held.size() && m_held[next].id < id) {
      visit(m_held[next], next);
      ++next;
    }
  };
  if (m_spilled != nullptr) {
    m_spilled->for_each([&](const Document& doc) {
      held_before(doc.id);
      visit(doc, k_spilled);
    });
  }
  for (; next < m_held.size(); ++next) visit(m_held[next], next);
}

}  // namespace figcheck
