#pragma once

#include "ProfileParser.h"

#include <QString>

namespace fieldlink::mapping {

/// Finds a profile by the name of a default profile ("ghl-contacts-to-kixie-powerlist") or by file path,
/// and parses it.
class ProfileLoader {
public:
    struct Loaded {
        QString origin; ///< the file or resource read
        QByteArray text;
        ParsedProfile parsed;
        QString error; ///< set when nothing could be read
    };

    static Loaded load(const QString& nameOrPath, const CustomFieldDirectory& customFields = {});
    /// Names of the profiles that ship with Fieldlink.
    static QStringList defaultProfileNames();
};

} // namespace fieldlink::mapping
