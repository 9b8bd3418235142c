// The descriptions of resources/profiles/*.json, listed so that lupdate puts them in the translation
// catalogues; DefaultProfileTexts::description translates one when it is shown.
#include "core/mapping/DefaultProfileTexts.h"

#include <QCoreApplication>

namespace fieldlink::mapping {
namespace {

const char* const descriptions[] = {
    QT_TRANSLATE_NOOP("fieldlink::mapping::DefaultProfileTexts",
                      "Each contact with a valid phone becomes a PowerList row keyed by its E.164 number. "
                      "Hot leads and call-backs get their own lists; customers go to Customers; the rest to "
                      "New Leads. A contact without a valid phone is skipped, never sent."),
    QT_TRANSLATE_NOOP(
        "fieldlink::mapping::DefaultProfileTexts",
        "Every finished call (endcall, then its disposition) becomes a note on the GHL contact (found by the "
        "CRM contact id Kixie sends back, else by phone) with outcome, duration, agent and recording. A "
        "call's disposition adds to the note its endcall made. A call from a number no GHL contact has is "
        "skipped (set unknownCallers to create to add the caller to GHL). Call-back dispositions add a "
        "follow-up task due the next day; dispositions also become tags. Each disposition also writes the "
        "call into the contact's last-call custom fields (outcome, date, agent, duration, recording, number "
        "of calls), the newest call winning, and a do-not-call disposition turns on do-not-disturb for calls "
        "and texts."),
};

} // namespace

QString DefaultProfileTexts::description(const QString& description) {
    // Only a shipped description has a translation; an admin's own words stay as written.
    for (const char* shipped : descriptions) {
        if (description == QString::fromUtf8(shipped))
            return QCoreApplication::translate("fieldlink::mapping::DefaultProfileTexts", shipped);
    }
    return description;
}

const char* const* DefaultProfileTexts::all() {
    return descriptions;
}

std::size_t DefaultProfileTexts::count() {
    return sizeof(descriptions) / sizeof(descriptions[0]);
}

} // namespace fieldlink::mapping
