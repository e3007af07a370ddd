// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/codepane/linediff.h"

#include <vector>

namespace conlab {

QList<int> changedLines(const QStringList &baseline, const QStringList &changed)
{
    // Listings are a few dozen lines, so the plain O(n*m) table is the clear
    // choice.
    const auto n = baseline.size();
    const auto m = changed.size();
    std::vector<std::vector<int>> lcs(static_cast<size_t>(n + 1), std::vector<int>(static_cast<size_t>(m + 1), 0));
    auto same = [&](qsizetype i, qsizetype j) {
        return QStringView(baseline[i]).trimmed() == QStringView(changed[j]).trimmed()
            && baseline[i].size() - QStringView(baseline[i]).trimmed().size()
            == changed[j].size() - QStringView(changed[j]).trimmed().size();
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            const auto ui = static_cast<size_t>(i), uj = static_cast<size_t>(j);
            lcs[ui][uj] = same(i, j) ? lcs[ui + 1][uj + 1] + 1 : std::max(lcs[ui + 1][uj], lcs[ui][uj + 1]);
        }
    }
    QList<int> out;
    qsizetype i = 0, j = 0;
    while (j < m) {
        const auto ui = static_cast<size_t>(i), uj = static_cast<size_t>(j);
        if (i < n && same(i, j)) {
            ++i;
            ++j;
        } else if (i < n && lcs[ui + 1][uj] >= lcs[ui][uj + 1]) {
            ++i;
        } else {
            // A blank line is never worth pointing at.
            if (!changed[j].trimmed().isEmpty())
                out.append(static_cast<int>(j));
            ++j;
        }
    }
    return out;
}

} // namespace conlab
