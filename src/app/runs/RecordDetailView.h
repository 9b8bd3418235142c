#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RecordDetailView;
}

namespace fieldlink {

class AppContext;
class ConflictReviewPanel;
class ConnectedGhl;
class RecordChangesModel;
class RequestTraceModel;

/// One record of a run, as Test Sync and History show it: who it is about and what was done, its problems in
/// sentences (the FL code after each), its change as a table of field labels with the values before and
/// after — the stored JSON only behind "Show JSON" —, and its request trace — every API call made for it with
/// the answer, latency and attempt; the selected call whole, headers and bodies as logged (secrets were
/// removed before logging); and, on request, the source contact as HighLevel has it now.
class RecordDetailView : public QWidget {
    Q_OBJECT
public:
    explicit RecordDetailView(AppContext& context, QWidget* parent = nullptr);
    ~RecordDetailView() override;
    /// The connection the source record is read through.
    void setConnection(const QString& connectionName) { m_connection = connectionName; }

    /// Shows `record` (a RunRecordsModel index, or invalid for none) of run `runId`.
    void showRecord(const QModelIndex& record, qint64 runId);
    RequestTraceModel* trace() const { return m_trace; }

Q_SIGNALS:
    /// A conflict decision was stored (the next dry run plans with it).
    void conflictDecided();

private:
    void showSummary(const QModelIndex& record);
    void showCall();
    void fetchSource();
    void showTrace(qint64 runId);

    std::unique_ptr<Ui::RecordDetailView> m_ui;
    AppContext& m_context;
    ConnectedGhl* m_ghl;
    QString m_connection;
    QString m_sourceId;
    qint64 m_kindOfRun = 0; ///< the run m_eventsRun was read for
    bool m_eventsRun = false;
    RequestTraceModel* m_trace;
    RecordChangesModel* m_changes;
    ConflictReviewPanel* m_conflict;
};

} // namespace fieldlink
