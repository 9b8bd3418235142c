#include "sandbox/GhlTaskSearch.h"

#include "sandbox/HttpJson.h"
#include "sandbox/TextRules.h"

#include <algorithm>
#include <set>

namespace fieldlink::sandbox {
namespace {

bool isStringArray(const Json& value) {
    return value.is_array() &&
           std::all_of(value.begin(), value.end(), [](const Json& item) { return item.is_string(); });
}

Json checkBody(const Json& body) {
    Json messages = Json::array();
    if (!body.is_object()) {
        messages.push_back("body must be a JSON object");
        return messages;
    }
    for (const auto& [key, value] : body.items()) {
        if (key == "contactId" || key == "assignedTo") {
            if (!isStringArray(value))
                messages.push_back(key + " must be an array of strings");
        } else if (key == "completed") {
            if (!value.is_boolean())
                messages.push_back("completed must be a boolean value");
        } else if (key == "query" || key == "businessId") {
            if (!value.is_string())
                messages.push_back(key + " must be a string");
        } else if (key == "limit") {
            if (!value.is_number_integer() || value.get<long long>() < 1)
                messages.push_back("limit must be a positive number");
        } else if (key == "skip") {
            if (!value.is_number_integer() || value.get<long long>() < 0)
                messages.push_back("skip must not be less than 0");
        } else {
            messages.push_back("property " + key + " should not exist");
        }
    }
    return messages;
}

std::set<std::string> stringSet(const Json& body, const char* key) {
    std::set<std::string> values;
    if (body.contains(key)) {
        for (const Json& value : body[key])
            values.insert(value.get<std::string>());
    }
    return values;
}

bool contains(const Json& task, const char* key, const std::string& wanted) {
    return lowerCase(task.value(key, std::string())).find(wanted) != std::string::npos;
}

} // namespace

std::variant<ApiError, Json> searchTasks(const GhlDirectory& directory, const Json& body) {
    if (Json messages = checkBody(body); !messages.empty())
        return ApiError{422, std::move(messages), "Unprocessable Entity", {}};
    const std::set<std::string> contacts = stringSet(body, "contactId");
    const std::set<std::string> assignees = stringSet(body, "assignedTo");
    const std::string query = lowerCase(body.value("query", std::string()));
    const long long limit = body.value("limit", 25LL);
    long long skip = body.value("skip", 0LL);
    Json tasks = Json::array();
    for (const auto& [id, record] : directory.contacts()) {
        if (!contacts.empty() && !contacts.contains(id))
            continue;
        for (const Json& task : record.tasks) {
            if (body.contains("completed") && task.value("completed", false) != body["completed"].get<bool>())
                continue;
            if (!assignees.empty() && !assignees.contains(task.value("assignedTo", std::string())))
                continue;
            if (!query.empty() && !contains(task, "title", query) && !contains(task, "body", query))
                continue;
            if (skip > 0) {
                --skip;
                continue;
            }
            if (static_cast<long long>(tasks.size()) == limit)
                return Json{{"tasks", tasks}};
            tasks.push_back(task);
        }
    }
    return Json{{"tasks", tasks}};
}

} // namespace fieldlink::sandbox
