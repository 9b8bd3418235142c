#include "support/HttpProbe.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

namespace fieldlink::test {

QByteArray HttpResult::header(const QByteArray& name) const {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResult::isJson() const {
    QJsonParseError parseError{};
    QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError;
}

QUrl HttpProbe::url(const QString& path, const QUrlQuery& query) const {
    QUrl url(m_baseUrl + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpResult HttpProbe::send(const QByteArray& method, const QUrl& url,
                           const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& body) {
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    // Tests look at redirects themselves (the OAuth authorize page answers 302).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(m_timeoutMs + 5000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

HttpResult HttpProbe::ghl(const QByteArray& method, const QString& path, const QJsonObject& body,
                          const QUrlQuery& query) {
    const bool hasBody = !body.isEmpty() || method == "POST" || method == "PUT";
    const QByteArray payload = hasBody ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!m_version.isEmpty())
        headers.append(qMakePair(QByteArray("Version"), m_version));
    if (!m_token.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + m_token.toUtf8()));
    if (hasBody)
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send(method, url(path, query), headers, payload);
}

HttpResult HttpProbe::ghlBody(const QByteArray& method, const QString& path, const QByteArray& body) {
    return send(method, url(path),
                {{"Version", m_version},
                 {"Authorization", "Bearer " + m_token.toUtf8()},
                 {"Content-Type", "application/json"}},
                body);
}

HttpResult HttpProbe::kixieEvent(const QJsonObject& body, const QUrlQuery& query) {
    return send("POST", url(QStringLiteral("/app/event"), query), {{"Content-Type", "application/json"}},
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult HttpProbe::kixie(const QString& path, const QJsonObject& body) {
    return postJson(path, body);
}

HttpResult HttpProbe::get(const QString& pathAndQuery) {
    return send("GET", QUrl(m_baseUrl + pathAndQuery), {}, {});
}

HttpResult HttpProbe::postJson(const QString& path, const QJsonObject& body) {
    return send("POST", url(path), {{"Content-Type", "application/json"}},
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult HttpProbe::postForm(const QString& path, const QUrlQuery& form) {
    return send("POST", url(path), {{"Content-Type", "application/x-www-form-urlencoded"}},
                form.toString(QUrl::FullyEncoded).toUtf8());
}

} // namespace fieldlink::test
