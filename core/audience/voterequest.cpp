// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/voterequest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace conlab {

std::variant<VoteRequest, VoteRequest::Error> VoteRequest::parse(const QByteArray &body)
{
    // Errors are in English: they answer programs and tests as much as
    // phones, and the page shows its own words for the ones people meet.
    if (body.size() > kMaxBodyBytes)
        return Error{
            413, QStringLiteral("the body has %1 bytes; a vote has at most %2").arg(body.size()).arg(kMaxBodyBytes)};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            400,
            QStringLiteral("the body is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return Error{400, QStringLiteral("the body must be a JSON object such as {\"code\": \"1234\", \"answer\": 1}")};
    const QJsonObject o = doc.object();
    const QJsonValue code = o.value(QLatin1String("code"));
    if (code.isUndefined())
        return Error{400, QStringLiteral("\"code\" is missing: the session code on the projector")};
    if (!code.isString())
        return Error{400, QStringLiteral("\"code\" must be a string of 4 digits")};
    const QJsonValue answer = o.value(QLatin1String("answer"));
    if (answer.isUndefined())
        return Error{400, QStringLiteral("\"answer\" is missing: 1, 2 or 3")};
    // 2.0 is a number JSON allows for 2; 2.5, "2", true and 1e9 are not answers.
    const double a = answer.toDouble(-1);
    if (!answer.isDouble() || a != double(int(a)) || a < 1 || a > 3)
        return Error{400, QStringLiteral("\"answer\" must be 1, 2 or 3")};
    VoteRequest r;
    r.code = code.toString();
    r.answer = int(a);
    return r;
}

} // namespace conlab
