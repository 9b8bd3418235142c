#pragma once

#include "core/mapping/ProfileParser.h"

#include <QString>

#include <functional>

namespace fieldlink::mapping {

/// Finds a profile by file path, by the name of a profile saved in the mapping editor (its newest version),
/// or by the name of a default profile ("ghl-contacts-to-kixie-powerlist"), and parses it. A default profile
/// the admin saved from the editor is found as that saved version, as the editor shows it.
class ProfileLoader {
public:
    struct Loaded {
        QString origin; ///< the file or resource read
        QByteArray text;
        ParsedProfile parsed;
        QString error; ///< set when nothing could be read
    };

    /// The newest saved document of a profile name, or empty (the database's, in store::ProfileRepository).
    using SavedProfiles = std::function<QByteArray(const QString& name)>;

    static Loaded load(const QString& nameOrPath, const CustomFieldDirectory& customFields = {},
                       const SavedProfiles& saved = {});
    /// Names of the profiles that ship with Fieldlink.
    static QStringList defaultProfileNames();
};

} // namespace fieldlink::mapping
