#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace fieldlink::test {

struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const;
};

/// Sends real HTTP requests with QNetworkAccessManager and waits for each reply. Test code only: the app
/// never waits on a reply like this.
class HttpProbe {
public:
    explicit HttpProbe(QString baseUrl)
        : m_network(std::make_unique<QNetworkAccessManager>())
        , m_baseUrl(std::move(baseUrl)) {}

    /// Headers sent with every GHL request: Version and the bearer token.
    void setGhlToken(const QString& token) { m_token = token; }
    void setVersionHeader(const QByteArray& version) { m_version = version; }
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }

    HttpResult ghl(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                   const QUrlQuery& query = {});
    HttpResult ghlBody(const QByteArray& method, const QString& path, const QByteArray& body);
    HttpResult kixieEvent(const QJsonObject& body, const QUrlQuery& query = {});
    HttpResult kixie(const QString& path, const QJsonObject& body);
    HttpResult get(const QString& pathAndQuery);
    HttpResult postJson(const QString& path, const QJsonObject& body);
    HttpResult postForm(const QString& path, const QUrlQuery& form);
    HttpResult send(const QByteArray& method, const QUrl& url,
                    const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body);

    QUrl url(const QString& path, const QUrlQuery& query = {}) const;
    /// Closes idle keep-alive connections, so a server can stop without waiting for them to time out.
    void closeConnections() { m_network->clearConnectionCache(); }
    QJsonObject state() { return get(QStringLiteral("/__sandbox/state")).json(); }
    QJsonObject stats() { return get(QStringLiteral("/__sandbox/stats")).json(); }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_baseUrl;
    QString m_token;
    QByteArray m_version = "2021-07-28";
    int m_timeoutMs = 15000;
};

} // namespace fieldlink::test
