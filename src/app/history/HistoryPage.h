#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPage;
}

namespace fieldlink {

class AppContext;
class RecordDetailView;
class RunExportButtons;
class RunHistoryModel;
class RunRecordsModel;

/// History: every run, newest first; a run's records with what was done and why a record failed; one
/// record's diff and problems; the run's results as CSV and its request log as HAR (secrets were redacted
/// when it was logged); and, for an interrupted run or one with failures, the command that resumes or
/// replays it.
class HistoryPage : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPage(AppContext& context, QWidget* parent = nullptr);
    ~HistoryPage() override;

    /// Reads the runs again, keeping the selected one.
    void refresh();
    /// The connection the resume and replay commands name.
    void setConnection(const QString& name);
    void selectRun(qint64 runId);
    qint64 selectedRun() const;
    /// The selected run's success and error files, into `folder` (RunExportButtons::exportResults).
    bool exportResults(const QString& folder);
    bool exportRequestLog(const QString& path);

Q_SIGNALS:
    /// The admin asked to carry an interrupted run on, or to send a run's failed records again.
    void resumeRequested(qint64 runId);
    void replayRequested(qint64 runId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showRun();
    void showRecord();

    std::unique_ptr<Ui::HistoryPage> m_ui;
    AppContext& m_context;
    QString m_connection;
    RunHistoryModel* m_runs;
    RunRecordsModel* m_records;
    RecordDetailView* m_detail;
    RunExportButtons* m_exports;
};

} // namespace fieldlink
