#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class ConditionEdit;
}

namespace fieldlink {

/// One condition (docs/profile-format.md, "Conditions"): a simple one as field, operator and value; a
/// compound one (all / any / not) as JSON. Empty means "always".
class ConditionEdit : public QWidget {
    Q_OBJECT
public:
    explicit ConditionEdit(QWidget* parent = nullptr);
    ~ConditionEdit() override;

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

    std::unique_ptr<Ui::ConditionEdit> m_ui;
    bool m_loading = false;
};

} // namespace fieldlink
