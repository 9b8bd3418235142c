#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace fieldlink::auth {

/// Why a secret operation did not succeed, in words an admin understands.
struct SecretError {
    enum class Kind { None, NotFound, NoBackend, AccessDenied, Other };
    Kind kind = Kind::None;
    QString message; ///< translated; never contains the secret

    bool ok() const { return kind == Kind::None; }
};

/// Where Fieldlink keeps tokens and API keys: one blob (a JSON object) per account, so that a rotated OAuth
/// refresh token and its access token are saved in a single write. Operations are
/// asynchronous, as keychains are; each ends with exactly one signal. Secrets never go to SQLite, QSettings,
/// logs or the request log, and there is no plaintext fallback.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void read(const QString& account) = 0;
    virtual void write(const QString& account, const QJsonObject& secret) = 0;
    virtual void remove(const QString& account) = 0;
    /// True when secrets survive the process (a system keychain); false for the session-only store.
    virtual bool persists() const = 0;

Q_SIGNALS:
    void readFinished(const QString& account, const QJsonObject& secret,
                      const fieldlink::auth::SecretError& error);
    void writeFinished(const QString& account, const fieldlink::auth::SecretError& error);
    void removeFinished(const QString& account, const fieldlink::auth::SecretError& error);
};

/// Keeps secrets in memory for this session only: what Fieldlink uses when no keychain is available, after
/// telling the admin so.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString& account) override;
    void write(const QString& account, const QJsonObject& secret) override;
    void remove(const QString& account) override;
    bool persists() const override { return false; }

private:
    QHash<QString, QJsonObject> m_secrets;
};

} // namespace fieldlink::auth

Q_DECLARE_METATYPE(fieldlink::auth::SecretError)
