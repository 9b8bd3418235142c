#include "app/connections/SecretStatusText.h"

namespace fieldlink {

SecretStatusText::Status SecretStatusText::describe(Kind kind, const std::optional<QDateTime>& savedAt,
                                                    bool keychainPersists, const QDateTime& now) {
    Status status;
    if (!savedAt) {
        status.text = kind == Kind::OAuth         ? tr("Not connected yet.")
                      : kind == Kind::KixieApiKey ? tr("No API key saved.")
                                                  : tr("No token saved.");
        return status;
    }
    const qint64 days = savedAt->daysTo(now);
    const QString where = keychainPersists ? tr("in the system keychain") : tr("for this session only");
    switch (kind) {
    case Kind::PrivateToken:
        status.text = days == 0
                          ? tr("Token saved %1 today.").arg(where)
                          : tr("Token saved %1, %n day(s) ago.", nullptr, static_cast<int>(days)).arg(where);
        break;
    case Kind::OAuth:
        // OAuth tokens renew themselves; only the connection's age is worth knowing.
        status.text =
            days == 0 ? tr("Connected by OAuth today; tokens saved %1 and renewed automatically.").arg(where)
                      : tr("Connected by OAuth %n day(s) ago; tokens saved %1 and renewed automatically.",
                           nullptr, static_cast<int>(days))
                            .arg(where);
        return status;
    case Kind::KixieApiKey:
        status.text =
            days == 0 ? tr("API key saved %1 today.").arg(where)
                      : tr("API key saved %1, %n day(s) ago.", nullptr, static_cast<int>(days)).arg(where);
        break;
    }
    if (days >= rotationDays) {
        status.rotationDue = true;
        status.text += QLatin1Char(' ') +
                       (kind == Kind::PrivateToken
                            ? tr("HighLevel recommends rotating Private Integration Tokens every %1 days: "
                                 "rotate it in Settings → Private Integrations, paste the new one and save.")
                            : tr("It is older than %1 days; consider a new key from Kixie, then paste it and "
                                 "save."))
                           .arg(rotationDays);
    }
    return status;
}

} // namespace fieldlink
