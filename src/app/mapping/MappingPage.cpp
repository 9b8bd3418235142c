#include "app/mapping/MappingPage.h"

#include "app/common/CompactRows.h"
#include "app/common/ElidedActionText.h"
#include "app/common/SplitterMemory.h"
#include "app/common/TabOrder.h"
#include "app/mapping/ContactFieldAdvice.h"
#include "app/mapping/GhlContactLookup.h"
#include "app/mapping/KixieDirectory.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/SampleFetcher.h"
#include "app/mapping/dialogs/AutoMatchDialog.h"
#include "app/mapping/dialogs/FieldPickerDialog.h"
#include "app/mapping/editors/DndEditor.h"
#include "app/mapping/editors/RoutingEditor.h"
#include "app/mapping/editors/RuleEditorPane.h"
#include "app/mapping/editors/TransformChainEditor.h"
#include "app/mapping/models/ContactChangeModel.h"
#include "app/mapping/models/DiagnosticListModel.h"
#include "app/mapping/models/FieldCatalogModel.h"
#include "app/mapping/models/PreviewModel.h"
#include "app/mapping/models/RecordComparisonModel.h"
#include "app/mapping/models/RuleTableModel.h"
#include "core/mapping/AutoMatcher.h"
#include "ui_MappingPage.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QVBoxLayout>

namespace fieldlink {
namespace {

/// Contacts read for the preview: enough to show real variety, few enough to fetch in a couple of seconds.
constexpr int fetchedSampleCount = 25;
/// Sample values shown per source field.
constexpr int valuesPerField = 3;

} // namespace

MappingPage::MappingPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::MappingPage>())
    , m_document(new ProfileDocument(this))
    , m_rules(new RuleTableModel(m_document, this))
    , m_sources(new FieldCatalogModel(FieldCatalogModel::Side::Source, this))
    , m_targets(new FieldCatalogModel(FieldCatalogModel::Side::Target, this))
    , m_sourceFilter(m_sources->makeSearchFilter(this))
    , m_targetFilter(m_targets->makeSearchFilter(this))
    , m_previewModel(new PreviewModel(this))
    , m_recordModel(new RecordComparisonModel(this))
    , m_diagnosticModel(new DiagnosticListModel(this))
    , m_transforms(new TransformChainEditor(m_document, this))
    , m_routing(new RoutingEditor(m_document, this))
    , m_fetcher(new SampleFetcher(context, this))
    , m_kixieDirectory(new KixieDirectory(context, this))
    , m_contactLookup(new GhlContactLookup(context, this))
    , m_contactModel(new ContactChangeModel(this)) {
    m_ui->setupUi(this);
    m_library = new MappingProfileLibrary(context, m_document, *m_ui, this);
    setUpViews();
    setUpActions();
    m_transforms->setValueSuggestions([this](const QJsonObject& rule) { return valueSuggestions(rule); });
    m_routing->setDirectory(m_kixieDirectory);
    connect(m_kixieDirectory, &KixieDirectory::changed, this, [this] {
        m_preview.setKnownLists(m_kixieDirectory->knownLists());
        updatePreview();
    });
    m_routing->setConditionValueSuggestions([this](const QString& field) {
        return valueSuggestions(QJsonObject{{QStringLiteral("source"), field}});
    });

    connect(m_document, &ProfileDocument::changed, this, &MappingPage::updatePreview);
    // A command changes the document before the stack counts it: the modified mark follows the stack itself.
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MappingPage::updateSummary);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(
        m_fetcher, &SampleFetcher::finished, this,
        [this](const mapping::CustomFieldDirectory& customFields, const QStringList& tags,
               const QList<QJsonObject>& samples, const QString& error) {
            m_ui->fetchSamplesPushButton->setEnabled(true);
            if (error.isEmpty()) {
                m_locationTags = tags;
                setCustomFields(customFields);
                setSamples(
                    samples,
                    tr("%n contact(s) from %1", nullptr, static_cast<int>(samples.size())).arg(m_connection));
            } else {
                m_ui->samplesLabel->setText(error);
            }
            Q_EMIT samplesFetched(error);
        });
    connect(m_contactLookup, &GhlContactLookup::customFieldsRead, this,
            [this](const mapping::CustomFieldDirectory& customFields, const QString& error) {
                if (!error.isEmpty())
                    return m_contactStatus->setText(error);
                setCustomFields(customFields);
            });
    connect(m_contactLookup, &GhlContactLookup::contactRead, this, &MappingPage::showSelectedRecord);
    connect(m_library, &MappingProfileLibrary::profileOpened, this, &MappingPage::profileOpened);
    connect(m_library, &MappingProfileLibrary::samplesLoaded, this, &MappingPage::setSamples);
    m_library->openFirstProfile();
    setSamples({}, {});
}

