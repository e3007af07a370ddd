// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/settings/settings.h"

#include "core/cpython/pythonlocator.h"
#include "core/identity/appidentity.h"
#include "core/sweep/sweepconfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

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
// The locator names it: core documents where the window keeps the choice.
constexpr auto cpythonInterpreter = QLatin1StringView(PythonLocator::kSettingsKey);
// Followed by the page's index: "layout/page6".
constexpr auto pageLayoutPrefix = QLatin1StringView("layout/page");
} // namespace settingskeys

namespace {
constexpr int kDefaultWorkers = 2;
constexpr int kDefaultSwitchIntervalMs = 5; // CPython's default
constexpr double kDefaultZoom = 1.0;

// A value edited by hand (or damaged) that is not a whole number falls back
// to the default; one out of range is clamped into it.
int boundedInt(const QSettings &store, QAnyStringView key, int fallback, int lo, int hi)
{
    bool ok = false;
    const int n = store.value(key, fallback).toInt(&ok);
    return std::clamp(ok ? n : fallback, lo, hi);
}

// NaN and infinity pass std::clamp unchanged (every comparison with NaN is
// false), and a zoom of NaN hides every letter: only a finite number counts.
double boundedDouble(const QSettings &store, QAnyStringView key, double fallback, double lo, double hi)
{
    bool ok = false;
    const double x = store.value(key, fallback).toDouble(&ok);
    return std::clamp(ok && std::isfinite(x) ? x : fallback, lo, hi);
}

// The key an INI file's last line names when that line has no newline: a
// file cut there (a full disk, a copy that broke off) ends in a value that
// may be a prefix of the saved one, `workers=12` cut to `workers=1`. QSettings
// writes a newline after every line, so a line without one was never whole.
// Empty when the file ends cleanly or the cut line names no key (a section
// header, a comment).
QString cutKey(const QByteArray &ini)
{
    const qsizetype lastNewline = ini.lastIndexOf('\n');
    const QByteArray tail = ini.mid(lastNewline + 1).trimmed();
    if (tail.isEmpty() || tail.startsWith('[') || tail.startsWith(';') || tail.startsWith('#'))
        return {};
    const qsizetype eq = tail.indexOf('=');
    // INI keys escape a nested "/" as a backslash and other bytes as %XX.
    const auto unescape = [](const QByteArray &raw) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(raw.trimmed())).replace(u'\\', u'/');
    };
    const QString key = unescape(eq < 0 ? tail : tail.left(eq));
    // The section the line sits in: the last header before it.
    QString section;
    for (qsizetype end = lastNewline; end > 0;) {
        const qsizetype start = ini.lastIndexOf('\n', end - 1) + 1;
        const QByteArray line = ini.mid(start, end - start).trimmed();
        if (line.startsWith('[') && line.endsWith(']')) {
            section = unescape(line.mid(1, line.size() - 2));
            break;
        }
        end = start - 1;
    }
    if (section.isEmpty() || section.compare(u"General", Qt::CaseInsensitive) == 0)
        return key;
    return section + u'/' + key;
}
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent),
      owned_(std::make_unique<QSettings>(AppIdentity::settingsFile(), QSettings::NativeFormat)),
      store_(owned_.get())
{
    prepareStore();
}

Settings::Settings(QSettings *store, QObject *parent) : QObject(parent), store_(store)
{
    prepareStore();
}

void Settings::prepareStore()
{
    // A crash mid-write must leave the old file, not half of the new one:
    // QSettings then writes a temporary file and renames it over the old.
    // Its default, but the promise rests on it, so it is not left to chance.
    store_->setAtomicSyncRequired(true);
    prepareSyncTimer();
    dropCutLine();
}

