#include "core/api/ApiRequest.h"

#include "core/Logging.h"
#include "core/api/ResponseClassifier.h"
#include "core/api/SecretRedactor.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fieldlink::api {
namespace {

QNetworkReply* send(QNetworkAccessManager& network, const QNetworkRequest& request, const RequestSpec& spec) {
    if (spec.method == "GET")
        return network.get(request);
    if (spec.method == "POST")
        return network.post(request, spec.body);
    if (spec.method == "PUT")
        return network.put(request, spec.body);
    // GHL's tag removal is a DELETE with a JSON body, which deleteResource() cannot send.
    return network.sendCustomRequest(request, spec.method, spec.body);
}

HeaderList redactedHeaders(const HeaderList& headers, const SecretRedactor& redactor) {
    HeaderList redacted;
    for (const auto& [name, value] : headers)
        redacted.append({name, redactor.redactHeader(name, value)});
    return redacted;
}

} // namespace

ApiRequest::ApiRequest(RequestSpec spec, QObject* parent)
    : QObject(parent)
    , m_spec(std::move(spec)) {
}

void ApiRequest::cancel() {
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (QNetworkReply* reply = m_reply.data(); reply != nullptr)
        reply->abort();
    else
        Q_EMIT cancelRequested();
}

void ApiRequest::startAttempt(const AttemptContext& context, RequestLog* log) {
    ++m_attempts;
    QNetworkRequest request(context.url);
    for (const auto& [name, value] : context.headers)
        request.setRawHeader(name, value);
    if (!m_spec.body.isEmpty() || m_spec.method == "POST" || m_spec.method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    request.setTransferTimeout(context.transferTimeoutMs);
    // APIs do not redirect; following one could carry the Authorization header somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_latency.start();
    m_reply = send(*context.network, request, m_spec);
    connect(m_reply, &QNetworkReply::finished, this, [this, context, log] { onReplyFinished(context, log); });
}

void ApiRequest::onReplyFinished(const AttemptContext& context, RequestLog* log) {
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    RawResponse raw;
    raw.networkError = reply->error();
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.body = reply->readAll();
    raw.retryAfterHeader = reply->rawHeader("Retry-After");
    raw.cancelledByCaller = m_cancelled;
    raw.successFalseIsAnswer = m_spec.successFalseIsAnswer;
    const Classification classification = ResponseClassifier::classify(context.service, raw);

    AttemptOutcome outcome;
    outcome.result.status = raw.status;
    outcome.result.body = raw.body;
    outcome.result.json = classification.json;
    outcome.result.error = classification.error;
    outcome.result.message = classification.message;
    outcome.result.traceId = classification.traceId;
    outcome.result.retryAfterMs = classification.retryAfterMs;
    outcome.result.attempts = m_attempts;
    outcome.rateLimit = RateLimitHeaders::fromReply(*reply);
    outcome.tokenExpired = classification.tokenExpired;
    outcome.mayHaveReachedService = classification.mayHaveReachedService;
    outcome.sentAtMs = context.nowMs;
    outcome.tokenGeneration = context.tokenGeneration;

    const qint64 latency = m_latency.elapsed();
    if (log) {
        RequestLogEntry entry;
        entry.startedAt = QDateTime::currentDateTimeUtc().addMSecs(-latency);
        entry.service = context.service;
        entry.operation = m_spec.operation;
        entry.method = m_spec.method;
        entry.url = context.redactor->redactUrl(context.url);
        entry.status = raw.status;
        entry.latencyMs = latency;
        entry.bytesSent = m_spec.body.size();
        entry.bytesReceived = raw.body.size();
        entry.attempt = m_attempts;
        entry.error = classification.error;
        entry.traceId = classification.traceId;
        entry.subject = m_spec.subject;
        entry.requestHeaders = redactedHeaders(context.headers, *context.redactor);
        if (!m_spec.body.isEmpty())
            entry.requestHeaders.append({QByteArrayLiteral("Content-Type"), m_spec.contentType});
        entry.responseHeaders = redactedHeaders(reply->rawHeaderPairs(), *context.redactor);
        entry.requestBody = context.redactor->redactBody(m_spec.body);
        entry.responseBody = context.redactor->redactBody(raw.body);
        entry.responseContentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        log->append(std::move(entry));
    }
    qCDebug(lcApi) << m_spec.method << m_spec.operation << raw.status << errorClassId(classification.error)
                   << latency << "ms";
    Q_EMIT attemptFinished(outcome);
}

void ApiRequest::finish(ApiResult result) {
    if (m_finished)
        return;
    m_finished = true;
    result.attempts = m_attempts;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace fieldlink::api
