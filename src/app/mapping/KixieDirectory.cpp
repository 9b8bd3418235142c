#include "app/mapping/KixieDirectory.h"

#include "app/mapping/dialogs/KixieDirectoryDialog.h"
#include "app/shell/AppContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace fieldlink {
namespace {

/// The sandbox answers at once; a stuck fetch must not hold the lists back for long.
constexpr int fetchTimeoutMs = 10000;

} // namespace

KixieDirectory::KixieDirectory(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
    // Lists named on the Connections page show here at once.
    connect(&context, &AppContext::kixieDirectoryChanged, this, &KixieDirectory::reload);
}

KixieDirectory::~KixieDirectory() {
    if (m_fetch)
        m_fetch->abort();
}

void KixieDirectory::setConnection(const QString& name) {
    m_connection = name;
    m_problem.clear();
    const std::optional<store::SavedConnection> kixie =
        name.isEmpty() ? std::nullopt
                       : m_context.connections().find(name, store::SavedConnection::Service::Kixie);
    m_businessId = kixie ? kixie->accountId : QString();
    reload();
    if (kixie && kixie->environment == store::SavedConnection::Environment::Sandbox)
        fetchFromSandbox(kixie->baseUrl);
}

QList<KixieDirectory::Entry> KixieDirectory::entries(Entry::Kind kind) const {
    return m_entries.value(static_cast<int>(kind));
}

mapping::RouteChecks::KnownLists KixieDirectory::knownLists() const {
    mapping::RouteChecks::KnownLists known;
    for (const Entry& entry : entries(Entry::Kind::PowerList))
        known.powerlists.insert(entry.id);
    for (const Entry& entry : entries(Entry::Kind::Cadence))
        known.cadences.insert(entry.id);
    return known;
}

void KixieDirectory::reload() {
    m_entries.clear();
    if (!m_businessId.isEmpty()) {
        for (const Entry::Kind kind : {Entry::Kind::PowerList, Entry::Kind::Cadence, Entry::Kind::Agent}) {
            const Result<QList<Entry>> listed = m_context.kixieDirectory().list(m_businessId, kind);
            if (!listed)
                m_problem = listed.error();
            else
                m_entries.insert(static_cast<int>(kind), *listed);
        }
    }
    Q_EMIT changed();
}

void KixieDirectory::edit(QWidget* parent) {
    KixieDirectoryDialog dialog(m_context.kixieDirectory(), m_businessId, m_connection, parent);
    dialog.setObjectName(QStringLiteral("kixieDirectoryDialog"));
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT m_context.kixieDirectoryChanged(); // reloads this directory and any other
}

void KixieDirectory::fetchFromSandbox(const QUrl& baseUrl) {
    if (m_fetch)
        m_fetch->abort();
    QNetworkRequest request(baseUrl.resolved(QUrl(QStringLiteral("/__sandbox/kixie/directory"))));
    request.setTransferTimeout(fetchTimeoutMs);
    QNetworkReply* reply = m_context.network()->get(request);
    m_fetch = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_fetch == reply)
            m_fetch = nullptr;
        storeSandboxReply(reply);
    });
}

void KixieDirectory::storeSandboxReply(QNetworkReply* reply) {
    if (reply->error() != QNetworkReply::NoError) {
        if (reply->error() != QNetworkReply::OperationCanceledError)
            m_problem = tr("Could not read the sandbox's lists: %1").arg(reply->errorString());
        return;
    }
    const QJsonObject directory = QJsonDocument::fromJson(reply->readAll()).object();
    QList<Entry> entries;
    for (const auto& [key, kind] : {std::pair{QStringLiteral("powerlists"), Entry::Kind::PowerList},
                                    std::pair{QStringLiteral("cadences"), Entry::Kind::Cadence},
                                    std::pair{QStringLiteral("agents"), Entry::Kind::Agent}}) {
        for (const QJsonValue& value : directory.value(key).toArray()) {
            const QJsonObject entry = value.toObject();
            entries.append({kind,
                            entry.value(QLatin1String("id")).toVariant().toString(),
                            entry.value(QLatin1String("name")).toString(),
                            Entry::Source::Sandbox,
                            {}});
        }
    }
    if (const Result<> stored = m_context.kixieDirectory().replaceSandboxEntries(m_businessId, entries);
        !stored)
        m_problem = stored.error();
    reload();
}

} // namespace fieldlink
