#pragma once

#include "sandbox/GhlContactWriter.h"
#include "sandbox/GhlDirectory.h"
#include "sandbox/Json.h"

#include <map>
#include <string>
#include <variant>

namespace fieldlink::sandbox {

using QueryParameters = std::map<std::string, std::string>;

/// GET /contacts/ (deprecated list): cursor paging by (dateAdded, id) with startAfter / startAfterId and a
/// meta block whose nextPageUrl is absolute, as integrators observe it.
std::variant<ApiError, Json> listContacts(const GhlDirectory& directory, const QueryParameters& query,
                                          const std::string& baseUrl);

/// POST /contacts/search: page / pageLimit up to 10 000 records, then searchAfter;
/// AND-ed filters with AND / OR groups; one sort criterion; and the search shape of each contact.
std::variant<ApiError, Json> searchContacts(const GhlDirectory& directory, const Json& body);

/// GET /contacts/business/{businessId}: skip / limit paging.
std::variant<ApiError, Json> businessContacts(const GhlDirectory& directory, const std::string& businessId,
                                              const QueryParameters& query);

/// Full-text match over names, email, phone and company, as `query` does on list and search.
bool matchesFullText(const Json& contact, const std::string& text);

/// The search endpoint's contact shape: `address` instead of `address1`, an epoch-ms `dateOfBirth`,
/// `businessName`, empty additional lists and the `searchAfter` cursor.
Json toSearchShape(const Json& contact, const Json& searchAfter);

} // namespace fieldlink::sandbox