MappingPage::~MappingPage() {
    // The view commits an open editor and the undo stack announces it is clean as they go, after m_ui:
    // nothing here may answer them.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
}

void MappingPage::setUpViews() {
    m_ui->rulesTableView->setModel(m_rules);
    m_ui->rulesTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->rulesTableView->setColumnWidth(RuleTableModel::TargetColumn, 200);
    m_ui->rulesTableView->setColumnWidth(RuleTableModel::SourcesColumn, 220);
    m_ui->rulesTableView->setColumnWidth(RuleTableModel::TransformsColumn, 200);
    m_ui->sourceTreeView->setModel(m_sourceFilter);
    m_ui->targetTreeView->setModel(m_targetFilter);
    m_ui->previewTableView->setModel(m_previewModel);
    m_ui->recordTableView->setModel(m_recordModel);
    m_ui->diagnosticsTableView->setModel(m_diagnosticModel);
    m_ui->diagnosticsTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->diagnosticsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->transformsPageWidget->layout()->addWidget(m_transforms);
    m_ui->routingPageWidget->layout()->addWidget(m_routing);
    // Kixie → GHL: what the selected call would change on the GHL contact, read from the connection.
    auto* contactPage = new QWidget(m_ui->resultsTabWidget);
    contactPage->setObjectName(QStringLiteral("contactPageWidget"));
    auto* contactLayout = new QVBoxLayout(contactPage);
    m_contactStatus = new QLabel(contactPage);
    m_contactStatus->setObjectName(QStringLiteral("contactStatusLabel"));
    m_contactStatus->setWordWrap(true);
    auto* contactView = new QTableView(contactPage);
    contactView->setObjectName(QStringLiteral("contactChangesTableView"));
    contactView->setModel(m_contactModel);
    contactView->horizontalHeader()->setStretchLastSection(true);
    contactView->setColumnWidth(ContactChangeModel::FieldColumn, 320);
    contactView->setColumnWidth(ContactChangeModel::BeforeColumn, 220);
    contactView->verticalHeader()->hide();
    useCompactRows(contactView);
    contactLayout->addWidget(m_contactStatus);
    contactLayout->addWidget(contactView, 1);
    m_ui->resultsTabWidget->addTab(contactPage, tr("Contact in &GHL"));
    m_dnd = new DndEditor(m_document, m_ui->ruleDetailTabWidget);
    m_dnd->setObjectName(QStringLiteral("dndEditor"));
    m_ui->ruleDetailTabWidget->addTab(m_dnd, tr("Do not &disturb"));
    setUpLayout();
    // The editors were made before the page's own widgets: Tab reaches them after the rules and their tabs,
    // before the target fields, as the page reads.
    setTabOrderThrough({m_ui->rulesTableView, m_ruleEditor->foldButton(), m_ruleEditor->detachButton(),
                        m_ui->ruleDetailTabWidget->findChild<QTabBar*>(QString(), Qt::FindDirectChildrenOnly),
                        m_transforms, m_routing, m_ui->targetSearchLineEdit});

    for (auto [edit, filter, view] :
         {std::tuple{m_ui->sourceSearchLineEdit, m_sourceFilter, m_ui->sourceTreeView},
          std::tuple{m_ui->targetSearchLineEdit, m_targetFilter, m_ui->targetTreeView}}) {
        connect(edit, &QLineEdit::textChanged, this, [filter = filter, view = view](const QString& text) {
            filter->setFilterFixedString(text);
            view->expandAll();
        });
    }
    connect(m_ui->sourceTreeView, &QTreeView::activated, this, &MappingPage::mapSourceField);
    connect(m_ui->targetTreeView, &QTreeView::activated, this, &MappingPage::mapTargetField);
    connect(m_ui->rulesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRule(current.row()); });
    connect(m_ui->previewTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MappingPage::showSelectedRecord);
    connect(m_ui->diagnosticsTableView, &QTableView::activated, this, &MappingPage::jumpToDiagnostic);
    connect(m_ui->diagnosticsTableView, &QTableView::doubleClicked, this, &MappingPage::jumpToDiagnostic);
}

