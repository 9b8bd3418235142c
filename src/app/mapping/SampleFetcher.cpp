#include "app/mapping/SampleFetcher.h"

#include "app/connections/ConnectedGhl.h"
#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/sync/ContactSource.h"

namespace fieldlink {

SampleFetcher::SampleFetcher(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_ghl(new ConnectedGhl(context, this)) {
}

SampleFetcher::~SampleFetcher() {
    m_source.reset(); // the contact source reads through the client
}

void SampleFetcher::fetch(const QString& connectionName, const QJsonObject& profile, int sampleCount) {
    if (m_running)
        return;
    m_profile = profile;
    m_sampleCount = sampleCount;
    m_customFields = {};
    m_tags.clear();
    m_samples.clear();
    m_running = true;
    m_source.reset();
    m_ghl->open(connectionName, [this](const QString& error) {
        if (!error.isEmpty())
            return finish(error);
        connect(m_ghl->client()->customFields(), &api::ApiRequest::finished, this, &SampleFetcher::fetchTags);
    });
}

void SampleFetcher::fetchTags(const api::ApiResult& customFields) {
    if (!customFields.ok())
        return finish(tr("Could not read the location's custom fields: %1").arg(customFields.message));
    m_customFields = mapping::CustomFieldDirectory::fromJson(customFields.json);
    api::ApiRequest* request = m_ghl->client()->locationTags();
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
        std::make_unique<sync::ContactSource>(m_ghl->client(), scope, sync::RelatedData::usedBy(m_profile));
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
