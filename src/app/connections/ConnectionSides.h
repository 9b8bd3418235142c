#pragma once

#include "core/api/GhlClient.h"
#include "core/api/KixieClient.h"
#include "core/auth/GhlCredential.h"

#include <QObject>
#include <QString>

#include <functional>

namespace fieldlink {

class AppContext;

/// A saved connection's HighLevel or Kixie side, ready to call: its settings, and its secret read from the
/// keychain without blocking the window. Every screen that calls a service outside the Connections form
/// (runs, samples, the contact picker, the webhook listener) starts here. Each reader gets an empty `error`,
/// or why not (for the admin); the answer comes on `context`'s thread, and not after `context` is gone.
class ConnectionSides {
public:
    using GhlReady = std::function<void(const QString& error, const api::GhlSettings& settings,
                                        const auth::GhlCredential& credential)>;
    using KixieReady = std::function<void(const QString& error, const api::KixieSettings& settings,
                                          const api::KixieCredentials& credentials)>;

    static void readGhl(AppContext& context, const QString& connectionName, QObject* receiver,
                        GhlReady ready);
    static void readKixie(AppContext& context, const QString& connectionName, QObject* receiver,
                          KixieReady ready);
};

} // namespace fieldlink
