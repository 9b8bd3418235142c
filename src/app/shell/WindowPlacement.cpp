#include "app/shell/WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace fieldlink {
namespace {

QRect availableArea(const QWidget* window) {
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

/// The frame (title bar, borders) is outside the widget's geometry; a little room is kept for it.
QSize roomForContents(const QRect& area, const QWidget* window) {
    const int titleBar = window->style()->pixelMetric(QStyle::PM_TitleBarHeight);
    return area.size() - QSize(0, titleBar);
}

} // namespace

void WindowPlacement::placeNew(QWidget* window, QSize preferred) {
    const QRect area = availableArea(window);
    if (area.isEmpty())
        return window->resize(preferred);
    const QSize size = preferred.boundedTo(roomForContents(area, window)).expandedTo(window->minimumSize());
    window->resize(size);
    window->move(area.center() - QPoint(size.width() / 2, size.height() / 2));
}

void WindowPlacement::keepOnScreen(QWidget* window) {
    const QRect area = availableArea(window);
    if (area.isEmpty() || area.contains(window->frameGeometry()))
        return;
    const QSize size =
        window->size().boundedTo(roomForContents(area, window)).expandedTo(window->minimumSize());
    window->resize(size);
    QRect frame = window->frameGeometry();
    frame.moveLeft(
        std::clamp(frame.left(), area.left(), std::max(area.left(), area.right() - frame.width() + 1)));
    frame.moveTop(
        std::clamp(frame.top(), area.top(), std::max(area.top(), area.bottom() - frame.height() + 1)));
    window->move(frame.topLeft());
}

} // namespace fieldlink
