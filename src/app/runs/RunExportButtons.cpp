#include "app/runs/RunExportButtons.h"

#include "app/runs/RunResultsExport.h"
#include "app/shell/AppContext.h"
#include "core/api/RequestLog.h"
#include "core/store/RequestLogRepository.h"

#include "ui_RunExportButtons.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace fieldlink {

RunExportButtons::RunExportButtons(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RunExportButtons>())
    , m_context(context) {
    m_ui->setupUi(this);
    connect(m_ui->exportCsvPushButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Export results: choose a folder for the success and error files"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (!folder.isEmpty())
            exportResults(folder);
    });
    connect(m_ui->exportHarPushButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export request log"),
                                                          tr("run-%1.har").arg(m_runId), tr("HAR (*.har)"));
        if (!path.isEmpty())
            exportRequestLog(path);
    });
    setRun(0);
}

RunExportButtons::~RunExportButtons() = default;

void RunExportButtons::setRun(qint64 runId) {
    m_runId = runId;
    m_ui->exportCsvPushButton->setEnabled(runId > 0);
    m_ui->exportHarPushButton->setEnabled(runId > 0);
}

bool RunExportButtons::exportResults(const QString& folder) {
    const Result<RunResultsExport::Files> files =
        RunResultsExport::write(m_context.runRecords(), m_runId, folder);
    if (!files) {
        QMessageBox::warning(this, tr("Export"),
                             tr("The results could not be exported: %1").arg(files.error()));
        return false;
    }
    Q_EMIT exported(RunResultsExport::savedText(*files));
    return true;
}

bool RunExportButtons::exportRequestLog(const QString& path) {
    if (!write(path, api::HarExporter::toHar(m_context.loggedRequests().entries(m_runId))))
        return false;
    Q_EMIT exported(tr("Saved the request log to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool RunExportButtons::write(const QString& path, const QByteArray& content) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    QMessageBox::warning(this, tr("Export"), tr("%1 could not be written: %2").arg(path, file.errorString()));
    return false;
}

} // namespace fieldlink
