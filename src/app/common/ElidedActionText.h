#pragma once

#include <QObject>

class QAction;
class QToolButton;

namespace fieldlink {

/// Keeps a tool button's text short when it shows an action whose text grows with what it acts on ("Undo
/// set the source of Phone number to …"): the text is cut with "…" to a few words' width and the whole
/// text is the tooltip, so the button never pushes its row, or the window, wider.
class ElidedActionText : public QObject {
    Q_OBJECT
public:
    /// Makes `action` the button's default action and keeps its text at most `characters` wide.
    static ElidedActionText* apply(QToolButton* button, QAction* action, int characters = 18);

private:
    ElidedActionText(QToolButton* button, int characters);
    void showActionText();

    QToolButton* m_button;
    int m_characters;
};

} // namespace fieldlink
