#include "app/runs/RunExportButtons.h"

#include "app/runs/RunRecordsModel.h"
#include "app/shell/AppContext.h"
#include "core/api/RequestLog.h"
#include "core/store/RequestLogRepository.h"

#include "ui_RunExportButtons.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace fieldlink {

RunExportButtons::RunExportButtons(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RunExportButtons>())
    , m_context(context) {
    m_ui->setupUi(this);
    connect(m_ui->exportCsvPushButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export results"),
                                                          tr("run-%1.csv").arg(m_runId), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportResults(path);
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

bool RunExportButtons::exportResults(const QString& path) {
    const Result<QByteArray> csv = RunRecordsModel::toCsv(m_context.runRecords(), m_runId);
    if (!csv) {
        QMessageBox::warning(this, tr("Export"), tr("%1 could not be written: %2").arg(path, csv.error()));
        return false;
    }
    return write(path, *csv);
}

bool RunExportButtons::exportRequestLog(const QString& path) {
    return write(path, api::HarExporter::toHar(m_context.loggedRequests().entries(m_runId)));
}

bool RunExportButtons::write(const QString& path, const QByteArray& content) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    QMessageBox::warning(this, tr("Export"), tr("%1 could not be written: %2").arg(path, file.errorString()));
    return false;
}

} // namespace fieldlink
