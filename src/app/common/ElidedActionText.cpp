#include "app/common/ElidedActionText.h"

#include <QAction>
#include <QToolButton>

namespace fieldlink {

ElidedActionText* ElidedActionText::apply(QToolButton* button, QAction* action, int characters) {
    button->setDefaultAction(action);
    auto* elided = new ElidedActionText(button, characters);
    // The button copies the action's text on every change before the action announces it; this runs
    // after, and replaces it with the short one.
    connect(action, &QAction::changed, elided, &ElidedActionText::showActionText);
    elided->showActionText();
    return elided;
}

ElidedActionText::ElidedActionText(QToolButton* button, int characters)
    : QObject(button)
    , m_button(button)
    , m_characters(characters) {
}

void ElidedActionText::showActionText() {
    const QAction* action = m_button->defaultAction();
    if (!action)
        return;
    const QString whole = action->text();
    // Measured without the mnemonic marker, which is not drawn.
    QString plain = whole;
    plain.remove(QLatin1Char('&'));
    const QFontMetrics metrics = m_button->fontMetrics();
    const QString shown =
        metrics.elidedText(plain, Qt::ElideRight, metrics.averageCharWidth() * m_characters);
    m_button->setText(shown == plain ? whole : shown);
    m_button->setToolTip(plain);
    m_button->setAccessibleName(plain);
}

} // namespace fieldlink
