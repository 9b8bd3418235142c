#include "core/api/GhlScopeProbe.h"

#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fieldlink::api {

QSet<QString> GhlScopeProbe::Report::granted() const {
    QSet<QString> names;
    for (auto it = scopes.begin(); it != scopes.end(); ++it) {
        if (it.value())
            names.insert(it.key());
    }
    return names;
}

GhlScopeProbe::GhlScopeProbe(GhlClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {
}

void GhlScopeProbe::start() {
    m_pending = 3;
    connect(m_client->listContacts(1), &ApiRequest::finished, this,
            [this](const ApiResult& result) { record(GhlScope::contactsRead, result, true); });
    connect(m_client->customFields(), &ApiRequest::finished, this, [this](const ApiResult& result) {
        if (result.ok())
            m_report.customFieldCount = static_cast<int>(
                result.json.toObject().value(QLatin1String("customFields")).toArray().size());
        record(GhlScope::customFieldsRead, result, true);
    });
    connect(m_client->updateContact(impossibleContactId(), QJsonObject{}), &ApiRequest::finished, this,
            [this](const ApiResult& result) { record(GhlScope::contactsWrite, result, false); });
}

void GhlScopeProbe::record(const QString& scope, const ApiResult& result, bool readProbe) {
    if (result.error == ErrorClass::Scope) {
        m_report.scopes.insert(scope, false);
    } else if (result.error == ErrorClass::Auth || result.error == ErrorClass::Network ||
               result.error == ErrorClass::Timeout || result.error == ErrorClass::RateLimited ||
               result.error == ErrorClass::Server) {
        // The token, the location or the service itself is the problem; report that, not a scope.
        if (m_report.result.ok())
            m_report.result = result;
    } else {
        // A read that worked, or a write refused for its content (the contact id does not exist): either way
        // the scope check passed.
        m_report.scopes.insert(scope, readProbe ? result.ok() : true);
    }
    --m_pending;
    finishIfDone();
}

void GhlScopeProbe::finishIfDone() {
    if (m_pending == 0)
        Q_EMIT finished(m_report);
}

} // namespace fieldlink::api
