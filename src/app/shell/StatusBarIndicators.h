#pragma once

#include <QObject>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace fieldlink::sync {
struct RunProgress;
}

namespace fieldlink {

class AppContext;

/// The permanent part of the status bar: the connection in use, the API budget left on each side —
/// HighLevel's burst window (learned from its headers) and Kixie's calls left today (counted by Fieldlink) —
/// and, when another process (a scheduled fieldlink-cli) is writing, which run and since when. Kixie's count
/// is read from the database, where every run and test of the day — this app's, a worker thread's, the
/// CLI's — adds its calls, so it follows every run: it is read again every few seconds and when a run ends.
class StatusBarIndicators : public QObject {
    Q_OBJECT
public:
    StatusBarIndicators(AppContext& context, QStatusBar* statusBar);

    void setConnection(const QString& name, bool sandbox);
    /// Re-reads the budgets now (also done on every budget change, every few seconds, and once a second
    /// while a window is in use). The page that runs syncs calls it when a run ends.
    void refresh();
    /// The budgets a run of this app reports with its progress (its clients live on its own thread, where
    /// the status bar cannot watch them); the next refresh() after the run reads them as usual.
    void showRunBudgets(const fieldlink::sync::RunProgress& progress);
    /// The run ended: the budgets are read as usual again, now.
    void runEnded();
    /// Re-reads the run leases now (also done every few seconds: another process leaves no signal here).
    void refreshOtherRuns();

private:
    AppContext& m_context;
    bool m_runReportsGhl = false; ///< a run's progress tells HighLevel's budget, not the watched queue
    QString m_kixieAccount;       ///< the connection's Kixie Business ID, whose calls today are counted
    QLabel* m_connectionLabel;
    QLabel* m_ghlBudgetLabel;
    QLabel* m_kixieBudgetLabel;
    QLabel* m_otherRunLabel;
    QTimer m_refreshTimer;
    QTimer m_otherRunsTimer;
};

} // namespace fieldlink
