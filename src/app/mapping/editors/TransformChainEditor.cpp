#include "app/mapping/editors/TransformChainEditor.h"

#include "app/common/Tones.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/editors/TransformOptions.h"
#include "app/mapping/editors/ValueMapEditor.h"
#include "core/mapping/TransformCatalog.h"

#include "ui_TransformChainEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QIntValidator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>

namespace fieldlink {
namespace {

const auto transformsKey = QStringLiteral("transforms");
const auto typeKey = QStringLiteral("type");

/// "trim" is short for {"type": "trim"}: the editor always works on the long form.
QJsonObject specOf(const QJsonValue& step) {
    return step.isString() ? QJsonObject{{typeKey, step.toString()}} : step.toObject();
}

QString optionText(const QJsonValue& value) {
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return mapping::TransformCatalog::choiceText(value.toString());
    return value.toVariant().toString();
}

/// An option by its label ("Default region"), or its key when the transform does not name it.
QString optionLabel(const TransformDescription* description, const QString& key) {
    if (description) {
        for (const TransformOption& option : description->options) {
            if (option.key == key)
                return option.label;
        }
    }
    return key;
}

/// "Phone to E.164 (Default region: US, When invalid: Skip the record)": the step and its options.
QString stepText(const QJsonObject& spec) {
    const QString type = spec.value(typeKey).toString();
    const TransformDescription* description = TransformOptions::find(type);
    QStringList options;
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        if (it.key() == QLatin1String("map"))
            options << TransformChainEditor::tr("%n entries", nullptr,
                                                static_cast<int>(it.value().isObject()
                                                                     ? it.value().toObject().size()
                                                                     : it.value().toArray().size()));
        else if (it.key() != typeKey)
            options << TransformChainEditor::tr("%1: %2", "an option of a transform step")
                           .arg(optionLabel(description, it.key()), optionText(it.value()));
    }
    QString text = description ? description->title : type;
    if (!options.isEmpty())
        text += QStringLiteral(" (") + options.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

} // namespace

TransformChainEditor::TransformChainEditor(ProfileDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TransformChainEditor>())
    , m_document(document) {
    m_ui->setupUi(this);
    m_ui->stepOptionProblemLabel->setStyleSheet(Tones::textStyleSheet(Tones::Tone::Danger, palette()));
    // Setting a button's text sets its shortcut (to the text's mnemonic): these come after setupUi()'s texts.
    m_ui->moveStepUpPushButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_ui->moveStepDownPushButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    // The transforms on offer come from their descriptions, the one list the editor knows them by.
    for (const TransformDescription& description : TransformOptions::all()) {
        m_ui->addStepTypeComboBox->addItem(description.title, description.type);
        m_ui->addStepTypeComboBox->setItemData(m_ui->addStepTypeComboBox->count() - 1, description.summary,
                                               Qt::ToolTipRole);
    }

    connect(m_ui->addStepPushButton, &QPushButton::clicked, this,
            [this] { addStep(m_ui->addStepTypeComboBox->currentData().toString()); });
    connect(m_ui->removeStepPushButton, &QPushButton::clicked, this, &TransformChainEditor::removeStep);
    connect(m_ui->moveStepUpPushButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_ui->moveStepDownPushButton, &QPushButton::clicked, this, [this] { moveStep(+1); });
    connect(m_ui->stepsListWidget, &QListWidget::currentRowChanged, this, &TransformChainEditor::showStep);
    connect(m_document, &ProfileDocument::changed, this, [this] {
        if (!m_committing)
            refresh();
    });
    setRule(-1);
}

TransformChainEditor::~TransformChainEditor() = default;

void TransformChainEditor::setRule(int row) {
    m_row = row;
    refresh();
}

int TransformChainEditor::currentStep() const {
    return m_ui->stepsListWidget->currentRow();
}

void TransformChainEditor::setCurrentStep(int step) {
    m_ui->stepsListWidget->setCurrentRow(step);
}

QJsonArray TransformChainEditor::steps() const {
    if (m_row < 0 || m_row >= m_document->ruleCount())
        return {};
    return m_document->rule(m_row).value(transformsKey).toArray();
}

void TransformChainEditor::refresh() {
    const bool valid = m_row >= 0 && m_row < m_document->ruleCount();
    const int keep = m_ui->stepsListWidget->currentRow();
    const QSignalBlocker blocker(m_ui->stepsListWidget);
    m_ui->stepsListWidget->clear();
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->stepsListWidget), static_cast<QWidget*>(m_ui->addStepTypeComboBox),
          static_cast<QWidget*>(m_ui->addStepPushButton), static_cast<QWidget*>(m_ui->optionsGroupBox)})
        widget->setEnabled(valid);
    if (!valid) {
        m_ui->titleLabel->setText(tr("Select a rule to edit its transforms."));
        showStep(-1);
        return;
    }
    const QString target = m_document->rule(m_row).value(QLatin1String("target")).toString();
    m_ui->titleLabel->setText(tr("Transforms of rule %1 (%2), applied top to bottom:")
                                  .arg(m_row + 1)
                                  .arg(target.isEmpty() ? tr("no target yet") : target));
    const QJsonArray chain = steps();
    for (const QJsonValue& step : chain) {
        const QJsonObject spec = specOf(step);
        const QString type = spec.value(typeKey).toString();
        const TransformDescription* description = TransformOptions::find(type);
        auto* item = new QListWidgetItem(stepText(spec), m_ui->stepsListWidget);
        item->setData(Qt::UserRole, type);
        item->setToolTip(description ? description->summary : tr("Unknown transform \"%1\"").arg(type));
    }
    if (chain.isEmpty())
        m_ui->titleLabel->setText(m_ui->titleLabel->text() + QLatin1Char(' ') +
                                  tr("none: the value is copied as it is."));
    m_ui->stepsListWidget->setCurrentRow(std::min(keep, static_cast<int>(chain.size()) - 1));
    showStep(m_ui->stepsListWidget->currentRow());
}

