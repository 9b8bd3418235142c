#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <memory>

namespace fieldlink::sandbox {
class SandboxServer;
}

namespace fieldlink {

/// The built-in sandbox, run inside the app's process on a free loopback port, so a new admin can try
/// everything with no account. Owns the emulator; stopping it discards its data.
class EmbeddedSandbox : public QObject {
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject* parent = nullptr);
    ~EmbeddedSandbox() override;

    /// Starts the emulator with its default seed. False, with `error` set, when it cannot bind.
    Result<> start();
    bool isRunning() const;
    QString baseUrl() const;
    /// What GET /__sandbox/credentials returns: tokens, location, Kixie key, lists and cadences.
    QJsonObject credentials() const;

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace fieldlink
