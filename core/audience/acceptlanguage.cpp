// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/acceptlanguage.h"

#include <algorithm>
#include <vector>

namespace conlab {

QString AcceptLanguage::match(QByteArray tag, const QStringList &offered)
{
    tag = tag.trimmed().toLower().replace('_', '-');
    if (tag.isEmpty() || tag.size() > 35) // RFC 5646's longest sensible tag
        return {};
    const QByteArray primary = tag.left(tag.indexOf('-') < 0 ? tag.size() : tag.indexOf('-'));
    QString byPrimary;
    for (const QString &code : offered) {
        const QByteArray c = code.toLatin1().toLower().replace('_', '-');
        if (c == tag)
            return code;
        if (byPrimary.isEmpty() && c.left(c.indexOf('-') < 0 ? c.size() : c.indexOf('-')) == primary)
            byPrimary = code;
    }
    return byPrimary;
}

QString AcceptLanguage::pick(const QByteArray &explicitChoice, const QByteArray &acceptLanguage,
                             const QStringList &offered)
{
    if (offered.isEmpty())
        return {};
    if (const QString chosen = match(explicitChoice, offered); !chosen.isEmpty())
        return chosen;
    struct Range
    {
        QByteArray tag;
        double q;
        int order;
    };
    std::vector<Range> ranges;
    // A header is bounded by the server's request limit; the count of
    // ranges is bounded here too, so a silly header costs nothing.
    const QList<QByteArray> parts = acceptLanguage.left(1024).split(',');
    for (int i = 0; i < parts.size() && i < 32; ++i) {
        const QList<QByteArray> fields = parts[i].split(';');
        double q = 1.0;
        for (int f = 1; f < fields.size(); ++f) {
            const QByteArray p = fields[f].trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok || q < 0 || q > 1)
                    q = 0;
            }
        }
        if (q > 0)
            ranges.push_back({fields[0].trimmed(), q, i});
    }
    std::stable_sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.q > b.q; });
    for (const Range &r : ranges) {
        if (const QString code = match(r.tag, offered); !code.isEmpty())
            return code;
    }
    return offered.first();
}

} // namespace conlab
