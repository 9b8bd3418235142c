#pragma once

#include "sandbox/GhlContactWriter.h"
#include "sandbox/GhlDirectory.h"

#include <variant>

namespace fieldlink::sandbox {

/// POST /locations/{locationId}/tasks/search: the location's tasks filtered by the body's `contactId[]`,
/// `completed`, `assignedTo[]` and `query` (title or body contains it, any case), in a stable order (contact
/// by contact, each contact's tasks as created), `limit` (default 25) from the `skip`th on. Properties the
/// spec does not list, or of the wrong type, give 422 like the other routes. The answer is
/// `{"tasks": [Task]}` with no total: a page shorter than `limit` is the last.
std::variant<ApiError, Json> searchTasks(const GhlDirectory& directory, const Json& body);

} // namespace fieldlink::sandbox
