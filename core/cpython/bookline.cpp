// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/bookline.h"

#include <QRegularExpression>

namespace conlab {

BookLine BookLine::parse(const QString &line)
{
    static const QRegularExpression result(QStringLiteral(R"(^ *(\d+)  ([P ]) +(\d+\.\d+)s$)"));
    static const QRegularExpression total(QStringLiteral(R"(^Total time: (\d+\.\d+)s$)"));
    static const QRegularExpression checks(QStringLiteral(R"(^(\d+) checks in (\d+\.\d+)s$)"));
    static const QRegularExpression header(QStringLiteral(R"(^Checking \d+ numbers .*:$)"));
    BookLine b;
    if (const auto m = result.match(line); m.hasMatch()) {
        bool ok = false;
        b.n = m.captured(1).toULongLong(&ok);
        if (!ok)
            return {};
        b.kind = Kind::Result;
        b.prime = m.captured(2) == u"P";
        b.seconds = m.captured(3).toDouble();
    } else if (const auto t = total.match(line); t.hasMatch()) {
        b.kind = Kind::Footer;
        b.seconds = t.captured(1).toDouble();
    } else if (const auto c = checks.match(line); c.hasMatch()) {
        b.kind = Kind::Footer;
        b.checks = c.captured(1).toLongLong();
        b.seconds = c.captured(2).toDouble();
    } else if (header.match(line).hasMatch()) {
        b.kind = Kind::Header;
    }
    return b;
}

} // namespace conlab
