#pragma once

#include <QSize>

class QWidget;

namespace fieldlink {

/// Where the main window opens: at most `preferred` (1280×800) and always inside the screen's available
/// area, so a window remembered on a big monitor still fits when the laptop is used alone.
class WindowPlacement {
public:
    static constexpr QSize preferredSize{1280, 800};

    /// A window with no remembered geometry: `preferred` shrunk to the screen, centred on it.
    static void placeNew(QWidget* window, QSize preferred = preferredSize);
    /// A remembered window: shrunk and moved as little as needed to be wholly on its screen.
    static void keepOnScreen(QWidget* window);
};

} // namespace fieldlink
