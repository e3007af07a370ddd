// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "webdriver.h"

#include "processscan.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <csignal>

namespace conlab::testing {

namespace {
// The W3C name of an element reference in JSON.
const QString kElementKey = QStringLiteral("element-6066-11e4-a52e-4f735466cecf");

// A port nobody listens on now. chromedriver binds it a moment later; if
// another process takes it in between, the driver fails to start and
// startDriver() tries the next one.
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

WebDriver::WebDriver() : WebDriver(Options{}) { }

WebDriver::WebDriver(const Options &options) : m_options(options)
{
    // A proxy from the environment must not sit between the test and
    // chromedriver, nor between Chromium and the server under test.
    m_net.setProxy(QNetworkProxy::NoProxy);
    if (!m_profile.isValid()) {
        fail(QStringLiteral("no temporary folder for Chromium's profile: ") + m_profile.errorString());
        return;
    }
    if (startDriver())
        createSession();
}

WebDriver::~WebDriver()
{
    stop();
}

bool WebDriver::fail(const QString &what)
{
    m_lastError = what;
    return false;
}

bool WebDriver::startDriver()
{
    m_driver.setProcessChannelMode(QProcess::MergedChannels);
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (port == 0)
            return fail(QStringLiteral("no free loopback port"));
        m_driver.start(m_options.chromedriver,
                       {QStringLiteral("--port=%1").arg(port), QStringLiteral("--allowed-ips=127.0.0.1")});
        if (!m_driver.waitForStarted(5000))
            return fail(QStringLiteral("cannot start %1: %2").arg(m_options.chromedriver, m_driver.errorString()));
        m_base.setScheme(QStringLiteral("http"));
        m_base.setHost(QStringLiteral("127.0.0.1"));
        m_base.setPort(port);
        const QDeadlineTimer deadline(m_options.startTimeoutMs);
        while (!deadline.hasExpired() && m_driver.state() == QProcess::Running) {
            const QJsonValue status = call("GET", QStringLiteral("/status"), {}, 1000);
            if (status.toObject().value(QLatin1String("ready")).toBool())
                return true;
            QEventLoop wait;
            QTimer::singleShot(100, &wait, &QEventLoop::quit);
            wait.exec();
        }
        const QString output = QString::fromLocal8Bit(m_driver.readAll()).trimmed();
        if (m_driver.state() == QProcess::Running) {
            m_driver.kill();
            m_driver.waitForFinished(5000);
            return fail(QStringLiteral("chromedriver did not become ready in %1 ms: %2")
                            .arg(m_options.startTimeoutMs)
                            .arg(output));
        }
        m_driver.waitForFinished(1000);
        m_lastError = QStringLiteral("chromedriver exited: ") + output; // likely the port; try another
    }
    return false;
}

bool WebDriver::createSession()
{
    QStringList args{
        QStringLiteral("--headless=new"),
        QStringLiteral("--no-sandbox"),
        QStringLiteral("--disable-gpu"),
        QStringLiteral("--disable-quic"),
        QStringLiteral("--no-first-run"),
        QStringLiteral("--disable-background-networking"),
        QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"),
        QStringLiteral("--disable-dev-shm-usage"),
        // Phones show no scroll bar beside the page; a desktop one would take
        // 15 of the 390 pixels.
        QStringLiteral("--hide-scrollbars"),
        QStringLiteral("--no-proxy-server"),
        QStringLiteral("--user-data-dir=") + m_profile.path(),
        QStringLiteral("--window-size=%1,%2").arg(m_options.windowSize.width()).arg(m_options.windowSize.height()),
    };
    args += m_options.extraArgs;
    // Chromium keeps a window at least 500 pixels wide whatever --window-size
    // says; a phone's viewport (390 CSS pixels, touch, the viewport meta tag
    // honoured) needs mobile emulation.
    const QJsonObject metrics{{QStringLiteral("width"), m_options.windowSize.width()},
                              {QStringLiteral("height"), m_options.windowSize.height()},
                              {QStringLiteral("pixelRatio"), m_options.pixelRatio},
                              {QStringLiteral("touch"), true},
                              {QStringLiteral("mobile"), true}};
    const QJsonObject chromeOptions{
        {QStringLiteral("binary"), m_options.chromium},
        {QStringLiteral("args"), QJsonArray::fromStringList(args)},
        {QStringLiteral("mobileEmulation"), QJsonObject{{QStringLiteral("deviceMetrics"), metrics}}},
    };
    // Page loads and scripts time out inside chromedriver before the call
    // itself does, so a hung page reports chromedriver's reason.
    const int inner = qMax(1000, m_options.callTimeoutMs - 5000);
    const QJsonObject always{
        {QStringLiteral("browserName"), QStringLiteral("chrome")},
        {QStringLiteral("goog:chromeOptions"), chromeOptions},
        {QStringLiteral("goog:loggingPrefs"), QJsonObject{{QStringLiteral("browser"), QStringLiteral("ALL")}}},
        {QStringLiteral("timeouts"),
         QJsonObject{{QStringLiteral("pageLoad"), inner},
                     {QStringLiteral("script"), inner},
                     {QStringLiteral("implicit"), 0}}},
    };
    const QJsonObject body{{QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("alwaysMatch"), always}}}};
    const QJsonValue value = call("POST", QStringLiteral("/session"), body);
    m_session = value.toObject().value(QLatin1String("sessionId")).toString();
    return !m_session.isEmpty();
}