void MappingPage::setUpLayout() {
    // The rule's transforms and the routing sit in a pane that folds or moves into its own window, so that
    // on a laptop the rules and the preview keep their room.
    m_ruleEditor = new RuleEditorPane(m_ui->ruleDetailTabWidget);
    m_ruleEditor->setObjectName(QStringLiteral("ruleEditorPane"));
    m_ui->rulesSplitter->insertWidget(1, m_ruleEditor);
    // Rows as tall as a line of text and an editor's frame: ten rules and eight samples fit a 768-pixel
    // screen.
    for (QTableView* view : {m_ui->rulesTableView, m_ui->previewTableView, m_ui->recordTableView})
        useCompactRows(view);
    const int rowHeight = m_ui->rulesTableView->verticalHeader()->defaultSectionSize();
    // Below a few rows a table is no use: the page scrolls (it is in a scroll area) rather than squeeze it.
    const int headerHeight = m_ui->rulesTableView->horizontalHeader()->sizeHint().height();
    m_ui->rulesTableView->setMinimumHeight(headerHeight + 5 * rowHeight + 4);
    m_ui->previewTableView->setMinimumHeight(headerHeight + 4 * rowHeight + 4);
    // Proportions, not pixels: the splitters scale them to the window. The rules and the preview share the
    // height; the panes either side of the rules stay narrow.
    m_ui->rulesSplitter->setSizes({360, 240});
    m_ui->rulesSplitter->setStretchFactor(0, 1);
    m_ui->verticalSplitter->setSizes({480, 340});
    m_ui->paneSplitter->setSizes({240, 800, 240});
    m_ui->previewSplitter->setSizes({560, 440});
    auto* memory = new SplitterMemory(
        QStringLiteral("mapping/splitters"),
        {m_ui->verticalSplitter, m_ui->paneSplitter, m_ui->rulesSplitter, m_ui->previewSplitter}, this);
    memory->restore();
}

void MappingPage::setUpActions() {
    // Undo has its shortcut (Ctrl+Z) and no letter of its own: Alt+U is Auto-match's.
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    // An undo text names the edit and can be long: the buttons keep it short, the tooltip has it whole.
    ElidedActionText::apply(m_ui->undoToolButton, undo);
    ElidedActionText::apply(m_ui->redoToolButton, redo);

    const auto action = [this](const QKeySequence& shortcut, const char* name, auto slot) {
        auto* made = new QAction(this);
        made->setShortcut(shortcut);
        made->setObjectName(QLatin1String(name));
        connect(made, &QAction::triggered, this, slot);
        return made;
    };
    QList<QAction*> pageActions{
        undo, redo,
        action(QKeySequence::Save, "saveAction", [this] { m_library->askAndSaveVersion(errorCount()); }),
        action(QKeySequence(Qt::CTRL | Qt::Key_K), "pickSourceAction", &MappingPage::pickSource),
        action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), "pickTargetAction", &MappingPage::pickTarget)};
    for (QAction* pageAction : pageActions)
        pageAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions(pageActions);
    m_ruleEditor->setWindowActions(pageActions); // the editor's own window answers them too
    // Insert and Delete act on the rules only: in a text field they keep their usual meaning.
    QAction* insert = action(Qt::Key_Insert, "insertRuleAction", &MappingPage::addRule);
    QAction* remove = action(QKeySequence::Delete, "removeRuleAction", &MappingPage::removeRule);
    QAction* up = action(QKeySequence(Qt::ALT | Qt::Key_Up), "moveRuleUpAction", [this] { moveRule(-1); });
    QAction* down =
        action(QKeySequence(Qt::ALT | Qt::Key_Down), "moveRuleDownAction", [this] { moveRule(+1); });
    for (QAction* ruleAction : {insert, remove, up, down})
        ruleAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->rulesTableView->addActions({insert, remove, up, down});

    connect(m_ui->addRulePushButton, &QPushButton::clicked, this, &MappingPage::addRule);
    connect(m_ui->removeRulePushButton, &QPushButton::clicked, this, &MappingPage::removeRule);
    connect(m_ui->pickSourcePushButton, &QPushButton::clicked, this, &MappingPage::pickSource);
    connect(m_ui->pickTargetPushButton, &QPushButton::clicked, this, &MappingPage::pickTarget);
    connect(m_ui->autoMatchPushButton, &QPushButton::clicked, this, &MappingPage::autoMatch);
    connect(m_ui->saveVersionPushButton, &QPushButton::clicked, this,
            [this] { m_library->askAndSaveVersion(errorCount()); });
    connect(m_ui->loadSamplesPushButton, &QPushButton::clicked, this,
            [this] { m_library->askAndLoadSamples(samplesDirection()); });
    connect(m_ui->fetchSamplesPushButton, &QPushButton::clicked, this, &MappingPage::fetchSamples);
}

