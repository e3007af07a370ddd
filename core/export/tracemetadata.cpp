// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/export/tracemetadata.h"

#include "core/export/jsonstring.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

namespace conlab {

namespace {

// QSysInfo has no CPU model; Linux names it in /proc/cpuinfo ("model name"
// on x86, often missing on ARM, where the architecture has to do).
QString cpuModelName()
{
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly | QIODevice::Text)) {
        // Read to the first empty line, not atEnd(): /proc files report
        // size 0, so atEnd() is true before the first read.
        for (QByteArray line = info.readLine(4096); !line.isEmpty(); line = info.readLine(4096)) {
            if (line.startsWith("model name")) {
                const qsizetype colon = line.indexOf(':');
                if (colon >= 0)
                    return QString::fromUtf8(line.mid(colon + 1)).trimmed();
            }
        }
    }
    return {};
}

QByteArray member(const char *key, const QString &value)
{
    return ",\"" + QByteArray(key) + "\":" + jsonString(value);
}

} // namespace

TraceMetadata TraceMetadata::forThisMachine()
{
    TraceMetadata m;
    m.host = QSysInfo::machineHostName();
    m.cpuModel = cpuModelName();
    m.cpuCount = QThread::idealThreadCount();
    m.os = QSysInfo::prettyProductName();
    m.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
    m.arch = QSysInfo::currentCpuArchitecture();
    m.date = QDateTime::currentDateTimeUtc();
    return m;
}

QByteArray TraceMetadata::toJson() const
{
    QByteArray out = "{\"app\":\"concurrency-lab\"";
    out += member("app_version", appVersion);
    out += member("command", command);
    out += member("model", model);
    out += member("pace", pace);
    if (workers)
        out += ",\"workers\":" + QByteArray::number(*workers);
    out += member("host", host);
    out += member("cpu_model", cpuModel);
    out += ",\"cpu_count\":" + QByteArray::number(cpuCount);
    out += member("os", os);
    out += member("kernel", kernel);
    out += member("arch", arch);
    out += member("date", date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString());
    return out + '}';
}

QString TraceMetadata::summary() const
{
    QString line = model;
    if (!pace.isEmpty())
        line += QStringLiteral(", pace ") + pace;
    if (workers)
        line += QStringLiteral(", %1 workers").arg(*workers);
    return line;
}

} // namespace conlab