void WebDriver::stop()
{
    if (!m_session.isEmpty()) {
        call("DELETE", QStringLiteral("/session/") + m_session, {}, 10000);
        m_session.clear();
    }
    if (m_driver.state() != QProcess::NotRunning) {
        m_driver.terminate();
        if (!m_driver.waitForFinished(5000)) {
            m_driver.kill();
            m_driver.waitForFinished(5000);
        }
    }
    // Chromium outlives a chromedriver killed before it quit the session.
    // Its profile folder is ours alone, so this ends only our browser.
    if (!m_profile.isValid())
        return;
    const QByteArray needle = QStringLiteral("--user-data-dir=%1").arg(m_profile.path()).toLocal8Bit();
    const QDeadlineTimer deadline(5000);
    QStringList left = processesWith(needle);
    while (!left.isEmpty() && !deadline.hasExpired()) {
        for (const QString &p : std::as_const(left))
            ::kill(p.section(u' ', 0, 0).toInt(), SIGKILL);
        QThread::msleep(50);
        left = processesWith(needle);
    }
}

QJsonValue WebDriver::call(const QByteArray &verb, const QString &path, const QJsonObject &body, int timeoutMs)
{
    if (timeoutMs < 0)
        timeoutMs = m_options.callTimeoutMs;
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    QByteArray data;
    if (verb == "POST") {
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    }
    QNetworkReply *reply = m_net.sendCustomRequest(request, verb, data);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    const QString what = QString::fromLatin1(verb) + u' ' + path;
    if (!reply->isFinished()) {
        reply->abort();
        delete reply;
        fail(QStringLiteral("%1: no answer in %2 ms").arg(what).arg(timeoutMs));
        return QJsonValue::Undefined;
    }
    const QByteArray raw = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorString = reply->errorString();
    delete reply;
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        // No JSON at all: chromedriver is not there (yet), or not talking WebDriver.
        fail(QStringLiteral("%1: %2").arg(what, error != QNetworkReply::NoError ? errorString : parse.errorString()));
        return QJsonValue::Undefined;
    }
    const QJsonValue value = doc.object().value(QLatin1String("value"));
    const QString wdError = value.toObject().value(QLatin1String("error")).toString();
    if (!wdError.isEmpty() || error != QNetworkReply::NoError) {
        // chromedriver's messages carry a long stack trace after the first line.
        const QString message = value.toObject().value(QLatin1String("message")).toString().section(u'\n', 0, 0);
        fail(QStringLiteral("%1: %2: %3").arg(what, wdError.isEmpty() ? errorString : wdError, message));
        return QJsonValue::Undefined;
    }
    m_lastError.clear();
    return value;
}

