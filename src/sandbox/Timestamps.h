#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fieldlink::sandbox {

std::int64_t nowMs();
/// `2021-07-02T05:18:26.704Z`, the shape GHL uses for dateAdded / dateUpdated.
std::string isoUtc(std::int64_t epochMs);
/// Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z`, `±HH:MM` or no zone (taken as UTC),
/// and the space-separated `YYYY-MM-DD HH:MM:SS` that GHL appointment examples use.
std::optional<std::int64_t> parseIsoUtc(std::string_view text);
/// Parses the date formats GHL's dateOfBirth accepts (YYYY/MM/DD, MM-DD-YYYY, ...).
std::optional<std::int64_t> parseLooseDate(std::string_view text);
std::int64_t epochMsFromCivil(int year, int month, int day, int hour = 0, int minute = 0, int second = 0);

} // namespace fieldlink::sandbox
