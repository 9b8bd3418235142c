#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace fieldlink::api {

enum class Service { Ghl, Kixie };

/// Why a call did not succeed, in the classes a caller acts on (retry, reconnect, fix the data, reconcile).
enum class ErrorClass {
    None,
    Network,     ///< connection refused, reset or dropped
    Timeout,     ///< no complete answer within the transfer timeout
    RateLimited, ///< 429, or a daily budget already spent
    Auth,        ///< the credentials are wrong, expired or revoked, or lack access to the location
    Scope,       ///< the token lacks the scope the call needs
    Validation,  ///< the service rejected the request's content
    NotFound,    ///< the record does not exist
    Conflict,    ///< a duplicate or conflicting record exists
    Server,      ///< 5xx
    Malformed,   ///< a success status with a body that is not the JSON it should be
    Cancelled,   ///< the caller cancelled the call
};

/// A stable English identifier for logs, the request log and machine-readable output.
QString errorClassId(ErrorClass errorClass);
QString serviceName(Service service);

/// The outcome of one API call, after any retries. Errors cross module edges as this value.
struct ApiResult {
    int status = 0;  ///< HTTP status of the last attempt; 0 when no answer arrived
    QByteArray body; ///< raw body of the last attempt
    QJsonValue json; ///< the parsed body (undefined when there is none or it did not parse)
    ErrorClass error = ErrorClass::None;
    QString message;  ///< translated, for the admin; never contains a secret
    QString traceId;  ///< the service's trace id, when it sent one
    int attempts = 0; ///< requests actually sent
    /// A non-idempotent call (a note, a task, a call, a cadence enrolment) may or may not have taken effect:
    /// it was sent and no trustworthy answer came back. It is never retried blindly; the caller reconciles.
    bool outcomeUnknown = false;
    qint64 retryAfterMs = -1; ///< from a 429's Retry-After, when present

    bool ok() const { return error == ErrorClass::None; }
};

} // namespace fieldlink::api

Q_DECLARE_METATYPE(fieldlink::api::ApiResult)
