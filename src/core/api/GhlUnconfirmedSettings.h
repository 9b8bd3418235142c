#pragma once

#include "core/Result.h"
#include "core/api/GhlClient.h"

#include <QJsonObject>

namespace fieldlink::api {

/// The GhlSettings whose right value HighLevel does not document (docs/api.md, "Unconfirmed behaviours as
/// settings"): their keys in a saved connection's settings, their allowed ranges and their checks, shared by
/// the Connections page, the app's runs and the CLI.
class GhlUnconfirmedSettings {
public:
    static constexpr int minTaskSearchPageSize = 1;
    static constexpr int maxTaskSearchPageSize = 1000;
    static constexpr int minTaskSearchContacts = 1;
    static constexpr int maxTaskSearchContacts = 100;

    /// Keys in SavedConnection::settings. A key that is missing means the default.
    static const QString sendCompanyNameKey;
    static const QString taskSearchPageSizeKey;
    static const QString taskSearchContactsKey;

    /// Whether the values can be used, or why not in the admin's words.
    static Result<> checkTaskSearchPageSize(int value);
    static Result<> checkTaskSearchContacts(int value);

    /// Writes the three values of `settings` into a connection's settings object.
    static void write(const GhlSettings& settings, QJsonObject& stored);
    /// Takes the three values from a connection's settings object into `settings`; a missing or
    /// out-of-range value leaves the default there (a saved connection was checked when it was saved).
    static void read(const QJsonObject& stored, GhlSettings& settings);
};

} // namespace fieldlink::api
