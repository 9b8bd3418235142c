#include "sandbox/GhlContactQuery.h"

#include "sandbox/TextRules.h"
#include "sandbox/Timestamps.h"

#include <algorithm>
#include <set>

namespace fieldlink::sandbox {
namespace {

constexpr int searchWindowLimit = 10000;

ApiError unprocessableError(const std::string& message) {
    return ApiError{422, unprocessable(message), "Unprocessable Entity", {}};
}

std::optional<long long> parseInteger(const std::string& text) {
    if (text.empty() || text.size() > 18 || !std::all_of(text.begin(), text.end(), ::isdigit))
        return std::nullopt;
    return std::stoll(text);
}

const std::set<std::string> searchableFields = {"id",
                                                "firstName",
                                                "lastName",
                                                "firstNameLowerCase",
                                                "lastNameLowerCase",
                                                "email",
                                                "phone",
                                                "companyName",
                                                "businessName",
                                                "tags",
                                                "dnd",
                                                "dateAdded",
                                                "dateUpdated",
                                                "city",
                                                "state",
                                                "country",
                                                "postalCode",
                                                "address",
                                                "source",
                                                "type",
                                                "assignedTo",
                                                "timezone",
                                                "businessId",
                                                "website"};
const std::set<std::string> dateFields = {"dateAdded", "dateUpdated"};
const std::set<std::string> sortableFields = {"dateAdded",         "dateUpdated", "firstNameLowerCase",
                                              "lastNameLowerCase", "email",       "businessName"};

Json fieldValue(const Json& contact, const std::string& field) {
    const std::string source = field == "address"        ? "address1"
                               : field == "businessName" ? "companyName"
                                                         : field;
    if (!contact.contains(source))
        return nullptr;
    const Json& value = contact.at(source);
    if (dateFields.contains(field) && value.is_string()) {
        if (auto ms = parseIsoUtc(value.get<std::string>()))
            return *ms;
    }
    return value;
}

bool isEmpty(const Json& value) {
    return value.is_null() || (value.is_string() && value.get<std::string>().empty()) ||
           (value.is_array() && value.empty());
}

std::string asLowerText(const Json& value) {
    if (value.is_string())
        return lowerCase(value.get<std::string>());
    return value.dump();
}

std::optional<double> asNumber(const Json& value) {
    if (value.is_number())
        return value.get<double>();
    if (value.is_string()) {
        if (auto ms = parseIsoUtc(value.get<std::string>()))
            return static_cast<double>(*ms);
    }
    return std::nullopt;
}

bool equalsValue(const Json& actual, const Json& wanted) {
    if (actual.is_array())
        return std::any_of(actual.begin(), actual.end(),
                           [&](const Json& item) { return equalsValue(item, wanted); });
    if (actual.is_boolean() || wanted.is_boolean())
        return actual == wanted;
    if (actual.is_number() || wanted.is_number()) {
        auto a = asNumber(actual), w = asNumber(wanted);
        return a && w && *a == *w;
    }
    return asLowerText(actual) == asLowerText(wanted);
}

bool containsValue(const Json& actual, const Json& wanted) {
    if (actual.is_array())
        return std::any_of(actual.begin(), actual.end(),
                           [&](const Json& item) { return containsValue(item, wanted); });
    return asLowerText(actual).find(asLowerText(wanted)) != std::string::npos;
}

bool inRange(const Json& actual, const Json& range) {
    auto value = asNumber(actual);
    if (!value)
        return false;
    for (const auto& [op, boundJson] : range.items()) {
        auto bound = asNumber(boundJson);
        if (!bound)
            return false;
        if ((op == "gte" && !(*value >= *bound)) || (op == "gt" && !(*value > *bound)) ||
            (op == "lte" && !(*value <= *bound)) || (op == "lt" && !(*value < *bound)))
            return false;
    }
    return true;
}

std::optional<ApiError> validateFilters(const Json& filters) {
    if (!filters.is_array())
        return unprocessableError("filters must be an array");
    for (const Json& filter : filters) {
        if (!filter.is_object())
            return unprocessableError("each value in filters must be an object");
        if (filter.contains("group")) {
            if (filter["group"] != "AND" && filter["group"] != "OR")
                return unprocessableError("group must be one of the following values: AND, OR");
            if (auto error = validateFilters(filter.value("filters", Json::array())))
                return error;
            continue;
        }
        const std::string field = filter.value("field", "");
        if (!searchableFields.contains(field))
            return ApiError{400, Json("Invalid field " + field), "Bad Request", {}};
        const std::string op = filter.value("operator", "");
        static const std::set<std::string> operators = {"eq",     "not_eq",     "contains", "not_contains",
                                                        "exists", "not_exists", "range"};
        if (!operators.contains(op))
            return unprocessableError(
                "operator must be one of the following values: " +
                std::string("eq, not_eq, contains, not_contains, exists, not_exists, range"));
        if (op == "range" && !(filter.contains("value") && filter["value"].is_object()))
            return unprocessableError("value must be an object for the range operator");
        if (op != "exists" && op != "not_exists" && !filter.contains("value"))
            return unprocessableError("value should not be empty");
        if (filter.contains("value") && filter["value"].is_string() &&
            filter["value"].get<std::string>().size() > 75)
            return unprocessableError("value must be shorter than or equal to 75 characters");
    }
    return std::nullopt;
}

bool matchesFilter(const Json& contact, const Json& filter);

bool matchesAll(const Json& contact, const Json& filters, bool any) {
    if (filters.empty())
        return true;
    for (const Json& filter : filters) {
        const bool hit = matchesFilter(contact, filter);
        if (any && hit)
            return true;
        if (!any && !hit)
            return false;
    }
    return !any;
}

bool matchesFilter(const Json& contact, const Json& filter) {
    if (filter.contains("group"))
        return matchesAll(contact, filter.value("filters", Json::array()), filter["group"] == "OR");
    const Json actual = fieldValue(contact, filter["field"].get<std::string>());
    const std::string op = filter["operator"].get<std::string>();
    const Json wanted = filter.value("value", Json());
    if (op == "exists")
        return !isEmpty(actual);
    if (op == "not_exists")
        return isEmpty(actual);
    if (op == "range")
        return inRange(actual, wanted);
    if (isEmpty(actual))
        return op == "not_eq" || op == "not_contains";
    if (op == "eq")
        return equalsValue(actual, wanted);
    if (op == "not_eq")
        return !equalsValue(actual, wanted);
    if (op == "contains")
        return containsValue(actual, wanted);
    return !containsValue(actual, wanted);
}

Json sortValue(const Json& contact, const std::string& field) {
    Json value = fieldValue(contact, field);
    if (value.is_null())
        return dateFields.contains(field) ? Json(0) : Json("");
    return dateFields.contains(field) ? value : Json(asLowerText(value));
}

} // namespace

bool matchesFullText(const Json& contact, const std::string& text) {
    const std::string wanted = lowerCase(trim(text));
    if (wanted.empty())
        return true;
    for (const char* key : {"name", "firstName", "lastName", "email", "phone", "companyName"}) {
        if (contact.contains(key) &&
            lowerCase(contact[key].get<std::string>()).find(wanted) != std::string::npos)
            return true;
    }
    return false;
}

Json toSearchShape(const Json& contact, const Json& searchAfter) {
    Json shaped = Json::object();
    for (const auto& [key, value] : contact.items()) {
        if (key == "address1")
            shaped["address"] = value;
        else if (key == "dateOfBirth") {
            if (auto ms = parseIsoUtc(value.get<std::string>()))
                shaped["dateOfBirth"] = *ms;
        } else if (key != "name" && key != "fullNameLowerCase" && key != "emailLowerCase" &&
                   key != "attributionSource" && key != "lastAttributionSource")
            shaped[key] = value;
    }
    if (contact.contains("companyName"))
        shaped["businessName"] = contact["companyName"];
    // Search always carries both lists; a contact has them only when they hold something.
    for (const char* list : {"additionalEmails", "additionalPhones"}) {
        if (!shaped.contains(list))
            shaped[list] = Json::array();
    }
    shaped["followers"] = Json::array();
    shaped["opportunities"] = Json::array();
    if (contact.contains("phone"))
        shaped["phoneLabel"] = "Mobile";
    shaped["validEmail"] = contact.contains("email");
    shaped["searchAfter"] = searchAfter;
    return shaped;
}

std::variant<ApiError, Json> listContacts(const GhlDirectory& directory, const QueryParameters& query,
                                          const std::string& baseUrl) {
    static const std::set<std::string> allowed = {"locationId", "query", "limit", "startAfterId",
                                                  "startAfter"};
    for (const auto& [key, value] : query) {
        if (!allowed.contains(key))
            return unprocessableError("property " + key + " should not exist");
    }
    if (!query.contains("locationId"))
        return unprocessableError("locationId should not be empty");
    long long limit = 20;
    if (query.contains("limit")) {
        auto parsed = parseInteger(query.at("limit"));
        if (!parsed || *parsed < 1)
            return unprocessableError("limit must be a positive number");
        if (*parsed > 100)
            return unprocessableError("limit must not be greater than 100");
        limit = *parsed;
    }
    std::optional<std::pair<std::int64_t, std::string>> cursor;
    if (query.contains("startAfter") || query.contains("startAfterId")) {
        auto startAfter = parseInteger(query.contains("startAfter") ? query.at("startAfter") : "");
        if (!startAfter)
            return unprocessableError("startAfter must be a number");
        cursor = std::make_pair(static_cast<std::int64_t>(*startAfter),
                                query.contains("startAfterId") ? query.at("startAfterId") : std::string{});
    }
    const std::string text = query.contains("query") ? query.at("query") : std::string{};

    Json page = Json::array();
    long long total = 0;
    long long before = 0;
    std::pair<std::int64_t, std::string> last;
    bool more = false;
    for (const auto& key : directory.addedOrder()) {
        const Json& contact = directory.find(key.second)->contact;
        if (!matchesFullText(contact, text))
            continue;
        ++total;
        if (cursor && !(key > *cursor)) {
            ++before;
            continue;
        }
        if (static_cast<long long>(page.size()) < limit) {
            page.push_back(contact);
            last = key;
        } else {
            more = true;
        }
    }
    const long long currentPage = before / limit + 1;
    Json meta{{"total", total}, {"currentPage", currentPage}};
    if (more) {
        std::string next = baseUrl + "/contacts/?locationId=" + query.at("locationId") +
                           "&limit=" + std::to_string(limit) + "&startAfter=" + std::to_string(last.first) +
                           "&startAfterId=" + last.second;
        if (!text.empty())
            next += "&query=" + text;
        meta["nextPageUrl"] = next;
        meta["startAfterId"] = last.second;
        meta["startAfter"] = last.first;
        meta["nextPage"] = currentPage + 1;
    } else {
        meta["nextPageUrl"] = nullptr;
        meta["nextPage"] = nullptr;
    }
    meta["prevPage"] = currentPage > 1 ? Json(currentPage - 1) : Json(nullptr);
    return Json{{"contacts", page}, {"count", page.size()}, {"meta", meta}};
}

std::variant<ApiError, Json> searchContacts(const GhlDirectory& directory, const Json& body) {
    static const std::set<std::string> allowed = {"locationId", "page",  "pageLimit",  "filters",
                                                  "sort",       "query", "searchAfter"};
    if (!body.is_object())
        return unprocessableError("body must be a JSON object");
    Json messages = Json::array();
    for (const auto& [key, value] : body.items()) {
        if (!allowed.contains(key))
            messages.push_back("property " + key + " should not exist");
    }
    if (!body.contains("locationId"))
        messages.push_back("locationId should not be empty");
    if (!body.contains("pageLimit"))
        messages.push_back("pageLimit should not be empty");
    else if (!body["pageLimit"].is_number_integer() || body["pageLimit"].get<long long>() < 1)
        messages.push_back("pageLimit must be a positive number");
    else if (body["pageLimit"].get<long long>() > 500)
        messages.push_back("pageLimit must not be greater than 500");
    if (body.contains("page") && (!body["page"].is_number_integer() || body["page"].get<long long>() < 1))
        messages.push_back("page must be a positive number");
    if (body.contains("query") &&
        (!body["query"].is_string() || body["query"].get<std::string>().size() > 75))
        messages.push_back("query must be a string shorter than or equal to 75 characters");
    if (body.contains("searchAfter") && !(body["searchAfter"].is_array() && body["searchAfter"].size() == 2))
        messages.push_back("searchAfter must be an array of the sort value and the contact id");
    if (!messages.empty())
        return ApiError{422, messages, "Unprocessable Entity", {}};
    const Json filters = body.value("filters", Json::array());
    if (auto error = validateFilters(filters))
        return *error;

    std::string sortField = "dateAdded";
    bool descending = false;
    if (body.contains("sort")) {
        const Json& sort = body["sort"];
        if (!sort.is_array() || (!sort.empty() && !sort[0].is_object()))
            return unprocessableError("sort must be an array of {field, direction}");
        if (!sort.empty()) {
            sortField = sort[0].value("field", "");
            if (!sortableFields.contains(sortField))
                return ApiError{400, Json("Invalid sort field " + sortField), "Bad Request", {}};
            descending = sort[0].value("direction", "asc") == "desc";
        }
    }

    const long long pageLimit = body["pageLimit"].get<long long>();
    const long long page = body.value("page", 1LL);
    const bool byCursor = body.contains("searchAfter");
    if (!byCursor && page * pageLimit > searchWindowLimit)
        return ApiError{
            400,
            Json("page and pageLimit reach at most 10000 records; use searchAfter to read further"),
            "Bad Request",
            {}};

    struct Hit {
        Json key;
        std::string id;
        const Json* contact;
    };
    std::vector<Hit> hits;
    const std::string text = body.value("query", "");
    for (const auto& [added, id] : directory.addedOrder()) {
        const Json& contact = directory.find(id)->contact;
        if (matchesFullText(contact, text) && matchesAll(contact, filters, false))
            hits.push_back({sortValue(contact, sortField), id, &contact});
    }
    auto less = [&](const Json& ka, const std::string& ia, const Json& kb, const std::string& ib) {
        if (ka != kb)
            return descending ? kb < ka : ka < kb;
        return descending ? ib < ia : ia < ib;
    };
    std::stable_sort(hits.begin(), hits.end(),
                     [&](const Hit& a, const Hit& b) { return less(a.key, a.id, b.key, b.id); });

    std::size_t first = 0;
    if (byCursor) {
        const Json& after = body["searchAfter"];
        const std::string afterId = after[1].is_string() ? after[1].get<std::string>() : std::string{};
        first = static_cast<std::size_t>(
            std::find_if(hits.begin(), hits.end(),
                         [&](const Hit& hit) { return less(after[0], afterId, hit.key, hit.id); }) -
            hits.begin());
    } else {
        first = static_cast<std::size_t>((page - 1) * pageLimit);
    }
    Json contacts = Json::array();
    for (std::size_t i = first; i < hits.size() && contacts.size() < static_cast<std::size_t>(pageLimit); ++i)
        contacts.push_back(toSearchShape(*hits[i].contact, Json::array({hits[i].key, hits[i].id})));
    return Json{{"contacts", contacts}, {"total", hits.size()}};
}

std::variant<ApiError, Json> businessContacts(const GhlDirectory& directory, const std::string& businessId,
                                              const QueryParameters& query) {
    static const std::set<std::string> allowed = {"locationId", "limit", "skip", "query"};
    for (const auto& [key, value] : query) {
        if (!allowed.contains(key))
            return unprocessableError("property " + key + " should not exist");
    }
    if (!query.contains("locationId"))
        return unprocessableError("locationId should not be empty");
    auto limit = query.contains("limit") ? parseInteger(query.at("limit")) : std::optional<long long>(25);
    auto skip = query.contains("skip") ? parseInteger(query.at("skip")) : std::optional<long long>(0);
    if (!limit || *limit < 1 || *limit > 100)
        return unprocessableError("limit must be a number between 1 and 100");
    if (!skip)
        return unprocessableError("skip must be a number");
    const std::string text = query.contains("query") ? query.at("query") : std::string{};
    Json contacts = Json::array();
    long long index = 0;
    for (const auto& [added, id] : directory.addedOrder()) {
        const Json& contact = directory.find(id)->contact;
        if (contact.value("businessId", "") != businessId || !matchesFullText(contact, text))
            continue;
        if (index++ >= *skip && static_cast<long long>(contacts.size()) < *limit)
            contacts.push_back(contact);
    }
    return Json{{"contacts", contacts}, {"count", index}};
}

} // namespace fieldlink::sandbox
