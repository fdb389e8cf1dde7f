#pragma once

#include "util/Message.h"

#include <QString>

#include <optional>
#include <utility>

namespace cb {

// A failure carried back to the caller. message is translated in the language
// active when the failure happened, ready to show at once; what() keeps it
// untranslated with its code, for storing in the catalog and showing later in
// each reader's language.
struct Error
{
    QString message;
    Message what;
};

// std::expected-style result (C++23 is not available on our toolchain).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message; }
    const Message &what() const { return m_error.what; }
    const Error &failure() const { return m_error; }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message; }
    const Message &what() const { return m_error.what; }
    const Error &failure() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

// Text that is final as it is (a library's message, or one built elsewhere).
inline Error fail(QString message)
{
    Message what = Message::plain(message);
    return Error{std::move(message), std::move(what)};
}

inline Error fail(const Message &what)
{
    return Error{what.text(), what};
}

// Passes another operation's failure on, code and all.
template<typename T> Error fail(const Result<T> &failed)
{
    return failed.failure();
}

} // namespace cb
