// Recoverable failures as values: a Status carries a message a user can act on, a Result<T>
// carries either a value or that Status. Exceptions are kept for the fatal, caught once in main.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace figcheck {

class Status {
 public:
  Status() = default;  // ok
  static Status ok() { return Status(); }
  static Status error(std::string message) { return Status(std::move(message), true); }

  bool is_ok() const { return !m_failed; }
  explicit operator bool() const { return is_ok(); }
  const std::string& message() const { return m_message; }

 private:
  Status(std::string message, bool failed) : m_message(std::move(message)), m_failed(failed) {}
  std::string m_message;
  bool m_failed = false;
};

// Either a T or a failed Status. Requires: value() only when ok(), error() only when !ok().
template <typename T>
class Result {
 public:
  Result(T value) : m_data(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : m_data(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!std::get<Status>(m_data).is_ok());
  }

  bool ok() const { return std::holds_alternative<T>(m_data); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(m_data); }
  const T& value() const& { return std::get<T>(m_data); }
  T&& value() && { return std::get<T>(std::move(m_data)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const Status& status() const { return std::get<Status>(m_data); }
  const std::string& error() const { return status().message(); }

 private:
  std::variant<T, Status> m_data;
};

}  // namespace figcheck
