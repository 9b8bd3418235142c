#pragma once

#include "core/Result.h"

#include "core/api/GhlClient.h"
#include "core/api/KixieClient.h"
#include "core/auth/GhlCredential.h"

#include <QString>

namespace fieldlink::cli {

/// The accounts a headless command works on: a connection saved in the app,
/// found by name in the database with its secrets read from the system keychain, or else the FIELDLINK_*
/// variables.
struct RunConnection {
    enum Side { Ghl = 1, Kixie = 2 };

    api::GhlSettings ghl;
    auth::GhlCredential ghlCredential;
    api::KixieSettings kixie;
    api::KixieCredentials kixieCredentials;

    /// The sides in `needed` (a combination of Side). `connectionName` empty: from the environment.
    static Result<RunConnection> resolve(const QString& connectionName, const QString& databasePath,
                                         int needed);

private:
    static Result<RunConnection> fromDatabase(const QString& name, const QString& databasePath, int needed);
    static Result<RunConnection> fromEnvironment(int needed);
};

} // namespace fieldlink::cli
