#include "app/runs/RecordDetailView.h"

#include "app/common/TabOrder.h"
#include "app/connections/ConnectedGhl.h"
#include "app/runs/ConflictReviewPanel.h"
#include "app/runs/RecordChangesModel.h"
#include "app/runs/RequestTraceModel.h"
#include "app/runs/RunRecordsModel.h"
#include "app/shell/AppContext.h"
#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/store/RequestLogRepository.h"
#include "core/store/RunRepository.h"

#include "ui_RecordDetailView.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTabBar>

namespace fieldlink {

RecordDetailView::RecordDetailView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecordDetailView>())
    , m_context(context)
    , m_ghl(new ConnectedGhl(context, this))
    , m_trace(new RequestTraceModel(this))
    , m_changes(new RecordChangesModel(this)) {
    m_ui->setupUi(this);
    m_ui->recordChangesTableView->setModel(m_changes);
    // The record's own pane first: its change table needs room more than the trace does.
    m_ui->recordDetailSplitter->setStretchFactor(0, 3);
    m_ui->recordDetailSplitter->setStretchFactor(1, 2);
    m_ui->recordDetailSplitter->setStretchFactor(2, 2);
    m_ui->recordDetailSplitter->setSizes({300, 200, 200}); // in proportion, whatever the height
    // A few fields always show; the pane scrolls for the rest.
    QTableView* changes = m_ui->recordChangesTableView;
    changes->setMinimumHeight(changes->horizontalHeader()->sizeHint().height() +
                              3 * changes->verticalHeader()->defaultSectionSize() +
                              2 * changes->frameWidth());
    m_ui->recordPlainTextEdit->setVisible(false); // the JSON is for those who ask for it
    connect(m_ui->showJsonCheckBox, &QCheckBox::toggled, m_ui->recordPlainTextEdit, &QWidget::setVisible);
    // Built here rather than in the .ui: the panel takes the repositories it reads and writes when it is
    // made.
    m_conflict = new ConflictReviewPanel(context.runRecords(), context.conflictDecisions(), this);
    m_ui->recordPaneLayout->addWidget(m_conflict);
    // The tabs' bar before what they show, as it reads; named itself, since Qt's tab order skips a tab
    // widget's focus proxy.
    setTabOrderThrough(
        {m_ui->recordChangesTableView, m_ui->showJsonCheckBox, m_ui->recordPlainTextEdit, m_conflict,
         m_ui->traceTableView,
         m_ui->recordDetailTabWidget->findChild<QTabBar*>(QString(), Qt::FindDirectChildrenOnly),
         m_ui->callPlainTextEdit, m_ui->fetchSourcePushButton, m_ui->sourcePlainTextEdit});
    m_ui->traceTableView->setModel(m_trace);

    connect(m_ui->fetchSourcePushButton, &QPushButton::clicked, this, &RecordDetailView::fetchSource);
    connect(m_conflict, &ConflictReviewPanel::decided, this, &RecordDetailView::conflictDecided);
    connect(m_ui->traceTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordDetailView::showCall);
    showRecord({}, 0);
}

RecordDetailView::~RecordDetailView() = default;

void RecordDetailView::showRecord(const QModelIndex& record, qint64 runId) {
    showSummary(record);
    m_ui->recordPlainTextEdit->setPlainText(RunRecordsModel::recordJson(record));
    m_changes->setRecord(record.data(RunRecordsModel::DiffRole).toJsonObject(),
                         record.data(RunRecordsModel::PayloadRole).toJsonObject());
    m_ui->recordChangesTableView->resizeColumnsToContents();
    m_ui->recordChangesTableView->setVisible(m_changes->rowCount() > 0);
    m_sourceId = record.isValid() ? record.data(RunRecordsModel::IdRole).toString() : QString();
    m_conflict->showConflict(record.data(RunRecordsModel::ConflictRole).toJsonObject(), m_sourceId, runId);
    m_ui->sourcePlainTextEdit->clear();
    // A call event's record is a Kixie call, not a HighLevel contact to read. Read once per run, not per
    // record.
    if (runId != m_kindOfRun) {
        m_kindOfRun = runId;
        const std::optional<store::RunSummary> run =
            runId > 0 ? m_context.runs().run(runId) : std::optional<store::RunSummary>();
        m_eventsRun = run && store::RunRepository::kindOf(*run) == store::RunRepository::RunKind::Events;
    }
    m_ui->fetchSourcePushButton->setEnabled(!m_sourceId.isEmpty() && !m_eventsRun);
    showTrace(runId);
}