void MappingPage::setConnection(const QString& name) {
    m_connection = name;
    m_kixieDirectory->setConnection(name);
    m_contactLookup->setConnection(name);
    m_customFieldsRequested = false;
    readContactFields();
    m_ui->fetchSamplesPushButton->setToolTip(
        name.isEmpty() ? tr("No connection in use: choose one on the Connections page")
                       : tr("Reads the custom fields and the first %1 contacts of \"%2\" (read-only)")
                             .arg(fetchedSampleCount)
                             .arg(name));
}

void MappingPage::fetchSamples() {
    m_ui->fetchSamplesPushButton->setEnabled(false);
    m_ui->samplesLabel->setText(tr("Reading samples from %1…").arg(m_connection));
    m_fetcher->fetch(m_connection, m_document->currentJson(), fetchedSampleCount);
}

void MappingPage::readContactFields() {
    // GHL → Kixie reads the custom fields with its samples; Kixie → GHL needs them as targets at once.
    if (m_customFieldsRequested || m_connection.isEmpty() ||
        samplesDirection() != mapping::Direction::KixieToGhl)
        return;
    m_customFieldsRequested = true;
    m_contactLookup->readCustomFields();
}

void MappingPage::showContactChanges(int row) {
    if (!m_result.previewed || m_result.previewed->direction != mapping::Direction::KixieToGhl || row < 0 ||
        row >= m_previewModel->rowCount())
        return m_contactModel->clear();
    const mapping::MappedRecord& mapped = m_previewModel->record(row);
    const QString contactId =
        RecordComparisonModel::payloadValue(mapped.payload, QStringLiteral("contact.id")).toString();
    const QString phone =
        RecordComparisonModel::payloadValue(mapped.payload, QStringLiteral("contact.phone")).toString();
    const QString key = contactId.isEmpty() ? phone : contactId;
    std::optional<QJsonObject> contact = key.isEmpty() ? std::nullopt : m_contactLookup->cached(key);
    QString unknownBefore = tr("(not read)");
    if (key.isEmpty()) {
        m_contactStatus->setText(tr("This call names no contact: it has neither a contact ID nor a phone."));
    } else if (contact && contact->isEmpty()) {
        m_contactStatus->setText(tr("GHL has no contact %1.").arg(key));
        unknownBefore = tr("(no contact)");
    } else if (contact) {
        const QString name = contact->value(QLatin1String("name")).toString();
        m_contactStatus->setText(tr("The contact as GHL has it now: %1 (read once from %2).")
                                     .arg(name.isEmpty() ? key : name, m_connection));
    } else if (!m_contactLookup->failure(key).isEmpty()) {
        m_contactStatus->setText(
            tr("Could not read the contact from GHL: %1").arg(m_contactLookup->failure(key)));
    } else if (m_connection.isEmpty()) {
        m_contactStatus->setText(tr("Choose a connection on the Connections page to compare with the contact "
                                    "in GHL."));
    } else {
        m_contactStatus->setText(tr("Reading the contact from %1…").arg(m_connection));
        m_contactLookup->lookUp(contactId, phone);
    }
    m_contactModel->setChanges(*m_result.previewed, m_result.targets, m_preview.customFields(),
                               m_previewModel->sample(row), mapped, contact.value_or(QJsonObject()),
                               unknownBefore);
}

void MappingPage::setCustomFields(const mapping::CustomFieldDirectory& customFields) {
    m_preview.setCustomFields(customFields);
    updatePreview();
}

void MappingPage::setSamples(const QList<QJsonObject>& samples, const QString& origin) {
    m_preview.setSamples(samples);
    m_samplesOrigin = origin;
    m_ui->samplesLabel->setText(
        samples.isEmpty()
            ? tr("No samples yet: fetch them from the connection or load a file, and every edit "
                 "shows what it does to them.")
            : tr("Samples: %1.").arg(origin));
    m_catalogDirection = -1; // the sample values in the catalog change
    updatePreview();
    if (!samples.isEmpty() && !m_ui->previewTableView->currentIndex().isValid())
        m_ui->previewTableView->selectRow(0);
}

