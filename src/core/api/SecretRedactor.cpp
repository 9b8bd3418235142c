#include "core/api/SecretRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace fieldlink::api {
namespace {

QJsonValue redactJson(const QJsonValue& value) {
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (SecretRedactor::isSecretField(it.key()) && !it.value().isNull())
                it.value() = QString::fromLatin1(SecretRedactor::placeholder());
            else
                it.value() = redactJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redactJson(*it);
        return array;
    }
    return value;
}

} // namespace

const QByteArray& SecretRedactor::placeholder() {
    static const QByteArray text = QByteArrayLiteral("[REDACTED]");
    return text;
}

bool SecretRedactor::isSecretField(QStringView name) {
    static const QStringList names = {
        QStringLiteral("apikey"),        QStringLiteral("authorization"), QStringLiteral("access_token"),
        QStringLiteral("refresh_token"), QStringLiteral("client_secret"), QStringLiteral("code"),
        QStringLiteral("code_verifier"), QStringLiteral("token"),         QStringLiteral("password")};
    return names.contains(name.toString().toLower());
}

void SecretRedactor::addSecret(const QString& secret) {
    // Very short values would redact ordinary text; real tokens and keys are long.
    if (secret.size() >= 8)
        m_secrets.insert(secret.toUtf8());
}

QByteArray SecretRedactor::redactKnownValues(QByteArray text) const {
    for (const QByteArray& secret : m_secrets) {
        text.replace(secret, placeholder());
        text.replace(QUrl::toPercentEncoding(QString::fromUtf8(secret)), placeholder());
    }
    return text;
}

QString SecretRedactor::redactUrl(const QUrl& url) const {
    QUrl copy = url;
    copy.setUserInfo({});
    QUrlQuery query(copy);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery redacted;
    for (const auto& [key, value] : items) {
        redacted.addQueryItem(key, isSecretField(QUrl::fromPercentEncoding(key.toUtf8()))
                                       ? QString::fromLatin1(placeholder())
                                       : value);
    }
    copy.setQuery(redacted);
    return QString::fromUtf8(redactKnownValues(copy.toEncoded()));
}

QByteArray SecretRedactor::redactHeader(const QByteArray& name, const QByteArray& value) const {
    if (isSecretField(QString::fromLatin1(name))) {
        const qsizetype space = value.indexOf(' ');
        return space > 0 ? value.left(space + 1) + placeholder() : placeholder();
    }
    return redactKnownValues(value);
}

QByteArray SecretRedactor::redactBody(const QByteArray& body) const {
    if (body.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonValue redacted =
            redactJson(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
        const QJsonDocument out =
            redacted.isArray() ? QJsonDocument(redacted.toArray()) : QJsonDocument(redacted.toObject());
        return redactKnownValues(out.toJson(QJsonDocument::Compact));
    }
    // A form body (OAuth token requests) or plain text.
    if (!body.contains('{') && body.contains('=')) {
        QUrl asQuery;
        asQuery.setQuery(QString::fromUtf8(body));
        const QString redacted = redactUrl(asQuery);
        return redacted.mid(redacted.indexOf(QLatin1Char('?')) + 1).toUtf8();
    }
    return redactKnownValues(body);
}

} // namespace fieldlink::api
