#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace csodesk {

// What went wrong, in terms a caller can act on. The CLI maps these to exit codes and the UI
// to the tone of its message; the message itself is for a person, the detail for the log.
enum class ErrorKind {
    InvalidInput, // the input itself is wrong; retrying the same input will fail again
    NotFound, // a well-formed key that matches nothing
    Conflict, // a uniqueness or state rule would be broken (duplicate, already filed, ...)
    PermissionDenied, // the current user's role does not allow this
    Unavailable, // the database cannot be reached or is busy; retrying later may work
    StorageFailure, // the database answered with a failure (disk full, read-only, corrupt)
    SchemaTooNew, // the database was migrated by a newer csodesk
    Internal, // a bug: an invariant of our own code does not hold
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message; // Indonesian, for the person in front of the screen
    QString detail; // technical, for the log; never personal data

    [[nodiscard]] bool isRetryable() const { return kind == ErrorKind::Unavailable; }
};

inline Error makeError(ErrorKind kind, QString message, QString detail = {})
{
    return Error { kind, std::move(message), std::move(detail) };
}

// A value or the reason there is none. Deliberately small: ok(), value(), error().
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    } // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T& value() const& { return std::get<0>(m_data); }
    [[nodiscard]] T& value() & { return std::get<0>(m_data); }
    // By value, not T&&: `for (x : f().value())` would otherwise iterate a destroyed temporary.
    [[nodiscard]] T value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    [[nodiscard]] const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

using Status = Result<void>;

} // namespace csodesk
