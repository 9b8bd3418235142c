#pragma once

#include "core/Result.h"
#include "core/api/GhlClient.h"
#include "core/api/KixieClient.h"

#include <QStringList>

namespace fieldlink::cli {

/// The connection a headless run takes from FIELDLINK_* variables. Each reader
/// fills what it finds and lists the variables that are missing.
class EnvironmentConnection {
public:
    /// Fails, naming the variable, when an optional setting (FIELDLINK_GHL_TASK_SEARCH_PAGE_SIZE,
    /// FIELDLINK_GHL_TASK_SEARCH_CONTACTS, FIELDLINK_GHL_SEND_COMPANY_NAME) has a value that cannot be used.
    static Result<> readGhl(api::GhlSettings& settings, QString& token, QStringList& missing);
    static void readKixie(api::KixieSettings& settings, api::KixieCredentials& credentials,
                          QStringList& missing);
    /// The message for missing variables, or empty.
    static QString missingMessage(const QStringList& missing);
};

} // namespace fieldlink::cli
