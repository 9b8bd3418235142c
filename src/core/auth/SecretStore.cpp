#include "core/auth/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace fieldlink::auth {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::auth::SecretStore)
};

} // namespace

// Results are delivered from the event loop, like the keychain's, so callers never see a signal before the
// call that caused it returned.
void MemorySecretStore::read(const QString& account) {
    const auto it = m_secrets.constFind(account);
    const QJsonObject secret = it == m_secrets.cend() ? QJsonObject() : it.value();
    const SecretError error =
        it == m_secrets.cend()
            ? SecretError{SecretError::Kind::NotFound, Tr::tr("No saved credentials for %1.").arg(account)}
            : SecretError{};
    QTimer::singleShot(0, this,
                       [this, account, secret, error] { Q_EMIT readFinished(account, secret, error); });
}

void MemorySecretStore::write(const QString& account, const QJsonObject& secret) {
    m_secrets.insert(account, secret);
    QTimer::singleShot(0, this, [this, account] { Q_EMIT writeFinished(account, SecretError{}); });
}

void MemorySecretStore::remove(const QString& account) {
    m_secrets.remove(account);
    QTimer::singleShot(0, this, [this, account] { Q_EMIT removeFinished(account, SecretError{}); });
}

} // namespace fieldlink::auth