void TransformChainEditor::showStep(int step) {
    while (m_ui->optionsFormLayout->rowCount() > 0)
        m_ui->optionsFormLayout->removeRow(0);
    m_ui->stepOptionProblemLabel->clear();
    const QJsonArray chain = steps();
    m_ui->removeStepPushButton->setEnabled(step >= 0);
    m_ui->moveStepUpPushButton->setEnabled(step > 0);
    m_ui->moveStepDownPushButton->setEnabled(step >= 0 && step < chain.size() - 1);
    if (step < 0 || step >= chain.size()) {
        m_ui->optionsGroupBox->setTitle(tr("Step options"));
        return;
    }
    const QJsonObject spec = specOf(chain.at(step));
    const TransformDescription* description = TransformOptions::find(spec.value(typeKey).toString());
    if (!description) {
        m_ui->optionsGroupBox->setTitle(tr("Step options"));
        m_ui->optionsFormLayout->addRow(
            new QLabel(tr("This step's type is not known to the editor; edit the profile file.")));
        return;
    }
    m_ui->optionsGroupBox->setTitle(tr("Options of \"%1\"").arg(description->title));
    auto* summary = new QLabel(description->summary);
    summary->setWordWrap(true);
    m_ui->optionsFormLayout->addRow(summary);
    if (description->valueMap) {
        auto* editor = new ValueMapEditor;
        editor->setSpec(spec);
        connect(editor, &ValueMapEditor::edited, this, [this, step, editor] {
            QJsonArray edited = steps();
            edited.replace(step, editor->spec());
            commit(edited, tr("Edit value map"));
        });
        connect(editor, &ValueMapEditor::fillRequested, this, [this, editor] {
            const QStringList values = m_suggestions ? m_suggestions(m_document->rule(m_row)) : QStringList();
            if (editor->addValues(values) == 0)
                m_ui->stepOptionProblemLabel->setText(values.isEmpty()
                                                          ? tr("No values to add: load samples first.")
                                                          : tr("Every value seen is already in the map."));
        });
        m_ui->optionsFormLayout->addRow(editor);
        return;
    }
    for (const TransformOption& option : description->options)
        m_ui->optionsFormLayout->addRow(option.label + QLatin1Char(':'), optionEditor(step, option, spec));
}