void Settings::dropCutLine()
{
    // Only INI files are text with lines; the native formats elsewhere are
    // the platform's business.
#if defined(Q_OS_DARWIN) || defined(Q_OS_WIN)
    if (store_->format() != QSettings::IniFormat)
        return;
#endif
    QFile file(store_->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return;
    // The settings file is a few kilobytes, read once at start (QSettings
    // reads it on this thread too).
    const QString key = cutKey(file.readAll());
    if (key.isEmpty() || !store_->contains(key))
        return;
    // A cut value is no value: each one reads as saved or as its default,
    // never as a prefix of what was saved. Removed from the store, not just
    // ignored, so the next write does not make it whole.
    store_->remove(key);
    syncTimer_.start();
}

void Settings::prepareSyncTimer()
{
    // QSettings writes later, by itself, and keeps a failure to itself: write
    // soon after a change and look, so a lost choice is told while the
    // lecturer can still do something about it. A burst of changes (a
    // dragged splitter) is one write.
    syncTimer_.setSingleShot(true);
    syncTimer_.setInterval(kSyncDelayMs);
    connect(&syncTimer_, &QTimer::timeout, this, &Settings::sync);
}

void Settings::put(QAnyStringView key, const QVariant &value)
{
    store_->setValue(key, value);
    syncTimer_.start();
}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return store_->value(settingskeys::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    put(settingskeys::windowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return store_->value(settingskeys::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    put(settingskeys::windowState, state);
}

int Settings::lastExperiment() const
{
    // The window caps it at its last page; it cannot know the count here.
    return boundedInt(*store_, settingskeys::lastExperiment, 0, 0, std::numeric_limits<int>::max());
}

void Settings::setLastExperiment(int index)
{
    if (index == lastExperiment() && store_->contains(settingskeys::lastExperiment))
        return;
    put(settingskeys::lastExperiment, index);
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
    put(settingskeys::pace, pace.name());
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
    put(settingskeys::gilEnabled, enabled);
    emit gilEnabledChanged(enabled);
    emit runSettingsChanged(runSettings());
}

int Settings::switchIntervalMs() const
{
    return boundedInt(*store_, settingskeys::switchIntervalMs, kDefaultSwitchIntervalMs, kMinSwitchIntervalMs,
                      kMaxSwitchIntervalMs);
}

void Settings::setSwitchIntervalMs(int ms)
{
    ms = std::clamp(ms, kMinSwitchIntervalMs, kMaxSwitchIntervalMs);
    if (ms == switchIntervalMs() && store_->contains(settingskeys::switchIntervalMs))
        return;
    put(settingskeys::switchIntervalMs, ms);
    emit switchIntervalMsChanged(ms);
    emit runSettingsChanged(runSettings());
}

int Settings::workers() const
{
    return boundedInt(*store_, settingskeys::workers, kDefaultWorkers, kMinWorkers, kMaxWorkers);
}

void Settings::setWorkers(int workers)
{
    workers = std::clamp(workers, kMinWorkers, kMaxWorkers);
    if (workers == this->workers() && store_->contains(settingskeys::workers))
        return;
    put(settingskeys::workers, workers);
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
    s.interpreter = cpythonInterpreter();
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
    put(settingskeys::language, code);
    emit languageChanged(code);
}

double Settings::zoom() const
{
    return boundedDouble(*store_, settingskeys::zoom, kDefaultZoom, kMinZoom, kMaxZoom);
}

void Settings::setZoom(double factor)
{
    factor = std::clamp(std::isfinite(factor) ? factor : kDefaultZoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(factor, zoom()) && store_->contains(settingskeys::zoom))
        return;
    put(settingskeys::zoom, factor);
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
    put(settingskeys::sweepSeries, specs);
}

int Settings::sweepMaxWorkers() const
{
    return boundedInt(*store_, settingskeys::sweepMaxWorkers, SweepConfig{}.maxWorkers, 1, SweepConfig::kMaxWorkers);
}

void Settings::setSweepMaxWorkers(int workers)
{
    put(settingskeys::sweepMaxWorkers, std::clamp(workers, 1, SweepConfig::kMaxWorkers));
}

int Settings::sweepRuns() const
{
    return boundedInt(*store_, settingskeys::sweepRuns, SweepConfig{}.runs, 1, SweepConfig::kMaxRuns);
}

void Settings::setSweepRuns(int runs)
{
    put(settingskeys::sweepRuns, std::clamp(runs, 1, SweepConfig::kMaxRuns));
}

QString Settings::cpythonInterpreter() const
{
    return store_->value(settingskeys::cpythonInterpreter).toString().trimmed();
}

void Settings::setCpythonInterpreter(const QString &path)
{
    const QString value = path.trimmed();
    if (value == cpythonInterpreter())
        return;
    put(settingskeys::cpythonInterpreter, value);
    emit cpythonInterpreterChanged(value);
    emit runSettingsChanged(runSettings());
}

QByteArray Settings::pageLayout(int page) const
{
    return store_->value(settingskeys::pageLayoutPrefix + QString::number(page)).toByteArray();
}

void Settings::setPageLayout(int page, const QByteArray &state)
{
    put(settingskeys::pageLayoutPrefix + QString::number(page), state);
}

void Settings::sync()
{
    syncTimer_.stop();
    store_->sync();
    const bool failed = store_->status() != QSettings::NoError;
    // Once per failure, not once per change: the status bar is not a log.
    if (failed && !writeFailed_)
        //: %1 the settings file
        emit saveFailed(tr("Settings could not be saved to %1; changes last only until the app quits.")
                            .arg(QDir::toNativeSeparators(store_->fileName())));
    writeFailed_ = failed;
}

} // namespace conlab
