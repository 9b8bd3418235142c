#include "core/api/RequestLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace fieldlink::api {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::api::HarExporter)
};

QJsonArray harHeaders(const HeaderList& headers) {
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                 {QStringLiteral("value"), QString::fromUtf8(value)}});
    return array;
}

QJsonArray harQuery(const QString& url) {
    QJsonArray array;
    const QUrlQuery query(QUrl(url, QUrl::StrictMode));
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded))
        array.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return array;
}

QByteArray headerValue(const HeaderList& headers, const QByteArray& name) {
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject harEntry(const RequestLogEntry& entry) {
    QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(entry.method)},
                        {QStringLiteral("url"), entry.url},
                        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                        {QStringLiteral("cookies"), QJsonArray()},
                        {QStringLiteral("headers"), harHeaders(entry.requestHeaders)},
                        {QStringLiteral("queryString"), harQuery(entry.url)},
                        {QStringLiteral("headersSize"), -1},
                        {QStringLiteral("bodySize"), entry.bytesSent}};
    if (!entry.requestBody.isEmpty()) {
        const QByteArray type = headerValue(entry.requestHeaders, "Content-Type");
        request.insert(QStringLiteral("postData"),
                       QJsonObject{{QStringLiteral("mimeType"), QString::fromLatin1(type)},
                                   {QStringLiteral("text"), QString::fromUtf8(entry.requestBody)}});
    }
    const QJsonObject response{
        {QStringLiteral("status"), entry.status},
        {QStringLiteral("statusText"), entry.status == 0 ? errorClassId(entry.error) : QString()},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), harHeaders(entry.responseHeaders)},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("size"), entry.bytesReceived},
                     {QStringLiteral("mimeType"), QString::fromLatin1(entry.responseContentType)},
                     {QStringLiteral("text"), QString::fromUtf8(entry.responseBody)}}},
        {QStringLiteral("redirectURL"), QString()},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), entry.bytesReceived}};
    const auto latency = static_cast<double>(entry.latencyMs);
    return QJsonObject{
        {QStringLiteral("startedDateTime"), entry.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), latency},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), latency},
                                                {QStringLiteral("receive"), 0}}},
        // Custom fields start with an underscore (HAR 1.2 §"Custom fields").
        {QStringLiteral("_service"), serviceName(entry.service)},
        {QStringLiteral("_operation"), entry.operation},
        {QStringLiteral("_attempt"), entry.attempt},
        {QStringLiteral("_errorClass"), errorClassId(entry.error)},
        {QStringLiteral("_traceId"), entry.traceId},
        {QStringLiteral("_record"), entry.subject}};
}

} // namespace

RequestLog::RequestLog(qsizetype capacity, QObject* parent)
    : QObject(parent)
    , m_capacity(capacity) {
}

void RequestLog::append(RequestLogEntry entry) {
    if (entry.responseBody.size() > maxBodyBytes)
        entry.responseBody.truncate(maxBodyBytes);
    if (m_sink)
        m_sink->record(entry);
    ++m_counts[static_cast<int>(entry.service)];
    if (m_entries.size() >= m_capacity)
        m_entries.removeFirst();
    m_entries.append(entry);
    Q_EMIT entryAdded(m_entries.constLast());
}

QByteArray HarExporter::toHar(const QList<RequestLogEntry>& entries) {
    QJsonArray harEntries;
    for (const RequestLogEntry& entry : entries)
        harEntries.append(harEntry(entry));
    const QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                          {QStringLiteral("creator"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Fieldlink")},
                                       {QStringLiteral("version"), QStringLiteral(FIELDLINK_VERSION)}}},
                          {QStringLiteral("pages"), QJsonArray()},
                          {QStringLiteral("entries"), harEntries}};
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}

Result<> HarExporter::write(const QString& path, const QList<RequestLogEntry>& entries) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toHar(entries)) < 0 || !file.commit())
        return Failure{Tr::tr("Could not write the request log to %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace fieldlink::api
