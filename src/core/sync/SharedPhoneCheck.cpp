#include "core/sync/SharedPhoneCheck.h"

#include "core/api/GhlClient.h"
#include "core/api/GhlContactPager.h"

#include <QJsonArray>

namespace fieldlink::sync {

SharedPhoneCheck::SharedPhoneCheck(api::GhlClient* client, const mapping::MappingEngine* engine,
                                   RelatedData related, QHash<QString, QSet<QString>> contactsByPhone,
                                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_engine(engine)
    , m_related(related)
    , m_contactsByPhone(std::move(contactsByPhone)) {
    m_phonesLeft = m_contactsByPhone.keys();
    m_phonesLeft.sort(); // the same calls in the same order on every run
}

bool SharedPhoneCheck::canCheck(const mapping::Profile& profile) {
    for (const mapping::Rule& rule : profile.rules) {
        if (rule.target == QLatin1String("target"))
            return rule.sources == QStringList{QStringLiteral("phone")} && !rule.when;
    }
    return false;
}

void SharedPhoneCheck::start() {
    searchNext();
}

void SharedPhoneCheck::cancel() {
    m_cancelled = true;
    if (m_neighbourSource)
        m_neighbourSource->cancel();
    else if (auto* pager = qobject_cast<api::GhlContactPager*>(m_current.data()))
        pager->cancel();
}

void SharedPhoneCheck::searchNext() {
    if (m_cancelled) {
        api::ApiResult cancelled;
        cancelled.error = api::ErrorClass::Cancelled;
        return Q_EMIT finished(cancelled);
    }
    if (m_phonesLeft.isEmpty())
        return mapNeighbours();
    const QStringList phones = m_phonesLeft.mid(0, phonesPerSearch);
    m_phonesLeft.remove(0, phones.size());
    QJsonArray anyPhone;
    for (const QString& phone : phones)
        anyPhone.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("phone")},
                                    {QStringLiteral("operator"), QStringLiteral("eq")},
                                    {QStringLiteral("value"), phone}});
    auto* pager = new api::GhlContactPager(m_client, api::GhlContactPager::Mode::Search, this);
    m_current = pager;
    pager->setSearch(QJsonObject{
        {QStringLiteral("filters"), QJsonArray{QJsonObject{{QStringLiteral("group"), QStringLiteral("OR")},
                                                           {QStringLiteral("filters"), anyPhone}}}}});
    pager->setPageSize(100);
    connect(pager, &api::GhlContactPager::page, this, [this](const QJsonArray& contacts) {
        for (const QJsonValue& contact : contacts) {
            const QJsonObject object = contact.toObject();
            m_foundByPhone[object.value(QLatin1String("phone")).toString()].insert(
                object.value(QLatin1String("id")).toString());
        }
    });
    connect(pager, &api::GhlContactPager::finished, this,
            [this, phones, pager](const api::ApiResult& result) {
                pager->deleteLater();
                onSearched(phones, result);
            });
    pager->start();
}

void SharedPhoneCheck::onSearched(const QStringList& phones, const api::ApiResult& result) {
    if (!result.ok())
        return Q_EMIT finished(result);
    for (const QString& phone : phones) {
        const QSet<QString> ours = m_contactsByPhone.value(phone);
        const QSet<QString> found = m_foundByPhone.value(phone);
        for (const QString& contact : ours) {
            if (!found.contains(contact))
                m_unverified.insert(contact);
        }
    }
    searchNext();
}

void SharedPhoneCheck::mapNeighbours() {
    QSet<QString> ours;
    for (const QSet<QString>& contacts : std::as_const(m_contactsByPhone))
        ours |= contacts;
    SyncScope others;
    others.kind = SyncScope::Kind::Ids;
    for (const QSet<QString>& found : std::as_const(m_foundByPhone)) {
        for (const QString& id : found) {
            if (!ours.contains(id) && !others.ids.contains(id))
                others.ids << id;
        }
    }
    others.ids.sort();
    // Read as the run reads its own contacts — with the related records the profile uses — so that each
    // maps to the row it would really claim.
    m_neighbourSource = std::make_unique<ContactSource>(m_client, others, m_related);
    connect(m_neighbourSource.get(), &ContactSource::contacts, this, [this](const QList<QJsonObject>& batch) {
        for (const QJsonObject& contact : batch) {
            if (contact.value(ContactSource::missingKey()).toBool())
                continue; // deleted since the search: it claims nothing
            m_neighbours.append(m_engine->apply(contact));
        }
    });
    connect(m_neighbourSource.get(), &ContactSource::finished, this, &SharedPhoneCheck::finished);
    m_neighbourSource->start();
}

} // namespace fieldlink::sync
