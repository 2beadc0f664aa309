#pragma once

#include "Diagnostic.h"

#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace readiness {

/// An error the caller must handle: a sentence for the user, plus the
/// individual problems (file, line:column, JSON path) where there are any.
struct Error
{
    QString message;
    QList<Diagnostic> diagnostics;

    /// The message followed by one line per diagnostic.
    QString toString() const;
};

/// A value or an Error, never both (std::expected is C++23).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_value(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &std::get<T>(m_value); }
    T *operator->() { return &std::get<T>(m_value); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

/// Success or an Error.
using Status = Result<std::monostate>;

inline Status success()
{
    return std::monostate {};
}

inline Error makeError(QString message)
{
    return Error {std::move(message), {}};
}

} // namespace readiness
