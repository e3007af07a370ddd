// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/primesmodels.h"
#include "ui/settings/runsettings.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariant>
#include <memory>
#include <optional>

class QSettings;

namespace conlab {

// The one place the app's persistent choices live. Typed getters and
// setters, a change signal per value, and every QSettings key in
// settingskeys (settings.cpp): nothing else in the app reads QSettings.
// Setters store at once, so a crash mid-lecture loses nothing.
class Settings : public QObject
{
    Q_OBJECT
public:
    // Uses the application's default QSettings (organisation and
    // application name).
    explicit Settings(QObject *parent = nullptr);
    // Uses `store`, which the caller owns; tests pass an INI file here.
    explicit Settings(QSettings *store, QObject *parent = nullptr);
    ~Settings() override;

    static constexpr double kMinZoom = 0.5;
    static constexpr double kMaxZoom = 4.0;
    static constexpr int kMinWorkers = 1;
    static constexpr int kMaxWorkers = PrimesModels::kMaxWorkers;
    static constexpr int kMinSwitchIntervalMs = 1;
    static constexpr int kMaxSwitchIntervalMs = 1000;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // An experiment page's own arrangement (its splitters), by page index.
    QByteArray pageLayout(int page) const;
    void setPageLayout(int page, const QByteArray &state);

    int lastExperiment() const;
    void setLastExperiment(int index);

    Pace pace() const;
    void setPace(const Pace &pace);
    bool gilEnabled() const;
    void setGilEnabled(bool enabled);
    int switchIntervalMs() const;
    void setSwitchIntervalMs(int ms);
    int workers() const;
    void setWorkers(int workers);
    // What a page needs at Run, built from the values above.
    RunSettings runSettings() const;

    // "" follows the system locale; else "en", "pt_BR", "zh_CN".
    QString language() const;
    void setLanguage(const QString &code);

    double zoom() const;
    void setZoom(double factor);

    // The sweep page's own choices: its series (as SweepSeries specs, e.g.
    // "threads:gil=on"), how many workers it goes up to, and its repeats.
    // Nothing when none was stored yet (the page keeps its default); an
    // empty list when the lecturer unticked every series.
    std::optional<QStringList> sweepSeries() const;
    void setSweepSeries(const QStringList &specs);
    int sweepMaxWorkers() const;
    void setSweepMaxWorkers(int workers);
    int sweepRuns() const;
    void setSweepRuns(int runs);

    // The CPython interpreter the lecturer chose (a path); empty: python3
    // on PATH. Stored under PythonLocator::kSettingsKey.
    QString cpythonInterpreter() const;
    void setCpythonInterpreter(const QString &path);

    // Writes the file now. A failure (a read-only file or folder, a full
    // disk) is told through saveFailed().
    void sync();

signals:
    void lastExperimentChanged(int index);
    void paceChanged(const conlab::Pace &pace);
    void gilEnabledChanged(bool enabled);
    void switchIntervalMsChanged(int ms);
    void workersChanged(int workers);
    void runSettingsChanged(const conlab::RunSettings &settings);
    void languageChanged(const QString &code);
    void zoomChanged(double factor);
    void cpythonInterpreterChanged(const QString &path);
    // The settings file could not be written; `message` says which, for the
    // status bar.
    void saveFailed(const QString &message);

private:
    static constexpr int kSyncDelayMs = 500;
    void prepareStore();
    void dropCutLine();
    void prepareSyncTimer();
    void put(QAnyStringView key, const QVariant &value);

    std::unique_ptr<QSettings> owned_;
    QSettings *store_ = nullptr;
    QTimer syncTimer_;
    bool writeFailed_ = false;
};

} // namespace conlab
