#pragma once

#include <QJsonObject>

namespace fieldlink::api {

/// POST /contacts/search returns contacts in a different shape from GET /contacts/{id} (docs/api.md, "GHL:
/// contact shapes and custom fields"): the street is `address`, `dateOfBirth` is epoch milliseconds, the
/// company is `businessName`, there is no `name`, and each carries its `searchAfter` cursor. Mapping rules
/// are written against the GET shape, so search results are brought into it here.
class GhlContactShape {
public:
    static QJsonObject fromSearchResult(QJsonObject contact);
};

} // namespace fieldlink::api