void MappingPage::updateCatalogs(mapping::Direction direction) {
    const int customFields = static_cast<int>(m_preview.customFields().definitions().size());
    if (m_catalogDirection == static_cast<int>(direction) && m_catalogCustomFields == customFields)
        return; // the catalogs only change with the direction, the location and the samples
    m_catalogDirection = static_cast<int>(direction);
    m_catalogCustomFields = customFields;
    m_sources->setCatalog(m_result.sources);
    m_sources->setSamples(m_preview.sampleValues(m_result.sources, valuesPerField));
    m_targets->setCatalog(m_result.targets);
    QHash<QString, QString> customTargetLabels;
    for (const mapping::CatalogField& field : m_result.targets.fields()) {
        if (field.path.startsWith(QLatin1String(mapping::contactupdate::customFieldPrefix)) && !field.pattern)
            customTargetLabels.insert(field.path, field.label);
    }
    m_rules->setTargetLabels(customTargetLabels);
    m_ui->sourceTreeView->expandAll();
    m_ui->targetTreeView->expandAll();
    m_ui->sourceTreeView->resizeColumnToContents(FieldCatalogModel::FieldColumn);
    m_ui->targetTreeView->resizeColumnToContents(FieldCatalogModel::FieldColumn);
    QStringList paths;
    for (const mapping::CatalogField& field : m_result.sources.fields())
        paths << field.path;
    m_routing->setConditionFields(paths);
    const bool fromGhl = direction == mapping::Direction::GhlToKixie;
    m_ui->fetchSamplesPushButton->setVisible(fromGhl); // call events come from a file or, in #8, the listener
    m_ui->ruleDetailTabWidget->setTabVisible(m_ui->ruleDetailTabWidget->indexOf(m_dnd), !fromGhl);
    m_ui->resultsTabWidget->setTabVisible(
        m_ui->resultsTabWidget->indexOf(
            m_ui->resultsTabWidget->findChild<QWidget*>(QStringLiteral("contactPageWidget"))),
        !fromGhl);
    readContactFields();
}

void MappingPage::updatePreview() {
    m_result = m_preview.run(m_document->toJson());
    const mapping::Diagnostics& diagnostics = m_result.diagnostics;
    if (m_result.previewed)
        updateCatalogs(m_result.previewed->direction);
    m_rules->setDiagnostics(diagnostics);
    m_rules->setRulesNotPreviewed(m_result.rulesNotPreviewed);
    m_diagnosticModel->setDiagnostics(diagnostics);
    m_previewModel->setResults(m_preview.samples(), m_result.records);
    showSelectedRecord();

    const auto [sources, targets] = mappedPaths();
    m_sources->setMapped(sources);
    m_targets->setMapped(targets);
    updateSummary();
    Q_EMIT previewUpdated();
}

void MappingPage::updateSummary() {
    const mapping::Diagnostics& diagnostics = m_result.diagnostics;
    const auto errors =
        std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                      [](const mapping::Diagnostic& d) { return d.severity == mapping::Severity::Error; });
    QString text =
        diagnostics.isEmpty()
            ? tr("Validates clean: %n rule(s).", nullptr, m_document->ruleCount())
            : tr("%Ln problem(s) found, %L1 of them errors.", nullptr, static_cast<int>(diagnostics.size()))
                  .arg(errors);
    if (!m_preview.samples().isEmpty()) {
        int mapped = 0;
        for (const mapping::MappedRecord& record : std::as_const(m_result.records))
            mapped += record.status == mapping::MappedRecord::Status::Mapped ? 1 : 0;
        text += QLatin1Char(' ') +
                tr("%L1 of %Ln sample(s) would be sent.", nullptr, static_cast<int>(m_result.records.size()))
                    .arg(mapped);
    }
    if (m_document->isModified())
        text.prepend(tr("Edited, not saved. "));
    m_ui->validationLabel->setText(text);
    m_ui->resultsTabWidget->setTabText(1, tr("Pro&blems (%1)").arg(diagnostics.size()));
}

