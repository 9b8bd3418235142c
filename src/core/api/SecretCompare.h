#pragma once

#include <QByteArrayView>

namespace fieldlink::api {

/// Whether `given` equals `expected`, in a time that depends only on the length of `expected`: no early
/// exit at the first differing byte, so the time a refusal takes does not tell a caller how much of a guess
/// was right. The secret's length is the one thing the time may show, which is not worth hiding.
bool equalInConstantTime(QByteArrayView given, QByteArrayView expected);

} // namespace fieldlink::api
