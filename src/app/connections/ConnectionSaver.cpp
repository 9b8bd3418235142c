#include "app/connections/ConnectionSaver.h"

#include "app/shell/AppContext.h"
#include "core/auth/SecretRequests.h"

#include <memory>

namespace fieldlink {

ConnectionSaver::ConnectionSaver(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context) {
}

void ConnectionSaver::save(const QList<ConnectionSideToSave>& sides, const QString& renameFrom) {
    store::ConnectionRepository& repository = m_context.connections();
    const QString name = sides.isEmpty() ? QString() : sides.constFirst().row.name;
    if (!renameFrom.isEmpty() && renameFrom != name) {
        if (const Result<> renamed = repository.rename(renameFrom, name); !renamed)
            return Q_EMIT finished({tr("Could not rename the connection: %1").arg(renamed.error())});
    }
    QList<ConnectionSideToSave> secrets;
    for (ConnectionSideToSave side : sides) {
        if (const Result<> saved = repository.save(side.row); !saved)
            return Q_EMIT finished({tr("Could not save the connection: %1").arg(saved.error())});
        if (!side.secret.isEmpty())
            secrets.append(side);
    }
    if (secrets.isEmpty())
        return Q_EMIT finished({});
    auto remaining = std::make_shared<qsizetype>(secrets.size());
    auto problems = std::make_shared<QStringList>();
    for (const ConnectionSideToSave& side : std::as_const(secrets)) {
        const qint64 id = side.row.id;
        m_context.secrets().write(
            side.row.secretAccount, side.secret, this,
            [this, id, remaining, problems](const auth::SecretError& error) {
                if (!error.ok())
                    problems->append(error.message);
                else if (const Result<> marked =
                             m_context.connections().markSecretSaved(id, QDateTime::currentDateTimeUtc());
                         !marked)
                    problems->append(marked.error());
                if (--*remaining == 0)
                    Q_EMIT finished(*problems);
            });
    }
}

} // namespace fieldlink
