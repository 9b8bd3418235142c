#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace fieldlink::mapping {
struct Profile;
}

namespace fieldlink {

/// A profile's rules, one row each: target field, source field(s), transform chain, and whether the target
/// is required and the rule conditional.
class RuleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TargetColumn, SourcesColumn, TransformsColumn, RequiredColumn, ColumnCount };

    explicit RuleTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows `profile`'s rules; null shows none.
    void setProfile(std::shared_ptr<const mapping::Profile> profile);

private:
    std::shared_ptr<const mapping::Profile> m_profile;
};

} // namespace fieldlink
