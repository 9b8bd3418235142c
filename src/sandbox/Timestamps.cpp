#include "sandbox/Timestamps.h"

#include <chrono>
#include <cstdio>
#include <regex>

namespace fieldlink::sandbox {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar
// and independent of the process time zone, unlike timegm/mktime.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& year, unsigned& month, unsigned& day) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2));
}

bool validCivil(int month, int day, int hour, int minute, int second) {
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23 && minute >= 0 &&
           minute <= 59 && second >= 0 && second <= 60;
}

} // namespace

std::int64_t nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::int64_t epochMsFromCivil(int year, int month, int day, int hour, int minute, int second) {
    const std::int64_t days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    return ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL;
}

std::string isoUtc(std::int64_t epochMs) {
    std::int64_t days = epochMs / 86400000;
    std::int64_t rest = epochMs % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, year, month, day);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", year, month, day,
                  static_cast<int>(rest / 3600000), static_cast<int>(rest / 60000 % 60),
                  static_cast<int>(rest / 1000 % 60), static_cast<int>(rest % 1000));
    return buffer;
}

std::optional<std::int64_t> parseIsoUtc(std::string_view text) {
    static const std::regex pattern(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$)");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_match(text.begin(), text.end(), m, pattern))
        return std::nullopt;
    auto number = [&](int index) {
        return m[index].matched ? std::stoi(m[index].str()) : 0;
    };
    const int year = number(1), month = number(2), day = number(3), hour = number(4), minute = number(5),
              second = number(6);
    if (!validCivil(month, day, hour, minute, second))
        return std::nullopt;
    std::int64_t ms = epochMsFromCivil(year, month, day, hour, minute, second);
    if (m[7].matched) {
        std::string fraction = m[7].str();
        fraction.resize(3, '0');
        ms += std::stoi(fraction);
    }
    if (m[8].matched && m[8].str() != "Z") {
        const std::string zone = m[8].str();
        const int sign = zone[0] == '-' ? -1 : 1;
        const int hours = std::stoi(zone.substr(1, 2));
        const int minutes = std::stoi(zone.substr(zone.size() - 2));
        ms -= sign * (hours * 60 + minutes) * 60000LL;
    }
    return ms;
}

std::optional<std::int64_t> parseLooseDate(std::string_view text) {
    if (auto iso = parseIsoUtc(text))
        return iso;
    // GHL documents YYYY/MM/DD, MM/DD/YYYY, YYYY-MM-DD, MM-DD-YYYY, YYYY.MM.DD, MM.DD.YYYY, YYYY_MM_DD,
    // MM_DD_YYYY.
    static const std::regex yearFirst(R"(^(\d{4})[/._-](\d{1,2})[/._-](\d{1,2})$)");
    static const std::regex yearLast(R"(^(\d{1,2})[/._-](\d{1,2})[/._-](\d{4})$)");
    std::match_results<std::string_view::const_iterator> m;
    int year = 0, month = 0, day = 0;
    if (std::regex_match(text.begin(), text.end(), m, yearFirst)) {
        year = std::stoi(m[1].str());
        month = std::stoi(m[2].str());
        day = std::stoi(m[3].str());
    } else if (std::regex_match(text.begin(), text.end(), m, yearLast)) {
        month = std::stoi(m[1].str());
        day = std::stoi(m[2].str());
        year = std::stoi(m[3].str());
    } else {
        return std::nullopt;
    }
    if (!validCivil(month, day, 0, 0, 0))
        return std::nullopt;
    return epochMsFromCivil(year, month, day);
}

} // namespace fieldlink::sandbox
