#include "core/api/ResponseClassifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace fieldlink::api {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::api::ResponseClassifier)
};

bool looksLikeJson(const QByteArray& body) {
    const QByteArray trimmed = body.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

qint64 parseRetryAfter(const QByteArray& header) {
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    return ok && seconds >= 0 ? seconds * 1000 : -1;
}

Classification networkFailure(Service service, QNetworkReply::NetworkError error) {
    Classification result;
    const QString name = serviceName(service);
    switch (error) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // Our transfer timeout aborts the reply; the caller's own cancel is told apart before this.
        result.error = ErrorClass::Timeout;
        result.message = Tr::tr("%1 did not answer in time.").arg(name);
        return result;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        result.mayHaveReachedService = false;
        result.error = ErrorClass::Network;
        result.message =
            Tr::tr("Could not reach %1. Check the network connection and the server address.").arg(name);
        return result;
    case QNetworkReply::SslHandshakeFailedError:
        result.mayHaveReachedService = false;
        result.error = ErrorClass::Network;
        result.message = Tr::tr("The secure connection to %1 could not be established.").arg(name);
        return result;
    default:
        result.error = ErrorClass::Network;
        result.message = Tr::tr("The connection to %1 was lost before its answer arrived.").arg(name);
        return result;
    }
}

// Kixie answers business errors as HTTP 200 {"success":false,"error":"..."}.
Classification kixieRefusal(const QString& errorText) {
    Classification result;
    const QString lower = errorText.toLower();
    if (ResponseClassifier::isKixieApiDisabled(errorText)) {
        result.error = ErrorClass::Auth;
        result.message = Tr::tr("The Kixie API is not enabled for this account. Ask Kixie support to enable "
                                "it (it needs a Professional tier agent). Kixie said: %1")
                             .arg(errorText);
    } else if (lower.contains(QLatin1String("api key")) || lower.contains(QLatin1String("apikey")) ||
               lower.contains(QLatin1String("business")) || lower.contains(QLatin1String("auth"))) {
        result.error = ErrorClass::Auth;
        result.message =
            Tr::tr("Kixie did not accept the API key and Business ID. Check them in Kixie under Manage → "
                   "Account Settings → Integrations. Kixie said: %1")
                .arg(errorText);
    } else if (lower.contains(QLatin1String("limit")) || lower.contains(QLatin1String("quota"))) {
        result.error = ErrorClass::RateLimited;
        result.message = Tr::tr("Kixie's daily API limit is used up. Kixie said: %1").arg(errorText);
    } else {
        result.error = ErrorClass::Validation;
        result.message = Tr::tr("Kixie refused the request: %1").arg(errorText);
    }
    return result;
}

Classification httpFailure(Service service, int status, const QString& serviceText) {
    Classification result;
    const QString name = serviceName(service);
    const QString lower = serviceText.toLower();
    const QString said =
        serviceText.isEmpty() ? QString() : QLatin1Char(' ') + Tr::tr("%1 said: %2").arg(name, serviceText);
    if (status == 429) {
        result.error = ErrorClass::RateLimited;
        result.message = Tr::tr("%1 is limiting the request rate.").arg(name);
    } else if (status == 401 && lower.contains(QLatin1String("scope"))) {
        result.error = ErrorClass::Scope;
        result.message = Tr::tr("The HighLevel token is not allowed to do this (a scope is missing). Add the "
                                "scope to the Private Integration or Marketplace app in HighLevel, then "
                                "create a new token.") +
                         said;
    } else if (status == 401 && lower.contains(QLatin1String("version"))) {
        result.error = ErrorClass::Validation;
        result.message = Tr::tr("HighLevel rejected the API version Fieldlink sent.") + said;
    } else if (status == 401) {
        result.error = ErrorClass::Auth;
        result.tokenExpired = lower.contains(QLatin1String("expired")) ||
                              lower.contains(QLatin1String("invalid jwt")) ||
                              lower.contains(QLatin1String("invalid token"));
        result.message = Tr::tr("%1 did not accept the credentials. Check them in Connections, or reconnect "
                                "the account.")
                             .arg(name) +
                         said;
    } else if (status == 403) {
        result.error = ErrorClass::Auth;
        result.message = Tr::tr("The token has no access to this location. Check the location id in "
                                "Connections.") +
                         said;
    } else if (status == 404 || (status == 400 && lower.contains(QLatin1String("not found")))) {
        // GHL answers an unknown contact id with 400 "... not found".
        result.error = ErrorClass::NotFound;
        result.message = Tr::tr("The record was not found in %1.").arg(name) + said;
    } else if (status == 409 || (status == 400 && lower.contains(QLatin1String("duplicate")))) {
        result.error = ErrorClass::Conflict;
        result.message = Tr::tr("%1 already has a matching record.").arg(name) + said;
    } else if (status >= 500) {
        result.error = ErrorClass::Server;
        result.message = Tr::tr("%1 had a server error (HTTP %2).").arg(name).arg(status);
    } else {
        result.error = ErrorClass::Validation;
        result.message = Tr::tr("%1 rejected the request (HTTP %2).").arg(name).arg(status) + said;
    }
    return result;
}

} // namespace

