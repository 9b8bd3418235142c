#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace fieldlink {

/// One condition (docs/profile-format.md, "Conditions"): a simple one as field, operator and value; a
/// compound one (all / any / not) as JSON. Empty means "always".
class ConditionEdit : public QWidget {
    Q_OBJECT
public:
    explicit ConditionEdit(QWidget* parent = nullptr);

    void setFields(const QStringList& paths);
    void setCondition(const QJsonObject& condition);
    /// The condition, or an empty object for "always"; `ok` is false while the JSON text does not parse.
    QJsonObject condition(bool* ok = nullptr) const;

Q_SIGNALS:
    void edited();

private:
    QJsonObject simpleCondition() const;
    void updateMode();
    void emitIfValid();

    QComboBox* m_field;
    QComboBox* m_op;
    QLineEdit* m_value;
    QCheckBox* m_asJson;
    QLineEdit* m_json;
    QLabel* m_problem;
    bool m_loading = false;
};

} // namespace fieldlink