void MappingPage::showSelectedRecord() {
    const int row = m_ui->previewTableView->currentIndex().row();
    showContactChanges(row);
    if (row < 0 || row >= m_previewModel->rowCount())
        return m_recordModel->clear();
    m_recordModel->setRecord(m_document->rules(), m_previewModel->sample(row), m_previewModel->record(row),
                             m_preview.customFields());
}

mapping::Direction MappingPage::samplesDirection() const {
    return m_result.previewed ? m_result.previewed->direction : mapping::Direction::GhlToKixie;
}

int MappingPage::errorCount() const {
    return static_cast<int>(
        std::count_if(m_result.diagnostics.cbegin(), m_result.diagnostics.cend(),
                      [](const mapping::Diagnostic& d) { return d.severity == mapping::Severity::Error; }));
}

int MappingPage::currentRule() const {
    return m_ui->rulesTableView->currentIndex().row();
}

void MappingPage::showRule(int row) {
    m_transforms->setRule(row);
}

void MappingPage::jumpToDiagnostic(const QModelIndex& index) {
    const int rule = index.data(DiagnosticListModel::RuleRole).toInt();
    if (rule >= 0 && rule < m_rules->rowCount()) {
        m_ui->rulesTableView->setCurrentIndex(m_rules->index(rule, RuleTableModel::TargetColumn));
        m_ui->rulesTableView->scrollTo(m_ui->rulesTableView->currentIndex());
        m_ui->ruleDetailTabWidget->setCurrentWidget(m_ui->transformsPageWidget);
        m_ruleEditor->reveal();
        m_ui->rulesTableView->setFocus();
        return;
    }
    const QString path = index.data(DiagnosticListModel::PathRole).toString();
    if (path.startsWith(QLatin1String("routing"))) {
        m_ui->ruleDetailTabWidget->setCurrentWidget(m_ui->routingPageWidget);
        m_ruleEditor->reveal();
        // A route's warning (shadowed, unknown list) selects that route.
        static const QRegularExpression routePath(QStringLiteral("^routing\\.routes\\[(\\d+)\\]"));
        if (const QRegularExpressionMatch match = routePath.match(path); match.hasMatch())
            m_routing->routeList()->setCurrentRow(match.captured(1).toInt());
        m_routing->routeList()->setFocus();
    }
}

void MappingPage::addRule() {
    const QModelIndex current = m_ui->rulesTableView->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_rules->rowCount();
    m_rules->insertRows(row, 1);
    const QModelIndex target = m_rules->index(row, RuleTableModel::TargetColumn);
    m_ui->rulesTableView->setCurrentIndex(target);
    m_ui->rulesTableView->edit(target); // straight to typing the target: no mouse needed
}

void MappingPage::removeRule() {
    const QModelIndex current = m_ui->rulesTableView->currentIndex();
    if (current.isValid())
        m_rules->removeRows(current.row(), 1);
}

void MappingPage::moveRule(int by) {
    // Order matters where two conditional rules fill one target: the first that applies wins.
    const QModelIndex current = m_ui->rulesTableView->currentIndex();
    const int to = current.row() + by;
    if (!current.isValid() || to < 0 || to >= m_rules->rowCount())
        return;
    m_document->moveRule(current.row(), to);
    m_ui->rulesTableView->setCurrentIndex(m_rules->index(to, current.column()));
}

void MappingPage::pickSource() {
    const int row = currentRule();
    if (row < 0)
        return;
    FieldPickerDialog picker(
        m_sources, tr("Source for %1").arg(m_document->rule(row).value(QLatin1String("target")).toString()),
        true, this);
    picker.setObjectName(QStringLiteral("sourceFieldPickerDialog"));
    if (picker.exec() == QDialog::Accepted)
        m_rules->setSources(row, {picker.chosenPath()}, picker.append());
}

void MappingPage::pickTarget() {
    FieldPickerDialog picker(m_targets, tr("Target field"), false, this);
    picker.setObjectName(QStringLiteral("targetFieldPickerDialog"));
    if (picker.exec() != QDialog::Accepted)
        return;
    const int row = currentRule();
    if (row >= 0)
        return setTargetWithAdvice(row, picker.chosenPath());
    insertRuleWithAdvice(m_rules->rowCount(), picker.chosenPath());
}

void MappingPage::setTargetWithAdvice(int row, const QString& path) {
    // The target and the steps its type needs are one edit: one undo takes both back.
    m_document->undoStack()->beginMacro(tr("Set the target of a rule to %1").arg(path));
    m_rules->setTarget(row, path);
    addTypedTransforms(row);
    m_document->undoStack()->endMacro();
}

