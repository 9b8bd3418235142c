#include "app/mapping/editors/ConditionEdit.h"

#include "app/common/Tones.h"
#include "core/mapping/Condition.h"
#include "ui_ConditionEdit.h"

#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringListModel>

namespace fieldlink {
namespace {

mapping::Condition::OperatorWords operatorNamed(const QString& op) {
    for (const mapping::Condition::OperatorWords& known : mapping::Condition::operatorsInWords()) {
        if (known.op == op)
            return known;
    }
    return {op, op};
}

bool takesList(const QString& op) {
    return operatorNamed(op).takesList;
}

bool takesNoValue(const QString& op) {
    return !operatorNamed(op).takesValue;
}

bool isSimple(const QJsonObject& condition) {
    return condition.isEmpty() ||
           (condition.contains(QLatin1String("field")) && !condition.contains(QLatin1String("all")) &&
            !condition.contains(QLatin1String("any")) && !condition.contains(QLatin1String("not")));
}

} // namespace

ConditionEdit::ConditionEdit(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConditionEdit>()) {
    m_ui->setupUi(this);
    m_ui->problemLabel->setStyleSheet(Tones::textStyleSheet(Tones::Tone::Danger, palette()));
    // The line edit of an editable combo box exists only at run time. Operators show in words; each item
    // carries the profile format's operator as its data.
    m_ui->conditionFieldComboBox->lineEdit()->setPlaceholderText(tr("always (no condition)"));
    for (const mapping::Condition::OperatorWords& op : mapping::Condition::operatorsInWords())
        m_ui->conditionOperatorComboBox->addItem(op.words, op.op);
    // Values the field takes (samples, picklist options, the location's tags), offered as the admin types.
    m_values = new QStringListModel(this);
    auto* completer = new QCompleter(m_values, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->conditionValueLineEdit->setCompleter(completer);

    connect(m_ui->conditionFieldComboBox->lineEdit(), &QLineEdit::editingFinished, this,
            &ConditionEdit::emitIfValid);
    connect(m_ui->conditionFieldComboBox, &QComboBox::activated, this, &ConditionEdit::emitIfValid);
    connect(m_ui->conditionFieldComboBox, &QComboBox::currentTextChanged, this,
            &ConditionEdit::updateValueSuggestions);
    connect(m_ui->conditionOperatorComboBox, &QComboBox::activated, this, [this] {
        updateMode();
        emitIfValid();
    });
    connect(m_ui->conditionValueLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->conditionValueLineEdit->isModified()) {
            m_ui->conditionValueLineEdit->setModified(false);
            emitIfValid();
        }
    });
    connect(m_ui->conditionJsonLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->conditionJsonLineEdit->isModified()) {
            m_ui->conditionJsonLineEdit->setModified(false);
            emitIfValid();
        }
    });
    connect(m_ui->asJsonCheckBox, &QCheckBox::toggled, this, [this](bool json) {
        if (m_loading)
            return;
        if (json) { // carry the simple condition over so nothing typed is lost
            const QJsonObject simple = simpleCondition();
            m_ui->conditionJsonLineEdit->setText(
                simple.isEmpty() ? QString()
                                 : QString::fromUtf8(QJsonDocument(simple).toJson(QJsonDocument::Compact)));
        }
        updateMode();
    });
    updateMode();
}

ConditionEdit::~ConditionEdit() = default;

void ConditionEdit::setFields(const QStringList& paths) {
    const QString current = m_ui->conditionFieldComboBox->currentText();
    m_ui->conditionFieldComboBox->clear();
    m_ui->conditionFieldComboBox->addItems(paths);
    m_ui->conditionFieldComboBox->setCurrentText(current);
}

void ConditionEdit::setValueSuggestions(ValueSuggestions suggestions) {
    m_suggestions = std::move(suggestions);
    updateValueSuggestions();
}

QStringList ConditionEdit::offeredValues() const {
    return m_values->stringList();
}

void ConditionEdit::updateValueSuggestions() {
    const QString field = m_ui->conditionFieldComboBox->currentText().trimmed();
    m_values->setStringList(m_suggestions && !field.isEmpty() ? m_suggestions(field) : QStringList());
}

void ConditionEdit::setCondition(const QJsonObject& condition) {
    m_loading = true;
    m_ui->problemLabel->clear();
    const bool simple = isSimple(condition);
    m_ui->asJsonCheckBox->setChecked(!simple);
    m_ui->conditionJsonLineEdit->setText(
        simple || condition.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(condition).toJson(QJsonDocument::Compact)));
    m_ui->conditionFieldComboBox->setCurrentText(simple ? condition.value(QLatin1String("field")).toString()
                                                        : QString());
    m_ui->conditionOperatorComboBox->setCurrentIndex(std::max(
        0, m_ui->conditionOperatorComboBox->findData(condition.value(QLatin1String("op")).toString())));
    const QJsonValue value = condition.value(QLatin1String("value"));
    QStringList values;
    for (const QJsonValue& element : value.toArray())
        values << element.toVariant().toString();
    m_ui->conditionValueLineEdit->setText(value.isArray() ? values.join(QStringLiteral(", "))
                                                          : value.toVariant().toString());
    m_loading = false;
    updateMode();
}

QJsonObject ConditionEdit::condition(bool* ok) const {
    if (ok)
        *ok = true;
    if (m_ui->asJsonCheckBox->isChecked()) {
        if (m_ui->conditionJsonLineEdit->text().trimmed().isEmpty())
            return {};
        const QJsonDocument document = QJsonDocument::fromJson(m_ui->conditionJsonLineEdit->text().toUtf8());
        if (!document.isObject() && ok)
            *ok = false;
        return document.object();
    }
    return simpleCondition();
}

QJsonObject ConditionEdit::simpleCondition() const {
    const QString field = m_ui->conditionFieldComboBox->currentText().trimmed();
    if (field.isEmpty())
        return {};
    const QString op = m_ui->conditionOperatorComboBox->currentData().toString();
    QJsonObject condition{{QStringLiteral("field"), field}, {QStringLiteral("op"), op}};
    if (takesList(op)) {
        QJsonArray values;
        for (const QString& value :
             m_ui->conditionValueLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(value.trimmed());
        condition.insert(QStringLiteral("value"), values);
    } else if (!takesNoValue(op)) {
        condition.insert(QStringLiteral("value"), m_ui->conditionValueLineEdit->text());
    }
    return condition;
}

void ConditionEdit::updateMode() {
    const bool json = m_ui->asJsonCheckBox->isChecked();
    m_ui->conditionJsonLineEdit->setVisible(json);
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->conditionFieldComboBox),
                            static_cast<QWidget*>(m_ui->conditionOperatorComboBox),
                            static_cast<QWidget*>(m_ui->conditionValueLineEdit)})
        widget->setEnabled(!json);
    const QString op = m_ui->conditionOperatorComboBox->currentData().toString();
    m_ui->conditionValueLineEdit->setEnabled(!json && !takesNoValue(op));
    m_ui->conditionValueLineEdit->setPlaceholderText(takesList(op) ? tr("values, separated by commas")
                                                                   : QString());
}

void ConditionEdit::emitIfValid() {
    if (m_loading)
        return;
    bool ok = true;
    condition(&ok);
    if (!ok) {
        m_ui->problemLabel->setText(tr("The condition is not valid JSON; it is not applied until it is."));
        return;
    }
    m_ui->problemLabel->clear();
    Q_EMIT edited();
}

} // namespace fieldlink
