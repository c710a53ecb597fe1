#pragma once

#include <QString>

#include <stdexcept>

namespace ud::core {

/// An error a user can read: the message is already translated and says what went wrong and what to do.
class Error : public std::runtime_error {
public:
    explicit Error(const QString& message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

/// Input refused by a domain rule; nothing was changed.
class ValidationError : public Error {
public:
    using Error::Error;
};

} // namespace ud::core
