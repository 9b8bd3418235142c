#include "core/api/SecretCompare.h"

namespace fieldlink::api {

bool equalInConstantTime(QByteArrayView given, QByteArrayView expected) {
    // volatile: the compiler may not turn the loop into a comparison that stops at the first difference.
    volatile unsigned char difference = given.size() == expected.size() ? 0 : 1;
    const qsizetype givenSize = given.size();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        // A shorter guess is compared against zero bytes, so every byte of the secret is visited.
        const auto guess = static_cast<unsigned char>(givenSize > 0 ? given[i % givenSize] : 0);
        difference = difference | static_cast<unsigned char>(guess ^ static_cast<unsigned char>(expected[i]));
    }
    return difference == 0;
}

} // namespace fieldlink::api
