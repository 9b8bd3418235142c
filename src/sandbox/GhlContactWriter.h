#pragma once

#include "sandbox/GhlDirectory.h"
#include "sandbox/Json.h"

#include <optional>
#include <string>

namespace fieldlink::sandbox {

enum class ContactWrite { Create, Upsert, Update };

/// A rejected request: the status and the class-validator style message (string or array).
struct ApiError {
    int status = 400;
    Json message;
    std::string error = "Bad Request";
    Json meta; ///< null unless the error carries one (the duplicate-contact rule)
};

/// Applies create / upsert / update bodies to contacts with the real API's rules: whitelisted properties
/// (422 "property X should not exist"), per-field types, tags replacing the list, custom fields given by id
/// or key with `field_value` / `fieldValue` / `value`, phones stored in E.164, lower-case mirrors derived.
class GhlContactWriter {
public:
    explicit GhlContactWriter(GhlDirectory& directory)
        : m_directory(directory) {}

    /// `existing` is the contact an update changes: a national phone is read in its country.
    std::optional<ApiError> validate(const Json& body, ContactWrite kind,
                                     const Json& existing = Json::object()) const;
    /// Applies a validated body. `contact` may be a fresh object (create) or an existing contact.
    void apply(Json& contact, const Json& body, std::int64_t nowMs) const;
    /// The phone the body would store, in E.164; empty when absent or not a valid number.
    std::string normalisedPhone(const Json& body, const Json& existing = Json::object()) const;

private:
    std::optional<ApiError> validateCustomFields(const Json& value) const;
    GhlDirectory& m_directory;
};

Json unprocessable(const std::string& message);

} // namespace fieldlink::sandbox
