#include "app/runs/RunExportButtons.h"

#include "app/shell/AppContext.h"
#include "core/api/RequestLog.h"
#include "core/store/RequestLogRepository.h"
#include "app/runs/RunRecordsModel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace fieldlink {

RunExportButtons::RunExportButtons(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_csv(new QPushButton(tr("Export results as &CSV…"), this))
    , m_har(new QPushButton(tr("Export request log as &HAR…"), this)) {
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_har->setObjectName(QStringLiteral("exportHarButton"));
    m_har->setToolTip(tr("Every API call of the run, for a browser's network panel; secrets were removed "
                         "before anything was logged"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_csv);
    layout->addWidget(m_har);
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export results"),
                                                          tr("run-%1.csv").arg(m_runId), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportResults(path);
    });
    connect(m_har, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export request log"),
                                                          tr("run-%1.har").arg(m_runId), tr("HAR (*.har)"));
        if (!path.isEmpty())
            exportRequestLog(path);
    });
    setRun(0);
}

void RunExportButtons::setRun(qint64 runId) {
    m_runId = runId;
    m_csv->setEnabled(runId > 0);
    m_har->setEnabled(runId > 0);
}

bool RunExportButtons::exportResults(const QString& path) {
    return write(path, RunRecordsModel::toCsv(m_context.database().connection(), m_runId));
}

bool RunExportButtons::exportRequestLog(const QString& path) {
    const store::RequestLogRepository log(m_context.database().connection());
    return write(path, api::HarExporter::toHar(log.entries(m_runId)));
}

bool RunExportButtons::write(const QString& path, const QByteArray& content) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit())
        return true;
    QMessageBox::warning(this, tr("Export"), tr("%1 could not be written: %2").arg(path, file.errorString()));
    return false;
}

} // namespace fieldlink
