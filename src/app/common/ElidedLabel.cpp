#include "app/common/ElidedLabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace fieldlink {

ElidedLabel::ElidedLabel(QWidget* parent)
    : ElidedLabel(QString(), parent) {
}

ElidedLabel::ElidedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent) {
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode) {
    m_mode = mode;
    update();
}

QString ElidedLabel::shownText() const {
    // A line break would need a second line this label has no room for.
    QString oneLine = text();
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return fontMetrics().elidedText(oneLine, m_mode, contentsRect().width() - 2 * margin());
}

QSize ElidedLabel::minimumSizeHint() const {
    // A few characters and the "…": enough to recognise the text, never enough to push the window wider.
    const QSize whole = QLabel::minimumSizeHint();
    const QMargins margins = contentsMargins();
    const int few = fontMetrics().averageCharWidth() * 8 + margins.left() + margins.right() + 2 * margin();
    return {std::min(whole.width(), few), whole.height()};
}

bool ElidedLabel::event(QEvent* event) {
    // The whole text is one hover away when part of it is hidden; otherwise the label's own tooltip, if any.
    if (event->type() == QEvent::ToolTip && isElided()) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTip().isEmpty() ? text() : text() + QStringLiteral("\n\n") + toolTip();
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QLabel::event(event);
}

void ElidedLabel::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event); // the frame only: QLabel would draw the whole text
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    style()->drawItemText(&painter, area, static_cast<int>(alignment()), palette(), isEnabled(), shownText(),
                          foregroundRole());
}

} // namespace fieldlink
