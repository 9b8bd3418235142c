#include "app/common/TabOrder.h"

#include <QWidget>

namespace fieldlink {
namespace {

/// `composite`'s children that take focus, in the window's focus chain order.
QList<QWidget*> focusableChildren(QWidget* composite) {
    QList<QWidget*> children;
    QWidget* window = composite->window();
    for (QWidget* widget = window->nextInFocusChain(); widget != window;
         widget = widget->nextInFocusChain()) {
        if (composite->isAncestorOf(widget) && widget->focusPolicy() != Qt::NoFocus)
            children << widget;
    }
    return children;
}

} // namespace

void setTabOrderThrough(const QList<QWidget*>& widgets) {
    QList<QWidget*> chain;
    for (QWidget* widget : widgets)
        chain << (widget->focusPolicy() != Qt::NoFocus ? QList<QWidget*>{widget} : focusableChildren(widget));
    if (chain.size() < 2)
        return;
    // setTabOrder(a, b) does nothing when the next widget taking focus after a is b already, counting round
    // the end of the chain: the last widget would stay first in the page. Placed after the first, it is
    // carried to the end as each one after it is inserted.
    QWidget::setTabOrder(chain.first(), chain.last());
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace fieldlink