QString errorClassId(ErrorClass errorClass) {
    switch (errorClass) {
    case ErrorClass::None:
        return QStringLiteral("none");
    case ErrorClass::Network:
        return QStringLiteral("network");
    case ErrorClass::Timeout:
        return QStringLiteral("timeout");
    case ErrorClass::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorClass::Auth:
        return QStringLiteral("auth");
    case ErrorClass::Scope:
        return QStringLiteral("scope");
    case ErrorClass::Validation:
        return QStringLiteral("validation");
    case ErrorClass::NotFound:
        return QStringLiteral("not-found");
    case ErrorClass::Conflict:
        return QStringLiteral("conflict");
    case ErrorClass::Server:
        return QStringLiteral("server");
    case ErrorClass::Malformed:
        return QStringLiteral("malformed");
    case ErrorClass::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString serviceName(Service service) {
    return service == Service::Ghl ? QStringLiteral("HighLevel") : QStringLiteral("Kixie");
}

QString ResponseClassifier::serviceMessage(const QJsonValue& body) {
    const QJsonObject object = body.toObject();
    const QJsonValue message = object.value(QLatin1String("message"));
    if (message.isArray()) {
        QStringList parts;
        for (const QJsonValue& part : message.toArray())
            parts << part.toString();
        return parts.join(QLatin1String("; "));
    }
    if (message.isString())
        return message.toString();
    return object.value(QLatin1String("error")).toString();
}

bool ResponseClassifier::isKixieApiDisabled(const QString& errorText) {
    const QString lower = errorText.toLower();
    return lower.contains(QLatin1String("not enabled")) || lower.contains(QLatin1String("disabled"));
}

Classification ResponseClassifier::classify(Service service, const RawResponse& response) {
    Classification result;
    if (response.cancelledByCaller) {
        result.error = ErrorClass::Cancelled;
        result.message = Tr::tr("Cancelled.");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const bool parsed = parseError.error == QJsonParseError::NoError && !response.body.isEmpty();
    if (parsed)
        result.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    result.traceId = result.json.toObject().value(QLatin1String("traceId")).toString();

    if (response.status == 0)
        return networkFailure(service, response.networkError);
    if (response.status >= 200 && response.status < 300) {
        if (!parsed && (service == Service::Ghl || looksLikeJson(response.body))) {
            // Kixie's success bodies are undocumented and sometimes plain text; broken JSON is still broken.
            if (service == Service::Ghl && response.body.isEmpty())
                return result;
            result.error = ErrorClass::Malformed;
            result.message = Tr::tr("%1 sent an answer Fieldlink could not read.").arg(serviceName(service));
            return result;
        }
        const QJsonObject object = result.json.toObject();
        if (service == Service::Kixie && !response.successFalseIsAnswer &&
            object.value(QLatin1String("success")) == QJsonValue(false)) {
            Classification refusal = kixieRefusal(serviceMessage(result.json));
            refusal.json = result.json;
            return refusal;
        }
        return result;
    }
    Classification failure =
        httpFailure(service, response.status, parsed ? serviceMessage(result.json) : QString());
    failure.json = result.json;
    failure.traceId = result.traceId;
    failure.retryAfterMs = parseRetryAfter(response.retryAfterHeader);
    return failure;
}

} // namespace fieldlink::api
