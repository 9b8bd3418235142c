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
    if (!renameFrom.isEmpty() && renameFrom != name && !repository.rename(renameFrom, name))
        return Q_EMIT finished({tr("Could not rename the connection: %1").arg(repository.lastError())});
    QList<ConnectionSideToSave> secrets;
    for (ConnectionSideToSave side : sides) {
        if (!repository.save(side.row))
            return Q_EMIT finished({tr("Could not save the connection: %1").arg(repository.lastError())});
        if (!side.secret.isEmpty())
            secrets.append(side);
    }
    if (secrets.isEmpty())
        return Q_EMIT finished({});
    auto remaining = std::make_shared<qsizetype>(secrets.size());
    auto problems = std::make_shared<QStringList>();
    for (const ConnectionSideToSave& side : std::as_const(secrets)) {
        const qint64 id = side.row.id;
        m_context.secrets().write(side.row.secretAccount, side.secret, this,
                                  [this, id, remaining, problems](const auth::SecretError& error) {
                                      if (error.ok())
                                          m_context.connections().markSecretSaved(
                                              id, QDateTime::currentDateTimeUtc());
                                      else
                                          problems->append(error.message);
                                      if (--*remaining == 0)
                                          Q_EMIT finished(*problems);
                                  });
    }
}

} // namespace fieldlink
