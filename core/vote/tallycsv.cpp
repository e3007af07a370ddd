// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/vote/tallycsv.h"

namespace conlab {

namespace {
QByteArray field(const QString &text)
{
    QString t = text;
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char('"')) || t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r')) || t.contains(QLatin1Char('\''))) {
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}
} // namespace

QByteArray TallyCsv::write(const std::vector<RoundTally> &rounds)
{
    QByteArray out = "question,answer,count,outcome,date\r\n";
    for (const RoundTally &r : rounds) {
        const QString outcome = r.outcome && r.answers.size() == 3 ? r.answers[*r.outcome - 1] : QString();
        const QDateTime when = r.closedAt.isValid() ? r.closedAt : r.openedAt;
        for (int a = 0; a < 3 && a < r.answers.size(); ++a) {
            out += field(r.question) + ',' + field(r.answers[a]) + ',' + QByteArray::number(r.counts[std::size_t(a)])
                + ',' + field(outcome) + ',' + when.toString(Qt::ISODate).toUtf8() + "\r\n";
        }
    }
    return out;
}

} // namespace conlab
