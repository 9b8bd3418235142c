#include "SampleFetcher.h"

#include "AccessTokenSource.h"
#include "ApiRequest.h"
#include "AppContext.h"
#include "ConnectionRepository.h"
#include "ContactSource.h"
#include "GhlClient.h"
#include "GhlCredential.h"
#include "SecretRequests.h"

namespace fieldlink {

SampleFetcher::SampleFetcher(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
}

SampleFetcher::~SampleFetcher() {
    // The contact source reads through the client, and the client's queue through the token.
    m_source.reset();
    m_client.reset();
    m_token.reset();
}

void SampleFetcher::fetch(const QString& connectionName, const QJsonObject& profile, int sampleCount) {
    if (m_running)
        return;
    m_connection = connectionName;
    m_profile = profile;
    m_sampleCount = sampleCount;
    m_customFields = {};
    m_tags.clear();
    m_samples.clear();
    if (connectionName.isEmpty())
        return Q_EMIT finished({}, {}, {},
                               tr("No connection is in use: choose or create one on the Connections page."));
    const auto side = m_context.connections().find(connectionName, store::SavedConnection::Service::Ghl);
    if (!side || !side->secretSavedAt)
        return Q_EMIT finished({}, {}, {},
                               tr("The connection \"%1\" has no saved HighLevel side to read samples from.")
                                   .arg(connectionName));
    m_running = true;
    m_context.secrets().read(
        side->secretAccount, this,
        [this, account = side->secretAccount](const QJsonObject& secret, const auth::SecretError& error) {
            if (!error.ok())
                return finish(tr("The HighLevel secret could not be read: %1").arg(error.message));
            start(secret, account);
        });
}

void SampleFetcher::start(const QJsonObject& secret, const QString& account) {
    const auto side = m_context.connections().find(m_connection, store::SavedConnection::Service::Ghl);
    if (!side)
        return finish(tr("The connection \"%1\" was removed.").arg(m_connection));
    api::GhlSettings settings;
    settings.baseUrl = side->baseUrl;
    settings.locationId = side->accountId;
    const auth::GhlCredential credential = auth::GhlCredential::fromSecret(
        side->authKind, secret, side->baseUrl,
        side->settings.value(store::ConnectionSetting::oauthClientId).toString(), account);
    m_source.reset();
    m_client = std::make_unique<api::GhlClient>(settings, m_context.network(), m_context.clock(),
                                                m_context.requestLog());
    m_token = credential.makeTokenSource(m_context.network(), m_context.clock(), m_context.requestLog(),
                                         m_context.secrets().store());
    m_client->setTokenSource(m_token.get());
    m_context.watchQueue(api::Service::Ghl, &m_client->queue());
    if (const QString refused = m_client->queue().configurationError(); !refused.isEmpty())
        return finish(refused);
    api::ApiRequest* request = m_client->customFields();
    connect(request, &api::ApiRequest::finished, this, &SampleFetcher::fetchTags);
}

void SampleFetcher::fetchTags(const api::ApiResult& customFields) {
    if (!customFields.ok())
        return finish(tr("Could not read the location's custom fields: %1").arg(customFields.message));
    m_customFields = mapping::CustomFieldDirectory::fromJson(customFields.json);
    api::ApiRequest* request = m_client->locationTags();
    connect(request, &api::ApiRequest::finished, this, &SampleFetcher::fetchContacts);
}

void SampleFetcher::fetchContacts(const api::ApiResult& tags) {
    // The tag catalogue only helps fill value maps: a token without its scope still gets samples.
    for (const QJsonValue& tag : tags.json.toObject().value(QLatin1String("tags")).toArray())
        m_tags << tag.toObject().value(QLatin1String("name")).toString();
    sync::SyncScope scope;
    scope.kind = sync::SyncScope::Kind::FirstN;
    scope.limit = m_sampleCount;
    m_source =
        std::make_unique<sync::ContactSource>(m_client.get(), scope, sync::RelatedData::usedBy(m_profile));
    connect(m_source.get(), &sync::ContactSource::contacts, this,
            [this](const QList<QJsonObject>& batch) { m_samples += batch; });
    connect(m_source.get(), &sync::ContactSource::finished, this, [this](const api::ApiResult& result) {
        finish(result.ok() ? QString() : tr("Could not read sample contacts: %1").arg(result.message));
    });
    m_source->start();
}

void SampleFetcher::finish(const QString& error) {
    m_running = false;
    if (error.isEmpty())
        Q_EMIT finished(m_customFields, m_tags, m_samples, {});
    else
        Q_EMIT finished({}, {}, {}, error);
}

} // namespace fieldlink
