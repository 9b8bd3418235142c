#pragma once

#include "core/mapping/Diagnostic.h"
#include "core/mapping/PhoneNormaliser.h"
#include "core/mapping/Profile.h"

#include <QJsonObject>

#include <memory>

namespace fieldlink::mapping {

/// The result of one record: where it goes, what would be sent, and why it might not be.
struct MappedRecord {
    enum class Status { Mapped, Skipped, Failed };

    QString sourceId;
    QString route;
    QJsonObject payload; ///< the target fields exactly as they would be sent
    Diagnostics diagnostics;
    Status status = Status::Mapped;

    QJsonObject toJson() const;
    static QString statusName(Status status);
};

/// Applies a compiled profile to source records. Pure: no network, no database. `apply` is const and
/// thread-safe (the phone cache locks), so a worker thread may share one engine.
class MappingEngine {
public:
    explicit MappingEngine(std::shared_ptr<const Profile> profile);

    MappedRecord apply(const QJsonObject& record) const;
    const Profile& profile() const { return *m_profile; }
    PhoneNormaliser& phones() const { return *m_phones; }

    /// The record's id: a GHL contact's `id`, or a Kixie event's shared `externalid`.
    static QString sourceIdOf(const QJsonObject& record, Direction direction);
    /// The route `record` goes to: the first whose condition matches, else the default route (may be null).
    const Route* routeFor(const QJsonObject& record) const;

private:
    std::shared_ptr<const Profile> m_profile;
    std::unique_ptr<PhoneNormaliser> m_phones;
};

} // namespace fieldlink::mapping
