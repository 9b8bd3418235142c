#include "app/history/HistoryPage.h"

#include "app/common/CompactRows.h"
#include "app/common/TabOrder.h"
#include "app/history/RunHistoryModel.h"
#include "app/runs/RecordDetailView.h"
#include "app/runs/RunExportButtons.h"
#include "app/runs/RunRecordsModel.h"
#include "app/runs/ShellCommand.h"
#include "app/shell/AppContext.h"

#include "ui_HistoryPage.h"

#include <QAction>

namespace fieldlink {

HistoryPage::HistoryPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPage>())
    , m_context(context)
    , m_runs(new RunHistoryModel(context.runHistory(), this))
    , m_records(new RunRecordsModel(context.runRecords(), this))
    , m_detail(new RecordDetailView(context, this))
    , m_exports(new RunExportButtons(context, this)) {
    m_ui->setupUi(this);
    // The export buttons and the record's detail take the context when they are made, so they join the
    // layout here rather than in the .ui: the exports after Resume and Replay, the detail beside the records.
    m_ui->runActionsLayout->insertWidget(2, m_exports);
    m_ui->recordSplitter->addWidget(m_detail);
    // Tab goes from Refresh above the runs to the runs, the chosen run's records and detail, then to what can
    // be done with it.
    setTabOrderThrough({m_ui->refreshPushButton, m_ui->runTableView, m_ui->recordTableView, m_detail,
                        m_ui->nextStepLabel, m_exports, m_ui->resumePushButton, m_ui->replayPushButton});
    m_ui->runTableView->setModel(m_runs);
    m_ui->recordTableView->setModel(m_records);
    useCompactRows(m_ui->runTableView);
    useCompactRows(m_ui->recordTableView);
    auto* refreshAction = new QAction(this);
    refreshAction->setShortcuts(QKeySequence::Refresh); // F5 (and Ctrl+R where that is the convention)
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &HistoryPage::refresh);
    m_ui->refreshPushButton->setToolTip(
        tr("Reads the runs again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));

    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &HistoryPage::refresh);
    connect(m_exports, &RunExportButtons::exported, m_ui->nextStepLabel, &QLabel::setText);
    connect(m_ui->resumePushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT resumeRequested(selectedRun()); });
    connect(m_ui->replayPushButton, &QPushButton::clicked, this,
            [this] { Q_EMIT replayRequested(selectedRun()); });
    connect(m_ui->runTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showRun);
    connect(m_ui->recordTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::showRecord);
    showRun();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::showEvent(QShowEvent* event) {
    refresh(); // runs the CLI made while the app was open appear too
    QWidget::showEvent(event);
}

void HistoryPage::setConnection(const QString& name) {
    m_connection = name;
    m_detail->setConnection(name);
    showRun();
}

void HistoryPage::refresh() {
    const qint64 selected = selectedRun();
    m_runs->refresh();
    m_ui->runTableView->resizeColumnsToContents();
    if (selected > 0)
        selectRun(selected);
    else
        showRun();
}

qint64 HistoryPage::selectedRun() const {
    const QModelIndex current = m_ui->runTableView->currentIndex();
    return current.isValid() ? current.data(RunHistoryModel::RunIdRole).toLongLong() : 0;
}

void HistoryPage::selectRun(qint64 runId) {
    for (int row = 0;; ++row) {
        if (row >= m_runs->rowCount()) {
            if (!m_runs->canFetchMore())
                return;
            m_runs->fetchMore(); // an old run: read on until it is found
            if (row >= m_runs->rowCount())
                return;
        }
        if (m_runs->index(row, 0).data(RunHistoryModel::RunIdRole).toLongLong() == runId) {
            m_ui->runTableView->selectRow(row);
            m_ui->runTableView->setCurrentIndex(m_runs->index(row, 0));
            return;
        }
    }
}

void HistoryPage::showRun() {
    const QModelIndex current = m_ui->runTableView->currentIndex();
    const qint64 runId = selectedRun();
    m_exports->setRun(runId);
    m_ui->resumePushButton->setEnabled(false);
    m_ui->replayPushButton->setEnabled(false);
    m_records->setRun(runId);
    m_ui->recordTableView->resizeColumnsToContents();
    m_detail->showRecord({}, 0);
    m_ui->nextStepLabel->clear();
    if (runId == 0) {
        m_ui->runSummaryLabel->setText(m_runs->rowCount() == 0
                                           ? tr("No runs yet: a dry run from Test Sync or fieldlink-cli "
                                                "appears here.")
                                           : tr("Select a run to see its records."));
        return;
    }
    m_ui->runSummaryLabel->setText(
        tr("Run %1 (%2, %3): %4.")
            .arg(runId)
            .arg(m_runs->index(current.row(), RunHistoryModel::ModeColumn).data().toString(),
                 m_runs->index(current.row(), RunHistoryModel::StatusColumn).data().toString(),
                 m_runs->index(current.row(), RunHistoryModel::CountsColumn).data().toString()));
    const QString status = current.data(RunHistoryModel::StatusRole).toString();
    const QStringList base{
        QStringLiteral("fieldlink-cli"), QStringLiteral("sync"),
        QStringLiteral("--connection"),  m_connection.isEmpty() ? tr("CONNECTION") : m_connection,
        QStringLiteral("--db"),          m_context.databasePath()};
    // Call-event runs are carried on by `fieldlink-cli events`; the app resumes and replays sync runs.
    const bool syncRun = !current.data(RunHistoryModel::IsEventsRole).toBool();
    if (status == QLatin1String("interrupted")) {
        m_ui->resumePushButton->setEnabled(syncRun && !m_connection.isEmpty());
        m_ui->nextStepLabel->setText(
            tr("This run was interrupted and can carry on where it stopped (Resume), or from a "
               "terminal:") +
            ShellCommand::htmlBlock(base + QStringList{QStringLiteral("--resume"), QString::number(runId)}));
    } else if (current.data(RunHistoryModel::FailedRole).toInt() > 0) {
        m_ui->replayPushButton->setEnabled(syncRun && !m_connection.isEmpty());
        m_ui->nextStepLabel->setText(
            tr("Send only the records that failed again, with the current profile (Replay failed), or "
               "from a terminal:") +
            ShellCommand::htmlBlock(base +
                                    QStringList{QStringLiteral("--replay-failed"), QString::number(runId)}));
    }
}

void HistoryPage::showRecord() {
    m_detail->showRecord(m_ui->recordTableView->currentIndex(), selectedRun());
}

bool HistoryPage::exportResults(const QString& folder) {
    return m_exports->exportResults(folder);
}

bool HistoryPage::exportRequestLog(const QString& path) {
    return m_exports->exportRequestLog(path);
}

} // namespace fieldlink
