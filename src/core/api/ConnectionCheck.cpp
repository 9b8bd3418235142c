#include "core/api/ConnectionCheck.h"

#include <QCoreApplication>

namespace fieldlink::api {

bool ConnectionCheck::passed() const {
    return m_finished && std::none_of(m_lines.cbegin(), m_lines.cend(), [](const CheckLine& line) {
               return line.state == CheckLine::State::Failed;
           });
}

void ConnectionCheck::setLine(CheckLine line) {
    for (CheckLine& existing : m_lines) {
        if (existing.id == line.id) {
            if (existing == line)
                return;
            existing = std::move(line);
            Q_EMIT linesChanged();
            return;
        }
    }
    m_lines.append(std::move(line));
    Q_EMIT linesChanged();
}

void ConnectionCheck::skipRemaining(const QString& reason) {
    bool changed = false;
    for (CheckLine& line : m_lines) {
        if (line.state == CheckLine::State::Running) {
            line.state = CheckLine::State::NotChecked;
            line.detail = reason;
            changed = true;
        }
    }
    if (changed)
        Q_EMIT linesChanged();
}

void ConnectionCheck::finish() {
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(passed());
}

} // namespace fieldlink::api
