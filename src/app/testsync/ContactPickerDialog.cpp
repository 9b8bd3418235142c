#include "app/testsync/ContactPickerDialog.h"

#include "core/api/ApiRequest.h"
#include "app/connections/ConnectedGhl.h"
#include "app/runs/ContactSummary.h"
#include "core/api/GhlClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

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
    , m_ghl(new ConnectedGhl(context, this))
    , m_connection(connectionName)
    , m_query(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_picked(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("contactPickerDialog"));
    setWindowTitle(tr("Pick contacts"));
    m_query->setObjectName(QStringLiteral("contactSearchLineEdit"));
    m_query->setPlaceholderText(tr("name, email or phone; Enter searches"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("contactResultsList"));
    m_results->setAccessibleName(tr("Contacts found; tick to pick"));
    m_picked->setObjectName(QStringLiteral("pickedContactsList"));
    m_picked->setAccessibleName(tr("Picked contacts; Delete removes one"));
    m_status->setObjectName(QStringLiteral("contactSearchStatus"));
    m_status->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Search:"), m_query);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 2);
    layout->addWidget(new QLabel(tr("Picked:"), this));
    layout->addWidget(m_picked, 1);
    layout->addWidget(m_buttons);

    // Earlier picks come back by id; their names appear once a search finds them again.
    for (const QString& id : picked) {
        auto* item = new QListWidgetItem(id, m_picked);
        item->setData(Qt::UserRole, id);
    }
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_results, &QListWidget::itemChanged, this, &ContactPickerDialog::onResultChanged);
    connect(m_picked, &QListWidget::itemActivated, this, &ContactPickerDialog::unpick);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_picked->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] { unpick(m_picked->currentItem()); });
    updateCount();
    m_status->setText(tr("Search the contacts of \"%1\".").arg(connectionName));
    resize(560, 520);
}

QStringList ContactPickerDialog::pickedIds() const {
    QStringList ids;
    for (int row = 0; row < m_picked->count(); ++row)
        ids << m_picked->item(row)->data(Qt::UserRole).toString();
    return ids;
}

void ContactPickerDialog::search(const QString& text) {
    m_query->setText(text);
    m_status->setText(tr("Searching…"));
    m_ghl->open(m_connection, [this, text](const QString& error) {
        if (!error.isEmpty()) {
            m_status->setText(error);
            return Q_EMIT searched(error);
        }
        api::ApiRequest* request = m_ghl->client()->searchContacts(QJsonObject{
            {QStringLiteral("query"), text.trimmed()}, {QStringLiteral("pageLimit"), maxResults}});
        connect(request, &api::ApiRequest::finished, this, [this](const api::ApiResult& result) {
            if (!result.ok()) {
                m_status->setText(tr("The search failed: %1").arg(result.message));
                return Q_EMIT searched(result.message);
            }
            showResults(result.json.toObject().value(QLatin1String("contacts")).toArray());
            Q_EMIT searched({});
        });
    });
}

void ContactPickerDialog::showResults(const QJsonArray& contacts) {
    const QSignalBlocker blocker(m_results);
    m_results->clear();
    for (const QJsonValue& value : contacts) {
        const QJsonObject contact = value.toObject();
        const QString id = contact.value(QLatin1String("id")).toString();
        const QString summary = contactSummary(contact, QStringLiteral("phone"));
        auto* item = new QListWidgetItem(summary.isEmpty() ? id : summary, m_results);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        QListWidgetItem* picked = findId(m_picked, id);
        item->setCheckState(picked ? Qt::Checked : Qt::Unchecked);
        if (picked)
            picked->setText(item->text());
    }
    m_status->setText(contacts.isEmpty() ? tr("No contact matches.")
                      : contacts.size() >= maxResults
                          ? tr("The first %1 matches; narrow the search to see others.").arg(maxResults)
                          : tr("%n contact(s) found.", nullptr, static_cast<int>(contacts.size())));
}

void ContactPickerDialog::onResultChanged(QListWidgetItem* item) {
    const QString id = item->data(Qt::UserRole).toString();
    QListWidgetItem* picked = findId(m_picked, id);
    if (item->checkState() == Qt::Checked && !picked) {
        auto* added = new QListWidgetItem(item->text(), m_picked);
        added->setData(Qt::UserRole, id);
    } else if (item->checkState() != Qt::Checked && picked) {
        delete picked;
    }
    updateCount();
}

void ContactPickerDialog::unpick(QListWidgetItem* item) {
    if (!item)
        return;
    if (QListWidgetItem* result = findId(m_results, item->data(Qt::UserRole).toString())) {
        const QSignalBlocker blocker(m_results);
        result->setCheckState(Qt::Unchecked);
    }
    delete item;
    updateCount();
}

void ContactPickerDialog::updateCount() {
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use %n contact(s)", nullptr, m_picked->count()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_picked->count() > 0);
}

} // namespace fieldlink
