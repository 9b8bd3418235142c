#include "app/testsync/ContactPickerDialog.h"

#include "app/connections/ConnectedGhl.h"
#include "app/runs/ContactSummary.h"
#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "ui_ContactPickerDialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>

namespace fieldlink {
namespace {

constexpr int maxResults = 50;

QListWidgetItem* findId(const QListWidget* list, const QString& id) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id)
            return list->item(row);
    }
    return nullptr;
}

} // namespace

ContactPickerDialog::ContactPickerDialog(AppContext& context, const QString& connectionName,
                                         const QStringList& picked, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactPickerDialog>())
    , m_ghl(new ConnectedGhl(context, this))
    , m_connection(connectionName) {
    m_ui->setupUi(this);
    // Earlier picks come back by id; their names appear once a search finds them again.
    for (const QString& id : picked) {
        auto* item = new QListWidgetItem(id, m_ui->pickedContactsListWidget);
        item->setData(Qt::UserRole, id);
    }
    connect(m_ui->contactSearchLineEdit, &QLineEdit::returnPressed, this,
            [this] { search(m_ui->contactSearchLineEdit->text()); });
    connect(m_ui->contactResultsListWidget, &QListWidget::itemChanged, this,
            &ContactPickerDialog::onResultChanged);
    connect(m_ui->pickedContactsListWidget, &QListWidget::itemActivated, this, &ContactPickerDialog::unpick);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_ui->pickedContactsListWidget->addAction(remove);
    connect(remove, &QAction::triggered, this,
            [this] { unpick(m_ui->pickedContactsListWidget->currentItem()); });
    updateCount();
    m_ui->contactSearchStatusLabel->setText(tr("Search the contacts of \"%1\".").arg(connectionName));
}

ContactPickerDialog::~ContactPickerDialog() = default;

QStringList ContactPickerDialog::pickedIds() const {
    QStringList ids;
    for (int row = 0; row < m_ui->pickedContactsListWidget->count(); ++row)
        ids << m_ui->pickedContactsListWidget->item(row)->data(Qt::UserRole).toString();
    return ids;
}

void ContactPickerDialog::search(const QString& text) {
    m_ui->contactSearchLineEdit->setText(text);
    m_ui->contactSearchStatusLabel->setText(tr("Searching…"));
    m_ghl->open(m_connection, [this, text](const QString& error) {
        if (!error.isEmpty()) {
            m_ui->contactSearchStatusLabel->setText(error);
            return Q_EMIT searched(error);
        }
        api::ApiRequest* request = m_ghl->client()->searchContacts(QJsonObject{
            {QStringLiteral("query"), text.trimmed()}, {QStringLiteral("pageLimit"), maxResults}});
        connect(request, &api::ApiRequest::finished, this, [this](const api::ApiResult& result) {
            if (!result.ok()) {
                m_ui->contactSearchStatusLabel->setText(tr("The search failed: %1").arg(result.message));
                return Q_EMIT searched(result.message);
            }
            showResults(result.json.toObject().value(QLatin1String("contacts")).toArray());
            Q_EMIT searched({});
        });
    });
}

void ContactPickerDialog::showResults(const QJsonArray& contacts) {
    const QSignalBlocker blocker(m_ui->contactResultsListWidget);
    m_ui->contactResultsListWidget->clear();
    for (const QJsonValue& value : contacts) {
        const QJsonObject contact = value.toObject();
        const QString id = contact.value(QLatin1String("id")).toString();
        const QString summary = contactSummary(contact, QStringLiteral("phone"));
        auto* item = new QListWidgetItem(summary.isEmpty() ? id : summary, m_ui->contactResultsListWidget);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        QListWidgetItem* picked = findId(m_ui->pickedContactsListWidget, id);
        item->setCheckState(picked ? Qt::Checked : Qt::Unchecked);
        if (picked)
            picked->setText(item->text());
    }
    m_ui->contactSearchStatusLabel->setText(
        contacts.isEmpty() ? tr("No contact matches.")
        : contacts.size() >= maxResults
            ? tr("The first %L1 matches; narrow the search to see others.").arg(maxResults)
            : tr("%n contact(s) found.", nullptr, static_cast<int>(contacts.size())));
}

void ContactPickerDialog::onResultChanged(QListWidgetItem* item) {
    const QString id = item->data(Qt::UserRole).toString();
    QListWidgetItem* picked = findId(m_ui->pickedContactsListWidget, id);
    if (item->checkState() == Qt::Checked && !picked) {
        auto* added = new QListWidgetItem(item->text(), m_ui->pickedContactsListWidget);
        added->setData(Qt::UserRole, id);
    } else if (item->checkState() != Qt::Checked && picked) {
        delete picked;
    }
    updateCount();
}

void ContactPickerDialog::unpick(QListWidgetItem* item) {
    if (!item)
        return;
    if (QListWidgetItem* result =
            findId(m_ui->contactResultsListWidget, item->data(Qt::UserRole).toString())) {
        const QSignalBlocker blocker(m_ui->contactResultsListWidget);
        result->setCheckState(Qt::Unchecked);
    }
    delete item;
    updateCount();
}

void ContactPickerDialog::updateCount() {
    m_ui->dialogButtonBox->button(QDialogButtonBox::Ok)
        ->setText(tr("Use %n contact(s)", nullptr, m_ui->pickedContactsListWidget->count()));
    m_ui->dialogButtonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_ui->pickedContactsListWidget->count() > 0);
}

} // namespace fieldlink
