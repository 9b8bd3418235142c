#pragma once

#include "sandbox/DeterministicRandom.h"

#include <string>
#include <vector>

namespace fieldlink::sandbox {

struct SeedPhone {
    std::string e164;                ///< +4477...
    std::string national;            ///< as dialled at home: "07700 900123", "(415) 555-0132"
    std::string internationalSpaced; ///< "+44 7700 900123"
};

struct SeedCountry {
    std::string code; ///< ISO 3166 alpha-2
    std::string callingCode;
    std::string timezone;
    std::vector<std::string> cities;
    std::vector<std::string> mobilePrefixes; ///< leading digits of the national significant number
    int significantLength = 0;
    std::string nationalFormat;      ///< '#' per significant digit
    std::string internationalFormat; ///< '#' per significant digit

    SeedPhone makeNumber(DeterministicRandom& random) const;
};

struct SeedCulture {
    std::string country;
    std::vector<std::string> firstNames;
    std::vector<std::string> lastNames;
    std::vector<std::string> emailStems;
    std::vector<std::string> companies;
    std::vector<std::string> streets;
};

struct SeedCustomField {
    const char* key;
    const char* name;
    const char* dataType;
    const char* placeholder;
    std::vector<std::string> options;
};

const std::vector<SeedCulture>& seedCultures();
const SeedCountry& seedCountry(const std::string& code);
const std::vector<SeedCustomField>& seedCustomFields();
/// The fields a Kixie call's outcome is written to (the default kixie_to_ghl profile names them). Seeded in
/// every location without values: no contact has been called through Fieldlink yet.
const std::vector<SeedCustomField>& seedCallOutcomeFields();
const std::vector<std::string>& seedEmoji();
const std::vector<std::string>& seedEmailDomains();
const std::vector<std::string>& seedInvalidPhones();
const std::vector<std::string>& seedTags();
const std::vector<std::string>& seedSources();
const std::vector<std::string>& seedBusinessIds();
const std::vector<std::string>& seedNoteBodies();
const std::vector<std::string>& seedLeadDetails();
const std::vector<std::string>& seedTaskTitles();
const std::vector<std::string>& seedAppointmentTitles();
/// Digits and '+' as full-width forms (U+FF10.., U+FF0B), as East Asian keyboards produce them.
std::string toFullWidth(const std::string& text);

} // namespace fieldlink::sandbox
