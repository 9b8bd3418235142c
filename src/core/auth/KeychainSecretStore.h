#pragma once

#include "core/auth/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace fieldlink::auth {

/// Secrets in the system keychain through QtKeychain (the Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows). Never falls back to plaintext: QtKeychain's insecure fallback stays off.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Fieldlink"), QObject* parent = nullptr);

    void read(const QString& account) override;
    void write(const QString& account, const QJsonObject& secret) override;
    void remove(const QString& account) override;
    bool persists() const override { return true; }

    /// QtKeychain 0.13 has no isAvailable(): a missing backend only shows as an error of a real job. The
    /// probe writes, reads back and deletes a throw-away entry; `probeFinished` says whether that worked.
    void probe();

Q_SIGNALS:
    void probeFinished(bool available, const QString& message);

private:
    static SecretError errorOf(const QKeychain::Job& job);
    void prepare(QKeychain::Job& job) const;

    QString m_service;
};

} // namespace fieldlink::auth
