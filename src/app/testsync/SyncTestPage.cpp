#include "app/testsync/SyncTestPage.h"

#include "app/runs/RecordDetailView.h"
#include "app/runs/RunExportButtons.h"
#include "app/runs/RunRecordsModel.h"
#include "app/shell/AppContext.h"
#include "app/testsync/CallEventsPanel.h"
#include "app/testsync/ContactPickerDialog.h"
#include "app/testsync/SyncLauncher.h"
#include "ui_SyncTestPage.h"

#include <QSortFilterProxyModel>

namespace fieldlink {
namespace {

using Scope = SyncTestChoices::Scope;

// The widgets in `order` become the tab order; a composite widget stands for its focusable descendants, in
// their own order.
void chainTabOrder(const QList<QWidget*>& order) {
    QList<QWidget*> leaves;
    for (QWidget* widget : order) {
        if (widget->focusPolicy() & Qt::TabFocus) {
            leaves << widget;
            continue;
        }
        for (QWidget* next = widget->nextInFocusChain(); widget->isAncestorOf(next);
             next = next->nextInFocusChain()) {
            if (next->focusPolicy() & Qt::TabFocus)
                leaves << next;
        }
    }
    for (qsizetype at = 1; at < leaves.size(); ++at)
        QWidget::setTabOrder(leaves.at(at - 1), leaves.at(at));
}

} // namespace

SyncTestPage::SyncTestPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncTestPage>())
    , m_context(context)
    , m_controller(context.databasePath())
    , m_launcher(new SyncLauncher(context, this))
    , m_records(new RunRecordsModel(context.runRecords(), this))
    , m_filter(new QSortFilterProxyModel(this)) {
    m_ui->setupUi(this);
    setUpChildren();
    setUpTabOrder();
    connectWidgets();
    connectRuns();
    updateScopeEditors();
    setRunning(false);
    setContext({}, false, {});
}

SyncTestPage::~SyncTestPage() = default;

void SyncTestPage::setUpChildren() {
    // These need the app's context, which a Designer form cannot give them.
    m_events = new CallEventsPanel(m_context, m_ui->callEventsWidget);
    m_ui->callEventsLayout->addWidget(m_events);
    m_exports = new RunExportButtons(m_context, this);
    m_ui->filterLayout->addWidget(m_exports);
    m_detail = new RecordDetailView(m_context, this);
    m_ui->resultsSplitter->addWidget(m_detail);

    m_ui->actionFilterComboBox->addItem(tr("Every action"), QString());
    for (const char* action :
         {"create", "update", "unchanged", "skip", "conflict", "remove", "enrol", "failed"})
        m_ui->actionFilterComboBox->addItem(QLatin1String(action), QLatin1String(action));
    m_filter->setSourceModel(m_records);
    m_filter->setFilterKeyColumn(RunRecordsModel::ActionColumn);
    m_ui->planTableView->setModel(m_filter);
}

void SyncTestPage::setUpTabOrder() {
    // The order the page has always had: the choices (records after the profile, then the call events), the
    // exports, the scope, the buttons, the results and their detail, the command.
    chainTabOrder({m_ui->connectionComboBox, m_ui->profileComboBox, m_ui->versionComboBox,
                   m_ui->recordsComboBox, m_events, m_exports, m_ui->scopeComboBox, m_ui->limitSpinBox,
                   m_ui->scopeValueLineEdit, m_ui->pickContactsPushButton, m_ui->dryRunPushButton,
                   m_ui->runPushButton, m_ui->cancelPushButton, m_ui->actionFilterComboBox,
                   m_ui->planTableView, m_detail, m_ui->scheduleLabel});
}

void SyncTestPage::connectWidgets() {
    connect(m_ui->scopeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateScopeEditors();
        updateSchedule();
    });
    connect(m_ui->limitSpinBox, &QSpinBox::valueChanged, this, &SyncTestPage::updateSchedule);
    connect(m_ui->recordsComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateEventRows();
        reloadProfiles(profile()); // the profiles of the other direction
    });
    connect(m_ui->connectionComboBox, &QComboBox::activated, this, [this] {
        const QString chosen = m_ui->connectionComboBox->currentData().toString();
        if (!chosen.isEmpty() && chosen != m_connection)
            Q_EMIT connectionChosen(chosen);
    });
    connect(m_ui->profileComboBox, &QComboBox::currentIndexChanged, this, [this] {
        reloadVersions();
        updateProfileNote();
        setRunning(m_launcher->isRunning());
    });
    connect(m_ui->versionComboBox, &QComboBox::currentIndexChanged, this, &SyncTestPage::updateSchedule);
    connect(m_events, &CallEventsPanel::changed, this, &SyncTestPage::updateSchedule);
    connect(m_ui->scopeValueLineEdit, &QLineEdit::textChanged, this, &SyncTestPage::updateSchedule);
    connect(m_ui->pickContactsPushButton, &QPushButton::clicked, this, &SyncTestPage::pickContacts);
    connect(m_ui->dryRunPushButton, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_ui->runPushButton, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &SyncTestPage::cancel);
    connect(m_ui->actionFilterComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString action = m_ui->actionFilterComboBox->currentData().toString();
        m_filter->setFilterRegularExpression(action.isEmpty() ? QString()
                                                              : QLatin1Char('^') + action + QLatin1Char('$'));
    });
    connect(m_ui->planTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SyncTestPage::showRecord);
    connect(m_detail, &RecordDetailView::conflictDecided, this, [this] {
        m_ui->runStatusLabel->setText(
            tr("Decision saved. A new dry run shows the plan with it; nothing was sent."));
    });
}

