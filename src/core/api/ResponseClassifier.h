#pragma once

#include "core/api/ApiResult.h"

#include <QNetworkReply>

namespace fieldlink::api {

/// What one attempt produced, as read off the QNetworkReply.
struct RawResponse {
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray retryAfterHeader;
    bool cancelledByCaller = false;
    bool successFalseIsAnswer = false; ///< see RequestSpec::successFalseIsAnswer
};

/// How one attempt ended, in the terms the retry logic and the caller act on.
struct Classification {
    ErrorClass error = ErrorClass::None;
    QString message;
    QJsonValue json;
    QString traceId;
    qint64 retryAfterMs = -1;
    /// A 401 that means "token expired or invalid", which a refresh can cure (docs/api.md, "GHL: errors");
    /// scope and version 401s cannot be cured that way.
    bool tokenExpired = false;
    /// False only when the request certainly never reached the service (connection refused, unknown host),
    /// so even a non-idempotent request may be sent again.
    bool mayHaveReachedService = true;
};

/// The one place where HTTP statuses, network errors and bodies become error classes and messages an
/// admin understands. JSON is parsed here and nowhere else in the API layer.
class ResponseClassifier {
public:
    static Classification classify(Service service, const RawResponse& response);
    /// GHL's `message` is a string or an array of class-validator strings.
    static QString serviceMessage(const QJsonValue& body);
    /// Whether a Kixie refusal says the account's API access is off (Kixie support must enable it).
    /// Kixie's exact wording is undocumented; this matches "not enabled" and "disabled".
    static bool isKixieApiDisabled(const QString& errorText);
};

} // namespace fieldlink::api
