#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QUrl>

namespace fieldlink::api {

/// Removes secrets from everything the request log keeps: by name (Authorization headers, the `apikey`
/// query parameter and body field, OAuth tokens, codes and client secrets, in JSON and form bodies alike)
/// and by value (every secret the connection knows, wherever it appears).
class SecretRedactor {
public:
    static const QByteArray& placeholder();

    void addSecret(const QString& secret);
    QString redactUrl(const QUrl& url) const;
    QByteArray redactHeader(const QByteArray& name, const QByteArray& value) const;
    QByteArray redactBody(const QByteArray& body) const;
    /// True when a query, header or body field of this name holds a secret.
    static bool isSecretField(QStringView name);

private:
    QByteArray redactKnownValues(QByteArray text) const;

    QSet<QByteArray> m_secrets;
};

} // namespace fieldlink::api
