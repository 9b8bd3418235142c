#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class RunExportButtons;
}

namespace fieldlink {

class AppContext;

/// "Export results as CSV…" and "Export request log as HAR…" for one run, as History and Test Sync offer
/// them: the run's records for a spreadsheet — a success file and an error file in a folder the admin picks,
/// as Salesforce Data Loader writes them (RunResultsExport) —, and every API call it made for a browser's
/// network panel (secrets were removed before anything was logged). exported() says where they went.
class RunExportButtons : public QWidget {
    Q_OBJECT
public:
    explicit RunExportButtons(AppContext& context, QWidget* parent = nullptr);
    ~RunExportButtons() override;

    /// The run exported (0: none; the buttons are disabled).
    void setRun(qint64 runId);
    /// Write without asking where (the buttons ask); false after telling the admin why. The results are two
    /// files in `folder` (RunResultsExport::pathsFor).
    bool exportResults(const QString& folder);
    bool exportRequestLog(const QString& path);

Q_SIGNALS:
    /// Written: `message` says what went where, for the page to show.
    void exported(const QString& message);

private:
    bool write(const QString& path, const QByteArray& content);

    std::unique_ptr<Ui::RunExportButtons> m_ui;
    AppContext& m_context;
    qint64 m_runId = 0;
};

} // namespace fieldlink