QJsonValue WebDriver::sessionCall(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    if (m_session.isEmpty()) {
        if (m_lastError.isEmpty())
            fail(QStringLiteral("no WebDriver session"));
        return QJsonValue::Undefined;
    }
    return call(verb, QStringLiteral("/session/") + m_session + path, body);
}

bool WebDriver::navigate(const QUrl &url)
{
    return !sessionCall("POST", QStringLiteral("/url"), {{QStringLiteral("url"), QString::fromUtf8(url.toEncoded())}})
                .isUndefined();
}

QUrl WebDriver::currentUrl()
{
    return QUrl(sessionCall("GET", QStringLiteral("/url")).toString());
}

QString WebDriver::findElement(const QString &css)
{
    const QJsonValue v = sessionCall("POST", QStringLiteral("/element"),
                                     {{QStringLiteral("using"), QStringLiteral("css selector")},
                                      {QStringLiteral("value"), css}});
    return v.toObject().value(kElementKey).toString();
}

QStringList WebDriver::findElements(const QString &css)
{
    const QJsonArray found = sessionCall("POST", QStringLiteral("/elements"),
                                         {{QStringLiteral("using"), QStringLiteral("css selector")},
                                          {QStringLiteral("value"), css}})
                                 .toArray();
    QStringList ids;
    for (const QJsonValue &e : found)
        ids << e.toObject().value(kElementKey).toString();
    return ids;
}

bool WebDriver::click(const QString &elementId)
{
    return !sessionCall("POST", QStringLiteral("/element/%1/click").arg(elementId), {}).isUndefined();
}

bool WebDriver::sendKeys(const QString &elementId, const QString &text)
{
    return !sessionCall("POST", QStringLiteral("/element/%1/value").arg(elementId), {{QStringLiteral("text"), text}})
                .isUndefined();
}

bool WebDriver::clear(const QString &elementId)
{
    return !sessionCall("POST", QStringLiteral("/element/%1/clear").arg(elementId), {}).isUndefined();
}

QString WebDriver::text(const QString &elementId)
{
    return sessionCall("GET", QStringLiteral("/element/%1/text").arg(elementId)).toString();
}

QString WebDriver::attribute(const QString &elementId, const QString &name)
{
    const QJsonValue v = sessionCall("GET", QStringLiteral("/element/%1/attribute/%2").arg(elementId, name));
    return v.isString() ? v.toString() : QString();
}

QJsonValue WebDriver::property(const QString &elementId, const QString &name)
{
    return sessionCall("GET", QStringLiteral("/element/%1/property/%2").arg(elementId, name));
}

QJsonValue WebDriver::executeScript(const QString &js, const QJsonArray &args)
{
    return sessionCall("POST", QStringLiteral("/execute/sync"),
                       {{QStringLiteral("script"), js}, {QStringLiteral("args"), args}});
}

QJsonArray WebDriver::cookies()
{
    return sessionCall("GET", QStringLiteral("/cookie")).toArray();
}

bool WebDriver::deleteAllCookies()
{
    return !sessionCall("DELETE", QStringLiteral("/cookie")).isUndefined();
}

bool WebDriver::screenshot(const QString &pngPath)
{
    const QJsonValue v = sessionCall("GET", QStringLiteral("/screenshot"));
    if (!v.isString())
        return false;
    QFile f(pngPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::fromBase64(v.toString().toLatin1())) < 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(pngPath, f.errorString()));
    return true;
}

QJsonArray WebDriver::browserLog()
{
    // Not in the W3C standard: chromedriver keeps Selenium's log endpoint.
    return sessionCall("POST", QStringLiteral("/se/log"), {{QStringLiteral("type"), QStringLiteral("browser")}})
        .toArray();
}

QJsonValue WebDriver::devTools(const QString &command, const QJsonObject &params)
{
    return sessionCall("POST", QStringLiteral("/goog/cdp/execute"),
                       {{QStringLiteral("cmd"), command}, {QStringLiteral("params"), params}});
}

} // namespace conlab::testing
