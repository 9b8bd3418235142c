#pragma once

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QSplitter;

namespace Ui {
class RuleEditorPane;
}

namespace fieldlink {

/// The mapping editor's pane for the selected rule's transforms and the routing, under the rules. On a
/// laptop the rules need the room: the pane folds to its header ("Rule editor"), giving its height to the
/// rules, or moves into a window of its own ("In a window"), which closing puts back. Whether it is folded
/// or in a window, and where that window was, are remembered in QSettings.
class RuleEditorPane : public QWidget {
    Q_OBJECT
public:
    /// Takes `editor` (reparented) as what the pane shows.
    explicit RuleEditorPane(QWidget* editor, QWidget* parent = nullptr);
    ~RuleEditorPane() override;

    bool isFolded() const;
    void setFolded(bool folded);
    bool isDetached() const { return m_window != nullptr; }
    void setDetached(bool detached);
    /// Brings the editor into view: unfolds it, or raises its window.
    void reveal();
    /// Shortcuts the editor's window answers as well (undo, redo, save): it is a window of its own.
    void setWindowActions(const QList<QAction*>& actions) { m_windowActions = actions; }
    /// The header's buttons, for the page's tab order.
    QWidget* foldButton() const;
    QWidget* detachButton() const;
    /// The editor's own window while it is detached, else null.
    QWidget* detachedWindow() const { return m_window; }

Q_SIGNALS:
    void foldedChanged(bool folded);
    void detachedChanged(bool detached);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showFolded(bool folded);
    /// Sizes the splitter the pane is in: its header's height when folded or detached, its room when open.
    void giveRoom();
    void updateHeader();
    void remember() const;
    QSplitter* splitter() const;

    std::unique_ptr<Ui::RuleEditorPane> m_ui;
    QWidget* m_editor;
    QWidget* m_window = nullptr;
    QList<QAction*> m_windowActions;
    QList<int> m_unfoldedSizes; ///< the splitter's sizes before folding, given back on unfolding
    bool m_restored = false;
};

} // namespace fieldlink
