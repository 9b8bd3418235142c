#include "app/mapping/editors/ValueMapEditor.h"

#include "ui_ValueMapEditor.h"

#include <QHeaderView>
#include <QJsonArray>

namespace fieldlink {
namespace {
const auto mapKey = QStringLiteral("map");
const auto defaultKey = QStringLiteral("default");
const auto unmappedKey = QStringLiteral("unmapped");
const auto caseKey = QStringLiteral("caseSensitive");
} // namespace

ValueMapEditor::ValueMapEditor(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ValueMapEditor>()) {
    m_ui->setupUi(this);
    m_ui->valueMapTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Each choice carries the profile format's word as its data, which Designer cannot hold.
    QComboBox* unmapped = m_ui->unmappedComboBox;
    unmapped->addItem(tr("Use the default"), QStringLiteral("default"));
    unmapped->addItem(tr("Keep the value as it is"), QStringLiteral("keep"));
    unmapped->addItem(tr("Skip the record"), QStringLiteral("skip"));
    unmapped->addItem(tr("Fail the record"), QStringLiteral("fail"));

    connect(m_ui->valueMapTableWidget, &QTableWidget::cellChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(m_ui->addRowPushButton, &QPushButton::clicked, this, &ValueMapEditor::addRow);
    connect(m_ui->removeRowPushButton, &QPushButton::clicked, this, &ValueMapEditor::removeRow);
    connect(m_ui->fillValueMapPushButton, &QPushButton::clicked, this, &ValueMapEditor::fillRequested);
    connect(m_ui->defaultLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->defaultLineEdit->isModified()) {
            m_ui->defaultLineEdit->setModified(false);
            Q_EMIT edited();
        }
    });
    connect(unmapped, &QComboBox::activated, this, &ValueMapEditor::edited);
    connect(m_ui->matchCaseCheckBox, &QCheckBox::clicked, this, &ValueMapEditor::edited);
}

ValueMapEditor::~ValueMapEditor() = default;

QTableWidget* ValueMapEditor::table() const {
    return m_ui->valueMapTableWidget;
}

void ValueMapEditor::addRow() {
    const int row = m_ui->valueMapTableWidget->rowCount();
    m_loading = true; // the new row is empty: nothing to record until it is typed into
    m_ui->valueMapTableWidget->insertRow(row);
    m_ui->valueMapTableWidget->setItem(row, 0, new QTableWidgetItem);
    m_ui->valueMapTableWidget->setItem(row, 1, new QTableWidgetItem);
    m_loading = false;
    m_ui->valueMapTableWidget->setCurrentCell(row, 0);
    m_ui->valueMapTableWidget->editItem(m_ui->valueMapTableWidget->item(row, 0));
}

void ValueMapEditor::removeRow() {
    if (m_ui->valueMapTableWidget->currentRow() < 0)
        return;
    m_loading = true;
    m_ui->valueMapTableWidget->removeRow(m_ui->valueMapTableWidget->currentRow());
    m_loading = false;
    Q_EMIT edited();
}

void ValueMapEditor::setSpec(const QJsonObject& spec) {
    m_loading = true;
    m_ui->valueMapTableWidget->setRowCount(0);
    const auto addRow = [this](const QString& from, const QString& to) {
        const int row = m_ui->valueMapTableWidget->rowCount();
        m_ui->valueMapTableWidget->insertRow(row);
        m_ui->valueMapTableWidget->setItem(row, 0, new QTableWidgetItem(from));
        m_ui->valueMapTableWidget->setItem(row, 1, new QTableWidgetItem(to));
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
    m_ui->defaultLineEdit->setText(spec.value(defaultKey).toVariant().toString());
    m_ui->unmappedComboBox->setCurrentIndex(
        std::max(0, m_ui->unmappedComboBox->findData(spec.value(unmappedKey).toString())));
    m_ui->matchCaseCheckBox->setChecked(spec.value(caseKey).toBool());
    m_loading = false;
}

QJsonObject ValueMapEditor::spec() const {
    // A list of {from, to} keeps the admin's order and lets the validator see a key typed twice (FL-MAP-014).
    QJsonArray map;
    for (int row = 0; row < m_ui->valueMapTableWidget->rowCount(); ++row) {
        const QString from = m_ui->valueMapTableWidget->item(row, 0)
                                 ? m_ui->valueMapTableWidget->item(row, 0)->text()
                                 : QString();
        const QString to = m_ui->valueMapTableWidget->item(row, 1)
                               ? m_ui->valueMapTableWidget->item(row, 1)->text()
                               : QString();
        if (from.isEmpty() && to.isEmpty())
            continue;
        map.append(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    }
    QJsonObject spec{{QStringLiteral("type"), QStringLiteral("value_map")}, {mapKey, map}};
    if (!m_ui->defaultLineEdit->text().isEmpty())
        spec.insert(defaultKey, m_ui->defaultLineEdit->text());
    spec.insert(unmappedKey, m_ui->unmappedComboBox->currentData().toString());
    if (m_ui->matchCaseCheckBox->isChecked())
        spec.insert(caseKey, true);
    return spec;
}

int ValueMapEditor::addValues(const QStringList& values) {
    QStringList present;
    for (int row = 0; row < m_ui->valueMapTableWidget->rowCount(); ++row)
        present << (m_ui->valueMapTableWidget->item(row, 0) ? m_ui->valueMapTableWidget->item(row, 0)->text()
                                                            : QString());
    m_loading = true;
    int added = 0;
    for (const QString& value : values) {
        const bool known = m_ui->matchCaseCheckBox->isChecked()
                               ? present.contains(value)
                               : present.contains(value, Qt::CaseInsensitive);
        if (value.isEmpty() || known)
            continue;
        const int row = m_ui->valueMapTableWidget->rowCount();
        m_ui->valueMapTableWidget->insertRow(row);
        m_ui->valueMapTableWidget->setItem(row, 0, new QTableWidgetItem(value));
        m_ui->valueMapTableWidget->setItem(row, 1, new QTableWidgetItem(value));
        present << value;
        ++added;
    }
    m_loading = false;
    if (added > 0)
        Q_EMIT edited();
    return added;
}

} // namespace fieldlink
