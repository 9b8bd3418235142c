#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace fieldlink {

/// The line under each side of a connection that says where its secret is and how old it is, with a
/// nudge to rotate it once it is older than HighLevel's recommended 90 days.
class SecretStatusText {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::SecretStatusText)
public:
    enum class Kind { PrivateToken, OAuth, KixieApiKey };
    static constexpr int rotationDays = 90;

    struct Status {
        QString text;
        bool rotationDue = false;
    };

    static Status describe(Kind kind, const std::optional<QDateTime>& savedAt, bool keychainPersists,
                           const QDateTime& now);
};

} // namespace fieldlink
