#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fieldlink::sandbox {

/// SplitMix64. Chosen over <random> distributions because their output is implementation-defined:
/// the same --seed must produce the same world with any standard library.
class DeterministicRandom {
public:
    explicit DeterministicRandom(std::uint64_t seed)
        : m_state(seed) {}

    std::uint64_t next();
    /// Uniform in [0, bound); bound must be > 0.
    std::uint64_t below(std::uint64_t bound);
    /// Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high);
    /// Uniform in [0, 1).
    double unit();
    bool chance(double probability) { return unit() < probability; }
    std::string alphanumeric(std::size_t length);
    std::string digits(std::size_t length);
    std::string uuid();

    template <typename T> const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

private:
    std::uint64_t m_state;
};

} // namespace fieldlink::sandbox