void SyncTestPage::connectRuns() {
    connect(m_events, &CallEventsPanel::eventReceived, this,
            [this](const QJsonObject& payload) { m_launcher->addEvents({payload}); });
    // A listener that cannot receive anything ends its run.
    connect(m_events, &CallEventsPanel::listenerFailed, m_launcher, &SyncLauncher::cancel);
    connect(m_launcher, &SyncLauncher::progress, this, &SyncTestPage::onProgress);
    connect(m_launcher, &SyncLauncher::finished, this, &SyncTestPage::onFinished);
    connect(m_launcher, &SyncLauncher::eventsFinished, this, &SyncTestPage::onEventsFinished);
}

void SyncTestPage::setContext(const QString& connectionName, bool sandbox, const QString& profileName) {
    setConnection(connectionName, sandbox);
    selectProfile(profileName);
}

void SyncTestPage::setConnection(const QString& connectionName, bool sandbox) {
    m_connection = connectionName;
    m_sandbox = sandbox;
    m_detail->setConnection(connectionName);
    m_events->setSandbox(sandbox);
    m_ui->contextLabel->setText(
        connectionName.isEmpty()
            ? tr("Save a connection first (Connections, or try the sandbox).")
            : tr("On <b>%1</b> (%2).")
                  .arg(connectionName.toHtmlEscaped(), sandbox ? tr("sandbox") : tr("PRODUCTION")));
    reloadConnections();
    updateEventRows();
    setRunning(m_launcher->isRunning());
    updateSchedule();
}

void SyncTestPage::showEvent(QShowEvent* event) {
    reloadConnections();       // connections saved since
    reloadProfiles(profile()); // versions saved on the Mapping page since
    QWidget::showEvent(event);
}

void SyncTestPage::updateScopeEditors() {
    const auto scope = static_cast<Scope>(m_ui->scopeComboBox->currentIndex());
    m_ui->limitSpinBox->setVisible(scope == Scope::FirstN);
    m_ui->scopeValueLineEdit->setVisible(scope == Scope::Tag || scope == Scope::Search);
    m_ui->pickContactsPushButton->setVisible(scope == Scope::Picked);
    m_ui->pickedContactsLabel->setVisible(scope == Scope::Picked);
    m_ui->pickedContactsLabel->setText(
        m_pickedIds.isEmpty() ? tr("none picked yet")
                              : tr("%n contact(s) picked", nullptr, static_cast<int>(m_pickedIds.size())));
    m_ui->scopeValueLineEdit->setPlaceholderText(scope == Scope::Tag ? tr("tag, e.g. hot")
                                                                     : tr("name, email or phone"));
}

SyncTestChoices SyncTestPage::choices() const {
    SyncTestChoices choices;
    choices.connection = m_connection;
    choices.sandbox = m_sandbox;
    choices.profile = profile();
    choices.profileVersion = profileVersion();
    choices.events = eventsMode();
    choices.scope = static_cast<Scope>(m_ui->scopeComboBox->currentIndex());
    choices.limit = m_ui->limitSpinBox->value();
    choices.scopeText = m_ui->scopeValueLineEdit->text();
    choices.pickedIds = m_pickedIds;
    choices.listening = m_events->listening();
    choices.eventsFile = m_events->file();
    choices.eventsWords = m_events->commandWords();
    return choices;
}

void SyncTestPage::updateSchedule() {
    m_controller.setChoices(choices());
    m_ui->scheduleLabel->setText(m_controller.scheduleText());
}

void SyncTestPage::pickContacts() {
    auto* dialog = new ContactPickerDialog(m_context, m_connection, m_pickedIds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pickedIds = dialog->pickedIds();
        updateScopeEditors();
        updateSchedule();
    });
    dialog->open();
}

void SyncTestPage::setRunning(bool running) {
    const bool ready = !m_connection.isEmpty() && !profile().isEmpty();
    m_ui->dryRunPushButton->setEnabled(ready && !running);
    m_ui->runPushButton->setEnabled(ready && !running);
    m_ui->cancelPushButton->setEnabled(running);
    m_ui->scopeComboBox->setEnabled(!running);
    m_ui->pickContactsPushButton->setEnabled(!running && !m_connection.isEmpty());
    m_ui->recordsComboBox->setEnabled(!running);
    m_ui->connectionComboBox->setEnabled(!running);
    m_events->setRunning(running);
    m_ui->profileComboBox->setEnabled(!running);
    m_ui->versionComboBox->setEnabled(!running);
}

void SyncTestPage::updateEventRows() {
    m_ui->choicesFormLayout->setRowVisible(m_ui->scopeWidget, !eventsMode());
    m_ui->choicesFormLayout->setRowVisible(m_ui->callEventsWidget, eventsMode());
}

bool SyncTestPage::eventsMode() const {
    return m_ui->recordsComboBox->currentIndex() == 1;
}

} // namespace fieldlink
