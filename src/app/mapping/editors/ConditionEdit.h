#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

class QStringListModel;

namespace Ui {
class ConditionEdit;
}

namespace fieldlink {

/// One condition (docs/profile-format.md, "Conditions"): a simple one as field, operator and value; a
/// compound one (all / any / not) as JSON. Empty means "always". Operators read as words ("is at least");
/// values are offered from what the field holds in the samples.
class ConditionEdit : public QWidget {
    Q_OBJECT
public:
    explicit ConditionEdit(QWidget* parent = nullptr);
    ~ConditionEdit() override;

    void setFields(const QStringList& paths);
    /// The values a field takes, offered while the admin types a value (editable: any value is allowed).
    using ValueSuggestions = std::function<QStringList(const QString& field)>;
    void setValueSuggestions(ValueSuggestions suggestions);
    /// The values offered for the field now chosen (for tests).
    QStringList offeredValues() const;
    void setCondition(const QJsonObject& condition);
    /// The condition, or an empty object for "always"; `ok` is false while the JSON text does not parse.
    QJsonObject condition(bool* ok = nullptr) const;

Q_SIGNALS:
    void edited();

private:
    QJsonObject simpleCondition() const;
    void updateMode();
    void emitIfValid();
    void updateValueSuggestions();

    std::unique_ptr<Ui::ConditionEdit> m_ui;
    bool m_loading = false;
    ValueSuggestions m_suggestions;
    QStringListModel* m_values = nullptr;
};

} // namespace fieldlink
