#include "core/api/GhlUnconfirmedSettings.h"

#include <QCoreApplication>

namespace fieldlink::api {

const QString GhlUnconfirmedSettings::sendCompanyNameKey = QStringLiteral("ghlSendCompanyNameOnUpdate");
const QString GhlUnconfirmedSettings::taskSearchPageSizeKey = QStringLiteral("ghlTaskSearchPageSize");
const QString GhlUnconfirmedSettings::taskSearchContactsKey = QStringLiteral("ghlTaskSearchContacts");

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fieldlink::api::GhlUnconfirmedSettings", text);
}

bool within(int value, int low, int high) {
    return value >= low && value <= high;
}

} // namespace

Result<> GhlUnconfirmedSettings::checkTaskSearchPageSize(int value) {
    if (within(value, minTaskSearchPageSize, maxTaskSearchPageSize))
        return {};
    return Failure{tr("Tasks per page of the task search must be a whole number from %L1 to %L2 (not %L3).")
                       .arg(minTaskSearchPageSize)
                       .arg(maxTaskSearchPageSize)
                       .arg(value)};
}

Result<> GhlUnconfirmedSettings::checkTaskSearchContacts(int value) {
    if (within(value, minTaskSearchContacts, maxTaskSearchContacts))
        return {};
    return Failure{tr("Contacts per task search must be a whole number from %L1 to %L2 (not %L3).")
                       .arg(minTaskSearchContacts)
                       .arg(maxTaskSearchContacts)
                       .arg(value)};
}

void GhlUnconfirmedSettings::write(const GhlSettings& settings, QJsonObject& stored) {
    stored.insert(sendCompanyNameKey, settings.sendCompanyNameOnUpdate);
    stored.insert(taskSearchPageSizeKey, settings.taskSearchPageSize);
    stored.insert(taskSearchContactsKey, settings.taskSearchContacts);
}

void GhlUnconfirmedSettings::read(const QJsonObject& stored, GhlSettings& settings) {
    settings.sendCompanyNameOnUpdate =
        stored.value(sendCompanyNameKey).toBool(GhlSettings{}.sendCompanyNameOnUpdate);
    // A value edited by hand into the database out of range falls back to the default rather than
    // sending HighLevel a page size it may refuse.
    const int pageSize = stored.value(taskSearchPageSizeKey).toInt(GhlSettings{}.taskSearchPageSize);
    settings.taskSearchPageSize =
        checkTaskSearchPageSize(pageSize) ? pageSize : GhlSettings{}.taskSearchPageSize;
    const int contacts = stored.value(taskSearchContactsKey).toInt(GhlSettings{}.taskSearchContacts);
    settings.taskSearchContacts =
        checkTaskSearchContacts(contacts) ? contacts : GhlSettings{}.taskSearchContacts;
}

} // namespace fieldlink::api
