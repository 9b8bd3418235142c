#include "app/mapping/GhlContactLookup.h"

#include "app/connections/ConnectedGhl.h"
#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"

#include <QJsonArray>
#include <QSet>

namespace fieldlink {

GhlContactLookup::GhlContactLookup(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_ghl(new ConnectedGhl(context, this)) {
}

GhlContactLookup::~GhlContactLookup() = default;

void GhlContactLookup::setConnection(const QString& name) {
    if (name == m_connection)
        return;
    m_connection = name;
    m_open = false;
    m_contacts.clear();
    m_failures.clear();
    m_pending.clear();
}

void GhlContactLookup::whenReady(std::function<void()> task, std::function<void(const QString&)> failed) {
    if (m_connection.isEmpty())
        return failed(tr("No connection in use: choose one on the Connections page."));
    if (m_open && m_ghl->client())
        return task();
    const QString connection = m_connection;
    m_ghl->open(connection,
                [this, connection, task = std::move(task), failed = std::move(failed)](const QString& error) {
                    if (connection != m_connection)
                        return; // the admin switched connections meanwhile
                    if (!error.isEmpty())
                        return failed(error);
                    m_open = true;
                    task();
                });
}

void GhlContactLookup::readCustomFields() {
    whenReady(
        [this] {
            api::ApiRequest* request = m_ghl->client()->customFields();
            connect(request, &api::ApiRequest::finished, this, [this](const api::ApiResult& result) {
                if (!result.ok())
                    return Q_EMIT customFieldsRead(
                        {}, tr("Could not read the location's custom fields: %1").arg(result.message));
                Q_EMIT customFieldsRead(mapping::CustomFieldDirectory::fromJson(result.json), {});
            });
        },
        [this](const QString& error) { Q_EMIT customFieldsRead({}, error); });
}

std::optional<QJsonObject> GhlContactLookup::cached(const QString& key) const {
    const auto found = m_contacts.constFind(key);
    if (found == m_contacts.constEnd())
        return std::nullopt;
    return *found;
}

void GhlContactLookup::lookUp(const QString& contactId, const QString& phone) {
    const QString key = contactId.isEmpty() ? phone : contactId;
    if (key.isEmpty() || m_contacts.contains(key) || m_pending.contains(key))
        return;
    m_pending.insert(key);
    m_failures.remove(key);
    const QString connection = m_connection;
    whenReady(
        [this, key, contactId, phone, connection] {
            api::GhlClient* client = m_ghl->client();
            api::ApiRequest* request =
                contactId.isEmpty() ? client->findContactByPhone(phone) : client->getContact(contactId);
            connect(request, &api::ApiRequest::finished, this,
                    [this, key, connection](const api::ApiResult& result) {
                        if (connection != m_connection)
                            return;
                        m_pending.remove(key);
                        // GHL answers an unknown contact id with 400: that is "no such contact", not a
                        // failure.
                        const bool unknown = result.status == 400;
                        if (!result.ok() && !unknown)
                            m_failures.insert(key, result.message);
                        else
                            m_contacts.insert(
                                key, unknown
                                         ? QJsonObject()
                                         : result.json.toObject().value(QLatin1String("contact")).toObject());
                        Q_EMIT contactRead(key);
                    });
        },
        [this, key](const QString& error) {
            m_pending.remove(key);
            m_failures.insert(key, error);
            Q_EMIT contactRead(key);
        });
}

} // namespace fieldlink
