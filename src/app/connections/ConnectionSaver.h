#pragma once

#include "app/connections/ConnectionDraft.h"

#include <QObject>
#include <QStringList>

namespace fieldlink {

class AppContext;

/// Saves a connection's sides: the rows in the database at once, then each secret in the keychain, marking
/// a secret's date only once it is stored. Ends with one finished(), whatever happened.
class ConnectionSaver : public QObject {
    Q_OBJECT
public:
    explicit ConnectionSaver(AppContext& context, QObject* parent = nullptr);

    /// `renameFrom`: the name the connection had, when the admin changed it (its secrets stay where they
    /// are).
    void save(const QList<ConnectionSideToSave>& sides, const QString& renameFrom = {});

Q_SIGNALS:
    /// `problems` is empty when everything was saved; otherwise each says what was not, and why.
    void finished(const QStringList& problems);

private:
    AppContext& m_context;
};

} // namespace fieldlink
