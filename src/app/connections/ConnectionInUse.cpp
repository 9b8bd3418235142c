#include "app/connections/ConnectionInUse.h"

#include "core/store/ConnectionRepository.h"

#include <QSettings>

#include <algorithm>

namespace fieldlink {
namespace {

// A name only: secrets are never in QSettings.
const auto lastWorkingKey = QStringLiteral("connections/lastWorking");

} // namespace

ConnectionInUse::ConnectionInUse(QObject* parent)
    : QObject(parent) {
}

void ConnectionInUse::use(const QString& name, bool sandbox) {
    if (name == m_name && sandbox == m_sandbox)
        return;
    m_name = name;
    m_sandbox = sandbox;
    rememberIfWorking();
    Q_EMIT changed(m_name, m_sandbox);
}

void ConnectionInUse::renamed(const QString& from, const QString& to) {
    if (from.isEmpty() || from == to)
        return;
    if (m_results.contains(from))
        m_results.insert(to, m_results.take(from));
    QSettings settings;
    if (settings.value(lastWorkingKey).toString() == from)
        settings.setValue(lastWorkingKey, to);
    if (from == m_name)
        use(to, m_sandbox);
}

void ConnectionInUse::removed(const QString& name) {
    m_results.remove(name);
    if (name == m_name)
        use({}, false);
}

void ConnectionInUse::noteTestResult(const QString& name, Service service, bool passed) {
    if (name.isEmpty())
        return;
    m_results[name].insert(service, passed);
    rememberIfWorking();
}

void ConnectionInUse::rememberIfWorking() {
    const auto results = m_results.constFind(m_name);
    if (m_name.isEmpty() || results == m_results.cend() || results->isEmpty())
        return;
    if (std::all_of(results->cbegin(), results->cend(), [](bool passed) { return passed; }))
        QSettings().setValue(lastWorkingKey, m_name);
}

QString ConnectionInUse::lastWorking(const store::ConnectionRepository& connections) {
    const QString name = QSettings().value(lastWorkingKey).toString();
    if (name.isEmpty())
        return {};
    for (const auto service :
         {store::SavedConnection::Service::Ghl, store::SavedConnection::Service::Kixie}) {
        if (connections.find(name, service))
            return name;
    }
    return {};
}

bool ConnectionInUse::isSandbox(const store::ConnectionRepository& connections, const QString& name) {
    for (const auto service :
         {store::SavedConnection::Service::Ghl, store::SavedConnection::Service::Kixie}) {
        const auto side = connections.find(name, service);
        if (side && side->environment == store::SavedConnection::Environment::Sandbox)
            return true;
    }
    return false;
}

} // namespace fieldlink
