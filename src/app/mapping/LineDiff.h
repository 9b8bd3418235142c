#pragma once

#include <QList>
#include <QStringList>

namespace fieldlink {

/// A side-by-side line diff (longest common subsequence): each row holds the left line, the right line, or
/// both. Profiles are a few hundred lines, so the quadratic table is small; common ends are skipped first.
struct DiffRow {
    enum class Kind { Same, Removed, Added, Changed };
    Kind kind = Kind::Same;
    QString left;
    QString right;
};

class LineDiff {
public:
    static QList<DiffRow> compare(const QStringList& left, const QStringList& right);
    /// Rows that are not Same.
    static int changes(const QList<DiffRow>& rows);
};

} // namespace fieldlink
