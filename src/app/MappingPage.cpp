#include "MappingPage.h"

#include "FieldCatalog.h"
#include "ProfileDocument.h"
#include "ProfileLoader.h"
#include "ProfileValidator.h"
#include "RuleTableModel.h"
#include "ui_MappingPage.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonDocument>

namespace fieldlink {

MappingPage::MappingPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MappingPage>())
    , m_document(new ProfileDocument(this))
    , m_rules(new RuleTableModel(m_document, this)) {
    m_ui->setupUi(this);
    m_ui->rulesTableView->setModel(m_rules);
    m_ui->rulesTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    for (QAction* action : {undo, redo})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({undo, redo});
    m_ui->undoToolButton->setDefaultAction(undo);
    m_ui->redoToolButton->setDefaultAction(redo);

    auto* insert = new QAction(this);
    insert->setShortcut(Qt::Key_Insert);
    insert->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QAction::triggered, this, &MappingPage::addRule);
    auto* remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(remove, &QAction::triggered, this, &MappingPage::removeRule);
    m_ui->rulesTableView->addActions({insert, remove});

    connect(m_ui->addRulePushButton, &QPushButton::clicked, this, &MappingPage::addRule);
    connect(m_ui->removeRulePushButton, &QPushButton::clicked, this, &MappingPage::removeRule);
    connect(m_document, &ProfileDocument::changed, this, &MappingPage::revalidate);
    // A command changes the document before the stack counts it: the modified mark follows the stack itself.
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MappingPage::revalidate);
    m_ui->profileComboBox->addItems(mapping::ProfileLoader::defaultProfileNames());
    connect(m_ui->profileComboBox, &QComboBox::currentTextChanged, this, &MappingPage::openProfile);
    openProfile(m_ui->profileComboBox->currentText());
}

MappingPage::~MappingPage() {
    // The view commits an open editor and the undo stack announces it is clean as they go, after m_ui:
    // nothing here may answer them.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
}

QString MappingPage::profileName() const {
    return m_ui->profileComboBox->currentText();
}

void MappingPage::openProfile(const QString& name) {
    if (m_ui->profileComboBox->currentText() != name)
        m_ui->profileComboBox->setCurrentText(name);
    const mapping::ProfileLoader::Loaded loaded = mapping::ProfileLoader::load(name);
    if (!loaded.error.isEmpty()) {
        m_ui->profileDescriptionLabel->setText(loaded.error);
        m_document->load({});
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(loaded.text).object();
    m_ui->profileDescriptionLabel->setText(json.value(QLatin1String("description")).toString());
    m_document->load(json);
    Q_EMIT profileOpened(name);
}

void MappingPage::revalidate() {
    const mapping::ParsedProfile parsed = m_document->parse();
    mapping::Diagnostics diagnostics = parsed.diagnostics;
    if (parsed.profile)
        diagnostics += mapping::ProfileValidator::validate(
            *parsed.profile, mapping::FieldCatalog::sourcesFor(parsed.profile->direction, {}),
            mapping::FieldCatalog::targetsFor(parsed.profile->direction));
    m_rules->setDiagnostics(diagnostics);
    const auto errors =
        std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                      [](const mapping::Diagnostic& d) { return d.severity == mapping::Severity::Error; });
    QString text =
        diagnostics.isEmpty()
            ? tr("Validates clean: %n rule(s).", nullptr, m_document->ruleCount())
            : tr("%n problem(s) found, %1 of them errors.", nullptr, static_cast<int>(diagnostics.size()))
                  .arg(errors);
    // Problems that belong to no single rule (a required target nobody maps, routing) are spelled out here.
    for (const mapping::Diagnostic& diagnostic : std::as_const(diagnostics)) {
        if (RuleTableModel::ruleOf(diagnostic) < 0)
            text += QLatin1Char('\n') + diagnostic.code + QStringLiteral(": ") + diagnostic.message;
    }
    if (m_document->isModified())
        text.prepend(tr("Edited, not saved. "));
    m_ui->validationLabel->setText(text);
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

} // namespace fieldlink
