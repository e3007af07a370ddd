// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
// A small W3C WebDriver client for tests: it starts /usr/bin/chromedriver on
// a free loopback port and drives one headless Chromium session, shaped like
// a phone, the way a student's browser would load the audience page.
//
// Every call is synchronous: it spins a local event loop until chromedriver
// answers or the time-out passes, so a server living in the test's own thread
// (a QTcpServer, a QHttpServer) keeps serving the browser meanwhile. A failed
// call returns an empty value and says why in lastError().
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace conlab::testing {

class WebDriver
{
public:
    struct Options
    {
        QString chromedriver = QStringLiteral("/usr/bin/chromedriver");
        QString chromium = QStringLiteral("/usr/bin/chromium");
        QSize windowSize{390, 844}; // a phone held upright, in CSS pixels
        double pixelRatio = 2;      // device pixels per CSS pixel (screenshots are this much larger)
        QStringList extraArgs;      // more Chromium switches
        int callTimeoutMs = 30000;  // each WebDriver command
        int startTimeoutMs = 10000; // chromedriver's /status
    };

    WebDriver();
    explicit WebDriver(const Options &options);
    ~WebDriver();
    WebDriver(const WebDriver &) = delete;
    WebDriver &operator=(const WebDriver &) = delete;

    // A session is up: chromedriver answered and Chromium started.
    bool isReady() const { return !m_session.isEmpty(); }
    QString lastError() const { return m_lastError; }
    // Chromium's profile folder: unique, so `pgrep -f` finds this browser only.
    QString userDataDir() const { return m_profile.path(); }

    bool navigate(const QUrl &url);
    QUrl currentUrl();
    // The element's WebDriver id, or empty when nothing matches.
    QString findElement(const QString &css);
    QStringList findElements(const QString &css);
    bool click(const QString &elementId);
    bool sendKeys(const QString &elementId, const QString &text);
    bool clear(const QString &elementId);
    QString text(const QString &elementId);
    // A null QString when the attribute is absent (a boolean one reads "true").
    QString attribute(const QString &elementId, const QString &name);
    // The DOM property, e.g. an input's current "value" (its attribute is the initial one).
    QJsonValue property(const QString &elementId, const QString &name);
    // `js` is a function body: `return document.title;`, its arguments in
    // `arguments`. The script's return value, or Undefined on failure.
    QJsonValue executeScript(const QString &js, const QJsonArray &args = {});
    QJsonArray cookies();
    bool deleteAllCookies();
    bool screenshot(const QString &pngPath);
    // The console entries since the last call ({level, message, timestamp}),
    // as the browser log of goog:loggingPrefs; CSP violations land here.
    QJsonArray browserLog();
    // A Chrome DevTools Protocol command, e.g. Emulation.setEmulatedMedia.
    QJsonValue devTools(const QString &command, const QJsonObject &params = {});

private:
    bool startDriver();
    bool createSession();
    void stop();
    // One command: the response's "value", or Undefined (and lastError) on
    // a transport error, a time-out or a WebDriver error.
    QJsonValue call(const QByteArray &verb, const QString &path, const QJsonObject &body = {}, int timeoutMs = -1);
    QJsonValue sessionCall(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    bool fail(const QString &what);

    Options m_options;
    QTemporaryDir m_profile;
    QProcess m_driver;
    QNetworkAccessManager m_net;
    QUrl m_base;
    QString m_session;
    QString m_lastError;
};

} // namespace conlab::testing
