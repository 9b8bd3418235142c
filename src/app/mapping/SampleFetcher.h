#pragma once

#include "core/api/ApiResult.h"
#include "core/mapping/FieldPath.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace fieldlink::sync {
class ContactSource;
}

namespace fieldlink {

class AppContext;
class ConnectedGhl;

/// Reads what the mapping editor learns from a live HighLevel location, without changing anything there:
/// the custom field definitions (they extend the source catalog), the location's tag catalogue (for value
/// maps; skipped when the token lacks locations/tags.readonly) and the first few contacts with the notes,
/// tasks and appointments the profile reads (they become the preview's samples).
class SampleFetcher : public QObject {
    Q_OBJECT
public:
    explicit SampleFetcher(AppContext& context, QObject* parent = nullptr);
    ~SampleFetcher() override;

    /// Reads through the HighLevel side of the saved connection `connectionName`.
    void fetch(const QString& connectionName, const QJsonObject& profile, int sampleCount);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// `error` is empty on success, else for the admin (nothing partial is delivered).
    void finished(const mapping::CustomFieldDirectory& customFields, const QStringList& tags,
                  const QList<QJsonObject>& samples, const QString& error);

private:
    void fetchTags(const api::ApiResult& customFields);
    void fetchContacts(const api::ApiResult& tags);
    void finish(const QString& error);

    ConnectedGhl* m_ghl;
    QJsonObject m_profile;
    int m_sampleCount = 0;
    bool m_running = false;
    std::unique_ptr<sync::ContactSource> m_source;
    mapping::CustomFieldDirectory m_customFields;
    QStringList m_tags;
    QList<QJsonObject> m_samples;
};

} // namespace fieldlink
