#include "app/runs/RecordDetailView.h"

#include "core/api/ApiRequest.h"
#include "app/runs/ConflictReviewPanel.h"
#include "app/connections/ConnectedGhl.h"
#include "core/api/GhlClient.h"
#include "core/store/RequestLogRepository.h"
#include "app/runs/RequestTraceModel.h"
#include "app/runs/RunRecordsModel.h"
#include "core/store/RunRepository.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldlink {

RecordDetailView::RecordDetailView(AppContext& context, const QString& textObjectName, QWidget* parent)
    : QWidget(parent)
    , m_ghl(new ConnectedGhl(context, this))
    , m_trace(new RequestTraceModel(this))
    , m_text(new QPlainTextEdit(this))
    , m_conflict(new ConflictReviewPanel(this))
    , m_traceLabel(new QLabel(this))
    , m_traceView(new QTableView(this))
    , m_call(new QPlainTextEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_source(new QPlainTextEdit(this))
    , m_fetchSource(new QPushButton(tr("&Read the contact from HighLevel"), this)) {
    m_text->setObjectName(textObjectName);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("The selected record's changes and problems"));
    m_traceLabel->setObjectName(QStringLiteral("traceLabel"));
    m_traceView->setObjectName(QStringLiteral("traceTableView"));
    m_traceView->setModel(m_trace);
    m_traceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_traceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_traceView->verticalHeader()->hide();
    m_traceView->horizontalHeader()->setStretchLastSection(true);
    m_traceView->setAccessibleName(tr("The API calls made for the selected record"));
    m_call->setObjectName(QStringLiteral("callDetail"));
    m_call->setReadOnly(true);
    m_call->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_call->setAccessibleName(tr("The selected call's request and response"));

    auto* tracePane = new QWidget(this);
    auto* traceLayout = new QVBoxLayout(tracePane);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    traceLayout->addWidget(m_traceLabel);
    traceLayout->addWidget(m_traceView, 1);
    auto* recordPane = new QWidget(this);
    auto* recordLayout = new QVBoxLayout(recordPane);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addWidget(m_text, 1);
    recordLayout->addWidget(m_conflict);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(recordPane);
    splitter->addWidget(tracePane);
    m_source->setObjectName(QStringLiteral("sourceRecord"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setAccessibleName(tr("The source contact as HighLevel has it now"));
    m_fetchSource->setObjectName(QStringLiteral("fetchSourceButton"));
    m_fetchSource->setToolTip(
        tr("Reads the contact now (one read request); the run mapped it as it was then"));
    auto* sourcePane = new QWidget(this);
    auto* sourceLayout = new QVBoxLayout(sourcePane);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_fetchSource, 0, Qt::AlignLeft);
    sourceLayout->addWidget(m_source, 1);
    m_tabs->setObjectName(QStringLiteral("recordDetailTabs"));
    m_tabs->addTab(m_call, tr("Selected call"));
    m_tabs->addTab(sourcePane, tr("Source record"));
    splitter->addWidget(m_tabs);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_fetchSource, &QPushButton::clicked, this, &RecordDetailView::fetchSource);
    connect(m_conflict, &ConflictReviewPanel::decided, this, &RecordDetailView::conflictDecided);
    connect(m_traceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordDetailView::showCall);
    showRecord({}, {}, 0);
}

void RecordDetailView::showRecord(const QModelIndex& record, const QSqlDatabase& database, qint64 runId) {
    m_text->setPlainText(RunRecordsModel::describe(record));
    m_conflict->showConflict(record.data(RunRecordsModel::ConflictRole).toJsonObject(),
                             record.siblingAtColumn(RunRecordsModel::SourceColumn).data().toString(),
                             database, runId);
    const QString sourceId = record.isValid()
                                 ? record.siblingAtColumn(RunRecordsModel::SourceColumn).data().toString()
                                 : QString();
    m_sourceId = sourceId;
    m_source->clear();
    // A call event's record is a Kixie call, not a HighLevel contact to read. Read once per run, not per
    // record.
    if (runId != m_kindOfRun) {
        m_kindOfRun = runId;
        m_eventsRun = runId > 0 && store::RunRepository(database)
                                           .run(runId)
                                           .value_or(store::RunSummary{})
                                           .scope.value(QLatin1String("kind")) == QLatin1String("events");
    }
    m_fetchSource->setEnabled(!sourceId.isEmpty() && !m_eventsRun);
    // Read when a record is chosen, not with the run: a large run's log stays in the database.
    m_trace->setEntries(sourceId.isEmpty() || runId <= 0
                            ? QList<api::RequestLogEntry>()
                            : store::RequestLogRepository(database).entries(runId, sourceId));
    m_traceView->resizeColumnsToContents();
    if (sourceId.isEmpty())
        m_traceLabel->setText(tr("Requests: select a record."));
    else if (m_trace->rowCount() == 0)
        m_traceLabel->setText(tr("Requests: none were made for %1.").arg(sourceId));
    else
        m_traceLabel->setText(
            tr("Requests made for %1: %n call(s).", nullptr, m_trace->rowCount()).arg(sourceId));
    if (m_trace->rowCount() > 0)
        m_traceView->setCurrentIndex(m_trace->index(m_trace->rowCount() - 1, 0)); // the last answer says most
    else
        m_call->clear();
}

void RecordDetailView::fetchSource() {
    const QString sourceId = m_sourceId;
    m_source->setPlainText(tr("Reading contact %1…").arg(sourceId));
    m_tabs->setCurrentIndex(1);
    m_ghl->open(m_connection, [this, sourceId](const QString& error) {
        if (!error.isEmpty())
            return m_source->setPlainText(error);
        connect(
            m_ghl->client()->getContact(sourceId), &api::ApiRequest::finished, this,
            [this, sourceId](const api::ApiResult& result) {
                if (sourceId != m_sourceId)
                    return; // another record was chosen meanwhile
                m_source->setPlainText(
                    result.ok()
                        ? QString::fromUtf8(
                              QJsonDocument(result.json.toObject().value(QLatin1String("contact")).toObject())
                                  .toJson(QJsonDocument::Indented))
                        : tr("Could not read contact %1: %2").arg(sourceId, result.message));
            });
    });
}

void RecordDetailView::showCall() {
    const QModelIndex current = m_traceView->currentIndex();
    m_call->setPlainText(current.isValid() ? RequestTraceModel::describe(m_trace->entries().at(current.row()))
                                           : QString());
}

} // namespace fieldlink
