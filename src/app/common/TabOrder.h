#pragma once

#include <QList>

class QWidget;

namespace fieldlink {

/// Sets the tab order through `widgets`, in that order. A composite that takes no focus itself (a panel
/// built in code and added to a Designer layout) stands for its focusable children in their own order:
/// QWidget::setTabOrder ignores a widget that takes no focus, and would leave the panel's children where
/// they were made.
void setTabOrderThrough(const QList<QWidget*>& widgets);

} // namespace fieldlink
