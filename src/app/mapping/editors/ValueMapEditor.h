#pragma once

#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableWidget;

namespace fieldlink {

/// A value map step's form: the from → to table, the default, what an unmapped value does, and whether
/// keys match case-sensitively. "Fill from samples" adds a row for every suggested value not yet listed.
class ValueMapEditor : public QWidget {
    Q_OBJECT
public:
    explicit ValueMapEditor(QWidget* parent = nullptr);

    void setSpec(const QJsonObject& spec);
    /// The step as the profile stores it (`type` included).
    QJsonObject spec() const;
    /// Adds rows (to = from) for the values not in the table yet; returns how many were added.
    int addValues(const QStringList& values);
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    /// The admin changed the map (one undo step each).
    void edited();
    void fillRequested();

private:
    QTableWidget* m_table;
    QLineEdit* m_default;
    QComboBox* m_unmapped;
    QCheckBox* m_caseSensitive;
    bool m_loading = false;
};

} // namespace fieldlink
