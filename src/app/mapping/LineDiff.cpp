#include "app/mapping/LineDiff.h"

#include <vector>

namespace fieldlink {

QList<DiffRow> LineDiff::compare(const QStringList& left, const QStringList& right) {
    qsizetype prefix = 0;
    while (prefix < left.size() && prefix < right.size() && left.at(prefix) == right.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < left.size() - prefix && suffix < right.size() - prefix &&
           left.at(left.size() - 1 - suffix) == right.at(right.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = left.size() - prefix - suffix;
    const qsizetype m = right.size() - prefix - suffix;
    // lcs[i][j]: the longest common subsequence of the middle parts from i and j on.
    std::vector<std::vector<int>> lcs(static_cast<size_t>(n + 1),
                                      std::vector<int>(static_cast<size_t>(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = left.at(prefix + i) == right.at(prefix + j) ? lcs[i + 1][j + 1] + 1
                                                                    : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    QList<DiffRow> rows;
    for (qsizetype k = 0; k < prefix; ++k)
        rows.append({DiffRow::Kind::Same, left.at(k), right.at(k)});
    QStringList removed;
    QStringList added;
    // A run of removed lines followed by added ones shows as changed lines side by side.
    const auto flush = [&] {
        const qsizetype paired = std::min(removed.size(), added.size());
        for (qsizetype k = 0; k < paired; ++k)
            rows.append({DiffRow::Kind::Changed, removed.at(k), added.at(k)});
        for (qsizetype k = paired; k < removed.size(); ++k)
            rows.append({DiffRow::Kind::Removed, removed.at(k), {}});
        for (qsizetype k = paired; k < added.size(); ++k)
            rows.append({DiffRow::Kind::Added, {}, added.at(k)});
        removed.clear();
        added.clear();
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && left.at(prefix + i) == right.at(prefix + j)) {
            flush();
            rows.append({DiffRow::Kind::Same, left.at(prefix + i), right.at(prefix + j)});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            added << right.at(prefix + j++);
        } else {
            removed << left.at(prefix + i++);
        }
    }
    flush();
    for (qsizetype k = suffix; k > 0; --k)
        rows.append({DiffRow::Kind::Same, left.at(left.size() - k), right.at(right.size() - k)});
    return rows;
}

int LineDiff::changes(const QList<DiffRow>& rows) {
    return static_cast<int>(std::count_if(
        rows.cbegin(), rows.cend(), [](const DiffRow& row) { return row.kind != DiffRow::Kind::Same; }));
}

} // namespace fieldlink
