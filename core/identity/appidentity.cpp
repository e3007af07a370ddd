// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/identity/appidentity.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace conlab {

QString AppIdentity::version()
{
    return QStringLiteral(CONLAB_VERSION);
}

void AppIdentity::apply()
{
    QCoreApplication::setApplicationName(name());
    QCoreApplication::setApplicationVersion(version());
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("concurrencylab.org"));
}

QString AppIdentity::settingsFile()
{
    // The running application's name, not name(): each test program (and the
    // benchmark) then keeps settings of its own, and two of them running at
    // once never share a file. For the app itself the two are the same.
    QString app = QCoreApplication::applicationName();
    if (app.isEmpty())
        app = name();
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' + app + u'/' + app + u".conf";
}

} // namespace conlab