QWidget* TransformChainEditor::optionEditor(int step, const TransformOption& option,
                                            const QJsonObject& spec) {
    const QJsonValue value = spec.value(option.key);
    // Named like the form's own widgets: the option's key, then "Option" and the widget class.
    const QString name = option.key + QStringLiteral("Option");
    switch (option.kind) {
    case TransformOption::Kind::Choice: {
        auto* combo = new QComboBox;
        combo->setObjectName(name + QStringLiteral("ComboBox"));
        // Shown in words, written as the profile's value.
        for (const QString& choice : option.choices)
            combo->addItem(mapping::TransformCatalog::choiceText(choice), choice);
        combo->setCurrentIndex(std::max(0, static_cast<int>(option.choices.indexOf(value.toString()))));
        connect(combo, &QComboBox::activated, this, [this, step, key = option.key, combo] {
            setOption(step, key, combo->currentData().toString());
        });
        return combo;
    }
    case TransformOption::Kind::Flag: {
        auto* check = new QCheckBox;
        check->setObjectName(name + QStringLiteral("CheckBox"));
        check->setChecked(value.toBool());
        connect(check, &QCheckBox::clicked, this, [this, step, key = option.key](bool checked) {
            setOption(step, key, checked ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined));
        });
        return check;
    }
    case TransformOption::Kind::Text:
    case TransformOption::Kind::Integer:
    case TransformOption::Kind::Condition: {
        auto* edit = new QLineEdit(optionText(value));
        edit->setObjectName(name + QStringLiteral("LineEdit"));
        edit->setPlaceholderText(option.placeholder);
        if (option.kind == TransformOption::Kind::Integer)
            edit->setValidator(new QIntValidator(-100000, 100000, edit));
        connect(edit, &QLineEdit::editingFinished, this, [this, step, option, edit] {
            if (!edit->isModified())
                return;
            edit->setModified(false);
            const QString text = edit->text();
            if (text.isEmpty())
                return setOption(step, option.key, QJsonValue(QJsonValue::Undefined));
            if (option.kind == TransformOption::Kind::Integer)
                return setOption(step, option.key, text.toInt());
            if (option.kind == TransformOption::Kind::Condition) {
                QJsonParseError error{};
                const QJsonDocument condition = QJsonDocument::fromJson(text.toUtf8(), &error);
                if (!condition.isObject())
                    return m_ui->stepOptionProblemLabel->setText(
                        tr("\"%1\" is not a condition: %2. Write it as %3.")
                            .arg(option.label,
                                 error.error != QJsonParseError::NoError ? error.errorString()
                                                                         : tr("not an object"),
                                 option.placeholder));
                return setOption(step, option.key, condition.object());
            }
            setOption(step, option.key, text);
        });
        return edit;
    }
    }
    return nullptr;
}

void TransformChainEditor::commit(const QJsonArray& steps, const QString& description) {
    if (m_row < 0 || m_row >= m_document->ruleCount())
        return;
    QJsonObject rule = m_document->rule(m_row);
    if (steps.isEmpty())
        rule.remove(transformsKey);
    else
        rule.insert(transformsKey, steps);
    // The editor's own change needs no rebuild: the form the admin is typing in stays as it is.
    m_committing = true;
    m_document->setRule(m_row, rule, description);
    m_committing = false;
    // The list follows in place (the option just typed shows in its step's line).
    for (int i = 0; i < m_ui->stepsListWidget->count() && i < steps.size(); ++i)
        m_ui->stepsListWidget->item(i)->setText(stepText(specOf(steps.at(i))));
}

void TransformChainEditor::setOption(int step, const QString& key, const QJsonValue& value) {
    QJsonArray chain = steps();
    if (step >= chain.size())
        return;
    QJsonObject spec = specOf(chain.at(step));
    if (value.isUndefined())
        spec.remove(key);
    else
        spec.insert(key, value);
    chain.replace(step, spec);
    m_ui->stepOptionProblemLabel->clear();
    commit(chain, tr("Set %1 of step %2")
                      .arg(optionLabel(TransformOptions::find(spec.value(typeKey).toString()), key))
                      .arg(step + 1));
}

void TransformChainEditor::addStep(const QString& type) {
    const TransformDescription* description = TransformOptions::find(type);
    if (!description || m_row < 0)
        return;
    QJsonObject spec{{typeKey, type}};
    // A new step starts valid: choices take their first value, a value map starts empty and keeps unmapped
    // values until the admin says otherwise.
    for (const TransformOption& option : description->options) {
        if (option.kind == TransformOption::Kind::Choice)
            spec.insert(option.key, option.choices.constFirst());
    }
    if (type == QLatin1String("phone_e164"))
        spec.insert(QStringLiteral("defaultRegion"), QStringLiteral("US"));
    if (description->valueMap) {
        spec.insert(QStringLiteral("map"), QJsonArray());
        spec.insert(QStringLiteral("unmapped"), QStringLiteral("keep"));
    }
    QJsonArray chain = steps();
    chain.append(spec);
    commit(chain, tr("Add step %1").arg(description->title));
    refresh();
    m_ui->stepsListWidget->setCurrentRow(static_cast<int>(chain.size()) - 1);
}

void TransformChainEditor::removeStep() {
    const int step = m_ui->stepsListWidget->currentRow();
    QJsonArray chain = steps();
    if (step < 0 || step >= chain.size())
        return;
    chain.removeAt(step);
    commit(chain, tr("Remove step %1").arg(step + 1));
    refresh();
}

void TransformChainEditor::moveStep(int by) {
    const int step = m_ui->stepsListWidget->currentRow();
    QJsonArray chain = steps();
    const int to = step + by;
    if (step < 0 || to < 0 || to >= chain.size())
        return;
    const QJsonValue moved = chain.takeAt(step);
    chain.insert(to, moved);
    commit(chain, tr("Move step %1").arg(step + 1));
    refresh();
    m_ui->stepsListWidget->setCurrentRow(to);
}

} // namespace fieldlink
