#include "pages/spinnerpage.h"

#include "codepane/codepane.h"
#include "engine/backgroundrun.h"
#include "spinner/spinnerrun.h"
#include "widgets/predictionbox.h"
#include "widgets/spinnerliveview.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace conlab {

namespace {
constexpr int kDrainIntervalMs = 33; // about 30 Hz: the screen's pace, not the engine's
constexpr double kDefaultSleepSeconds = 3.0;

QString translated(const char *source)
{
    return QCoreApplication::translate("conlab::SpinnerPage", source);
}
} // namespace

SpinnerPage::SpinnerPage(SpinnerPageSpec spec, QWidget *parent)
    : ExperimentPage(parent), spec_(std::move(spec))
{
    title_ = new QLabel(this);
    title_->setTextFormat(Qt::RichText);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);

    // Controls: the variants of this page only, the sleep, Run and Stop.
    auto *controls = new QWidget(this);
    auto *cl = new QVBoxLayout(controls);
    cl->setContentsMargins(0, 0, 0, 0);
    variantCaption_ = new QLabel(controls);
    cl->addWidget(variantCaption_);
    variants_ = new QButtonGroup(this);
    for (int i = 0; i < spec_.variants.size(); ++i) {
        auto *b = new QRadioButton(controls);
        variants_->addButton(b, i);
        cl->addWidget(b);
    }
    variants_->button(0)->setChecked(true);
    // Sleep, Run and Stop on one row: height is what a projected page lacks.
    auto *secondsRow = new QHBoxLayout;
    secondsCaption_ = new QLabel(controls);
    seconds_ = new QDoubleSpinBox(controls);
    seconds_->setRange(0.5, 10.0);
    seconds_->setSingleStep(0.5);
    seconds_->setDecimals(1);
    seconds_->setValue(kDefaultSleepSeconds);
    secondsCaption_->setBuddy(seconds_);
    runButton_ = new QPushButton(controls);
    stopButton_ = new QPushButton(controls);
    secondsRow->addWidget(secondsCaption_);
    secondsRow->addWidget(seconds_);
    secondsRow->addSpacing(12);
    secondsRow->addWidget(runButton_, 1);
    secondsRow->addWidget(stopButton_, 1);
    cl->addLayout(secondsRow);
    settingsLine_ = new QLabel(controls);
    settingsLine_->setWordWrap(true);
    cl->addWidget(settingsLine_);
    cl->addStretch(1);
    prediction_ = new PredictionBox(this);

    live_ = new SpinnerLiveView(this);
    code_ = new CodePane(this);

    // Left: what to run and the guess side by side, the live view below;
    // right: the code. Side by side the room sees cause and effect at once.
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(controls, 1);
    top->addWidget(prediction_, 1, Qt::AlignTop);
    ll->addLayout(top);
    ll->addWidget(live_, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(code_);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    // Relative until the splitter is shown: the code keeps 4/9 of the width
    // instead of what its size hint asks for.
    splitter->setSizes({5000, 4000});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(intro_);
    layout->addWidget(splitter, 1);

    drainTimer_ = new QTimer(this);
    drainTimer_->setInterval(kDrainIntervalMs);
    connect(drainTimer_, &QTimer::timeout, this, &SpinnerPage::drain);
    connect(variants_, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            onVariantChanged();
    });
    connect(runButton_, &QPushButton::clicked, this, &SpinnerPage::run);
    connect(stopButton_, &QPushButton::clicked, this, &SpinnerPage::stop);
    // Keys 1, 2, 3 answer the question, in the whole window while this page
    // shows; a focused spin box still takes its digits first.
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (int i = 0; i < 3; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(keys[i]), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, i] { prediction_->setGuess(static_cast<SpinnerOutcome>(i + 1)); });
    }
    retranslateUi();
    onVariantChanged();
    setRunning(false);
}

SpinnerPage::~SpinnerPage()
{
    // The run outlives the page if it must (it owns what it touches); tell
    // it to stop so its threads and child process go away soon.
    if (run_)
        run_->stop();
}

QString SpinnerPage::title() const
{
    return translated(spec_.title);
}

bool SpinnerPage::canRun() const
{
    return !running_;
}

bool SpinnerPage::isRunning() const
{
    return running_;
}

void SpinnerPage::applySettings(const RunSettings &settings)
{
    settings_ = settings;
    onVariantChanged();
}

QWidget *SpinnerPage::liveView()
{
    return live_;
}

int SpinnerPage::currentVariant() const
{
    return std::max(0, variants_->checkedId());
}

void SpinnerPage::setCurrentVariant(int index)
{
    if (QAbstractButton *b = variants_->button(index))
        b->setChecked(true);
}

void SpinnerPage::setSleepSeconds(double seconds)
{
    seconds_->setValue(seconds);
}

int SpinnerPage::framesDrawn() const
{
    return live_->framesDrawn();
}

