#pragma once

#include <QString>

#include <cstddef>

namespace fieldlink::mapping {

/// The descriptions of the default profiles (resources/profiles/*.json), marked for translation in
/// DefaultProfileTexts.cpp: a profile is data, which lupdate cannot read. TestProfiles fails when a
/// default profile's description is missing from the list.
class DefaultProfileTexts {
public:
    /// `description` in the user's language when it is a default profile's own, unchanged; an admin's own
    /// description (or one they edited) as written.
    static QString description(const QString& description);
    /// Every description listed, untranslated.
    static const char* const* all();
    static std::size_t count();
};

} // namespace fieldlink::mapping
