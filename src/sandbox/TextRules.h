#pragma once

#include <string>
#include <string_view>

namespace fieldlink::sandbox {

/// Lower-cases ASCII, Latin-1 supplement, Latin Extended-A pairs, Greek and Cyrillic capitals: what GHL's
/// `firstNameLowerCase` and friends need for the names the seed uses. Other code points pass unchanged.
std::string lowerCase(std::string_view utf8);
std::string trim(std::string_view text);
/// Digits only, with full-width digits (U+FF10..U+FF19) folded to ASCII.
std::string digitsOf(std::string_view text);
/// Kixie keys PowerList rows by phone number; it accepts "most formats". The emulator keys a row by its
/// digits, with the North American trunk prefix 1 added to a bare 10-digit number.
std::string kixieRowKey(std::string_view target);

} // namespace fieldlink::sandbox
