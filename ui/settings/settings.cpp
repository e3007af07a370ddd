// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "settings/settings.h"

#include "identity/appidentity.h"
#include "sweep/sweepconfig.h"

#include <QRegularExpression>
#include <QSettings>
#include <algorithm>
#include <chrono>

namespace conlab {

namespace settingskeys {
// Every key the app stores. Renaming one loses a user's value, so they stay.
constexpr auto windowGeometry = QLatin1StringView("window/geometry");
constexpr auto windowState = QLatin1StringView("window/state");
constexpr auto lastExperiment = QLatin1StringView("window/lastExperiment");
constexpr auto pace = QLatin1StringView("run/pace");
constexpr auto gilEnabled = QLatin1StringView("run/gilEnabled");
constexpr auto switchIntervalMs = QLatin1StringView("run/switchIntervalMs");
constexpr auto workers = QLatin1StringView("run/workers");
constexpr auto language = QLatin1StringView("view/language");
constexpr auto zoom = QLatin1StringView("view/zoom");
constexpr auto sweepSeries = QLatin1StringView("sweep/series");
constexpr auto sweepMaxWorkers = QLatin1StringView("sweep/maxWorkers");
constexpr auto sweepRuns = QLatin1StringView("sweep/runs");
// Followed by the page's index: "layout/page6".
constexpr auto pageLayoutPrefix = QLatin1StringView("layout/page");
} // namespace settingskeys

namespace {
constexpr int kDefaultWorkers = 2;
constexpr int kDefaultSwitchIntervalMs = 5; // CPython's default
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , owned_(std::make_unique<QSettings>(AppIdentity::settingsFile(), QSettings::NativeFormat))
    , store_(owned_.get())
{
}

Settings::Settings(QSettings *store, QObject *parent) : QObject(parent), store_(store) {}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return store_->value(settingskeys::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store_->setValue(settingskeys::windowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return store_->value(settingskeys::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    store_->setValue(settingskeys::windowState, state);
}

int Settings::lastExperiment() const
{
    return std::max(0, store_->value(settingskeys::lastExperiment, 0).toInt());
}

void Settings::setLastExperiment(int index)
{
    if (index == lastExperiment() && store_->contains(settingskeys::lastExperiment))
        return;
    store_->setValue(settingskeys::lastExperiment, index);
    emit lastExperimentChanged(index);
}

Pace Settings::pace() const
{
    const QString text = store_->value(settingskeys::pace).toString();
    // A value edited by hand into nonsense falls back to the default.
    return Pace::parse(text, nullptr).value_or(Pace::cpython());
}

void Settings::setPace(const Pace &pace)
{
    if (pace == this->pace() && store_->contains(settingskeys::pace))
        return;
    store_->setValue(settingskeys::pace, pace.name());
    emit paceChanged(pace);
    emit runSettingsChanged(runSettings());
}

bool Settings::gilEnabled() const
{
    return store_->value(settingskeys::gilEnabled, true).toBool();
}

void Settings::setGilEnabled(bool enabled)
{
    if (enabled == gilEnabled() && store_->contains(settingskeys::gilEnabled))
        return;
    store_->setValue(settingskeys::gilEnabled, enabled);
    emit gilEnabledChanged(enabled);
    emit runSettingsChanged(runSettings());
}

int Settings::switchIntervalMs() const
{
    const int ms = store_->value(settingskeys::switchIntervalMs, kDefaultSwitchIntervalMs).toInt();
    return std::clamp(ms, kMinSwitchIntervalMs, kMaxSwitchIntervalMs);
}

void Settings::setSwitchIntervalMs(int ms)
{
    ms = std::clamp(ms, kMinSwitchIntervalMs, kMaxSwitchIntervalMs);
    if (ms == switchIntervalMs() && store_->contains(settingskeys::switchIntervalMs))
        return;
    store_->setValue(settingskeys::switchIntervalMs, ms);
    emit switchIntervalMsChanged(ms);
    emit runSettingsChanged(runSettings());
}

int Settings::workers() const
{
    const int n = store_->value(settingskeys::workers, kDefaultWorkers).toInt();
    return std::clamp(n, kMinWorkers, kMaxWorkers);
}

void Settings::setWorkers(int workers)
{
    workers = std::clamp(workers, kMinWorkers, kMaxWorkers);
    if (workers == this->workers() && store_->contains(settingskeys::workers))
        return;
    store_->setValue(settingskeys::workers, workers);
    emit workersChanged(workers);
    emit runSettingsChanged(runSettings());
}

RunSettings Settings::runSettings() const
{
    RunSettings s;
    s.pace = pace();
    s.gil.enabled = gilEnabled();
    s.gil.switchInterval = std::chrono::milliseconds(switchIntervalMs());
    s.workers = workers();
    return s;
}

QString Settings::language() const
{
    // Only the shape of a language code ("en", "pt_BR"): a damaged file must
    // fall back to the system's language, not ask for a translation named
    // after a stray fragment. Which codes exist is the switcher's business.
    static const QRegularExpression kCode(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    const QString code = store_->value(settingskeys::language).toString();
    return kCode.match(code).hasMatch() ? code : QString();
}

void Settings::setLanguage(const QString &code)
{
    if (code == language() && store_->contains(settingskeys::language))
        return;
    store_->setValue(settingskeys::language, code);
    emit languageChanged(code);
}

double Settings::zoom() const
{
    const double z = store_->value(settingskeys::zoom, 1.0).toDouble();
    return std::clamp(z, kMinZoom, kMaxZoom);
}

void Settings::setZoom(double factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(factor, zoom()) && store_->contains(settingskeys::zoom))
        return;
    store_->setValue(settingskeys::zoom, factor);
    emit zoomChanged(factor);
}

std::optional<QStringList> Settings::sweepSeries() const
{
    if (!store_->contains(settingskeys::sweepSeries))
        return std::nullopt;
    // Which specs a series accepts is the page's business (SweepSeries::parse).
    return store_->value(settingskeys::sweepSeries).toStringList();
}

void Settings::setSweepSeries(const QStringList &specs)
{
    store_->setValue(settingskeys::sweepSeries, specs);
}

int Settings::sweepMaxWorkers() const
{
    const int n = store_->value(settingskeys::sweepMaxWorkers, SweepConfig{}.maxWorkers).toInt();
    return std::clamp(n, 1, SweepConfig::kMaxWorkers);
}

void Settings::setSweepMaxWorkers(int workers)
{
    store_->setValue(settingskeys::sweepMaxWorkers, std::clamp(workers, 1, SweepConfig::kMaxWorkers));
}

int Settings::sweepRuns() const
{
    const int n = store_->value(settingskeys::sweepRuns, SweepConfig{}.runs).toInt();
    return std::clamp(n, 1, SweepConfig::kMaxRuns);
}

void Settings::setSweepRuns(int runs)
{
    store_->setValue(settingskeys::sweepRuns, std::clamp(runs, 1, SweepConfig::kMaxRuns));
}

QByteArray Settings::pageLayout(int page) const
{
    return store_->value(settingskeys::pageLayoutPrefix + QString::number(page)).toByteArray();
}

void Settings::setPageLayout(int page, const QByteArray &state)
{
    store_->setValue(settingskeys::pageLayoutPrefix + QString::number(page), state);
}

void Settings::sync()
{
    store_->sync();
}

} // namespace conlab
