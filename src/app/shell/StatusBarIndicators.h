#pragma once

#include <QObject>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace fieldlink {

class AppContext;

/// The permanent part of the status bar: the connection in use and the API budget left on each side —
/// HighLevel's burst window (learned from its headers) and Kixie's calls left today (counted by Fieldlink).
class StatusBarIndicators : public QObject {
    Q_OBJECT
public:
    StatusBarIndicators(AppContext& context, QStatusBar* statusBar);

    void setConnection(const QString& name, bool sandbox);
    /// Re-reads the budgets now (also done on every budget change and once a second while a window is in
    /// use).
    void refresh();

private:
    AppContext& m_context;
    QLabel* m_connectionLabel;
    QLabel* m_ghlBudgetLabel;
    QLabel* m_kixieBudgetLabel;
    QTimer m_refreshTimer;
};

} // namespace fieldlink
