#pragma once

#include "core/api/GhlClient.h"
#include "core/auth/GhlCredential.h"
#include "core/api/KixieClient.h"

#include <QString>

namespace fieldlink::cli {

/// The accounts a headless command works on (issue "Sync engine" item 9): a connection saved in the app,
/// found by name in the database with its secrets read from the system keychain, or else the FIELDLINK_*
/// variables.
struct RunConnection {
    enum Side { Ghl = 1, Kixie = 2 };

    api::GhlSettings ghl;
    auth::GhlCredential ghlCredential;
    api::KixieSettings kixie;
    api::KixieCredentials kixieCredentials;

    /// Fills `connection` with the sides in `needed` (a combination of Side). `connectionName` empty: from
    /// the environment. Returns a message for the admin, or empty.
    static QString resolve(const QString& connectionName, const QString& databasePath, int needed,
                           RunConnection* connection);

private:
    static QString fromDatabase(const QString& name, const QString& databasePath, int needed,
                                RunConnection* connection);
    static QString fromEnvironment(int needed, RunConnection* connection);
};

} // namespace fieldlink::cli
