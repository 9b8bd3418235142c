#pragma once

#include "core/mapping/RouteChecks.h"
#include "core/store/KixieDirectoryRepository.h"

#include <QObject>

class QNetworkReply;
class QWidget;

namespace fieldlink {

class AppContext;

/// The named PowerLists, cadences and agents of the Kixie account the editor works against: the Kixie side
/// of the connection in use. Read from the database; for a Sandbox connection the sandbox's own lists are
/// fetched first (GET /__sandbox/kixie/directory) and stored as the sandbox's, beside the admin's.
class KixieDirectory : public QObject {
    Q_OBJECT
public:
    using Entry = store::KixieDirectoryEntry;

    explicit KixieDirectory(AppContext& context, QObject* parent = nullptr);
    ~KixieDirectory() override;

    /// Follows the connection named `name` (its Kixie side); empty for none.
    void setConnection(const QString& name);
    QString businessId() const { return m_businessId; }
    QList<Entry> entries(Entry::Kind kind) const;
    mapping::RouteChecks::KnownLists knownLists() const;
    /// Opens the dialog where the admin names the account's lists; reloads when it is accepted.
    void edit(QWidget* parent);
    /// Reads the entries again from the database.
    void reload();
    /// Why the last sandbox fetch or read failed, or empty.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void changed();

private:
    void fetchFromSandbox(const QUrl& baseUrl);
    void storeSandboxReply(QNetworkReply* reply);

    AppContext& m_context;
    QString m_connection;
    QString m_businessId;
    QHash<int, QList<Entry>> m_entries; ///< by Entry::Kind
    QNetworkReply* m_fetch = nullptr;   ///< the sandbox fetch under way, until it finishes
    QString m_problem;
};

} // namespace fieldlink
