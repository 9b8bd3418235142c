#include "app/shell/EmbeddedSandbox.h"

#include "sandbox/SandboxServer.h"

#include <QJsonDocument>

namespace fieldlink {

EmbeddedSandbox::EmbeddedSandbox(QObject* parent)
    : QObject(parent) {
}

EmbeddedSandbox::~EmbeddedSandbox() = default;

Result<> EmbeddedSandbox::start() {
    if (m_server)
        return {};
    auto server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
    // The emulator shares no code with core, Result included: it reports through a string.
    std::string message;
    if (!server->start(&message))
        return Failure{tr("The built-in sandbox could not start: %1").arg(QString::fromStdString(message))};
    m_server = std::move(server);
    return {};
}

bool EmbeddedSandbox::isRunning() const {
    return m_server != nullptr;
}

QString EmbeddedSandbox::baseUrl() const {
    return m_server ? QString::fromStdString(m_server->baseUrl()) : QString();
}

QJsonObject EmbeddedSandbox::credentials() const {
    if (!m_server)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(m_server->credentialsJson())).object();
}

} // namespace fieldlink
