#include "sandbox/DeterministicRandom.h"

namespace fieldlink::sandbox {

std::uint64_t DeterministicRandom::next() {
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t DeterministicRandom::below(std::uint64_t bound) {
    // Rejection sampling keeps the draw unbiased for bounds that do not divide 2^64.
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

std::int64_t DeterministicRandom::between(std::int64_t low, std::int64_t high) {
    return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1));
}

double DeterministicRandom::unit() {
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

std::string DeterministicRandom::alphanumeric(std::size_t length) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    std::string out(length, ' ');
    for (char& c : out)
        c = alphabet[below(sizeof(alphabet) - 1)];
    return out;
}

std::string DeterministicRandom::digits(std::size_t length) {
    std::string out(length, '0');
    for (char& c : out)
        c = static_cast<char>('0' + below(10));
    return out;
}

std::string DeterministicRandom::uuid() {
    static constexpr char hexDigits[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out += '-';
        char c = hexDigits[below(16)];
        if (i == 12)
            c = '4'; // version 4
        else if (i == 16)
            c = hexDigits[8 + below(4)]; // RFC 4122 variant
        out += c;
    }
    return out;
}

} // namespace fieldlink::sandbox
