#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace fieldlink {

class ConflictReviewPanel;
class RequestTraceModel;

/// One record of a run, as Test Sync and History show it: what was done and why, its changes and problems,
/// and its request trace — every API call made for it with the answer, latency and attempt; the selected
/// call whole, headers and bodies as logged (secrets were removed before logging).
class RecordDetailView : public QWidget {
    Q_OBJECT
public:
    /// `textObjectName` names the record's text, for tests and accessibility tools.
    RecordDetailView(const QString& textObjectName, QWidget* parent = nullptr);

    /// Shows `record` (a RunRecordsModel index, or invalid for none) of run `runId`.
    void showRecord(const QModelIndex& record, const QSqlDatabase& database, qint64 runId);
    RequestTraceModel* trace() const { return m_trace; }

Q_SIGNALS:
    /// A conflict decision was stored (the next dry run plans with it).
    void conflictDecided();

private:
    void showCall();

    RequestTraceModel* m_trace;
    QPlainTextEdit* m_text;
    ConflictReviewPanel* m_conflict;
    QLabel* m_traceLabel;
    QTableView* m_traceView;
    QPlainTextEdit* m_call;
};

} // namespace fieldlink
