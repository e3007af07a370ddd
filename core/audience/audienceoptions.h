// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QHostAddress>
#include <QString>
#include <optional>

namespace conlab {

// Where and how the room's vote listens. From the Audience switch (a free
// port on the LAN address, a random code) or from the window's options
// --audience-port, --audience-bind and --audience-code.
struct AudienceOptions
{
    QHostAddress bind; // null: the LAN address, found when the listener starts
    quint16 port = 0;  // 0: a free one
    QString code;      // 4 digits; empty: a random one

    // A random 4-digit code, 0000 to 9999, from the system's source.
    static QString randomCode();
    // nullopt with *error naming the option and what is wrong with it.
    static std::optional<quint16> parsePort(const QString &text, QString *error);
    static std::optional<QHostAddress> parseBind(const QString &text, QString *error);
    static std::optional<QString> parseCode(const QString &text, QString *error);
};

} // namespace conlab
