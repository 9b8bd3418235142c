#include "app/common/PageScrollArea.h"

namespace fieldlink {

PageScrollArea::PageScrollArea(QWidget* page, QWidget* parent)
    : QScrollArea(parent) {
    setObjectName(page->objectName() + QStringLiteral("ScrollArea"));
    setFrameShape(QFrame::NoFrame);
    // The page fills the viewport and follows its size; only below the page's own minimum does it scroll.
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setWidget(page);
    // The page paints on the window's background, as it did before it was wrapped.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
}

QSize PageScrollArea::minimumSizeHint() const {
    // Enough for the scroll bars to work; the page never sets the window's minimum.
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().height() * 6};
}

QSize PageScrollArea::sizeHint() const {
    // The window's own size decides (MainWindow fits it to the screen), not the page's wish.
    return minimumSizeHint();
}

} // namespace fieldlink
