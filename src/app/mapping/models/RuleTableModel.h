#pragma once

#include "core/mapping/Diagnostic.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fieldlink {

class ProfileDocument;

/// The rules of the profile being edited, one row each: target field, source field(s), transform chain,
/// when it applies, and a status from the diagnostics. Target and source are edited in place (by keyboard:
/// F2 or typing); every edit, insertion and removal goes through the document's undo stack.
class RuleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TargetColumn, SourcesColumn, TransformsColumn, AppliesColumn, StatusColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1 };

    explicit RuleTableModel(ProfileDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    /// New rules are empty (no target yet), one undo step each.
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    // Drag and drop from the catalogs always adds rules where the drop indicator shows (between rules or
    // below the last one): one reading the dropped source field(s), or one per dropped target field. Rules
    // themselves take no drops, so a drop never retargets an existing rule behind the admin's back.
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// Sets rule `row`'s source(s), or adds one to those it has (concat, template). One undo step.
    void setSources(int row, const QStringList& sources, bool append = false);
    void setTarget(int row, const QString& target);

    /// Shows each rule's problems; the rest (e.g. a required target nobody maps) belong to the profile.
    void setDiagnostics(const mapping::Diagnostics& diagnostics);
    /// Rules the preview left out because of their error (index → the error): their status says so.
    void setRulesNotPreviewed(const QHash<int, QString>& reasons);
    /// Labels for targets the built-in names lack: the location's contact custom fields (by target path).
    void setTargetLabels(const QHash<QString, QString>& labels);
    /// How undo texts name rule `row`: by its target, the way the list shows it.
    QString ruleName(int row) const;
    /// A rule's source field(s): its `source`, or its `sources` in order.
    static QStringList sourcesOf(const QJsonObject& rule);
    /// The rule a diagnostic points at, or -1.
    static int ruleOf(const mapping::Diagnostic& diagnostic);

private:
    QList<mapping::Diagnostic> diagnosticsOf(int row) const;
    static QStringList pathsIn(const QMimeData* data, const QString& mimeType);

    ProfileDocument* m_document;
    mapping::Diagnostics m_diagnostics;
    QHash<int, QString> m_notPreviewed;
    QHash<QString, QString> m_targetLabels;
};

} // namespace fieldlink
