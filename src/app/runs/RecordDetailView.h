#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace fieldlink {

class AppContext;
class ConflictReviewPanel;
class ConnectedGhl;
class RequestTraceModel;

/// One record of a run, as Test Sync and History show it: what was done and why, what it mapped to, its
/// changes and problems, and its request trace — every API call made for it with the answer, latency and
/// attempt; the selected call whole, headers and bodies as logged (secrets were removed before logging); and,
/// on request, the source contact as HighLevel has it now.
class RecordDetailView : public QWidget {
    Q_OBJECT
public:
    /// `textObjectName` names the record's text, for tests and accessibility tools.
    RecordDetailView(AppContext& context, const QString& textObjectName, QWidget* parent = nullptr);
    /// The connection the source record is read through.
    void setConnection(const QString& connectionName) { m_connection = connectionName; }

    /// Shows `record` (a RunRecordsModel index, or invalid for none) of run `runId`.
    void showRecord(const QModelIndex& record, const QSqlDatabase& database, qint64 runId);
    RequestTraceModel* trace() const { return m_trace; }

Q_SIGNALS:
    /// A conflict decision was stored (the next dry run plans with it).
    void conflictDecided();

private:
    void showCall();
    void fetchSource();

    ConnectedGhl* m_ghl;
    QString m_connection;
    QString m_sourceId;
    qint64 m_kindOfRun = 0; ///< the run m_eventsRun was read for
    bool m_eventsRun = false;
    RequestTraceModel* m_trace;
    QPlainTextEdit* m_text;
    ConflictReviewPanel* m_conflict;
    QLabel* m_traceLabel;
    QTableView* m_traceView;
    QPlainTextEdit* m_call;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_source;
    QPushButton* m_fetchSource;
};

} // namespace fieldlink
