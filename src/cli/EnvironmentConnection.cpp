#include "cli/EnvironmentConnection.h"

#include <QCoreApplication>

namespace fieldlink::cli {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::cli)
};

QString variable(const char* name, QStringList* missing = nullptr) {
    const QString value = qEnvironmentVariable(name).trimmed();
    if (value.isEmpty() && missing)
        *missing << QLatin1String(name);
    return value;
}

} // namespace

void EnvironmentConnection::readGhl(api::GhlSettings& settings, QString& token, QStringList& missing) {
    if (const QString base = variable("FIELDLINK_GHL_BASE_URL"); !base.isEmpty())
        settings.baseUrl = QUrl(base);
    token = variable("FIELDLINK_GHL_TOKEN", &missing);
    settings.locationId = variable("FIELDLINK_GHL_LOCATION_ID", &missing);
}

void EnvironmentConnection::readKixie(api::KixieSettings& settings, api::KixieCredentials& credentials,
                                      QStringList& missing) {
    if (const QString base = variable("FIELDLINK_KIXIE_BASE_URL"); !base.isEmpty())
        settings.baseUrl = QUrl(base);
    credentials.apiKey = variable("FIELDLINK_KIXIE_API_KEY", &missing);
    credentials.businessId = variable("FIELDLINK_KIXIE_BUSINESS_ID", &missing);
}

QString EnvironmentConnection::missingMessage(const QStringList& missing) {
    if (missing.isEmpty())
        return {};
    return Tr::
        tr("fieldlink-cli: no connection: set %1 (or use --connection with a connection saved in the app).")
            .arg(missing.join(QLatin1String(", ")));
}

} // namespace fieldlink::cli
