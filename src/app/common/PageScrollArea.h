#pragma once

#include <QScrollArea>

namespace fieldlink {

/// Holds one page of the main window. A page taller or wider than the window scrolls inside it instead of
/// squeezing its panes or growing the window: the area asks for almost no room of its own, so the window's
/// minimum size stays the window's, whatever a page holds.
class PageScrollArea : public QScrollArea {
    Q_OBJECT
public:
    /// Takes `page` into the area (reparented); the area's object name is the page's plus "ScrollArea".
    explicit PageScrollArea(QWidget* page, QWidget* parent = nullptr);

    QWidget* page() const { return widget(); }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
};

} // namespace fieldlink
