#include "app/mapping/dialogs/KixieDirectoryDialog.h"

#include "app/mapping/models/KixieDirectoryModel.h"
#include "ui_KixieDirectoryDialog.h"

#include <QPushButton>

namespace fieldlink {

using Kind = store::KixieDirectoryEntry::Kind;

KixieDirectoryDialog::KixieDirectoryDialog(store::KixieDirectoryRepository& repository,
                                           const QString& businessId, const QString& connectionName,
                                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KixieDirectoryDialog>())
    , m_repository(repository)
    , m_businessId(businessId) {
    m_ui->setupUi(this);
    if (!connectionName.isEmpty())
        setWindowTitle(tr("Kixie lists of %1").arg(connectionName));
    const std::pair<Kind, QString> kinds[] = {
        {Kind::PowerList, tr("PowerLists")}, {Kind::Cadence, tr("Cadences")}, {Kind::Agent, tr("Agents")}};
    QString readProblem;
    for (const auto& [kind, words] : kinds) {
        auto* model = new KixieDirectoryModel(kind, this);
        const Result<QList<store::KixieDirectoryEntry>> listed = m_repository.list(m_businessId, kind);
        if (listed)
            model->setEntries(*listed);
        else
            readProblem = listed.error();
        connect(model, &QAbstractItemModel::dataChanged, this, &KixieDirectoryDialog::updateProblem);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &KixieDirectoryDialog::updateProblem);
        m_models << model;
        m_ui->kindComboBox->addItem(words, static_cast<int>(kind));
    }
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { showKind(static_cast<Kind>(m_ui->kindComboBox->itemData(index).toInt())); });
    connect(m_ui->addEntryPushButton, &QPushButton::clicked, this, &KixieDirectoryDialog::addEntry);
    connect(m_ui->removeEntryPushButton, &QPushButton::clicked, this, &KixieDirectoryDialog::removeEntry);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    showKind(Kind::PowerList);
    if (m_businessId.isEmpty()) {
        // Entries belong to a Kixie account: without its Business ID there is nothing to attach them to.
        readProblem = tr("This connection has no Kixie side yet: save its Kixie API key and Business ID "
                         "first.");
        for (QWidget* widget :
             {static_cast<QWidget*>(m_ui->entriesTableView), static_cast<QWidget*>(m_ui->addEntryPushButton),
              static_cast<QWidget*>(m_ui->removeEntryPushButton)})
            widget->setEnabled(false);
        m_ui->dialogButtonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    m_ui->problemLabel->setText(readProblem);
}

KixieDirectoryDialog::~KixieDirectoryDialog() {
    // Hiding the dialog commits an open editor after m_models is gone: nothing may answer it here.
    for (KixieDirectoryModel* model : std::as_const(m_models))
        disconnect(model, nullptr, this, nullptr);
}

KixieDirectoryModel* KixieDirectoryDialog::currentModel() const {
    return m_models.value(m_ui->kindComboBox->currentIndex());
}

void KixieDirectoryDialog::showKind(Kind kind) {
    const int index = m_ui->kindComboBox->findData(static_cast<int>(kind));
    m_ui->kindComboBox->setCurrentIndex(index);
    m_ui->entriesTableView->setModel(currentModel());
    m_ui->entriesTableView->setColumnWidth(KixieDirectoryModel::NameColumn, 300);
}

void KixieDirectoryDialog::addEntry() {
    KixieDirectoryModel* model = currentModel();
    const int row = model->rowCount();
    model->insertRows(row, 1);
    const QModelIndex name = model->index(row, KixieDirectoryModel::NameColumn);
    m_ui->entriesTableView->setCurrentIndex(name);
    m_ui->entriesTableView->edit(name); // straight to typing the name
}

void KixieDirectoryDialog::removeEntry() {
    const QModelIndex current = m_ui->entriesTableView->currentIndex();
    if (current.isValid())
        currentModel()->removeRows(current.row(), 1);
}

void KixieDirectoryDialog::updateProblem() {
    for (const KixieDirectoryModel* model : std::as_const(m_models)) {
        if (const QString problem = model->problem(); !problem.isEmpty())
            return m_ui->problemLabel->setText(problem);
    }
    m_ui->problemLabel->clear();
}

bool KixieDirectoryDialog::save() {
    for (KixieDirectoryModel* model : std::as_const(m_models)) {
        if (const QString problem = model->problem(); !problem.isEmpty()) {
            showKind(model->kind());
            m_ui->problemLabel->setText(problem);
            return false;
        }
    }
    for (const KixieDirectoryModel* model : std::as_const(m_models)) {
        const Result<> saved =
            m_repository.saveAdminEntries(m_businessId, model->kind(), model->adminEntries());
        if (!saved) {
            m_ui->problemLabel->setText(tr("The lists could not be saved: %1").arg(saved.error()));
            return false;
        }
    }
    return true;
}

} // namespace fieldlink
