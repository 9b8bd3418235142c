#include "cli/EnvironmentConnection.h"

#include "core/api/GhlUnconfirmedSettings.h"

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

/// An optional whole-number variable: unset leaves `value` as it is; otherwise it must pass `check`.
Result<> readNumber(const char* name, int& value, Result<> (*check)(int)) {
    const QString text = variable(name);
    if (text.isEmpty())
        return {};
    bool whole = false;
    const int number = text.toInt(&whole);
    const Result<> usable = whole ? check(number) : Result<>{Failure{}};
    if (!usable)
        return Failure{Tr::tr("fieldlink-cli: %1=\"%2\" cannot be used: %3")
                           .arg(QLatin1String(name), text,
                                whole ? usable.error() : Tr::tr("it is not a whole number."))};
    value = number;
    return {};
}

} // namespace

Result<> EnvironmentConnection::readGhl(api::GhlSettings& settings, QString& token, QStringList& missing) {
    if (const QString base = variable("FIELDLINK_GHL_BASE_URL"); !base.isEmpty())
        settings.baseUrl = QUrl(base);
    token = variable("FIELDLINK_GHL_TOKEN", &missing);
    settings.locationId = variable("FIELDLINK_GHL_LOCATION_ID", &missing);
    if (const Result<> read = readNumber("FIELDLINK_GHL_TASK_SEARCH_PAGE_SIZE", settings.taskSearchPageSize,
                                         &api::GhlUnconfirmedSettings::checkTaskSearchPageSize);
        !read)
        return read;
    if (const Result<> read = readNumber("FIELDLINK_GHL_TASK_SEARCH_CONTACTS", settings.taskSearchContacts,
                                         &api::GhlUnconfirmedSettings::checkTaskSearchContacts);
        !read)
        return read;
    if (const QString send = variable("FIELDLINK_GHL_SEND_COMPANY_NAME"); !send.isEmpty()) {
        if (send != QLatin1String("0") && send != QLatin1String("1"))
            return Failure{Tr::tr("fieldlink-cli: FIELDLINK_GHL_SEND_COMPANY_NAME=\"%1\" cannot be used: "
                                  "set it to 1 (send the company name when updating a contact) or 0 "
                                  "(do not).")
                               .arg(send)};
        settings.sendCompanyNameOnUpdate = send == QLatin1String("1");
    }
    return {};
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
