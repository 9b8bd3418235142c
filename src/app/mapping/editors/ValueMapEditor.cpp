#include "app/mapping/editors/ValueMapEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fieldlink {
namespace {
const auto mapKey = QStringLiteral("map");
const auto defaultKey = QStringLiteral("default");
const auto unmappedKey = QStringLiteral("unmapped");
const auto caseKey = QStringLiteral("caseSensitive");
} // namespace

ValueMapEditor::ValueMapEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_default(new QLineEdit(this))
    , m_unmapped(new QComboBox(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this)) {
    m_table->setObjectName(QStringLiteral("valueMapTable"));
    m_table->setHorizontalHeaderLabels({tr("From"), tr("To")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Value map"));
    m_default->setObjectName(QStringLiteral("valueMapDefault"));
    m_unmapped->setObjectName(QStringLiteral("valueMapUnmapped"));
    m_unmapped->addItem(tr("Use the default"), QStringLiteral("default"));
    m_unmapped->addItem(tr("Keep the value as it is"), QStringLiteral("keep"));
    m_unmapped->addItem(tr("Skip the record"), QStringLiteral("skip"));
    m_unmapped->addItem(tr("Fail the record"), QStringLiteral("fail"));

    auto* add = new QPushButton(tr("Add &row"), this);
    auto* remove = new QPushButton(tr("Remove r&ow"), this);
    auto* fill = new QPushButton(tr("&Fill from samples"), this);
    fill->setObjectName(QStringLiteral("fillValueMapButton"));
    fill->setToolTip(
        tr("Adds every value seen in the samples, tags and picklist options that the map lacks"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(fill);
    buttons->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Default:"), m_default);
    form->addRow(tr("&Unmapped values:"), m_unmapped);
    form->addRow(QString(), m_caseSensitive);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(m_table, &QTableWidget::cellChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_loading = true; // the new row is empty: nothing to record until it is typed into
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem);
        m_table->setItem(row, 1, new QTableWidgetItem);
        m_loading = false;
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_loading = true;
        m_table->removeRow(m_table->currentRow());
        m_loading = false;
        Q_EMIT edited();
    });
    connect(fill, &QPushButton::clicked, this, &ValueMapEditor::fillRequested);
    connect(m_default, &QLineEdit::editingFinished, this, [this] {
        if (m_default->isModified()) {
            m_default->setModified(false);
            Q_EMIT edited();
        }
    });
    connect(m_unmapped, &QComboBox::activated, this, &ValueMapEditor::edited);
    connect(m_caseSensitive, &QCheckBox::clicked, this, &ValueMapEditor::edited);
}

void ValueMapEditor::setSpec(const QJsonObject& spec) {
    m_loading = true;
    m_table->setRowCount(0);
    const auto addRow = [this](const QString& from, const QString& to) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(from));
        m_table->setItem(row, 1, new QTableWidgetItem(to));
    };
    const QJsonValue map = spec.value(mapKey);
    if (map.isObject()) {
        const QJsonObject object = map.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addRow(it.key(), it.value().toVariant().toString());
    } else {
        for (const QJsonValue& entry : map.toArray())
            addRow(entry.toObject().value(QLatin1String("from")).toVariant().toString(),
                   entry.toObject().value(QLatin1String("to")).toVariant().toString());
    }
    m_default->setText(spec.value(defaultKey).toVariant().toString());
    m_unmapped->setCurrentIndex(std::max(0, m_unmapped->findData(spec.value(unmappedKey).toString())));
    m_caseSensitive->setChecked(spec.value(caseKey).toBool());
    m_loading = false;
}

QJsonObject ValueMapEditor::spec() const {
    // A list of {from, to} keeps the admin's order and lets the validator see a key typed twice (FL-MAP-014).
    QJsonArray map;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString from = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        const QString to = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (from.isEmpty() && to.isEmpty())
            continue;
        map.append(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    }
    QJsonObject spec{{QStringLiteral("type"), QStringLiteral("value_map")}, {mapKey, map}};
    if (!m_default->text().isEmpty())
        spec.insert(defaultKey, m_default->text());
    spec.insert(unmappedKey, m_unmapped->currentData().toString());
    if (m_caseSensitive->isChecked())
        spec.insert(caseKey, true);
    return spec;
}

int ValueMapEditor::addValues(const QStringList& values) {
    QStringList present;
    for (int row = 0; row < m_table->rowCount(); ++row)
        present << (m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString());
    m_loading = true;
    int added = 0;
    for (const QString& value : values) {
        const bool known = m_caseSensitive->isChecked() ? present.contains(value)
                                                        : present.contains(value, Qt::CaseInsensitive);
        if (value.isEmpty() || known)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(value));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
        present << value;
        ++added;
    }
    m_loading = false;
    if (added > 0)
        Q_EMIT edited();
    return added;
}

} // namespace fieldlink