void RecordDetailView::showSummary(const QModelIndex& record) {
    if (!record.isValid()) {
        m_ui->recordSummaryLabel->setText(tr("Select a record to see what was done and why."));
        m_ui->recordSummaryLabel->setToolTip({});
        m_ui->recordProblemsLabel->clear();
        m_ui->recordProblemsLabel->hide();
        return;
    }
    const QString name = record.siblingAtColumn(RunRecordsModel::SourceColumn).data().toString();
    QString line =
        QStringLiteral("<b>%1</b><br>%2")
            .arg(name.toHtmlEscaped(),
                 record.siblingAtColumn(RunRecordsModel::ActionColumn).data().toString().toHtmlEscaped());
    if (const QString route = record.siblingAtColumn(RunRecordsModel::RouteColumn).data().toString();
        !route.isEmpty())
        line += QStringLiteral(" · ") + tr("route %1").arg(route).toHtmlEscaped();
    m_ui->recordSummaryLabel->setText(line);
    m_ui->recordSummaryLabel->setToolTip(
        record.siblingAtColumn(RunRecordsModel::SourceColumn).data(Qt::ToolTipRole).toString());
    // One paragraph a problem; the FL code after it, smaller: the sentence is what the admin needs.
    QStringList paragraphs;
    for (const QString& sentence : record.siblingAtColumn(RunRecordsModel::ReasonColumn)
                                       .data(Qt::ToolTipRole)
                                       .toString()
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        static const QRegularExpression codeAtEnd(QStringLiteral("^(.*) \\((FL-[A-Z]+-\\d+)\\)$"));
        const QRegularExpressionMatch match = codeAtEnd.match(sentence);
        paragraphs << (match.hasMatch() ? QStringLiteral("%1 <small>%2</small>")
                                              .arg(match.captured(1).toHtmlEscaped(), match.captured(2))
                                        : sentence.toHtmlEscaped());
    }
    m_ui->recordProblemsLabel->setText(paragraphs.join(QStringLiteral("<br>")));
    m_ui->recordProblemsLabel->setVisible(!paragraphs.isEmpty());
}

void RecordDetailView::showTrace(qint64 runId) {
    const QString& sourceId = m_sourceId;
    // Read when a record is chosen, not with the run: a large run's log stays in the database.
    m_trace->setEntries(sourceId.isEmpty() || runId <= 0
                            ? QList<api::RequestLogEntry>()
                            : m_context.loggedRequests().entries(runId, sourceId));
    m_ui->traceTableView->resizeColumnsToContents();
    if (sourceId.isEmpty())
        m_ui->traceLabel->setText(tr("Requests: select a record."));
    else if (m_trace->rowCount() == 0)
        m_ui->traceLabel->setText(tr("Requests: none were made for %1.").arg(sourceId));
    else
        m_ui->traceLabel->setText(
            tr("Requests made for %1: %n call(s).", nullptr, m_trace->rowCount()).arg(sourceId));
    if (m_trace->rowCount() > 0) // the last answer says most
        m_ui->traceTableView->setCurrentIndex(m_trace->index(m_trace->rowCount() - 1, 0));
    else
        m_ui->callPlainTextEdit->clear();
}

void RecordDetailView::fetchSource() {
    const QString sourceId = m_sourceId;
    m_ui->sourcePlainTextEdit->setPlainText(tr("Reading contact %1…").arg(sourceId));
    m_ui->recordDetailTabWidget->setCurrentIndex(1);
    m_ghl->open(m_connection, [this, sourceId](const QString& error) {
        if (!error.isEmpty())
            return m_ui->sourcePlainTextEdit->setPlainText(error);
        connect(
            m_ghl->client()->getContact(sourceId), &api::ApiRequest::finished, this,
            [this, sourceId](const api::ApiResult& result) {
                if (sourceId != m_sourceId)
                    return; // another record was chosen meanwhile
                m_ui->sourcePlainTextEdit->setPlainText(
                    result.ok()
                        ? QString::fromUtf8(
                              QJsonDocument(result.json.toObject().value(QLatin1String("contact")).toObject())
                                  .toJson(QJsonDocument::Indented))
                        : tr("Could not read contact %1: %2").arg(sourceId, result.message));
            });
    });
}

void RecordDetailView::showCall() {
    const QModelIndex current = m_ui->traceTableView->currentIndex();
    m_ui->callPlainTextEdit->setPlainText(
        current.isValid() ? RequestTraceModel::describe(m_trace->entries().at(current.row())) : QString());
}

} // namespace fieldlink
