#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QTableWidget;

namespace Ui {
class ValueMapEditor;
}

namespace fieldlink {

/// A value map step's form: the from → to table, the default, what an unmapped value does, and whether
/// keys match case-sensitively. "Fill from samples" adds a row for every suggested value not yet listed.
class ValueMapEditor : public QWidget {
    Q_OBJECT
public:
    explicit ValueMapEditor(QWidget* parent = nullptr);
    ~ValueMapEditor() override;

    void setSpec(const QJsonObject& spec);
    /// The step as the profile stores it (`type` included).
    QJsonObject spec() const;
    /// Adds rows (to = from) for the values not in the table yet; returns how many were added.
    int addValues(const QStringList& values);
    QTableWidget* table() const;

Q_SIGNALS:
    /// The admin changed the map (one undo step each).
    void edited();
    void fillRequested();

private:
    void addRow();
    void removeRow();

    std::unique_ptr<Ui::ValueMapEditor> m_ui;
    bool m_loading = false;
};

} // namespace fieldlink
