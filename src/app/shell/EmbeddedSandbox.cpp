#include "app/shell/EmbeddedSandbox.h"

#include "sandbox/SandboxServer.h"

#include <QJsonDocument>

namespace fieldlink {

EmbeddedSandbox::EmbeddedSandbox(QObject* parent)
    : QObject(parent) {
}

EmbeddedSandbox::~EmbeddedSandbox() = default;

bool EmbeddedSandbox::start(QString* error) {
    if (m_server)
        return true;
    auto server = std::make_unique<sandbox::SandboxServer>(sandbox::SandboxOptions{});
    std::string message;
    if (!server->start(&message)) {
        *error = tr("The built-in sandbox could not start: %1").arg(QString::fromStdString(message));
        return false;
    }
    m_server = std::move(server);
    return true;
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