QString SpinnerPage::answerText() const
{
    return live_->answerText();
}

SpinnerConfig SpinnerPage::buildConfig() const
{
    const SpinnerVariant &v = spec_.variants[currentVariant()];
    SpinnerConfig c;
    c.model = v.model;
    c.slow = v.slow;
    c.gil = settings_.gil;
    c.pace = settings_.pace;
    c.seconds = seconds_->value();
    return c;
}

void SpinnerPage::onVariantChanged()
{
    const SpinnerVariant &v = spec_.variants[currentVariant()];
    code_->showListing(v.listing, spec_.baselineListing);
    const bool sleeps = v.slow == SlowKind::Sleep || v.slow == SlowKind::BlockingSleep;
    seconds_->setEnabled(sleeps && !running_);
    live_->setGilTimelineVisible(v.model == SpinnerModel::Thread && settings_.gil.enabled);
    updateSettingsLine();
}

void SpinnerPage::run()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (running_)
        return;
    const SpinnerConfig config = buildConfig();
    auto inbox = std::make_shared<EventInbox<SpinnerLiveEvent>>();
    inbox_ = inbox;
    const std::uint64_t generation = ++generation_;

    const SpinnerObserver observer = observerFor(inbox);
    auto engine = std::make_shared<SpinnerRun>(config);
    auto report = std::make_shared<SpinnerReport>();
    run_ = BackgroundRun::start([engine, observer, report] { *report = engine->exec(observer); },
                                [engine] { engine->cancel(); });
    connect(run_, &BackgroundRun::finished, this,
            [this, generation, report] { onRunFinished(generation, *report); });

    live_->startRun(config.message);
    if (config.model == SpinnerModel::Thread && config.gil.enabled)
        live_->nameGilLanes();
    prediction_->hideReveal();
    clock_.start();
    drainTimer_->start();
    setRunning(true);
}

void SpinnerPage::stop()
{
    if (run_)
        run_->stop();
}

void SpinnerPage::drain()
{
    if (!inbox_)
        return;
    const std::vector<SpinnerLiveEvent> events = inbox_->take();
    if (!events.empty())
        live_->addEvents(events);
    if (running_)
        live_->setElapsedRunning(static_cast<double>(clock_.elapsed()) / 1000.0);
}

void SpinnerPage::onRunFinished(std::uint64_t generation, const SpinnerReport &report)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != generation_)
        return; // a run this page has moved on from
    run_ = nullptr;
    drain(); // exec() has returned: everything it reported is in the inbox
    drainTimer_->stop();
    live_->finishRun(report);
    prediction_->reveal(SpinnerOutcomes::classify(report));
    setRunning(false);
    emit runFinished();
}

void SpinnerPage::setRunning(bool running)
{
    const bool changed = running != running_;
    running_ = running;
    runButton_->setEnabled(!running);
    stopButton_->setEnabled(running);
    for (QAbstractButton *b : variants_->buttons())
        b->setEnabled(!running);
    onVariantChanged();
    if (changed) {
        emit runningChanged(running);
        emit canRunChanged(!running);
    }
}

void SpinnerPage::updateSettingsLine()
{
    const SpinnerVariant &v = spec_.variants[currentVariant()];
    QString gil;
    if (v.model == SpinnerModel::Thread) {
        gil = settings_.gil.enabled
            //: %1 the GIL switch interval in ms
            ? tr("GIL on, %1 ms switch")
                  .arg(std::chrono::duration_cast<std::chrono::milliseconds>(settings_.gil.switchInterval).count())
            : tr("GIL off");
    }
    //: %1 the pace name (native, cpython, book)
    QString line = tr("Pace: %1").arg(settings_.pace.name());
    if (!gil.isEmpty())
        line += QStringLiteral(" · ") + gil;
    settingsLine_->setText(line);
}

void SpinnerPage::retranslateUi()
{
    title_->setText(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()));
    intro_->setText(translated(spec_.intro));
    variantCaption_->setText(tr("Variant:"));
    for (int i = 0; i < spec_.variants.size(); ++i)
        variants_->button(i)->setText(translated(spec_.variants[i].label));
    secondsCaption_->setText(tr("Sleep:"));
    //: Suffix of the sleep-seconds spin box
    seconds_->setSuffix(tr(" s"));
    runButton_->setText(tr("▶ Run"));
    stopButton_->setText(tr("■ Stop"));
    updateSettingsLine();
}

void SpinnerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ExperimentPage::changeEvent(event);
}

void SpinnerPage::keyPressEvent(QKeyEvent *event)
{
    // The same keys as the shortcuts, for when the window is not active
    // (shortcuts only fire in the active window).
    if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_3 && event->modifiers() == Qt::NoModifier) {
        prediction_->setGuess(static_cast<SpinnerOutcome>(event->key() - Qt::Key_1 + 1));
        return;
    }
    ExperimentPage::keyPressEvent(event);
}

} // namespace conlab
