#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace fieldlink {

/// A table read a page at a time as the view scrolls to it (canFetchMore/fetchMore), so a list of ten
/// thousand runs or records opens as fast as a short one. A subclass says how to read the page after the
/// rows held, and shows `rows()`.
template <typename Row> class PagedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent = {}) const override { return !parent.isValid() && !m_atEnd; }
    void fetchMore(const QModelIndex& parent = {}) override {
        if (!canFetchMore(parent))
            return;
        const QList<Row> page = readPage();
        m_atEnd = page.size() < pageSize;
        if (page.isEmpty())
            return;
        const auto first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }

protected:
    /// As many rows as a few screens show.
    static constexpr int pageSize = 256;

    /// The page after the rows held; fewer than pageSize rows means it is the last.
    virtual QList<Row> readPage() const = 0;
    /// Forgets the rows held and, when `read`, reads the first page at once (a view shows it without asking).
    void restart(bool read = true) {
        beginResetModel();
        m_rows.clear();
        if (read)
            m_rows = readPage();
        m_atEnd = m_rows.size() < pageSize;
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }

private:
    QList<Row> m_rows;
    bool m_atEnd = true;
};

} // namespace fieldlink
