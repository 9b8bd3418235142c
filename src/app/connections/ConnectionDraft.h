#pragma once

#include "core/Result.h"

#include "core/api/GhlClient.h"
#include "core/auth/OAuthTokens.h"
#include "core/store/ConnectionRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace fieldlink {

/// One side of a connection as it is about to be saved: its row, and the secret to store with it (empty:
/// the stored one stays).
struct ConnectionSideToSave {
    store::SavedConnection row;
    QJsonObject secret;
};

/// What the Connections form holds, read off its widgets, and the rules for saving it — kept apart from
/// the widgets so they can be checked without a window.
struct ConnectionDraft {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::ConnectionDraft)
public:
    QString name;
    bool sandbox = false;
    bool oauth = false;
    QString ghlToken;
    QString locationId;
    QString ghlBaseUrl; ///< as typed; empty for the documented address
    QString oauthClientId;
    QString oauthClientSecret;
    int oauthRedirectPort = 0;
    /// The HighLevel behaviours the API does not document (api::GhlUnconfirmedSettings).
    bool sendCompanyName = false;
    int taskSearchPageSize = 100;
    int taskSearchContacts = 50;
    std::optional<auth::OAuthTokens> pendingOAuth; ///< from "Connect in the browser…", not saved yet
    QString kixieApiKey;
    QString kixieBusinessId;
    QString kixieBaseUrl;

    /// The API addresses to use: the typed one, or the documented one when the field is empty.
    QUrl ghlApiUrl() const;
    QUrl kixieApiUrl() const;
    /// The HighLevel settings on the form: address, location and the undocumented behaviours.
    api::GhlSettings ghlSettings() const;

    /// Whether it can be saved, or why not in the admin's words. `nameTaken`: another connection has the
    /// name.
    Result<> check(bool nameTaken) const;
    /// The rows to save, built on the saved ones (their keychain accounts and creation times stay), each with
    /// the secret typed or obtained on the form.
    QList<ConnectionSideToSave> sides(const std::optional<store::SavedConnection>& savedGhl,
                                      const std::optional<store::SavedConnection>& savedKixie) const;
};

} // namespace fieldlink

Q_DECLARE_METATYPE(fieldlink::ConnectionDraft)
