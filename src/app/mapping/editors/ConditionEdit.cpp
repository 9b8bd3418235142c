#include "app/mapping/editors/ConditionEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>

namespace fieldlink {
namespace {

const QStringList& operators() {
    static const QStringList list{
        QStringLiteral("eq"),           QStringLiteral("ne"),         QStringLiteral("contains"),
        QStringLiteral("not_contains"), QStringLiteral("in"),         QStringLiteral("not_in"),
        QStringLiteral("exists"),       QStringLiteral("not_exists"), QStringLiteral("matches"),
        QStringLiteral("gt"),           QStringLiteral("gte"),        QStringLiteral("lt"),
        QStringLiteral("lte")};
    return list;
}

bool takesList(const QString& op) {
    return op == QLatin1String("in") || op == QLatin1String("not_in");
}

bool takesNoValue(const QString& op) {
    return op == QLatin1String("exists") || op == QLatin1String("not_exists");
}

bool isSimple(const QJsonObject& condition) {
    return condition.isEmpty() ||
           (condition.contains(QLatin1String("field")) && !condition.contains(QLatin1String("all")) &&
            !condition.contains(QLatin1String("any")) && !condition.contains(QLatin1String("not")));
}

} // namespace

ConditionEdit::ConditionEdit(QWidget* parent)
    : QWidget(parent)
    , m_field(new QComboBox(this))
    , m_op(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_asJson(new QCheckBox(tr("As JSON"), this))
    , m_json(new QLineEdit(this))
    , m_problem(new QLabel(this)) {
    m_field->setEditable(true);
    m_field->setObjectName(QStringLiteral("conditionField"));
    m_field->setAccessibleName(tr("Condition field"));
    m_field->lineEdit()->setPlaceholderText(tr("always (no condition)"));
    m_op->setObjectName(QStringLiteral("conditionOperator"));
    m_op->setAccessibleName(tr("Condition operator"));
    m_op->addItems(operators());
    m_value->setObjectName(QStringLiteral("conditionValue"));
    m_value->setAccessibleName(tr("Condition value"));
    m_json->setObjectName(QStringLiteral("conditionJson"));
    m_json->setPlaceholderText(
        QStringLiteral("{\"any\": [{\"field\": \"tags\", \"op\": \"contains\", \"value\": \"hot\"}]}"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 0, 0);
    layout->addWidget(m_op, 0, 1);
    layout->addWidget(m_value, 0, 2);
    layout->addWidget(m_asJson, 0, 3);
    layout->addWidget(m_json, 1, 0, 1, 3);
    layout->addWidget(m_problem, 2, 0, 1, 4);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(2, 2);

    connect(m_field->lineEdit(), &QLineEdit::editingFinished, this, &ConditionEdit::emitIfValid);
    connect(m_field, &QComboBox::activated, this, &ConditionEdit::emitIfValid);
    connect(m_op, &QComboBox::activated, this, [this] {
        updateMode();
        emitIfValid();
    });
    connect(m_value, &QLineEdit::editingFinished, this, [this] {
        if (m_value->isModified()) {
            m_value->setModified(false);
            emitIfValid();
        }
    });
    connect(m_json, &QLineEdit::editingFinished, this, [this] {
        if (m_json->isModified()) {
            m_json->setModified(false);
            emitIfValid();
        }
    });
    connect(m_asJson, &QCheckBox::toggled, this, [this](bool json) {
        if (m_loading)
            return;
        if (json) { // carry the simple condition over so nothing typed is lost
            const QJsonObject simple = simpleCondition();
            m_json->setText(simple.isEmpty()
                                ? QString()
                                : QString::fromUtf8(QJsonDocument(simple).toJson(QJsonDocument::Compact)));
        }
        updateMode();
    });
    updateMode();
}

void ConditionEdit::setFields(const QStringList& paths) {
    const QString current = m_field->currentText();
    m_field->clear();
    m_field->addItems(paths);
    m_field->setCurrentText(current);
}

void ConditionEdit::setCondition(const QJsonObject& condition) {
    m_loading = true;
    m_problem->clear();
    const bool simple = isSimple(condition);
    m_asJson->setChecked(!simple);
    m_json->setText(simple || condition.isEmpty()
                        ? QString()
                        : QString::fromUtf8(QJsonDocument(condition).toJson(QJsonDocument::Compact)));
    m_field->setCurrentText(simple ? condition.value(QLatin1String("field")).toString() : QString());
    m_op->setCurrentIndex(
        std::max(0, static_cast<int>(operators().indexOf(condition.value(QLatin1String("op")).toString()))));
    const QJsonValue value = condition.value(QLatin1String("value"));
    QStringList values;
    for (const QJsonValue& element : value.toArray())
        values << element.toVariant().toString();
    m_value->setText(value.isArray() ? values.join(QStringLiteral(", ")) : value.toVariant().toString());
    m_loading = false;
    updateMode();
}

QJsonObject ConditionEdit::condition(bool* ok) const {
    if (ok)
        *ok = true;
    if (m_asJson->isChecked()) {
        if (m_json->text().trimmed().isEmpty())
            return {};
        const QJsonDocument document = QJsonDocument::fromJson(m_json->text().toUtf8());
        if (!document.isObject() && ok)
            *ok = false;
        return document.object();
    }
    return simpleCondition();
}

QJsonObject ConditionEdit::simpleCondition() const {
    const QString field = m_field->currentText().trimmed();
    if (field.isEmpty())
        return {};
    const QString op = m_op->currentText();
    QJsonObject condition{{QStringLiteral("field"), field}, {QStringLiteral("op"), op}};
    if (takesList(op)) {
        QJsonArray values;
        for (const QString& value : m_value->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            values.append(value.trimmed());
        condition.insert(QStringLiteral("value"), values);
    } else if (!takesNoValue(op)) {
        condition.insert(QStringLiteral("value"), m_value->text());
    }
    return condition;
}

void ConditionEdit::updateMode() {
    const bool json = m_asJson->isChecked();
    m_json->setVisible(json);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_field), static_cast<QWidget*>(m_op), static_cast<QWidget*>(m_value)})
        widget->setEnabled(!json);
    const QString op = m_op->currentText();
    m_value->setEnabled(!json && !takesNoValue(op));
    m_value->setPlaceholderText(takesList(op) ? tr("values, separated by commas") : QString());
}

void ConditionEdit::emitIfValid() {
    if (m_loading)
        return;
    bool ok = true;
    condition(&ok);
    if (!ok) {
        m_problem->setText(tr("The condition is not valid JSON; it is not applied until it is."));
        return;
    }
    m_problem->clear();
    Q_EMIT edited();
}

} // namespace fieldlink
