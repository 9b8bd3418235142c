#include "app/shell/SandboxConnection.h"

#include "app/connections/ConnectionSaver.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace fieldlink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::SandboxConnection)
};

using store::SavedConnection;

} // namespace

QString SandboxConnection::name() {
    // Not translated: it is also what `fieldlink-cli --connection` is given, whatever the app's language.
    return QStringLiteral("Sandbox");
}

void SandboxConnection::setUp(AppContext& context, QObject* receiver,
                              std::function<void(const QString&)> done) {
    if (const Result<> started = context.startSandbox(); !started)
        return done(started.error());
    const QJsonObject credentials = context.sandbox()->credentials();
    const QJsonObject ghlCredentials = credentials.value(QLatin1String("ghl")).toObject();
    const QJsonObject kixieCredentials = credentials.value(QLatin1String("kixie")).toObject();

    ConnectionDraft form;
    form.name = name();
    form.sandbox = true;
    form.ghlToken = ghlCredentials.value(QLatin1String("token")).toString();
    form.locationId = ghlCredentials.value(QLatin1String("locationId")).toString();
    form.ghlBaseUrl = context.sandbox()->baseUrl();
    form.kixieApiKey = kixieCredentials.value(QLatin1String("apiKey")).toString();
    form.kixieBusinessId = kixieCredentials.value(QLatin1String("businessId")).toString();
    form.kixieBaseUrl = context.sandbox()->baseUrl();
    auto* saver = new ConnectionSaver(context, receiver);
    QObject::connect(saver, &ConnectionSaver::finished, receiver, [saver, done](const QStringList& problems) {
        saver->deleteLater();
        done(problems.join(QLatin1Char(' ')));
    });
    saver->save(form.sides(context.connections().find(name(), SavedConnection::Service::Ghl),
                           context.connections().find(name(), SavedConnection::Service::Kixie)));
}

} // namespace fieldlink
