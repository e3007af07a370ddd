// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/vote/roundtally.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace conlab {

int RoundTally::percent(int answer) const
{
    const int all = voters();
    if (all == 0 || answer < 1 || answer > 3)
        return 0;
    return int(std::lround(100.0 * counts[answer - 1] / all));
}

QString RoundTally::revealLine() const
{
    if (!revealed || !outcome || voters() == 0 || answers.size() != 3 || outcomes.size() != 3)
        return {};
    // The answer most of the room chose; a tie goes to the one the run
    // showed, then to the lower number, so the line is never a coin toss.
    int top = 1;
    for (int a = 2; a <= 3; ++a) {
        const bool more = counts[a - 1] > counts[top - 1];
        const bool tieToOutcome = counts[a - 1] == counts[top - 1] && a == *outcome;
        if (more || tieToOutcome)
            top = a;
    }
    const QString showed = outcomes[*outcome - 1];
    //: The reveal of the room's vote. %1 a per cent, %2 the answer most chose
    //: (e.g. "Keeps spinning"), %3 what the run showed (e.g. "never appeared")
    return QCoreApplication::translate("conlab::RoundTally", "%1% said %2; it %3.")
        .arg(percent(top))
        .arg(answers[top - 1], showed.left(1).toLower() + showed.mid(1));
}

QJsonObject RoundTally::toJson() const
{
    QJsonObject o{{QStringLiteral("round"), round},
                  {QStringLiteral("questionKey"), questionKey},
                  {QStringLiteral("question"), question},
                  {QStringLiteral("answers"), QJsonArray::fromStringList(answers)},
                  {QStringLiteral("outcomes"), QJsonArray::fromStringList(outcomes)},
                  {QStringLiteral("counts"), QJsonArray{counts[0], counts[1], counts[2]}},
                  {QStringLiteral("open"), open},
                  {QStringLiteral("revealed"), revealed},
                  {QStringLiteral("openedAt"), openedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("closedAt"), closedAt.toString(Qt::ISODateWithMs)}};
    if (outcome)
        o.insert(QStringLiteral("outcome"), *outcome);
    return o;
}

std::optional<RoundTally> RoundTally::fromJson(const QJsonValue &value, const QString &path, QString *error)
{
    const auto fail = [&](const QString &field, const QString &why) -> std::optional<RoundTally> {
        //: In a recording file: %1 where, e.g. "audience.counts", %2 what is wrong
        *error = QCoreApplication::translate("conlab::RoundTally", "%1: %2").arg(path + u'.' + field, why);
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(QString(), QCoreApplication::translate("conlab::RoundTally", "not an object"));
    const QJsonObject o = value.toObject();
    RoundTally t;
    t.round = o.value(QStringLiteral("round")).toInt();
    t.questionKey = o.value(QStringLiteral("questionKey")).toString();
    t.question = o.value(QStringLiteral("question")).toString();
    for (const char *key : {"answers", "outcomes"}) {
        const QJsonArray a = o.value(QLatin1String(key)).toArray();
        QStringList &list = key[0] == 'a' ? t.answers : t.outcomes;
        for (const QJsonValue &v : a)
            list.append(v.toString());
        if (list.size() != 3)
            return fail(QLatin1String(key), QCoreApplication::translate("conlab::RoundTally", "three texts expected"));
    }
    const QJsonArray counts = o.value(QStringLiteral("counts")).toArray();
    if (counts.size() != 3)
        return fail(QStringLiteral("counts"),
                    QCoreApplication::translate("conlab::RoundTally", "three counts expected"));
    for (int i = 0; i < 3; ++i) {
        const double c = counts[i].toDouble(-1);
        if (c < 0 || c > 1e9 || c != double(int(c)))
            return fail(QStringLiteral("counts"),
                        QCoreApplication::translate("conlab::RoundTally", "a count must be a whole number from 0"));
        t.counts[std::size_t(i)] = int(c);
    }
    t.open = o.value(QStringLiteral("open")).toBool();
    t.revealed = o.value(QStringLiteral("revealed")).toBool();
    if (o.contains(QStringLiteral("outcome"))) {
        const int out = o.value(QStringLiteral("outcome")).toInt();
        if (out < 1 || out > 3)
            return fail(QStringLiteral("outcome"),
                        QCoreApplication::translate("conlab::RoundTally", "must be 1, 2 or 3"));
        t.outcome = out;
    }
    t.openedAt = QDateTime::fromString(o.value(QStringLiteral("openedAt")).toString(), Qt::ISODateWithMs);
    t.closedAt = QDateTime::fromString(o.value(QStringLiteral("closedAt")).toString(), Qt::ISODateWithMs);
    return t;
}

} // namespace conlab