void MappingPage::insertRuleWithAdvice(int row, const QString& target) {
    m_document->undoStack()->beginMacro(tr("Add a rule for %1").arg(target));
    m_document->insertRule(row, QJsonObject{{QStringLiteral("target"), target}});
    addTypedTransforms(row);
    m_document->undoStack()->endMacro();
}

void MappingPage::addTypedTransforms(int row) {
    QJsonObject rule = m_document->rule(row);
    // The catalogs shown, not the last preview's: a rule with an error leaves the preview without them.
    const mapping::CatalogField* target =
        m_targets->catalog().find(rule.value(QLatin1String("target")).toString());
    if (!target)
        return;
    const QStringList sources = RuleTableModel::sourcesOf(rule);
    const mapping::CatalogField* source =
        sources.size() == 1 ? m_sources->catalog().find(sources.first()) : nullptr;
    QJsonArray transforms = rule.value(QLatin1String("transforms")).toArray();
    const QJsonArray added = ContactFieldAdvice::suggestedTransforms(*target, source, transforms);
    if (added.isEmpty())
        return;
    for (const QJsonValue& step : added)
        transforms.append(step);
    rule.insert(QStringLiteral("transforms"), transforms);
    m_document->setRule(row, rule, tr("Add the steps %1 needs").arg(target->label));
}

void MappingPage::mapSourceField(const QModelIndex& index) {
    const QString path = index.data(FieldCatalogModel::PathRole).toString();
    const int row = currentRule();
    if (path.isEmpty() || row < 0)
        return;
    m_rules->setSources(row, {path});
}

void MappingPage::mapTargetField(const QModelIndex& index) {
    const QString path = index.data(FieldCatalogModel::PathRole).toString();
    if (path.isEmpty())
        return;
    const int row = currentRule();
    // The selected rule takes the target when it has none yet; otherwise the target gets a rule of its own.
    if (row >= 0 && m_document->rule(row).value(QLatin1String("target")).toString().isEmpty())
        return setTargetWithAdvice(row, path);
    const int at = m_rules->rowCount();
    insertRuleWithAdvice(at, path);
    m_ui->rulesTableView->setCurrentIndex(m_rules->index(at, RuleTableModel::SourcesColumn));
}

std::pair<QSet<QString>, QSet<QString>> MappingPage::mappedPaths() const {
    QSet<QString> sources;
    QSet<QString> targets;
    for (const QJsonValue& value : m_document->rules()) {
        const QJsonObject rule = value.toObject();
        targets.insert(rule.value(QLatin1String("target")).toString());
        for (const QString& source : RuleTableModel::sourcesOf(rule))
            sources.insert(source);
    }
    return {sources, targets};
}

void MappingPage::autoMatch() {
    const auto [sources, targets] = mappedPaths();
    AutoMatchDialog dialog(
        mapping::AutoMatcher::propose(targets, sources, m_result.sources, m_result.targets), this);
    dialog.setObjectName(QStringLiteral("autoMatchDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<mapping::MatchProposal> accepted = dialog.accepted();
    if (accepted.isEmpty())
        return;
    m_document->undoStack()->beginMacro(
        tr("Accept %n auto-match proposal(s)", nullptr, static_cast<int>(accepted.size())));
    for (const mapping::MatchProposal& proposal : accepted) {
        QJsonObject rule{{QStringLiteral("target"), proposal.target},
                         {QStringLiteral("source"), proposal.source}};
        if (!proposal.transforms.isEmpty())
            rule.insert(QStringLiteral("transforms"), proposal.transforms);
        m_document->insertRule(m_document->ruleCount(), rule);
    }
    m_document->undoStack()->endMacro();
}

QStringList MappingPage::valueSuggestions(const QJsonObject& rule) const {
    QStringList values;
    for (const QString& source : RuleTableModel::sourcesOf(rule)) {
        values += m_preview.distinctValues(source);
        // A picklist custom field offers its options even when no sample uses them yet.
        const QString key = mapping::FieldPath::customFieldKey(source);
        if (const auto* definition = key.isEmpty() ? nullptr : m_preview.customFields().byKey(key))
            values += definition->options;
        // Tags: the location's whole catalogue, not only the tags the samples happen to carry.
        if (source == QLatin1String("tags"))
            values += m_locationTags;
    }
    values.removeDuplicates();
    return values;
}

} // namespace fieldlink
