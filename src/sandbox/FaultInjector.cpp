#include "sandbox/FaultInjector.h"

#include <sstream>

namespace fieldlink::sandbox {
namespace {

bool assign(FaultRates& rates, const std::string& key, double value, std::string* error) {
    if (key == "slowMs") {
        if (value < 0 || value > 600000) {
            *error = "slowMs must be between 0 and 600000";
            return false;
        }
        rates.slowDelayMs = static_cast<int>(value);
        return true;
    }
    double* target = nullptr;
    if (key == "5xx")
        target = &rates.serverError;
    else if (key == "429")
        target = &rates.rateLimited;
    else if (key == "drop")
        target = &rates.drop;
    else if (key == "malformed")
        target = &rates.malformed;
    else if (key == "slow")
        target = &rates.slow;
    if (!target) {
        *error = "unknown fault kind '" + key + "' (expected 5xx, 429, drop, malformed, slow or slowMs)";
        return false;
    }
    if (!(value >= 0.0 && value <= 1.0)) {
        *error = "fault rate for '" + key + "' must be between 0 and 1";
        return false;
    }
    *target = value;
    return true;
}

bool checkSum(const FaultRates& rates, std::string* error) {
    if (rates.serverError + rates.rateLimited + rates.drop + rates.malformed + rates.slow > 1.0 + 1e-9) {
        *error = "fault rates add up to more than 1";
        return false;
    }
    return true;
}

bool assignService(FaultRates& rates, const std::string& value, std::string* error) {
    if (value != "ghl" && value != "kixie" && !value.empty()) {
        *error = "service must be ghl or kixie, not '" + value + "'";
        return false;
    }
    rates.service = value;
    return true;
}

} // namespace

Json FaultRates::toJson() const {
    Json json{{"5xx", serverError},     {"429", rateLimited}, {"drop", drop},
              {"malformed", malformed}, {"slow", slow},       {"slowMs", slowDelayMs}};
    if (!service.empty())
        json["service"] = service;
    return json;
}

std::optional<FaultRates> parseFaultSpec(const std::string& spec, std::string* error) {
    FaultRates rates;
    std::stringstream stream(spec);
    std::string item;
    while (std::getline(stream, item, ',')) {
        if (item.empty())
            continue;
        const auto equals = item.find('=');
        if (equals == std::string::npos) {
            *error = "fault '" + item + "' is not of the form kind=rate";
            return std::nullopt;
        }
        if (item.substr(0, equals) == "service") {
            if (!assignService(rates, item.substr(equals + 1), error))
                return std::nullopt;
            continue;
        }
        double value = 0;
        try {
            std::size_t used = 0;
            value = std::stod(item.substr(equals + 1), &used);
            if (used != item.size() - equals - 1)
                throw std::invalid_argument("trailing characters");
        } catch (const std::exception&) {
            *error = "fault '" + item + "' has no numeric rate";
            return std::nullopt;
        }
        if (!assign(rates, item.substr(0, equals), value, error))
            return std::nullopt;
    }
    if (!checkSum(rates, error))
        return std::nullopt;
    return rates;
}

std::optional<FaultRates> parseFaultJson(const Json& object, std::string* error) {
    if (!object.is_object()) {
        *error = "faults must be a JSON object";
        return std::nullopt;
    }
    FaultRates rates;
    for (const auto& [key, value] : object.items()) {
        if (key == "service") {
            if (!value.is_string() || !assignService(rates, value.get<std::string>(), error)) {
                if (!value.is_string())
                    *error = "service must be a string: ghl or kixie";
                return std::nullopt;
            }
            continue;
        }
        if (!value.is_number()) {
            *error = "fault rate for '" + key + "' must be a number";
            return std::nullopt;
        }
        if (!assign(rates, key, value.get<double>(), error))
            return std::nullopt;
    }
    if (!checkSum(rates, error))
        return std::nullopt;
    return rates;
}

void FaultInjector::setRates(const FaultRates& rates) {
    std::lock_guard lock(m_mutex);
    m_rates = rates;
}

FaultRates FaultInjector::rates() const {
    std::lock_guard lock(m_mutex);
    return m_rates;
}

Fault FaultInjector::draw(const std::string& service) {
    std::lock_guard lock(m_mutex);
    if (!m_rates.any() || (!m_rates.service.empty() && m_rates.service != service))
        return Fault::None;
    double draw = m_random.unit();
    const std::pair<double, Fault> table[] = {{m_rates.serverError, Fault::ServerError},
                                              {m_rates.rateLimited, Fault::RateLimited},
                                              {m_rates.drop, Fault::Drop},
                                              {m_rates.malformed, Fault::Malformed},
                                              {m_rates.slow, Fault::Slow}};
    for (const auto& [rate, fault] : table) {
        if (draw < rate)
            return fault;
        draw -= rate;
    }
    return Fault::None;
}

int FaultInjector::serverErrorStatus() {
    std::lock_guard lock(m_mutex);
    static constexpr int statuses[] = {500, 502, 503};
    return statuses[m_random.below(3)];
}

} // namespace fieldlink::sandbox
