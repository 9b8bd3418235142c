#pragma once

#include "sandbox/DeterministicRandom.h"
#include "sandbox/SeedPools.h"

#include <string>
#include <vector>

namespace fieldlink::sandbox {

/// The key of the PHONE-type custom field that keeps a seeded contact's number as it was typed.
inline constexpr char typedPhoneFieldKey[] = "mobile_as_typed";

/// A seeded contact's phones. GHL answers with `phone` in E.164 only; raw text (national formats,
/// extensions, full-width digits, words) survives where GHL stores text as typed: a PHONE-type custom
/// field and `additionalPhones`.
struct SeededPhones {
    std::string e164;  ///< the contact's `phone`; empty when what was typed is not a valid number
    std::string typed; ///< the number as typed on a form or in an import; empty when none was
    std::vector<std::string> additional; ///< further numbers, as typed
};

/// Draws the phones of each seeded contact: about one in seventeen has none, one in sixteen only text that
/// is not a number, some share a number with an earlier contact, and the rest a valid number of
/// their country typed in one of the ways people type it.
class PhoneSeeder {
public:
    explicit PhoneSeeder(DeterministicRandom& random)
        : m_random(random) {}

    SeededPhones make(const SeedCountry& country);

private:
    /// A number that GHL's rule accepts: the seed's numbering plans are close to, not exactly, real.
    SeedPhone validNumber(const SeedCountry& country);
    /// `phone` written the way `style` (in [0, 1)) picks: low values are the messiest.
    std::string asTyped(const SeedPhone& phone, double style);

    DeterministicRandom& m_random;
    std::vector<std::string> m_usedNumbers; ///< E.164 numbers already given, for duplicates
};

} // namespace fieldlink::sandbox
