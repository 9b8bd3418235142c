#pragma once

#include "core/mapping/Diagnostic.h"
#include "core/mapping/FieldPath.h"
#include "core/mapping/Profile.h"

#include <QByteArray>

#include <memory>

namespace fieldlink::mapping {

struct ParsedProfile {
    std::shared_ptr<const Profile> profile; ///< null when the document has errors
    Diagnostics diagnostics;                ///< each with the JSON path, line and column
};

/// Reads a `fieldlink.profile/1` document. Unknown keys and bad values are errors naming their JSON path,
/// line and column; custom fields are resolved against `customFields` (unknown ones are reported).
class ProfileParser {
public:
    static ParsedProfile parse(const QByteArray& text, const CustomFieldDirectory& customFields = {});
};

} // namespace fieldlink::mapping
