#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace fieldlink {

/// Why something could not be done, in the admin's words (already translated). Converts to any
/// Result, so a function returning Result<T> says `return Failure{tr("…")};`.
struct Failure {
    QString message;
};

/// The one way Fieldlink reports failure across module edges: a value, or a Failure with its
/// message. Errors are values, not exceptions and not a `bool` with a `lastError()` to remember to
/// read; a caller that ignores a Result is warned by the compiler.
template <typename T = void> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Failure failure)
        : m_error(std::move(failure.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    /// The value, or `fallback` when there is none.
    T valueOr(T fallback) const& { return m_value ? *m_value : std::move(fallback); }

    /// The message; empty when ok().
    const QString& error() const { return m_error; }
    /// The failure, to pass on from a function that returns another Result.
    Failure failure() const { return {m_error}; }

private:
    std::optional<T> m_value;
    QString m_error;
};

/// Done, or why not.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Failure failure)
        : m_failed(true)
        , m_error(std::move(failure.message)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    Failure failure() const { return {m_error}; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace fieldlink
