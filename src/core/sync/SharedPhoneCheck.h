#pragma once

#include "core/api/ApiResult.h"
#include "core/mapping/MappingEngine.h"
#include "core/sync/ContactSource.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

namespace fieldlink::sync {

/// Before a run over a slice of the location creates a PowerList row, finds the location's other contacts
/// with that phone and maps them, so the planner sees every contact that claims the row, not just those in
/// the slice.
///
/// It asks GHL's contact search with the phone as an `eq` filter, several phones per call (an OR group).
/// The duplicate lookup (`GET /contacts/search/duplicate`) costs one call per phone and answers one contact
/// at most, so it cannot tell that a second contact shares the number. Search by phone has been reported to
/// miss a matching contact, and new contacts reach the search index a few seconds late; so each phone's own
/// contact must be in the answer: when it is not, that contact is "unverified" and not written (the planner
/// says why) rather than written on a guess.
class SharedPhoneCheck : public QObject {
    Q_OBJECT
public:
    /// The phones to check, each with the contacts of this run that map to a new row with it.
    SharedPhoneCheck(api::GhlClient* client, const mapping::MappingEngine* engine, RelatedData related,
                     QHash<QString, QSet<QString>> contactsByPhone, QObject* parent = nullptr);

    /// Phones per search call: an OR group of `eq` filters.
    static constexpr int phonesPerSearch = 20;

    /// Which rules allow the check: the row key must come from the contact's `phone` alone (the field the
    /// search filters on). Otherwise every new row of a slice is unverified.
    static bool canCheck(const mapping::Profile& profile);

    void start();
    void cancel();
    /// The other contacts found, mapped (they claim row keys; they are not planned).
    const QList<mapping::MappedRecord>& neighbours() const { return m_neighbours; }
    /// Contacts of this run that the search did not find by their own phone.
    const QSet<QString>& unverified() const { return m_unverified; }

Q_SIGNALS:
    void finished(const fieldlink::api::ApiResult& result);

private:
    void searchNext();
    void onSearched(const QStringList& phones, const api::ApiResult& result);
    void mapNeighbours();

    api::GhlClient* m_client;
    const mapping::MappingEngine* m_engine;
    RelatedData m_related;
    QHash<QString, QSet<QString>> m_contactsByPhone;
    QStringList m_phonesLeft;
    QHash<QString, QSet<QString>> m_foundByPhone; ///< contact ids the search returned, per phone
    QPointer<QObject> m_current;
    std::unique_ptr<ContactSource> m_neighbourSource;
    QList<mapping::MappedRecord> m_neighbours;
    QSet<QString> m_unverified;
    bool m_cancelled = false;
};

} // namespace fieldlink::sync
