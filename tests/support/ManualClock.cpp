#include "support/ManualClock.h"

#include <QCoreApplication>

#include <algorithm>

namespace fieldlink::test {

void ManualClock::callAfter(qint64 delayMs, QObject* context, std::function<void()> callback) {
    m_pending.push_back({m_now + std::max<qint64>(0, delayMs), m_sequence++, context, std::move(callback)});
}

qint64 ManualClock::nextDueIn() const {
    if (m_pending.empty())
        return -1;
    const auto next = std::min_element(m_pending.begin(), m_pending.end(),
                                       [](const Pending& a, const Pending& b) { return a.due < b.due; });
    return next->due - m_now;
}

bool ManualClock::runOneDue(qint64 until) {
    auto next = std::min_element(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) {
        return a.due != b.due ? a.due < b.due : a.sequence < b.sequence;
    });
    if (next == m_pending.end() || next->due > until)
        return false;
    Pending pending = std::move(*next);
    m_pending.erase(next);
    m_now = std::max(m_now, pending.due);
    if (pending.context)
        pending.callback();
    return true;
}

void ManualClock::advance(qint64 ms) {
    const qint64 until = m_now + ms;
    for (;;) {
        // Replies finish through queued events; deliver them before deciding nothing is due.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (!runOneDue(until))
            break;
    }
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    m_now = std::max(m_now, until);
}

} // namespace fieldlink::test
