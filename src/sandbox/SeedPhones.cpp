#include "sandbox/SeedPhones.h"

#include "sandbox/GhlPhoneRule.h"

namespace fieldlink::sandbox {

SeededPhones PhoneSeeder::make(const SeedCountry& country) {
    SeededPhones phones;
    const double bucket = m_random.unit();
    if (bucket < 0.06) {
        // no phone at all: a contact from a web form that asked only for an email
    } else if (bucket < 0.12) {
        phones.typed = m_random.pick(seedInvalidPhones());
    } else if (!m_usedNumbers.empty() && bucket < 0.15) {
        // A second contact with the same number, imported in international form.
        phones.typed = m_random.pick(m_usedNumbers);
    } else {
        const SeedPhone number = validNumber(country);
        phones.typed = asTyped(number, m_random.unit());
        m_usedNumbers.push_back(number.e164);
    }
    if (!phones.typed.empty())
        phones.e164 = ghlE164(phones.typed, country.code);
    if (m_random.chance(0.15)) {
        // Additional numbers are rarely tidy: a desk line with its extension, a number copied from a
        // signature, a note where a number should be.
        phones.additional.push_back(m_random.chance(0.2)
                                        ? m_random.pick(seedInvalidPhones())
                                        : asTyped(validNumber(country), m_random.unit() * 0.4));
    }
    return phones;
}

SeedPhone PhoneSeeder::validNumber(const SeedCountry& country) {
    SeedPhone number = country.makeNumber(m_random);
    for (int attempt = 0; attempt < 20 && ghlE164(number.e164, country.code).empty(); ++attempt)
        number = country.makeNumber(m_random);
    return number;
}

std::string PhoneSeeder::asTyped(const SeedPhone& phone, double style) {
    if (style < 0.025)
        return toFullWidth(phone.national);
    if (style < 0.075)
        return phone.national + m_random.pick(std::vector<std::string>{" ext. 12", " x204", " #31"});
    if (style < 0.4)
        return m_random.chance(0.5) ? phone.national : phone.internationalSpaced;
    return phone.e164;
}

} // namespace fieldlink::sandbox
