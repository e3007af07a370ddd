// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/audienceoptions.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace conlab {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("conlab::AudienceOptions", text);
}
} // namespace

QString AudienceOptions::randomCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(10000), 4, 10, QLatin1Char('0'));
}

std::optional<quint16> AudienceOptions::parsePort(const QString &text, QString *error)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535) {
        //: %1 the value given to --audience-port
        *error = tr("--audience-port: \"%1\" is not a port; give 1 to 65535, or 0 for a free one").arg(text);
        return std::nullopt;
    }
    return quint16(port);
}

std::optional<QHostAddress> AudienceOptions::parseBind(const QString &text, QString *error)
{
    QHostAddress address;
    if (!address.setAddress(text)) {
        //: %1 the value given to --audience-bind
        *error = tr("--audience-bind: \"%1\" is not an IP address, such as 127.0.0.1 or 192.168.1.20").arg(text);
        return std::nullopt;
    }
    return address;
}

std::optional<QString> AudienceOptions::parseCode(const QString &text, QString *error)
{
    // Anchored at the very end: "$" alone would let "1234\n" through.
    static const QRegularExpression fourDigits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}")));
    if (!fourDigits.match(text).hasMatch()) {
        //: %1 the value given to --audience-code
        *error = tr("--audience-code: \"%1\" is not a session code; give 4 digits, such as 0427").arg(text);
        return std::nullopt;
    }
    return text;
}

} // namespace conlab
